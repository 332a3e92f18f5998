"""The workbench's ASGI application: one FastAPI app over one Claimgraph, with its guards (body size, security
headers, no stack trace in any answer) and the write token."""
from __future__ import annotations

import hmac
import json
import logging
import os
import sqlite3
import threading
from importlib import resources
from pathlib import Path
from typing import Any

from fastapi import FastAPI, HTTPException, Request
from fastapi.exception_handlers import request_validation_exception_handler
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException
from jinja2 import Environment, FileSystemLoader

from ..app import ClaimFilters, Claimgraph
from ..errors import ClaimgraphError
from .cache import Answers

log = logging.getLogger("claimgraph.web")

# the environment variable holding the write token; unset, the workbench only reads
TOKEN_VARIABLE = "CLAIMGRAPH_TOKEN"
# the largest request body taken, in bytes (CLAIMGRAPH_MAX_REQUEST_BYTES): an article is far smaller
MAX_REQUEST_BYTES = 1 << 20
REQUEST_BYTES_VARIABLE = "CLAIMGRAPH_MAX_REQUEST_BYTES"

# scripts and styles from this server only, no inline script, no plugin, no framing; the API docs page also needs
# the inline styles Swagger UI sets on its elements
CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
       "font-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
CSP_DOCS = CSP.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")
SECURITY_HEADERS = [(b"x-content-type-options", b"nosniff"), (b"referrer-policy", b"no-referrer"),
                    (b"x-frame-options", b"DENY"), (b"cross-origin-opener-policy", b"same-origin")]


def web_root() -> Path:
    return Path(str(resources.files(__package__)))


class Guard:
    """The outer layer of every request: bodies over the limit are refused (413) before they are read whole,
    every answer carries the security headers, and an error inside answers a plain 500, never a trace."""

    def __init__(self, app: Any, max_body: int = MAX_REQUEST_BYTES):
        self.app = app
        self.max_body = max_body

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False
        docs = scope.get("path", "").startswith("/docs")
        if scope.get("query_string"):
            # a form's empty field ("?min_origins=&outlet=") means the filter is not set
            scope = {**scope, "query_string": without_empty(scope["query_string"])}

        async def send_guarded(message: dict) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                headers = [(k, v) for k, v in message.get("headers", []) if k.lower() != b"server"]
                names = {k.lower() for k, _ in headers}
                if b"content-security-policy" not in names:
                    headers.append((b"content-security-policy", (CSP_DOCS if docs else CSP).encode()))
                headers += [(k, v) for k, v in SECURITY_HEADERS if k not in names]
                message = {**message, "headers": headers}
            await send(message)

        body_receive = receive
        if scope.get("method") in ("POST", "PUT", "PATCH", "DELETE"):
            declared = dict(scope.get("headers") or []).get(b"content-length")
            if declared is not None and (not declared.strip().isdigit() or int(declared) > self.max_body):
                await self.refuse(send_guarded, 413, f"the request body is over {self.max_body} bytes")
                return
            # the body is read here, within the limit, and handed on whole: a chunked body has no length to check
            chunks, size, more = [], 0, True
            while more:
                message = await receive()
                if message["type"] == "http.disconnect":
                    return
                chunk = message.get("body", b"")
                size += len(chunk)
                if size > self.max_body:
                    await self.refuse(send_guarded, 413, f"the request body is over {self.max_body} bytes")
                    return
                chunks.append(chunk)
                more = message.get("more_body", False)
            whole = b"".join(chunks)
            handed = False

            async def body_receive() -> dict:
                nonlocal handed
                if not handed:
                    handed = True
                    return {"type": "http.request", "body": whole, "more_body": False}
                return await receive()
        try:
            await self.app(scope, body_receive, send_guarded)
        except Exception:  # noqa: BLE001 - the trace goes to the log, the client learns only that it failed
            log.exception("request failed: %s %s", scope.get("method"), scope.get("path"))
            if not started:
                await self.refuse(send_guarded, 500, "internal error")

    @staticmethod
    async def refuse(send: Any, status: int, reason: str) -> None:
        body = json.dumps({"error": reason}).encode()
        await send({"type": "http.response.start", "status": status,
                    "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]})
        await send({"type": "http.response.body", "body": body})


def without_empty(query: bytes) -> bytes:
    return b"&".join(part for part in query.split(b"&") if part and not part.endswith(b"="))


class Workbench:
    """What the routes share: the application object, the write token, the templates, and one lock for the
    pipeline and one for writes (one writer at a time, as the store wants)."""

    def __init__(self, graph: Claimgraph, token: str | None):
        self.graph = graph
        self.token = token or None
        # a store object given as it is (a test's) may change under another name: only a file named in the settings
        # is cached by its state
        self.answers = Answers(graph.settings.db if graph.store is None else None)
        self.analysis_lock = threading.Lock()
        self.write_lock = threading.Lock()
        self.templates = Environment(loader=FileSystemLoader(str(web_root() / "templates")), autoescape=True,
                                     trim_blocks=True, lstrip_blocks=True)

    # the reads the pages and the API share, kept while the store is unchanged

    def claims(self, filters: ClaimFilters) -> list[dict[str, Any]]:
        return self.answers.get(("claims", filters), lambda: self.graph.find_claims(filters))

    def claim(self, claim_id: str) -> dict[str, Any] | None:
        return self.answers.get(("claim", claim_id.strip().upper()), lambda: self.graph.claim(claim_id))

    def entities(self, query: str | None, limit: int) -> list[dict[str, Any]]:
        return self.answers.get(("entities", query, limit), lambda: self.graph.entities(query, limit=limit))

    def entity(self, identity: int) -> dict[str, Any] | None:
        return self.answers.get(("entity", identity), lambda: self.graph.entity(identity))

    def check_token(self, request: Request) -> None:
        """401 without a bearer token, 403 with one that is not the server's (any, when the server has none)."""
        header = request.headers.get("authorization", "")
        scheme, _, given = header.partition(" ")
        if scheme.lower() != "bearer" or not given.strip():
            raise HTTPException(401, "this endpoint writes: send Authorization: Bearer <token>",
                                headers={"WWW-Authenticate": "Bearer"})
        if self.token is None or not hmac.compare_digest(given.strip().encode(), self.token.encode()):
            raise HTTPException(403, "the token is not the server's" if self.token else
                                "the server is read-only: it was started without CLAIMGRAPH_TOKEN")

    def page(self, name: str, status: int = 200, **context: Any) -> HTMLResponse:
        return HTMLResponse(self.templates.get_template(name).render(**context), status_code=status)


def max_request_bytes() -> int:
    value = os.environ.get(REQUEST_BYTES_VARIABLE, "")
    return int(value) if value.isdigit() and int(value) > 0 else MAX_REQUEST_BYTES


def create_app(graph: Claimgraph, token: str | None = None, max_body: int | None = None) -> FastAPI:
    """The workbench over `graph`: writes need `token` (None: read-only)."""
    from . import api, pages

    app = FastAPI(title="claimgraph", version=_version(),
                  description="Linked claims, their sources and origins, stored articles and entity dossiers.",
                  docs_url=None, redoc_url=None)
    app.state.workbench = Workbench(graph, token)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Any:
        if request.url.path.startswith("/api") or request.url.path.startswith("/openapi"):
            return JSONResponse({"error": exc.detail}, status_code=exc.status_code, headers=exc.headers)
        return app.state.workbench.page("error.html", status=exc.status_code, status_code=exc.status_code,
                                        reason=exc.detail)

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Any:
        if request.url.path.startswith("/api"):
            return await request_validation_exception_handler(request, exc)
        fields = ", ".join(str(error.get("loc", ["?"])[-1]) for error in exc.errors())
        return app.state.workbench.page("error.html", status=422, status_code=422,
                                        reason=f"Some of what the page was asked does not read: {fields}.")

    @app.exception_handler(ClaimgraphError)
    @app.exception_handler(sqlite3.Error)
    async def store_fault(request: Request, exc: Exception) -> Any:
        # the store's own words name its file: they go to the log, the client learns what it can do
        log.error("store fault: %s", exc)
        reason = "the store cannot be read now; try again later"
        if request.url.path.startswith("/api"):
            return JSONResponse({"error": reason}, status_code=503)
        return app.state.workbench.page("error.html", status=503, status_code=503, reason=reason)

    try:  # a PostgreSQL store's faults arrive as psycopg's errors: the same answer, where psycopg is installed
        import psycopg
    except ImportError:
        pass
    else:
        app.add_exception_handler(psycopg.Error, store_fault)

    app.include_router(api.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=str(web_root() / "static")), name="static")
    app.mount("/docs/assets", StaticFiles(directory=swagger_assets()), name="docs-assets")
    app.add_middleware(Guard, max_body=max_body or max_request_bytes())
    return app


def swagger_assets() -> str:
    """Swagger UI's files, as the swagger-ui-bundle package installs them: the docs page loads nothing else."""
    import swagger_ui_bundle
    return str(swagger_ui_bundle.swagger_ui_path)


def _version() -> str:
    from .. import __version__
    return __version__
