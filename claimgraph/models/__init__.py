"""Trained models shipped with claimgraph (JSON, read through package resources)."""
