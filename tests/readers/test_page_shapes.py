"""Web pages in common publishing shapes (tests/data/pages): the date is the page's own publication date, never an
update nor the date of another item the page describes; the headline opens the text; bylines, credits, copyright,
ages and follow or tip lines stay out; and --published overrides the page's date whatever its shape."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimgraph.readers import read_paths
from claimgraph.readers.boilerplate import drop_page_lines, web_line
from claimgraph.readers.html import own_item

PAGES = Path(__file__).resolve().parents[1] / "data" / "pages"


# page: headline, outlet, published, words that must stay, words that must go
SHAPES = {
    "wordpress.html": ("Ferry terminal wins funding after second council vote", "The Marlow Ledger", "2025-03-04",
                       ["approved funding for a new ferry terminal", "Ada Pellow, said she would ask"],
                       ["Have a tip", "tips@", "Photo:", "Lina Osk", "cookies", "All rights reserved"]),
    "arc.html": ("Bus depot fire forces cancellations across Harwick", "The Harwick Post", "2025-02-18",
                 ["destroying 30 buses", "most of the network running again"],
                 ["Marta Quell", "Transportation reporter", "min read", "Ivo Renk", "Copyright", "Cookies"]),
    "liveblog.html": ("Senn river floods: evacuations widen as levee gives way – live", "Vallen Herald", "2025-04-11",
                      ["Army engineers have reached the breach", "ordered the evacuation of the lower town"],
                      ["Last updated", "Photograph", "Kiri Dahl", "©"]),
    "wire.html": ("Grain exporters halt shipments as port workers strike", "Brightwater Tribune", "2025-05-07",
                  ["halted shipments from the port of Halden", "called the strike \"unnecessary\""],
                  ["Reporting by", "Copyright", "All rights reserved", "Advertisement", "JONAS HEDRICK"]),
    "amp.html": ("Crane collapse closes container quay in Brennfield", "Brennfield Gazette", "2025-06-02",
                 ["A container crane collapsed", "complained about the crane's brakes"],
                 ["Photo:", "Follow Dara Fenn", "©", "cookies", "hours ago", "min read", "Colm Ashby",
                  "Harbour Reporter"]),
    "newspaper.html": ("Ministers split over plan to sell state rail freight arm", "The Northbay Times", "2025-03-04",
                       ["three officials with knowledge of the talks said", "workers had not been consulted"],
                       ["By Ravi Tolland", "Chief Political Correspondent", "First published", "Last modified",
                        "Photograph", "Jens Ulvik", "Follow Helen Marsk", "story tip", "Copyright", "cookies"]),
    "regional.html": ("Library hours cut as county trims budget", "Fellmoor Weekly", None,
                      ["will close on Mondays from September", "keep their Saturday hours"],
                      ["min read", "Greta Holm", "Last updated", "(c) 2025"]),
    "repost.html": ("Water board delays vote on reservoir fees", "Corran Valley Voice", "2025-08-21",
                    ["postponed a vote on raising reservoir fees", "two more public hearings"],
                    ["By Noor Albright", "Kestrel Local Media"]),
    "drupal.html": ("Thornwick council approves tram extension to the hospital", "Thornwick Courier", "2025-09-16",
                    ["a route of 3.2 kilometres", "drive to work"],
                    ["Related articles", "Tram depot plans go on display", "Hospital parking charges to rise",
                     "Submitted by", "Lene Sperrow", "A tram at the Weir Street stop", "Photo: Jonah Wimbrey",
                     "Tags", "Trams", "Log in", "All rights reserved", "Skip to main content"]),
    "ghost.html": ("Island ferry fares rise again – and residents say enough", "Gullhaven Notes", "2025-10-02",
                   ["raise fares by 9 percent", "no request had yet been received"],
                   ["Transport", "Pia Rendall", "min read", "The morning sailing leaves", "Photo by Maelis Karsk",
                    "Get the island news in your inbox", "Free, every Friday", "Your email", "Subscribe",
                    "Email sent", "No spam", "Sign up for Gullhaven Notes", "Harbour cafe reopens",
                    "School boat contract", "Powered by Ghost", "Sign in"]),
    "broadcaster.html": ("Hospital strike called off after overnight pay deal", "Westvale Broadcasting", "2025-10-14",
                         ["reached a pay deal in talks that ran through the night",
                          "rescheduled within a fortnight"],
                         ["Live", "Watch Westvale News Channel", "Key points", "accepted a 4.5 per cent pay offer",
                          "Planned strikes at three hospitals", "The government says the deal", "Correction:",
                          "An earlier version", "Nurses picketed outside Redgum Hospital", "Gethin Pascoe",
                          "Cressida Warrow", "Posted", "Updated", "Share", "Topics", "Related stories",
                          "Nurses vote to strike", "Elective surgery waits", "Traditional Custodians", "©"]),
    "paywall.html": ("Calderby mill owners fined over river spill", "The Calderby Standard", "2025-11-19",
                     ["replaced the valve", "a basic failure of supervision", "Anglers on the Ashbrook"],
                     ["Subscribe to continue reading", "Unlimited digital access", "Subscribe now",
                      "Already a subscriber", "Dora Penlow", "Environment reporter", "19th November 2025", "Topics",
                      "Pollution", "Cookie settings", "©"]),
    "print.html": ("Lifeboat crew rescue four from yacht off Carrick Nose", "Skerrymouth Examiner", "2025-11-08",
                   ["lost its mast in rough seas", "nine more than in the whole of last year"],
                   ["Local News", "Lowenna Yelland", "Published in print", "Updated 2 hours ago",
                    "more than 1 month old", "The lifeboat returns to Skerrymouth harbour",
                    "Examiner photo by Bryn Coldwell", "appeared in print", "Comments (4)", "Today's paper",
                    "Copyright 2025"]),
    "nextjs.html": ("Ostravel transit agency orders 40 electric buses", "Ostravel Post", "2025-07-23",
                    ["ordered 40 electric buses", "Dunley Road depot"],
                    ["Transport", "By Delphine Frome", "Updated July 24, 2025", "More in Transport",
                     "Bike lanes on Pellack Avenue", "Airport rail link study", "©"]),
    "ogsite.html": ("Old cannery to become 200 homes after council buys site", "The Porthwyn Chronicle", "2025-12-03",
                    ["half of them for social rent", "space for shops on the ground floor"],
                    ["Ruaridh Kellow", "Local Democracy Reporter", "12:30, 3 DEC 2025", "Porthwyn Live is part of",
                     "©"]),
    "newsletter.html": ("School roof repairs to cost twice the estimate", "Brackwater Gazette", "2025-09-17",
                        ["twice the figure given to councillors", "Work is expected to start during the October"],
                        ["Jory Maddern", "Updated", "SEP 2025", "12 comments", "READ MORE",
                         "Bypass roadworks to run into spring", "Get the Brackwater Briefing",
                         "Sign up for our free daily newsletter", "Enter your email", "Sign me up",
                         "We use your sign-up", "Most Read", "Pier cafe owner retires", "Town centre car park charges",
                         "Missing dog found safe", "Don't miss", "Winter ferry timetable cuts late sailings", "©"]),
}

# page: the wire whose story the site reposts, and words of the evidence
WIRES = {"wire.html": ("Tamber Wire", "isBasedOn"), "repost.html": ("Harlow Bay Report", "originally published by"),
         "wordpress.html": None, "arc.html": None, "liveblog.html": None, "amp.html": None, "newspaper.html": None,
         "regional.html": None, "drupal.html": None, "ghost.html": None, "broadcaster.html": None,
         "paywall.html": None, "print.html": None, "nextjs.html": None, "ogsite.html": None, "newsletter.html": None}


def read(path: Path, **options):
    [document] = list(read_paths([path], **options))
    return document


@pytest.mark.parametrize("name", sorted(SHAPES))
def test_each_page_shape_reads_clean(name):
    headline, outlet, published, kept, gone = SHAPES[name]
    document = read(PAGES / name)
    assert document.title == headline
    if outlet is not None:
        assert document.outlet == outlet
    assert document.published == published
    for words in kept:
        assert words in document.text, words
    for words in gone:
        assert words not in document.text, words


@pytest.mark.parametrize("name", sorted(SHAPES))
def test_a_reposted_story_keeps_its_wire_beside_the_site(name):
    document = read(PAGES / name)
    if WIRES[name] is None:
        assert document.wire is None
        assert "wire" not in document.header()
    else:
        assert document.wire["name"] == WIRES[name][0]
        assert WIRES[name][1] in document.wire["evidence"]
        assert document.header()["wire"] == document.wire


# the page's own JSON-LD item

def test_a_live_blog_takes_its_own_date_not_its_newest_entry(tmp_path):
    assert read(PAGES / "liveblog.html").published == "2025-04-11"  # the entries are of 12 April
    # the same without any address to match: the top item is the posting, its entries are inside it
    page = (PAGES / "liveblog.html").read_text(encoding="utf-8")
    path = tmp_path / "live.html"
    path.write_text(page.replace('<link rel="canonical"', '<link rel="alternate"').replace('"url":', '"sameAs":'),
                    encoding="utf-8")
    assert read(path).published == "2025-04-11"


def test_another_article_the_page_describes_lends_it_no_date_or_title():
    assert read(PAGES / "wire.html").published == "2025-05-07"  # the other @graph article is of 9 May
    amp = read(PAGES / "amp.html")
    assert (amp.published, amp.title) == ("2025-06-02", "Crane collapse closes container quay in Brennfield")


def test_an_image_inside_the_article_lends_it_no_date():
    assert read(PAGES / "arc.html").published == "2025-02-18"  # the image's own date is of November


def test_the_own_item_is_found_by_its_address_then_by_its_place():
    teaser = {"@type": "NewsArticle", "url": "https://paper.example/b", "datePublished": "2025-01-09"}
    own = {"@type": "ReportageNewsArticle", "mainEntityOfPage": {"@id": "http://www.paper.example/a/"},
           "datePublished": "2025-01-02"}
    page = {"@type": "WebPage", "@id": "https://paper.example/a", "datePublished": "2025-01-03"}
    assert own_item([teaser, page, own], {"paper.example/a"}) is own  # an article before a page of that address
    assert own_item([page, teaser], {"paper.example/a"}) is page
    assert own_item([teaser, own], set()) is teaser  # no address known: the top article
    assert own_item([{"@type": "Organization", "name": "Paper"}], set()) is None


def test_microdata_of_an_entry_inside_the_article_is_not_its_date(tmp_path):
    entries = "".join(f'<div itemprop="liveBlogUpdate" itemscope itemtype="https://schema.org/BlogPosting">'
                      f'<meta itemprop="datePublished" content="2025-08-1{day}T10:00:00Z"><p>The ferry service '
                      f'remained suspended on day {day} of the storm, the harbour office said.</p></div>'
                      for day in (4, 3))
    path = tmp_path / "live.html"
    path.write_text('<html><head><title>Storm live</title></head><body><main itemscope '
                    'itemtype="https://schema.org/LiveBlogPosting">' + entries +
                    '<meta itemprop="datePublished" content="2025-08-12T06:00:00Z"></main></body></html>',
                    encoding="utf-8")
    assert read(path).published == "2025-08-12"


# <time> elements

def page_with(header: str) -> str:
    return ("<html><head><title>Canal lock reopens after repairs</title></head><body><article><header>"
            f"<h1>Canal lock reopens after repairs</h1>{header}</header>"
            "<p>The canal lock at Brenner Bridge reopened on Friday after six weeks of repairs, the waterways agency "
            "said, ahead of the summer boating season.</p><p>Boats had queued at both ends of the lock since the "
            "weekend, according to the lock keeper, who said the first barge passed at dawn.</p></article>"
            "</body></html>")


@pytest.mark.parametrize("header, published", [
    # WordPress and hAtom classes, the update written first
    ('<time class="updated" datetime="2025-06-20T09:00:00Z">June 20</time> '
     '<time class="entry-date published" datetime="2025-06-13T09:00:00Z">June 13</time>', "2025-06-13"),
    # the words before the time
    ('<p>Last modified on <time datetime="2025-06-20T09:00:00Z">20 June</time></p>'
     '<p>First published on <time datetime="2025-06-13T09:00:00Z">13 June</time></p>', "2025-06-13"),
    ('<p><span>Published</span> <time>13 June 2025</time></p>', "2025-06-13"),
    # an update alone is no publication date
    ('<div class="stamp">Updated <span><time datetime="2025-06-20T09:00:00Z">20 June 2025</time></span></div>', None),
    ('<p>Last updated: <time datetime="2025-06-20T09:00:00Z">20 June 2025</time></p>', None),
    ('<time class="post-date-modified" datetime="2025-06-20T09:00:00Z">20 June 2025</time>', None),
])
def test_a_time_element_is_published_or_updated_by_its_class_or_the_words_before_it(tmp_path, header, published):
    path = tmp_path / "lock.html"
    path.write_text(page_with(header), encoding="utf-8")
    assert read(path).published == published


def test_a_labelled_entry_time_yields_to_the_date_the_markup_declares(tmp_path):
    path = tmp_path / "lock.html"
    path.write_text(page_with('<p>Posted <time datetime="2025-06-21T09:00:00Z">21 June</time></p>').replace(
        "</title>", '</title><script type="application/ld+json">{"@type": "LiveBlogPosting", '
                    '"datePublished": "2025-06-13T08:00:00Z"}</script>'), encoding="utf-8")
    assert read(path).published == "2025-06-13"


# the headline

@pytest.mark.parametrize("name", sorted(SHAPES))
def test_the_headline_opens_the_text_of_every_page_shape(name):
    headline = SHAPES[name][0]
    text = read(PAGES / name).text
    assert text.split("\n", 1)[0] == headline and text.count(headline) == 1


def test_the_headline_opens_the_text_once_and_a_logo_is_no_headline(tmp_path):
    body = ("<p>The canal lock at Brenner Bridge reopened on Friday after six weeks of repairs, the waterways agency "
            "said.</p><p>Boats had queued at both ends of the lock since the weekend, according to the lock "
            "keeper.</p>")
    logo = tmp_path / "logo.html"
    logo.write_text("<html><head><title>Canal lock reopens | Tollmere Echo</title></head><body><header><h1 "
                    "class='site-title'>Tollmere Echo</h1></header><article><h2>Canal lock reopens</h2>" + body +
                    "</article></body></html>", encoding="utf-8")
    assert not read(logo).text.startswith("Tollmere Echo")
    linked = tmp_path / "linked.html"
    linked.write_text("<html><head><title>Canal lock reopens - Tollmere Echo</title></head><body><header><h1><a "
                      "href='/'>Tollmere Echo</a></h1></header><article>" + body + "</article></body></html>",
                      encoding="utf-8")
    assert not read(linked).text.startswith("Tollmere Echo")
    section = tmp_path / "section.html"
    section.write_text("<html><head><title>Canal lock reopens | Transport | Tollmere Echo</title></head><body><h1>"
                       "Transport</h1><article><h2>Canal lock reopens</h2>" + body + "</article></body></html>",
                       encoding="utf-8")
    assert not read(section).text.startswith("Transport")
    inside = tmp_path / "inside.html"
    inside.write_text("<html><head><title>Canal lock reopens</title></head><body><article><h1>Canal lock reopens"
                      "</h1>" + body + "</article></body></html>", encoding="utf-8")
    text = read(inside).text
    assert text.startswith("Canal lock reopens\n") and text.count("Canal lock reopens") == 1
    bare = tmp_path / "bare.html"
    bare.write_text("<html><body><article>" + body + "</article></body></html>", encoding="utf-8")
    assert read(bare).text.startswith("The canal lock at Brenner Bridge")


# boilerplate lines

@pytest.mark.parametrize("line", [
    "By Tomas Ekdahl and Mira Sandoval",
    "By TOMAS EKDAHL, Associated Press",
    "By Tomas Ekdahl | March 4, 2025",
    "By Tomas Ekdahl, Staff Writer",
    "© 2025 Tollmere Echo Ltd. All rights reserved.",
    "Copyright 2025 Kestrel News Agency. This material may not be broadcast or redistributed.",
    "All content (c) 2025 Tollmere Echo",
    "Copyright Tollmere Echo Ltd 2025",
    "Photo: Tomas Ekdahl/Kestrel Pictures",
    "(Photo by Mira Sandoval/Getty Images)",
    "AP Photo/Tomas Ekdahl, File",
    "Photograph: Mira Sandoval for the Echo",
    "(Mira Sandoval/Tollmere Echo)",
    "4 min read",
    "12 hours ago",
    "5 hours ago · 4 min read",
    "Reading time: 6 minutes",
    "Last modified on",
    "Follow Mira Sandoval on Twitter @msandoval",
    "Follow us on Instagram and Facebook",
    "Follow Tomas Ekdahl @tekdahl",
    "Have a tip? Email news@echo.example",
    "Got a story tip? Contact Tomas Ekdahl on 0100 555 0199",
    "This article is more than 1 year old",
    "This story is more than 3 months old",
    "12 comments",
    "Comments (4)",
])
def test_page_furniture_lines_are_boilerplate(line):
    assert web_line(line)


@pytest.mark.parametrize("line", [
    "By Tuesday the floodwater had reached the station.",
    "By then, the council had spent most of its reserve.",
    "Copyright lawyers for the band said the song was their own.",
    "Copyright Lane was renamed in 2025",
    "Photo finishes decided two of the races at the regatta.",
    "Images of the collapsed pier spread quickly online.",
    "Follow the towpath east to reach the old mill.",
    "Have a look at the budget figures, the treasurer told councillors.",
    "Reading the report takes about 40 minutes, its authors said.",
    "Two hours ago the lock was still closed.",
    '"By Friday we will know more," the lock keeper said.',
    "This bridge is more than 200 years old, the engineers found.",
    "12 comments were sent to the council before the vote.",
    "The post office in Tollmere appeared first on the closure list.",
    "The post from the mayor of Tollmere appeared first on Pinboard on Tuesday night.",
    "The post by the councillor appeared first on Instagram.",
])
def test_prose_that_opens_like_furniture_is_kept(line):
    assert not web_line(line)


def test_role_lines_go_only_under_a_byline():
    text = ("Canal lock reopens\nBy Tomas Ekdahl and Mira Sandoval\nSenior Transport Correspondent\nAssociated Press\n"
            "The canal lock reopened on Friday, the agency said.\nHarbour Board Response\n"
            "The harbour board welcomed the news.")
    assert drop_page_lines(text) == ("Canal lock reopens\nThe canal lock reopened on Friday, the agency said.\n"
                                     "Harbour Board Response\nThe harbour board welcomed the news.")


# --published on every page shape

DAY = "2021-09-30"


def test_the_given_date_overrides_every_page_shape_in_the_readers_and_the_application():
    from claimgraph.app import Claimgraph

    assert {d.published for d in read_paths([PAGES], published=DAY)} == {DAY}
    documents = list(Claimgraph().documents([PAGES / name for name in sorted(SHAPES)], published=DAY))
    assert len(documents) == len(SHAPES) and {d.published for d in documents} == {DAY}


def test_the_given_date_overrides_every_page_shape_on_the_command_line(capsys):
    from claimgraph.cli import main

    assert main(["analyze", str(PAGES), "--published", DAY, "--format", "jsonl"]) == 0
    results = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(results) == len(SHAPES)
    assert {r["document"]["published"] for r in results} == {DAY}
