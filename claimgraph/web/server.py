"""`claimgraph serve`: the workbench on uvicorn, over the store the command line names."""
from __future__ import annotations

import os

from ..app import Claimgraph
from ..errors import ClaimgraphError
from .application import TOKEN_VARIABLE


def serve(graph: Claimgraph, host: str = "127.0.0.1", port: int = 8000) -> int:
    """Serve until interrupted. The store is checked first, so a missing or outdated one is one line, not a
    server that fails every request; with a token the store is brought to the latest schema, since it will be
    written."""
    try:
        import uvicorn

        from .application import create_app
    except ImportError as exc:
        raise ClaimgraphError(f"the workbench needs its extra: pip install 'claimgraph[web]' ({exc.name} is "
                              "missing)") from None
    token = os.environ.get(TOKEN_VARIABLE) or None
    if token:
        with graph.writer(create=False):
            pass
    with graph.reader():
        pass
    mode = "reads and writes: the token is set" if token else f"read-only: set {TOKEN_VARIABLE} to allow writes"
    graph.say(f"serving {graph.where()} on http://{host}:{port}/ ({mode})")
    uvicorn.run(create_app(graph, token=token), host=host, port=port, log_level="warning", server_header=False)
    return 0
