"""Who a page is by: the site's name from its own metadata before its host, and the wire whose story a site reposts,
kept beside the site with the words that name it."""
from __future__ import annotations

import json

from claimgraph.readers import read_paths
from claimgraph.readers.syndication import same_outlet

HEADLINE = "Ferry fares to rise as fuel costs climb"
STORY = ("<p>{opening}Ferry fares on the Oskary crossing will rise by 8% from June, the operator said on Monday, "
         "blaming the cost of fuel.</p>"
         "<p>The operator's director, Tilde Marrow, said the rise was the first in three years and that discounts "
         "for islanders would stay.</p>")


def page(head: str = "", opening: str = "", after: str = "", before: str = "",
         title: str = f"{HEADLINE} | Skelby Herald") -> str:
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{title}</title>{head}</head><body>{before}"
            f"<main><article><h1>{HEADLINE}</h1>{STORY.format(opening=opening)}{after}</article></main>"
            "</body></html>")


def json_ld(**item) -> str:
    return ('<script type="application/ld+json">'
            + json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": HEADLINE, **item})
            + "</script>")


def read(tmp_path, html: str):
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    [document] = list(read_paths([path]))
    return document


def test_a_dateline_naming_another_outlet_is_the_wire(tmp_path):
    document = read(tmp_path, page('<meta property="og:site_name" content="Skelby Herald">',
                                   opening="ODDMARK, March 3 (Harrow Press) \u2014 "))
    assert document.outlet == "Skelby Herald"
    assert document.wire == {"name": "Harrow Press", "evidence": "ODDMARK, March 3 (Harrow Press) \u2014"}
    assert document.header()["wire"]["name"] == "Harrow Press"


def test_a_dateline_naming_the_site_itself_is_no_wire(tmp_path):
    document = read(tmp_path, page('<meta property="og:site_name" content="The Skelby Herald">',
                                   opening="ODDMARK (Skelby Herald) - "))
    assert document.outlet == "The Skelby Herald"
    assert document.wire is None


def test_json_ld_source_organization_and_organisation_author_name_the_wire(tmp_path):
    source = read(tmp_path, page(json_ld(publisher={"@type": "Organization", "name": "Skelby Herald"},
                                         sourceOrganization={"@type": "NewsMediaOrganization",
                                                             "name": "Harrow Press"})))
    assert (source.outlet, source.wire["name"]) == ("Skelby Herald", "Harrow Press")
    assert "sourceOrganization" in source.wire["evidence"]
    author = read(tmp_path, page(json_ld(publisher={"@type": "Organization", "name": "Skelby Herald"},
                                         author=[{"@type": "Organization", "name": "Harrow Press"}])))
    assert author.wire["name"] == "Harrow Press"
    # a person's byline is no outlet, and the site credited as its own author is no wire
    person = read(tmp_path, page(json_ld(publisher={"name": "Skelby Herald"},
                                         author={"@type": "Person", "name": "Ilse Varn"})))
    assert person.wire is None
    staff = read(tmp_path, page(json_ld(publisher={"name": "Skelby Herald"},
                                        author={"@type": "Organization", "name": "Skelby Herald Staff"})))
    assert staff.wire is None


def test_credit_lines_name_the_wire_but_the_footer_names_the_site(tmp_path):
    credited = read(tmp_path, page('<meta property="og:site_name" content="Skelby Herald">',
                                   after="<p>Copyright 2025 Harrow Press. All rights reserved.</p>"))
    assert credited.wire["name"] == "Harrow Press"
    # a parent company's copyright in the footer is the site's, not the story's
    footer = read(tmp_path, page('<meta property="og:site_name" content="Skelby Herald">')
                  .replace("</body>", "<footer><p>\u00a9 2025 Norrland Media Holdings</p></footer></body>"))
    assert footer.wire is None
    # nor is a picture's credit, nor a sentence of the story that says where a report first appeared
    photo = read(tmp_path, page('<meta property="og:site_name" content="Skelby Herald">',
                                after="<figure><p>\u00a9 2025 Arno Velt/Harrow Images</p></figure>"
                                      "<p>The audit, first published by the Oskary Ledger in May, found the same.</p>"))
    assert photo.wire is None
    republished = read(tmp_path, page('<meta property="og:site_name" content="Skelby Herald">',
                                      after="<p>An earlier version of this article first appeared in The Oskary "
                                            "Ledger.</p>"))
    assert republished.wire["name"] == "The Oskary Ledger"


def test_og_site_name_comes_before_a_json_ld_publisher(tmp_path):
    # the brand a reader sees, not the parent company a JSON-LD publisher may name
    document = read(tmp_path, page(json_ld(publisher={"@type": "Organization", "name": "Skelby Media Group"})
                                   + '<meta property="og:site_name" content="Skelby Herald">'))
    assert document.outlet == "Skelby Herald"
    # with no meta tag, the page's own item's publisher names the site
    own = read(tmp_path, page(json_ld(publisher={"@type": "Organization", "name": "Skelby Herald"})))
    assert own.outlet == "Skelby Herald"
    application = read(tmp_path, page('<meta name="application-name" content="Skelby Herald">',
                                      title=HEADLINE))
    assert application.outlet == "Skelby Herald"


def test_a_host_gives_way_to_the_name_the_page_prints_for_it(tmp_path):
    html = page(title=f"{HEADLINE} | News | skelby-herald.example",
                before='<div class="nav"><a href="/">Skelby Herald</a></div>')
    assert read(tmp_path, html).outlet == "Skelby Herald"
    # no printed name spells the host: the host stays
    bare = page(title=f"{HEADLINE} | News | skelby-herald.example",
                before='<div class="nav"><a href="/">Home</a></div>')
    assert read(tmp_path, bare).outlet == "skelby-herald.example"


def test_same_outlet():
    assert same_outlet("Vallen Herald Media Ltd", "Vallen Herald")
    # an agency's initials, as its own datelines give them, with or without its "of"
    assert same_outlet("VNA", "Vessa News Agency") and same_outlet("Skelby News Agency", "SNA")
    service = "Broadcasting Service of the Tarn"
    assert same_outlet("BST", service) and same_outlet("BSOTT", service) and not same_outlet("BRT", service)
    assert not same_outlet("VNA", "Harrow Press") and not same_outlet("Vna", "Vessa News Agency")
    assert same_outlet("brightwater-tribune.example", "The Brightwater Tribune")
    assert not same_outlet("Harrow Press", "Harrow Pressroom")
    assert not same_outlet("Harrow Press", None)


def test_a_json_lines_article_whose_dateline_names_another_outlet_reposts_it(tmp_path):
    lines = [{"id": "a1", "outlet": "Skelby Courier", "text": "ODDMARK (Harrow Press) - The port reopened on Monday."},
             {"id": "a2", "outlet": "Vessa News Agency", "text": "ODDMARK, May 4 (VNA) - The port reopened on Monday."},
             {"id": "a3", "text": "ODDMARK (Harrow Press) - The port reopened on Monday."},
             {"id": "a4", "outlet": "Skelby Courier", "text": "The port reopened on Monday."}]
    path = tmp_path / "lines.jsonl"
    path.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    reposted, own, unknown, plain = read_paths([path])
    assert reposted.wire == {"name": "Harrow Press", "evidence": "ODDMARK (Harrow Press) -"}
    # the agency's own initials, a line with no outlet to repost for, and no dateline: no wire
    assert own.wire is None and unknown.wire is None and plain.wire is None


def test_a_page_naming_its_site_nowhere_else_takes_the_name_its_link_home_and_copyright_agree_on(tmp_path):
    footer = "<footer><p>© 2025 Skelby Herald Media Ltd</p></footer>"
    html = page(title=HEADLINE, before='<header><a href="/">Skelby Herald</a></header>').replace(
        "</body>", footer + "</body>")
    assert read(tmp_path, html).outlet == "Skelby Herald"
    # a link home alone, or one the credit does not name, is no site name
    alone = page(title=HEADLINE, before='<header><a href="/">Skelby Herald</a></header>')
    assert read(tmp_path, alone).outlet is None
    home = page(title=HEADLINE, before='<header><a href="/">Home</a></header>').replace("</body>", footer + "</body>")
    assert read(tmp_path, home).outlet is None


def test_a_handle_gives_way_to_the_name_the_page_prints_for_it(tmp_path):
    footer = "<footer><p>© 2025 Skelby Herald</p></footer>"
    html = page('<meta name="twitter:site" content="@SkelbyHerald">', title=HEADLINE).replace(
        "</body>", footer + "</body>")
    assert read(tmp_path, html).outlet == "Skelby Herald"
    # a declared name of one word that is no handle stays as the site declares it
    logo = '<header><a href="/" class="logo">SKELBY</a></header>'
    declared = page('<meta property="og:site_name" content="Skelby">', title=HEADLINE, before=logo)
    assert read(tmp_path, declared).outlet == "Skelby"
