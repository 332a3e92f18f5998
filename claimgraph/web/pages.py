"""The pages: search, claim, article, entity dossier, errors, analyse, and the API docs page; server-rendered,
every string escaped by the templates."""
from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Form, HTTPException, Path, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse

from ..app import ClaimFilters
from ..browse import CERTAINTY_LABELS, SORTS, facets, origin_groups, timeline
from ..errors import DocumentError
from . import views
from .docs import as_openapi_30
from .api import Article, claim_filters, page_of, workbench

router = APIRouter(include_in_schema=False)


def link(request: Request, **changes: Any) -> str:
    """This page's address with some query parameters changed (None drops one) and the page reset."""
    params = {k: v for k, v in request.query_params.items() if k not in changes and k != "page"}
    params.update({k: v for k, v in changes.items() if v is not None})
    return request.url.path + ("?" + urlencode(params) if params else "")


@router.get("/", response_class=HTMLResponse)
def search_page(request: Request, filters: ClaimFilters = Depends(claim_filters),
                page: int = Query(1, ge=1, le=1_000_000)) -> HTMLResponse:
    bench = workbench(request)
    claims = bench.claims(filters)
    entities = bench.entities(filters.query, 12) if filters.query else []
    listing = page_of(request, claims, page, 20)
    chosen = {"outlet": filters.outlet, "event_type": filters.event_type, "certainty": filters.certainty,
              "min_origins": str(filters.min_origins) if filters.min_origins is not None else None}
    facet_links = {name: [{"value": value, "count": count,
                           "href": link(request, **{("min_origins" if name == "origins" else name): value}),
                           "chosen": chosen.get("min_origins" if name == "origins" else name) == value}
                          for value, count in pairs]
                   for name, pairs in facets(claims).items()}
    previous = None
    if listing["page"] > 1:
        url = request.url.include_query_params(page=listing["page"] - 1)
        previous = f"{url.path}?{url.query}"
    clear = {name: link(request, **{name: None}) for name in ("outlet", "event_type", "certainty", "min_origins")}
    return bench.page("search.html", filters=filters, params=request.query_params, listing=listing,
                      entities=entities, facets=facet_links, clear=clear, previous=previous, sorts=SORTS, labels=CERTAINTY_LABELS,
                      title="Search")


@router.get("/claims/{claim_id}", response_class=HTMLResponse)
def claim_page(request: Request, claim_id: str = Path(max_length=40)) -> HTMLResponse:
    bench = workbench(request)
    claim = bench.claim(claim_id)
    if claim is None:
        raise HTTPException(404, "There is no such claim.")
    pictures = [{**chain, "picture": views.chain_picture(chain["nodes"])} for chain in claim["chains"]]
    supporting = [c for c in pictures if not c["negative"]]
    against = [c for c in pictures if c["negative"]]
    marks = timeline([claim])
    return bench.page("claim.html", claim=claim, supporting=supporting, against=against,
                      origins=origin_groups(claim), timeline=views.timeline_picture(marks),
                      title=f"Claim {claim['id']}")


@router.get("/documents/{document_id:path}", response_class=HTMLResponse)
def article_page(request: Request, document_id: str = Path(max_length=300)) -> HTMLResponse:
    bench = workbench(request)
    found = bench.graph.document(document_id)
    if found is None:
        raise HTTPException(404, "There is no such document.")
    return article(request, found, found["document"]["text"] or "", stored=True)


def article(request: Request, analysis: dict[str, Any], text: str, stored: bool, status: int = 200) -> HTMLResponse:
    """The article view of an analysis: highlighted text, a panel a claim, the entities."""
    header = analysis.get("document") or {}
    identities = analysis.get("entity_identities") or {}
    entities = [{"id": e["id"], "name": e["name"], "type": e.get("type"), "identity": identities.get(e["id"]),
                 "aliases": e.get("aliases") or []} for e in analysis.get("entities", [])]
    return workbench(request).page(
        "article.html", status=status, header=header, stored=stored,
        segments=views.highlight(text, analysis), identities=identities,
        claims=views.article_claims(analysis, header.get("outlet"), analysis.get("linked_claims")),
        entities=entities, markers=analysis.get("markers", []), warnings=analysis.get("warnings", []),
        title=header.get("title") or header.get("id") or "Article")


@router.get("/entities/{entity_id}", response_class=HTMLResponse)
def dossier_page(request: Request, entity_id: int = Path(ge=0, le=2**62)) -> HTMLResponse:
    bench = workbench(request)
    report = bench.entity(entity_id)
    if report is None:
        raise HTTPException(404, "There is no such entity.")
    claims = {c["id"]: c for c in report["claims"] + report["claims_as_source"]}
    return bench.page("dossier.html", report=report, claims=claims, timeline=views.timeline_picture(report["timeline"]),
                      typing=views.typing_summary(report["entity"].get("type_evidence") or []),
                      title=report["entity"]["name"])


@router.get("/errors", response_class=HTMLResponse)
def errors_page(request: Request) -> HTMLResponse:
    bench = workbench(request)
    return bench.page("errors.html", failures=bench.graph.errors(), title="Errors")


@router.get("/analyse", response_class=HTMLResponse)
def analyse_form(request: Request) -> HTMLResponse:
    return workbench(request).page("analyse.html", form={}, error=None, title="Analyse")


@router.post("/analyse", response_class=HTMLResponse)
def analyse_page(request: Request, text: str = Form(...), outlet: str = Form(""), published: str = Form(""),
                 title: str = Form("")) -> HTMLResponse:
    bench = workbench(request)
    form = {"text": text, "outlet": outlet, "published": published, "title": title}
    try:
        article_in = Article(text=text, outlet=outlet or None, published=published or None, title=title or None)
        with bench.analysis_lock:
            result = bench.graph.analyze(article_in.document())
    except (DocumentError, ValueError) as exc:
        message = str(exc) if isinstance(exc, DocumentError) else "the date must be YYYY-MM-DD"
        return bench.page("analyse.html", status=422, form=form, error=message, title="Analyse")
    result["document"] = {**(result.get("document") or {}), "outlet": outlet or None, "title": title or None}
    return article(request, result, text, stored=False)


@router.get("/docs/openapi.json")
def docs_schema(request: Request) -> JSONResponse:
    """The schema as the docs page reads it (OpenAPI 3.0)."""
    return JSONResponse(as_openapi_30(request.app.openapi()))


@router.get("/docs", response_class=HTMLResponse)
def docs_page(request: Request) -> HTMLResponse:
    return workbench(request).page("docs.html", title="API")
