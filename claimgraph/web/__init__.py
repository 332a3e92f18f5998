"""The analyst's workbench: a REST API and server-rendered pages over one Claimgraph (`claimgraph serve`)."""
