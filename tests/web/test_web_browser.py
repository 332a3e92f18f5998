"""The pages in a real browser (Debian's chromium through Playwright) against a real uvicorn server: search, filter
and open a claim; an article's highlights and a claim's chain; a dossier's timeline; keyboard use; and an article
built to attack the pages, which must show as text and run nothing.

Screenshots go to each test's temporary folder; with CLAIMGRAPH_SCREENSHOTS=DIR they are also written to DIR (the
README's pictures: `CLAIMGRAPH_SCREENSHOTS=docs pytest tests/web/test_web_browser.py`)."""
from __future__ import annotations

import os
import re
from pathlib import Path

from .conftest import TOKEN
from .test_web_security import HOSTILE


# the pages the README shows
README_PICTURES = ("search", "claim", "article", "dossier")


def shoot(page, tmp_path: Path, name: str) -> Path:
    """A full-page screenshot into the test's folder, and into CLAIMGRAPH_SCREENSHOTS when it names a folder."""
    path = tmp_path / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    assert path.stat().st_size > 10_000
    wanted = os.environ.get("CLAIMGRAPH_SCREENSHOTS")
    if wanted and name in README_PICTURES:
        Path(wanted).mkdir(parents=True, exist_ok=True)
        # the README shows the top of each page
        page.screenshot(path=str(Path(wanted) / f"{name}.png"), full_page=False)
    return path


def api(page, server, path: str):
    answer = page.request.get(server.url + path)
    assert answer.ok, path
    return answer.json()


def clean(page) -> None:
    assert page.dialogs == [], page.dialogs
    assert page.console_errors == [], page.console_errors


def test_search_filter_and_open_a_claim(page, live_server, tmp_path):
    claims = api(page, live_server, "/api/claims?per_page=100")["items"]
    target = next(c for c in claims if len(c["mentions"]) > 1 and c["event"])
    word = max(target["text"].split(), key=len).strip(".,;:\"'")
    page.goto(live_server.url + "/")
    page.fill("#search-q", word)
    page.press("#search-q", "Enter")
    page.wait_for_url(re.compile(r"q="))
    listed = page.locator("li.claim-item").evaluate_all("items => items.map(i => i.dataset.claim)")
    assert target["id"] in listed
    # a facet narrows the list: the outlet the claim was first reported by
    outlet = target["first_reported"]["outlet"]
    page.locator(f'section[data-facet="outlet"] a[data-value="{outlet}"]').click()
    page.wait_for_url(re.compile(r"outlet="))
    narrowed = page.locator("li.claim-item").evaluate_all("items => items.map(i => i.dataset.claim)")
    assert target["id"] in narrowed and len(narrowed) <= len(listed)
    expected = {c["id"] for c in api(page, live_server, f"/api/claims?per_page=100&q={word}&outlet={outlet}")["items"]}
    assert set(narrowed) == expected
    shoot(page, tmp_path, "search")
    page.locator(f'li.claim-item[data-claim="{target["id"]}"] a.claim-link').click()
    page.wait_for_url(re.compile(rf"/claims/{target['id']}$"))
    detail = api(page, live_server, f"/api/claims/{target['id']}")
    figures = page.locator("section.chains figure.mention")
    supporting = [c for c in detail["chains"] if not c["negative"]]
    assert figures.count() == len(supporting)
    for n, chain in enumerate(supporting):
        drawn = figures.nth(n).locator("svg.chain g.node").evaluate_all(
            "nodes => nodes.map(n => [n.dataset.position, n.dataset.name])")
        # outermost (the outlet) first, innermost origin last, as the mention's chain runs
        assert [name for _, name in drawn] == [chain["outlet"] or "this article"] + [
            m for m in next(m["attribution_chain"] for m in detail["mentions"] if m["document"] == chain["document"]
                            and m["span"] == chain["span"])]
        assert [int(p) for p, _ in drawn] == list(range(1, len(drawn) + 1))
        # each node leads to its words in the article
        hrefs = figures.nth(n).locator("svg.chain a.node-link").evaluate_all(
            "links => links.map(l => l.getAttribute('href'))")
        assert all(h.startswith(f"/documents/{chain['document']}") for h in hrefs) and len(hrefs) == len(drawn)
    assert page.locator("section.origins-list .origin").count() >= len(detail["origins"])
    marks = page.locator("svg.timeline circle.mark")
    assert marks.count() == sum(1 for m in detail["mentions"] if m["published"])
    assert page.locator("svg.timeline circle.mark.first").count() >= 1
    shoot(page, tmp_path, "claim")
    # a node's link opens the article at the source's words
    page.locator("section.chains svg.chain a.node-link").last.click()
    page.wait_for_url(re.compile(r"/documents/"))
    anchor = page.evaluate("location.hash").lstrip("#")
    assert anchor and page.locator(f'[id="{anchor}"]').count() == 1
    clean(page)


def test_article_highlights_and_a_click_shows_the_chain(page, live_server, tmp_path):
    claims = api(page, live_server, "/api/claims?per_page=100")["items"]
    document_id = next(m["document"] for c in claims for m in c["mentions"] if any(
        m["attribution_chain"] for m in c["mentions"]))
    stored = api(page, live_server, f"/api/documents/{document_id}")
    page.goto(f"{live_server.url}/documents/{document_id}")
    text = page.locator("#article-text")
    assert text.inner_text() == stored["document"]["text"]
    colours = {}
    for layer in ("source", "cue", "content"):
        found = text.locator(f".seg.{layer}")
        assert found.count() > 0, layer
        colours[layer] = found.first.evaluate("el => getComputedStyle(el).backgroundColor")
    assert len(set(colours.values())) == 3, colours
    assert text.locator(".seg.entity").count() > 0
    claim = next(c for c in stored["claims"] if c.get("attribution"))
    panel = page.locator(f"#claim-{claim['id']}")
    assert not panel.is_visible()
    text.locator(f'a.seg.claim[data-claim="{claim["id"]}"]').first.click()
    panel.wait_for(state="visible")
    nodes = panel.locator("svg.chain g.node").evaluate_all("nodes => nodes.map(n => n.dataset.name)")
    assert nodes[0] == (stored["document"]["outlet"] or "this article") and len(nodes) >= 2
    assert claim["certainty"]["label"] in panel.inner_text()
    assert text.locator("a.seg.claim.selected").count() >= 1
    for word in claim["certainty"]["cue"]:
        assert word["text"] in panel.locator(".cue-words").inner_text()
    # entities lead to their dossiers
    linked = text.locator("a.seg[data-entity]")
    assert linked.count() > 0 and linked.first.get_attribute("href").startswith("/entities/")
    shoot(page, tmp_path, "article")
    clean(page)


def test_the_keyboard_reaches_search_and_claims(page, live_server):
    page.goto(live_server.url + "/documents/" + api(page, live_server, "/api/claims")["items"][0]["mentions"][0][
        "document"])
    page.keyboard.press("/")
    assert page.evaluate("document.activeElement.id") == "quick-q"
    page.evaluate("document.activeElement.blur()")
    first = page.locator("a.seg.claim").first
    first.focus()
    page.keyboard.press("Enter")
    claim = first.get_attribute("data-claim")
    page.locator(f"#claim-{claim}").wait_for(state="visible")
    clean(page)


def test_dossier_timeline_has_one_mark_per_dated_mention(page, live_server, tmp_path):
    entities = api(page, live_server, "/api/entities?per_page=100")["items"]
    reports = [api(page, live_server, f"/api/entities/{e['id']}") for e in entities[:5]]
    report = max(reports, key=lambda r: len(r["timeline"]))
    dated = [m for c in report["claims"] for m in c["mentions"] if m["published"]]
    assert dated
    page.goto(f"{live_server.url}/entities/{report['entity']['id']}")
    assert page.locator("h1").inner_text() == report["entity"]["name"]
    marks = page.locator("svg.timeline circle.mark")
    assert marks.count() == len(dated)
    assert sorted(marks.evaluate_all("ms => ms.map(m => m.dataset.date)")) == sorted(m["published"][:10] for m in dated)
    assert page.locator("svg.timeline circle.mark.first").count() >= 1
    listed = page.locator("section a[href^='/claims/']").evaluate_all("ls => ls.map(l => l.getAttribute('href'))")
    assert {f"/claims/{c['id']}" for c in report["claims"]} <= set(listed)
    shoot(page, tmp_path, "dossier")
    clean(page)


def test_errors_and_analyse_pages(page, live_server, tmp_path):
    page.goto(live_server.url + "/errors")
    assert page.locator("table.failures").count() == 1
    shoot(page, tmp_path, "errors")
    page.goto(live_server.url + "/analyse")
    page.fill("#analyse-text", "The coast guard said two fishing boats were missing off Varrow Point on Sunday.")
    page.fill("input[name=outlet]", "Shoreline Times")
    page.fill("input[name=published]", "2024-09-01")
    page.click("form.analyse button[type=submit]")
    page.locator("#article-text").wait_for()
    assert "analysed, not stored" in page.inner_text("article.article-page header")
    assert page.locator("#article-text .seg.source").count() > 0
    shoot(page, tmp_path, "analyse")
    clean(page)


def test_an_article_built_to_attack_the_pages_runs_nothing(page, live_server, tmp_path):
    made = page.request.post(live_server.url + "/api/documents", data=HOSTILE,
                             headers={"Authorization": f"Bearer {TOKEN}"})
    assert made.status in (200, 201), made.text()
    stored = api(page, live_server, f"/api/documents/{HOSTILE['id']}")
    visits = [f"/documents/{HOSTILE['id']}", "/?q=pier", "/?q=quellport",
              *{f"/claims/{c}" for c in stored["linked_claims"].values()},
              *{f"/entities/{i}" for i in stored["entity_identities"].values()}]
    for path in visits:
        page.goto(live_server.url + path)
        page.wait_for_load_state("load")
        # nothing the article holds became an element
        assert page.locator("img").count() == 0, path
        assert page.locator("script:not([src])").count() == 0, path
    page.goto(f"{live_server.url}/documents/{HOSTILE['id']}")
    assert page.locator("#article-text").inner_text() == HOSTILE["text"]
    assert page.locator("h1").inner_text() == HOSTILE["title"]
    assert page.locator("article.article-page header .outlet").inner_text() == HOSTILE["outlet"]
    # the analyse page shows pasted text as text too
    page.goto(live_server.url + "/analyse")
    page.fill("#analyse-text", HOSTILE["text"])
    page.fill("input[name=title]", HOSTILE["title"])
    page.click("form.analyse button[type=submit]")
    page.locator("#article-text").wait_for()
    assert page.locator("#article-text").inner_text() == HOSTILE["text"]
    shoot(page, tmp_path, "hostile")
    clean(page)


def test_the_api_docs_page_works_offline_under_its_policy(page, live_server, tmp_path):
    requested = []
    page.on("request", lambda request: requested.append(request.url))
    page.goto(live_server.url + "/docs")
    page.locator(".opblock").first.wait_for()
    assert page.locator(".opblock").count() >= 8
    # everything it loaded came from this server
    assert requested and all(url.startswith(live_server.url) or url.startswith("data:") for url in requested)
    shoot(page, tmp_path, "docs")
    clean(page)
