"""Layout: paragraph breaks start sentences; captions, credits and datelines before the story are set apart."""
from __future__ import annotations

from claimgraph.nlp.layout import front_matter_end


def test_caption_and_credit_lines_are_front_matter():
    text = "Jane Doe\nJane DoeAFP\n\nThe factory reopened on Monday, a spokesman said."
    assert text[front_matter_end(text):].startswith("The factory")


def test_a_wire_dateline_is_front_matter():
    text = "LAGOS, May 2 (Reuters) - The central bank raised rates, its governor said."
    assert text[front_matter_end(text):].startswith("The central bank")
    assert "WASHINGTON (AP) — The Senate voted."[front_matter_end("WASHINGTON (AP) — The Senate voted."):] \
        == "The Senate voted."


def test_prose_from_the_first_line_has_no_front_matter():
    assert front_matter_end("The Senate voted on Monday.\nIt passed.") == 0


def test_a_text_of_short_lines_only_is_left_whole():
    assert front_matter_end("Headline\nSubhead") == 0


def test_a_paragraph_break_starts_a_sentence(parse):
    doc = parse("Officials met in Geneva\n\nThe talks ended without a deal.")
    starts = [s.text.strip() for s in doc.sents]
    assert "The talks ended without a deal." in starts


def test_no_mention_is_taken_from_the_caption(analyse):
    r = analyse("Vladimir Putin\nVladimir PutinReuters\n\nThe Kremlin said the talks would resume in May.")
    mentions = [m["text"] for e in r["entities"] for m in e["mentions"]]
    assert "the kremlin" in [m.lower() for m in mentions]
    assert not any("Putin" in m for m in mentions)


def test_a_headline_with_a_reporting_verb_is_read():
    text = "Dockers say port will stay shut\n\nThe port of Antwerp will stay shut until Friday, the dockers said."
    assert front_matter_end(text) == 0
    trailing = "Talks stalled, mediators say\n\nThe talks in Doha stalled on Monday, two mediators said."
    assert front_matter_end(trailing) == 0


def test_a_source_and_colon_headline_is_read_but_a_page_label_is_not():
    assert front_matter_end("Pope Francis: peace is possible\n\nThe pope spoke in Rome on Sunday.") == 0
    for label in ("Photo: Tom Ellis/AFP", "Updated: 10 March 2024", "Read more: markets"):
        text = f"{label}\n\nThe pope spoke in Rome on Sunday."
        assert text[front_matter_end(text):] == "The pope spoke in Rome on Sunday."


def test_bylines_credits_and_labels_before_the_story_stay_front_matter():
    for lead in ("By Tom Ellis", "Tom Ellis/Reuters", "WORLD NEWS", "Saturday 9 March 2024", "Tom Ellis"):
        text = f"{lead}\n\nThe pope spoke in Rome on Sunday."
        assert text[front_matter_end(text):] == "The pope spoke in Rome on Sunday.", lead


def test_a_headline_keeps_its_byline_but_not_a_caption_under_it():
    text = "Nurses say strike will go ahead\nBy Tom Ellis\n\nNurses in Leeds will strike on Monday, their union said."
    assert front_matter_end(text) == 0
    captioned = "Nurses say strike will go ahead\nTom Ellis/Reuters\n\nNurses in Leeds will strike, their union said."
    assert captioned[front_matter_end(captioned):].startswith("Nurses in Leeds")


def test_a_headline_the_tagger_reads_as_a_clause_is_read(parse):
    doc = parse("Ceasefire holds in the north\n\nThe ceasefire held on Friday, an army spokesman said.")
    assert doc._.cg_front_matter == 0
    assert "Ceasefire holds in the north" in [s.text.strip() for s in doc.sents]


def test_a_headline_is_a_sentence_of_its_own_with_its_attribution(analyse):
    r = analyse("Union says rail strike will go ahead\n\nThe RMT union said on Tuesday that the strike planned for "
                "next week would go ahead.")
    cues = [(a["cue"][0]["text"], a["source"][0]["text"]) for a in r["attributions"]]
    assert ("says", "Union") in cues
    headline = next(a for a in r["attributions"] if a["cue"][0]["text"] == "says")
    assert all(c["end"] <= len("Union says rail strike will go ahead") for c in headline["content"])
