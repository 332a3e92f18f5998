"""The REST API: JSON in the contract's shapes, lists paginated under "items" with "next"; writes need the token."""
from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from fastapi import APIRouter, Depends, HTTPException, Path, Query, Request
from fastapi.responses import JSONResponse
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel, ConfigDict, Field, field_validator

from ..app import ClaimFilters
from ..browse import CERTAINTY_LABELS, SORTS, facets
from ..document import Document
from ..errors import DocumentError
from ..readers import syndication

router = APIRouter(prefix="/api")
# declared so the schema and the docs page say how to send the token; the check itself is Workbench.check_token
bearer = HTTPBearer(auto_error=False, description="the server's CLAIMGRAPH_TOKEN")

PER_PAGE, MAX_PER_PAGE = 20, 100
DATE = r"^\d{4}(-\d{2}(-\d{2})?)?$"
Sort = Literal[SORTS]  # type: ignore[valid-type]
Label = Literal[CERTAINTY_LABELS]  # type: ignore[valid-type]


class Article(BaseModel):
    """One article, with the fields of a JSON Lines input line."""

    model_config = ConfigDict(extra="ignore")

    text: str = Field(description="the article's text")
    id: str | None = Field(None, max_length=200)
    url: str | None = Field(None, max_length=2048)
    outlet: str | None = Field(None, max_length=300)
    published: str | None = Field(None, max_length=40, description="YYYY-MM-DD, optionally with a time")
    title: str | None = Field(None, max_length=2000)

    @field_validator("published")
    @classmethod
    def a_date(cls, value: str | None) -> str | None:
        if value is None:
            return None
        try:
            dt.date.fromisoformat(value[:10])
        except ValueError:
            raise ValueError("published must be a date, YYYY-MM-DD (optionally with a time)") from None
        if len(value) > 10 and value[10] not in "T ":
            raise ValueError("published must be a date, YYYY-MM-DD (optionally with a time)")
        return value[:10]

    def document(self) -> Document:
        # as a JSON Lines line is read: a dateline naming another outlet is the wire the article reposts
        return Document(text=self.text, id=self.id or None, url=self.url, outlet=self.outlet,
                        published=self.published, title=self.title, wire=syndication.reposted(self.outlet, self.text))


def workbench(request: Request):
    return request.app.state.workbench


def page_of(request: Request, items: list[Any], page: int, per_page: int, **extra: Any) -> dict[str, Any]:
    """One page of a list, with the address of the next page (None on the last)."""
    start = (page - 1) * per_page
    following = None
    if start + per_page < len(items):
        url = request.url.include_query_params(page=page + 1)
        following = f"{url.path}?{url.query}"
    return {"items": items[start:start + per_page], "next": following, "page": page, "per_page": per_page,
            "total": len(items), **extra}


def claim_filters(entity: str | None = Query(None, max_length=300, description="claims about this entity"),
                  min_origins: int | None = Query(None, ge=0, le=10_000, description="at least N independent origins"),
                  single_sourced: bool = Query(False, description="only claims resting on one origin"),
                  contradicted: bool = Query(False, description="only claims some report denies or negates"),
                  outlet: str | None = Query(None, max_length=300, description="reported by this outlet"),
                  since: str | None = Query(None, pattern=DATE, description="reported on or after (YYYY[-MM[-DD]])"),
                  until: str | None = Query(None, pattern=DATE, description="reported on or before (YYYY[-MM[-DD]])"),
                  q: str | None = Query(None, max_length=500, description="words of the claim (full-text search)"),
                  event_type: str | None = Query(None, max_length=60, description="PLOVER event type"),
                  certainty: Label | None = Query(None, description="certainty label of the claim"),
                  sort: Sort | None = Query(None, description="order; relevance by default with q, else "
                                                               "corroboration")) -> ClaimFilters:
    if sort is None:
        sort = "relevance" if q and q.strip() else "corroboration"
    until_day = until
    if until and len(until) < 10:
        # "until 2025-03" means to the end of March
        until_day = until + "-99" if len(until) == 7 else until + "-99-99"
    return ClaimFilters(entity=entity or None, min_origins=min_origins, single_sourced=single_sourced,
                        contradicted=contradicted, outlet=outlet or None, since=since, until=until_day,
                        query=q, event_type=event_type or None, certainty=certainty, sort=sort)


Page = Query(1, ge=1, le=1_000_000, description="page number, from 1")
PerPage = Query(PER_PAGE, ge=1, le=MAX_PER_PAGE, description="items a page")


@router.get("/claims", summary="Linked claims, filtered and paginated")
def list_claims(request: Request, filters: ClaimFilters = Depends(claim_filters), page: int = Page,
                per_page: int = PerPage) -> dict[str, Any]:
    claims = workbench(request).claims(filters)
    return page_of(request, claims, page, per_page, facets={k: dict(v) for k, v in facets(claims).items()})


@router.get("/claims/{claim_id}", summary="One linked claim with its mentions, chains, origins and contradictions")
def get_claim(request: Request, claim_id: str = Path(max_length=40, description='"L12" or 12')) -> dict[str, Any]:
    claim = workbench(request).claim(claim_id)
    if claim is None:
        raise HTTPException(404, "no such claim")
    return claim


@router.get("/entities", summary="Entities by name")
def list_entities(request: Request, q: str | None = Query(None, max_length=300, description="words of the name"),
                  page: int = Page, per_page: int = PerPage) -> dict[str, Any]:
    found = workbench(request).entities(q, 10_000)
    return page_of(request, found, page, per_page)


@router.get("/entities/{entity_id}", summary="An entity's dossier")
def get_entity(request: Request, entity_id: int = Path(ge=0, le=2**62)) -> dict[str, Any]:
    report = workbench(request).entity(entity_id)
    if report is None:
        raise HTTPException(404, "no such entity")
    return report


@router.get("/documents/{document_id:path}", summary="A stored article with its analysis")
def get_document(request: Request, document_id: str = Path(max_length=300)) -> dict[str, Any]:
    found = workbench(request).graph.document(document_id)
    if found is None:
        raise HTTPException(404, "no such document")
    return found


@router.get("/errors", summary="The documents ingest could not read, analyse or store, and why")
def list_errors(request: Request, page: int = Page, per_page: int = PerPage) -> dict[str, Any]:
    return page_of(request, workbench(request).graph.errors(), page, per_page)


@router.post("/analyze", summary="Analyse one article; nothing is stored")
def analyze(request: Request, article: Article) -> dict[str, Any]:
    bench = workbench(request)
    try:
        with bench.analysis_lock:
            return bench.graph.analyze(article.document())
    except DocumentError as exc:
        raise HTTPException(422, str(exc)) from None


@router.post("/documents", status_code=201, summary="Ingest and link one article (needs the token)",
             responses={200: {"description": "already stored"}, 401: {"description": "no token"},
                        403: {"description": "a wrong token, or a read-only server"},
                        422: {"description": "the article cannot be analysed"}})
def add_document(request: Request, article: Article,
                 credentials: HTTPAuthorizationCredentials | None = Depends(bearer)) -> Any:
    bench = workbench(request)
    bench.check_token(request)
    document = article.document()
    with bench.write_lock, bench.analysis_lock:
        report = bench.graph.ingest_and_link([document])
    if "error" in report:
        raise HTTPException(503, "the store could not be written")
    if report.get("failed"):
        reasons = [f["reason"] for f in bench.graph.errors() if f["document"] == (document.path or document.id)]
        raise HTTPException(422, reasons[-1] if reasons else "the article could not be analysed")
    stored = bool(report.get("analysed"))
    return JSONResponse({"id": document.id, "stored": stored, "linked": report.get("linked", 0)},
                        status_code=201 if stored else 200)
