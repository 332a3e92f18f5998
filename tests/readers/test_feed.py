"""RSS and Atom feeds: an entry a document, with its link, date, title and the feed's title as outlet."""
from __future__ import annotations

from claimgraph.document import Document
from claimgraph.errors import DocumentError
from claimgraph.readers import read_paths

RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Lakeside Courier</title><link>https://lakeside.example/</link>
<item><title>Port reopens</title><link>https://lakeside.example/port</link>
<pubDate>Tue, 04 Mar 2025 10:00:00 GMT</pubDate>
<description>&lt;p&gt;The port of Brennick reopened on Tuesday, the harbour master said.&lt;/p&gt;&lt;p&gt;Ships had waited
for two days.&lt;/p&gt;</description></item>
<item><title>Bridge closed</title><link>https://lakeside.example/bridge</link>
<pubDate>Wed, 05 Mar 2025 10:00:00 GMT</pubDate>
<description>The council closed the old bridge, a spokesman said.</description></item>
</channel></rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Hill Town Times</title>
<entry><title>School opens</title><link href="https://hilltown.example/school"/>
<updated>2025-02-01T08:00:00Z</updated>
<content type="html">&lt;p&gt;A new school opened in Hill Town on Saturday, the mayor said.&lt;/p&gt;</content>
</entry></feed>
"""


def test_rss_entries_become_documents(tmp_path):
    path = tmp_path / "courier.rss"
    path.write_text(RSS, encoding="utf-8")
    items = list(read_paths([path]))
    assert [type(i) for i in items] == [Document, Document]
    first = items[0]
    assert first.outlet == "Lakeside Courier" and first.url == "https://lakeside.example/port"
    assert first.published == "2025-03-04" and first.title == "Port reopens"
    assert first.text.startswith("The port of Brennick reopened") and "\n\nShips had waited" in first.text
    assert items[1].path != first.path


def test_atom_content(tmp_path):
    path = tmp_path / "times.atom"
    path.write_text(ATOM, encoding="utf-8")
    [item] = read_paths([path])
    # <updated> says when the entry last changed, not when it was published
    assert item.outlet == "Hill Town Times" and item.published is None
    assert item.text == "A new school opened in Hill Town on Saturday, the mayor said."


def test_truncated_feed_keeps_the_entries_before_the_cut_and_reports_the_rest(tmp_path):
    path = tmp_path / "cut.rss"
    path.write_text(RSS[:RSS.index("<item><title>Bridge")] + "<item><title>Bri", encoding="utf-8")
    items = list(read_paths([path]))
    assert isinstance(items[0], Document) and items[0].title == "Port reopens"
    assert any(isinstance(i, DocumentError) and i.code == "E010" for i in items[1:])


def test_not_a_feed(tmp_path):
    path = tmp_path / "notes.xml"
    path.write_text("<notes><note>hello</note></notes>", encoding="utf-8")
    [item] = read_paths([path])
    assert isinstance(item, DocumentError) and item.code == "E010"


def test_an_external_entity_in_a_feed_is_never_resolved(tmp_path):
    from claimgraph.document import Document as Doc
    from claimgraph.readers import read_paths as read

    path = tmp_path / "x.rss"
    path.write_text('<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
                    "<rss version='2.0'><channel><title>t</title><item><title>a</title><description>The mayor said"
                    " &x; the bridge would open.</description></item></channel></rss>", encoding="utf-8")
    items = list(read([path]))
    assert all("root:" not in item.text for item in items if isinstance(item, Doc))


def test_an_entry_updated_but_never_dated_published_gets_no_date_from_the_update(tmp_path):
    from claimgraph.readers import read_paths as read

    path = tmp_path / "f.atom"
    path.write_text("<?xml version='1.0'?><feed xmlns='http://www.w3.org/2005/Atom'><title>Quay Notes</title>"
                    "<entry><title>a</title><id>1</id><updated>2025-02-11T08:00:00Z</updated><summary>The harbour"
                    " master said the quay would reopen.</summary></entry>"
                    "<entry><title>b</title><id>2</id><published>2025-02-03T08:00:00Z</published>"
                    "<updated>2025-02-11T08:00:00Z</updated><summary>The pilots said the channel was clear."
                    "</summary></entry></feed>", encoding="utf-8")
    first, second = read([path], published="2025-01-31")
    assert first.published == "2025-01-31" and second.published == "2025-02-03"


def test_an_entrys_page_furniture_stays_out_of_its_text(tmp_path):
    content = ("&lt;p&gt;The port of Brennick reopened on Tuesday, the harbour master said.&lt;/p&gt;"
               "&lt;h3&gt;Related&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;Ferry fares frozen for the winter&lt;/li&gt;&lt;/ul&gt;"
               "&lt;p&gt;Ships had waited for two days, according to the port office.&lt;/p&gt;"
               "&lt;p&gt;The post &lt;a href='https://lakeside.example/port'&gt;Port reopens&lt;/a&gt; appeared first "
               "on &lt;a href='https://lakeside.example'&gt;Lakeside Courier&lt;/a&gt;.&lt;/p&gt;")
    path = tmp_path / "courier.rss"
    path.write_text(RSS.replace("<description>&lt;p&gt;The port of Brennick reopened on Tuesday, the harbour master "
                                "said.&lt;/p&gt;&lt;p&gt;Ships had waited\nfor two days.&lt;/p&gt;</description>",
                                f"<description>{content}</description>"), encoding="utf-8")
    text = list(read_paths([path]))[0].text
    assert "Brennick reopened on Tuesday" in text and "\n\nShips had waited for two days" in text
    for words in ("Related", "Ferry fares frozen", "appeared first on", "\n\n\n"):
        assert words not in text, words


def test_only_a_signature_naming_the_feeds_own_site_and_closing_the_entry_goes(tmp_path):
    post = ("&lt;p&gt;The post from the mayor appeared first on Pinboard on Tuesday night.&lt;/p&gt;"
            "&lt;p&gt;The port of Brennick reopened on Tuesday, the harbour master said.&lt;/p&gt;")
    path = tmp_path / "courier.rss"
    for closing, kept in (("Lakeside Courier", False), ("Pinboard", True)):
        signature = f"&lt;p&gt;The post Port reopens appeared first on {closing}.&lt;/p&gt;"
        path.write_text(RSS.replace("<description>&lt;p&gt;The port of Brennick reopened on Tuesday, the harbour "
                                    "master said.&lt;/p&gt;&lt;p&gt;Ships had waited\nfor two days.&lt;/p&gt;"
                                    "</description>", f"<description>{post}{signature}</description>"),
                        encoding="utf-8")
        text = list(read_paths([path]))[0].text
        assert "The post from the mayor appeared first on Pinboard" in text
        assert ("Port reopens appeared first" in text) is kept, closing


def test_a_feeds_section_is_no_part_of_its_outlet(tmp_path):
    path = tmp_path / "courier.rss"
    for title, outlet in (("Lakeside Courier - Latest News", "Lakeside Courier"),
                          ("World news | Lakeside Courier", "Lakeside Courier"),
                          ("LC &gt; Top Stories", "LC"),
                          ("Lakeside Courier", "Lakeside Courier"),
                          # a section alone names no outlet
                          ("Latest News", None),
                          # two parts that are no section: nothing tells which is the outlet
                          ("Harbour Notes | Lakeside Courier", "Harbour Notes | Lakeside Courier")):
        path.write_text(RSS.replace("<title>Lakeside Courier</title>", f"<title>{title}</title>"), encoding="utf-8")
        assert list(read_paths([path]))[0].outlet == outlet, title
