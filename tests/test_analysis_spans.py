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


def test_offsets_read_from_the_table_are_the_spans_offsets(parse):
    from claimgraph.nlp.claims import trigger_bounds_at, trigger_span_at
    from claimgraph.nlp.table import character_offsets, token_table

    doc = parse("Dock workers  in Rotterdam walked out on Monday.\n\n“The cranes are idle,” a port spokeswoman "
                "said, adding that the follow-up talks had been called off.\n")
    first, last = character_offsets(doc, token_table(doc))
    for token in doc:
        assert (first[token.i], last[token.i]) == (token.idx, token.idx + len(token))
        words = claim_span_at(doc, token.i)
        trigger = trigger_span_at(doc, token.i)
        assert trigger_bounds_at(doc, token.i) == (trigger.start, trigger.end)
        # the offsets of a claim's and a trigger's words, as the analysis cuts them without a Span
        for part in (words, trigger):
            assert (first[part.start], last[part.end - 1]) == (part.start_char, part.end_char)


def test_fitted_bounds_are_the_fitted_words(parse):
    from claimgraph.nlp.claims import fitted, fitted_bounds

    doc = parse("The mayor said the bridge, which opened in May, was safe and that repairs were likely to resume.")
    for token in doc:
        words = claim_span_at(doc, token.i)
        for content in (set(), set(range(3, len(doc)))):
            fit = fitted(words, token.i, content, set(), {token.i + 1})
            assert fitted_bounds(doc, words.start, words.end, token.i, content, set(), {token.i + 1}) == \
                (fit.start, fit.end)
            assert 0 <= fit.start < fit.end <= len(doc)
