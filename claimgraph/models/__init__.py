"""Trained models shipped with claimgraph, read through package resources: the attribution model (gzipped JSON
weights) and the certainty model (a numpy archive of tree arrays, no pickle)."""
