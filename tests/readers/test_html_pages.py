"""Web pages: the publication date is never a modified date and yields to --published, a headline is no outlet, and
teasers, related links and subscription prompts stay out of the text."""
from __future__ import annotations

import json

import pytest

from claimgraph.readers import read_paths

ARTICLE = ("<h1>Tram line to reach the airport by spring</h1>"
           "<p>The regional transport authority approved the extension of the tram line on Wednesday, its chair "
           "told reporters, after a two-year dispute over the route through the old market.</p>"
           "<p>Construction will begin in April and the first trams should run within a year, according to the "
           "authority's plan, although two councillors said the budget was too tight.</p>")


def page(head: str = "", body_extra: str = "", title: str = "Tram line to reach the airport by spring") -> str:
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{title}</title>{head}</head><body>"
            f"<main><article>{ARTICLE}{body_extra}</article></main></body></html>")


def read(tmp_path, html: str, **options):
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    [document] = list(read_paths([path], **options))
    return document


def test_a_modified_date_is_not_the_publication_date(tmp_path):
    document = read(tmp_path, page('<meta property="article:modified_time" content="2025-02-11T08:00:00Z">'))
    assert document.published is None


def test_the_published_date_wins_over_a_later_modified_one(tmp_path):
    document = read(tmp_path, page('<meta property="article:modified_time" content="2025-02-11T08:00:00Z">'
                                   '<meta property="article:published_time" content="2025-02-03T06:00:00Z">'))
    assert document.published == "2025-02-03"


def test_json_ld_dates_are_told_apart(tmp_path):
    document = read(tmp_path, page('<script type="application/ld+json">{"@type": "NewsArticle", '
                                   '"dateModified": "2025-02-12", "datePublished": "2025-02-04"}</script>'))
    assert document.published == "2025-02-04"


def test_the_command_line_date_overrides_the_page(tmp_path):
    document = read(tmp_path, page('<meta property="article:published_time" content="2025-02-03">'),
                    published="2025-01-30")
    assert document.published == "2025-01-30"


def test_a_headline_is_not_an_outlet(tmp_path):
    document = read(tmp_path, page(title="Tram line to reach the airport by spring | Tram line to reach the "
                                         "airport by spring"))
    assert document.outlet != "Tram line to reach the airport by spring"
    named = read(tmp_path, page('<meta property="og:site_name" content="Riverside Courier">'))
    assert named.outlet == "Riverside Courier"


def test_a_page_naming_no_site_takes_its_name_from_the_title_around_the_headline(tmp_path):
    headline = "Tram line to reach the airport by spring"
    assert read(tmp_path, page(title=f"{headline} | Riverside Courier")).outlet == "Riverside Courier"
    assert read(tmp_path, page(title=f"Riverside Courier - {headline}")).outlet == "Riverside Courier"
    # a section between the two is not the site
    assert read(tmp_path, page(title=f"{headline} \u2013 Transport \u2013 Riverside Courier")).outlet == \
        "Riverside Courier"
    # the markup's own name wins
    named = read(tmp_path, page('<meta property="og:site_name" content="The Courier">',
                                title=f"{headline} | Riverside Courier Online"))
    assert named.outlet == "The Courier"


def test_a_title_part_that_reads_like_a_sentence_or_is_no_headline_neighbour_is_no_site(tmp_path):
    headline = "Tram line to reach the airport by spring"
    assert read(tmp_path, page(title=f"{headline} | read the latest on trams and buses across the whole region "
                                     "every day")).outlet is None
    # the title's parts do not stand around the headline: nothing to tell which part is the site
    assert read(tmp_path, page(title="Trams | Riverside Courier | Spring works")).outlet is None
    assert read(tmp_path, page(title=headline)).outlet is None


def test_a_section_beside_the_headline_is_no_site(tmp_path):
    headline = "Tram line to reach the airport by spring"
    for section in ("News", "Local News", "Politics"):
        assert read(tmp_path, page(title=f"{headline} - {section}")).outlet is None, section
    assert read(tmp_path, page(title=f"{headline} - Riverside News")).outlet == "Riverside News"


def test_a_site_that_declares_a_section_word_as_its_name_keeps_it(tmp_path):
    headline = "Tram line to reach the airport by spring"
    for name in ("Science", "Weather"):
        html = page(f'<meta property="og:site_name" content="{name}">', title=f"{headline} - {name}")
        assert read(tmp_path, html).outlet == name


def test_teasers_related_links_and_subscription_prompts_are_removed(tmp_path):
    extra = ("<div class='related-stories'><h3>Related</h3><ul><li><a href='/a'>Bus fares frozen for a year</a></li>"
             "</ul></div>"
             "<aside class='newsletter-signup'><p>Get the morning briefing in your inbox every day.</p></aside>"
             "<div class='paywall-prompt'><p>Already a subscriber? Log in to keep reading.</p></div>"
             "<p>Subscribe now for unlimited access to all our journalism.</p>"
             "<div class='teaser'><p>Ferry strike enters its third week as talks stall</p></div>"
             "<p>Read more: Cycle lanes to open on the ring road</p>")
    document = read(tmp_path, page(body_extra=extra))
    assert "approved the extension of the tram line" in document.text
    assert "two councillors said the budget was too tight" in document.text
    for words in ("Bus fares frozen", "morning briefing", "Already a subscriber", "unlimited access",
                  "Ferry strike", "Cycle lanes"):
        assert words not in document.text, words


def test_a_wrapper_with_an_unlucky_class_name_keeps_its_article(tmp_path):
    html = page().replace("<article>", "<article><div class='share-container story-body'>").replace(
        "</article>", "</div></article>")
    document = read(tmp_path, html)
    assert "approved the extension of the tram line" in document.text


def test_a_page_of_too_many_elements_is_refused_before_extraction(tmp_path, monkeypatch):
    import time

    monkeypatch.setenv("CLAIMGRAPH_MAX_HTML_ELEMENTS", "2000")
    path = tmp_path / "page.html"
    path.write_text(page(body_extra="<span>word</span>" * 5000), encoding="utf-8")
    start = time.monotonic()
    [error] = list(read_paths([path]))
    assert time.monotonic() - start < 5
    assert error.code == "E004" and "CLAIMGRAPH_MAX_HTML_ELEMENTS" in error.reason


def test_a_summary_box_and_a_correction_note_stay_out_by_their_class_names(tmp_path):
    box = ("<div class='story-key-points'><ul><li>The extension will cost 40 million crowns</li>"
           "<li>Two councillors say the budget is too tight</li></ul></div>")
    note = ("<p class='article__correction'>An earlier version of this story gave the wrong length for the "
            "extension.</p>")
    document = read(tmp_path, page(body_extra=note).replace("<article>", "<article>" + box))
    assert "approved the extension of the tram line" in document.text
    for words in ("40 million crowns", "Two councillors say", "An earlier version"):
        assert words not in document.text, words


def test_a_kicker_above_the_headline_stays_out(tmp_path):
    html = page().replace("<article>", "<article><a class='kicker' href='/transport'>Transport</a>")
    text = read(tmp_path, html).text
    assert text.startswith("Tram line to reach the airport by spring\nThe regional transport authority")
    assert "Transport\n" not in text


def test_an_update_stamp_without_a_time_element_is_no_publication_date(tmp_path):
    stamp = "<div class='byline'><span>By Oda Lunn</span><span>Updated March 12, 2025</span></div>"
    document = read(tmp_path, page().replace("</h1>", "</h1>" + stamp))
    assert document.published is None
    published = read(tmp_path, page('<meta property="article:published_time" content="2025-03-10T08:00:00Z">')
                     .replace("</h1>", "</h1>" + stamp))
    assert published.published == "2025-03-10"


def framework_page(entries: dict) -> str:
    data = {"props": {"pageProps": entries}, "page": "/[slug]", "buildId": "b1"}
    return page().replace("</body>", '<script id="__NEXT_DATA__" type="application/json">' + json.dumps(data)
                          + "</script></body>")


def test_the_framework_data_of_the_pages_own_entry_gives_its_dates(tmp_path):
    story = {"headline": "Tram line to reach the airport by spring", "updatedAt": "2025-03-12T10:00:00Z",
             "publishedAt": "2025-03-09T07:00:00Z"}
    related = [{"title": "Bus lanes to open on the bridge", "publishedAt": "2025-03-01T07:00:00Z"}]
    assert read(tmp_path, framework_page({"related": related, "story": story})).published == "2025-03-09"
    # snake case and a first publication before a later one
    story = {"title": "Tram line to reach the airport by spring", "first_publication_date": "2025-03-08T07:00:00Z",
             "published_at": "2025-03-11T07:00:00Z"}
    assert read(tmp_path, framework_page({"doc": story})).published == "2025-03-08"
    # only other entries carry dates: none is the page's
    assert read(tmp_path, framework_page({"related": related})).published is None


def test_a_teaser_marked_up_as_an_article_of_its_own_lends_the_page_no_date(tmp_path):
    teaser = ("<aside><h2>More news</h2><div itemscope itemtype='https://schema.org/NewsArticle'><a itemprop='url' "
              "href='/bus'><span itemprop='headline'>Bus lanes to open on the bridge</span></a><meta "
              "itemprop='datePublished' content='2025-03-01T07:00:00Z'></div></aside>")
    stamp = "<time class='published' datetime='2025-03-09T07:00:00Z'>9 March 2025</time>"
    html = page().replace("</h1>", "</h1>" + stamp).replace("</main>", "</main>" + teaser)
    assert read(tmp_path, html).published == "2025-03-09"
    # the page's own item, named by its headline, still gives its date
    own = html.replace("<article>", "<article itemscope itemtype='https://schema.org/NewsArticle'>").replace(
        "<h1>", "<h1 itemprop='headline'>").replace("</h1>", "</h1><meta itemprop='datePublished' "
                                                              "content='2025-03-08T07:00:00Z'>")
    assert read(tmp_path, own).published == "2025-03-08"


def test_a_badge_inside_the_headline_is_no_part_of_it(tmp_path):
    html = page().replace("<h1>", "<h1><span class='badge'>Live</span> ")
    document = read(tmp_path, html)
    assert document.title == "Tram line to reach the airport by spring"
    assert document.text.startswith("Tram line to reach the airport by spring\nThe regional transport authority")
    assert "Live" not in document.text
    # a heading longer than the page's <title> by more than a label keeps all its words
    longer = page(title="Tram line to reach the airport").replace("<h1>", "<h1>Plans for a ")
    assert read(tmp_path, longer).text.startswith("Plans for a Tram line to reach the airport by spring\n")


@pytest.mark.parametrize("heading, head, title", [
    ("Council approves tram budget despite protests",
     '<meta property="og:title" content="Council approves tram budget">', "Council approves tram budget"),
    ("Residents say tram line to reach the airport", "", "Tram line to reach the airport | Riverside News"),
    ("Tram line to reach the airport, mayor says", "", "Tram line to reach the airport | Riverside News")])
def test_words_of_the_headline_no_markup_sets_apart_stay_in_it(tmp_path, heading, head, title):
    inside = page(head, title=title).replace("Tram line to reach the airport by spring</h1>", f"{heading}</h1>")
    above = inside.replace(f"<h1>{heading}</h1>", "").replace("<main>", f"<header><h1>{heading}</h1></header><main>")
    for html in (inside, above):
        document = read(tmp_path, html)
        assert document.text.startswith(heading + "\nThe regional transport authority")
        assert document.text.count(heading.split(",")[0]) == 1


def test_a_label_set_apart_by_a_separator_is_no_part_of_the_headline(tmp_path):
    for label in ("Live: ", "LIVE | "):
        document = read(tmp_path, page().replace("<h1>", f"<h1>{label}"))
        assert document.title == "Tram line to reach the airport by spring"
        assert document.text.startswith("Tram line to reach the airport by spring\nThe regional transport")


def test_rdfa_dates_are_told_apart_by_their_terms(tmp_path):
    # the Drupal rdf module's schema.org terms, the change written before the creation
    schema = ("<span property='schema:dateModified' content='2025-03-12T10:00:00+00:00'></span>"
              "<span property='schema:dateCreated' content='2025-03-09T10:00:00+00:00'>Sun, 03/09/2025</span>")
    assert read(tmp_path, page().replace("</h1>", "</h1>" + schema)).published == "2025-03-09"
    # Drupal 7's Dublin Core terms, two in one attribute
    dublin = ("<span property='dc:modified' content='2025-03-12T10:00:00+00:00'></span>"
              "<span property='dc:date dc:created' content='2025-03-08T10:00:00+00:00' datatype='xsd:dateTime'>"
              "Submitted on Sat, 03/08/2025</span>")
    assert read(tmp_path, page().replace("</h1>", "</h1>" + dublin)).published == "2025-03-08"
    # a change alone is no publication
    changed = "<span property='schema:dateModified' content='2025-03-12T10:00:00+00:00'>12 March 2025</span>"
    assert read(tmp_path, page().replace("</h1>", "</h1>" + changed)).published is None


def test_an_rdfa_date_of_a_comment_or_of_another_resource_is_no_publication_date(tmp_path):
    own = "<link rel='canonical' href='https://riverside.example/node/12'>"
    comment = ("<div class='comment' about='/comment/7#comment-7' typeof='sioc:Post sioct:Comment'><span "
               "property='dc:date dc:created' content='2025-03-14T10:00:00+00:00' datatype='xsd:dateTime'>Submitted "
               "on Fri, 03/14/2025</span><p>Long overdue.</p></div>")
    teaser = ("<div about='/node/99' typeof='sioc:Item foaf:Document'><span property='dc:date dc:created' "
              "content='2025-03-02T10:00:00+00:00'></span></div>")
    for other in (comment, teaser):
        assert read(tmp_path, page(own).replace("</article>", "</article>" + other)).published is None
    # the page's own node, named by its path, still gives its date
    node = ("<div about='/node/12' typeof='sioc:Item foaf:Document'><span property='dc:date dc:created' "
            "content='2025-03-08T10:00:00+00:00'></span></div>")
    assert read(tmp_path, page(own).replace("</h1>", "</h1>" + node)).published == "2025-03-08"


def test_the_pages_own_microdata_article_gives_its_date_whatever_name_its_headline_goes_by(tmp_path):
    # changed later on the day it was published: only the microdata says when it was published
    changed = '<meta property="article:modified_time" content="2025-03-08T16:00:00Z">'
    own = page(changed, title="Tram line to reach the airport by spring | Riverside News").replace(
        "<article>", "<article itemscope itemtype='https://schema.org/NewsArticle'>").replace(
        "</h1>", "</h1><meta itemprop='datePublished' content='2025-03-08T07:00:00Z'>")
    badge = own.replace("<h1>", "<h1 itemprop='headline'><span class='badge'>Live</span> ")
    assert read(tmp_path, badge).published == "2025-03-08"
    ld = ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Airport tram by spring"}'
          '</script>')
    renamed = own.replace("<h1>", "<h1 itemprop='headline'>").replace("</head>", ld + "</head>")
    assert read(tmp_path, renamed).published == "2025-03-08"
