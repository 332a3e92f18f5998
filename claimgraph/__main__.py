"""`python -m claimgraph`: the same command line as the `claimgraph` script."""
from .cli import main

raise SystemExit(main())
