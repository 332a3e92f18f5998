"""Training of the statistical parts of claimgraph; needs the optional `train` dependencies."""
