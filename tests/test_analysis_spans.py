"""The contract's spans are cut from the document's text: the same words spaCy's spans give, at the same offsets."""
from __future__ import annotations

from claimgraph.analysis import claim_span_at, span


def test_span_text_is_the_tokens_text(parse):
    doc = parse("Relief convoys  reached Port Averin on Friday.\n\n“Supplies are short,” a volunteer said , "
                "adding that more trucks were  expected.\n")
    for start in range(len(doc)):
        for end in range(start, min(len(doc), start + 12) + 1):
            words = doc[start:end]
            cut = span(words)
            assert (cut.start, cut.end, cut.text) == (words.start_char, words.end_char, words.text)


def test_claim_span_stays_in_its_sentence(parse):
    doc = parse("The ferry sank near the pier. Rescuers said everyone survived, and divers searched the wreck.")
    for token in doc:
        words = claim_span_at(doc, token.i)
        assert token.sent.start <= words.start <= token.i < words.end <= token.sent.end
