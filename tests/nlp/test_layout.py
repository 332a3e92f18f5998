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
