"""Engines that analyse documents beyond this machine's process pool: a Dask cluster."""
