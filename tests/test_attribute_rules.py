"""The lookup attribute ruler finds the matches spaCy's matcher finds, for words the rules name and words they don't."""
from __future__ import annotations

from spacy.pipeline import AttributeRuler

from claimgraph.nlp.attribute_rules import LookupAttributeRuler

SENTENCES = [
    "The ministers in Lisbon didn't say nothin' about the harbour tariffs, y' know.",
    "Ms. Okafor said the consortium won't sell its shares; the regulator wouldn't comment.",
    "Brightwater Holdings' quarterly filings weren't published until Tuesday night.",
    "Zephyrine glaciologists can't measure the drift of the Kessel ice shelf from orbit.",
]


def _parsed(nlp, text):
    """The Doc as the attribute ruler receives it: tagged and parsed, no rule applied yet."""
    names = nlp.pipe_names
    with nlp.select_pipes(enable=names[:names.index("attribute_ruler")]):
        return nlp(text)


def test_lookup_ruler_matches_as_spacy_matcher(nlp):
    ruler = nlp.get_pipe("attribute_ruler")
    assert isinstance(ruler, LookupAttributeRuler)
    for text in SENTENCES * 2:  # the second pass reads the words' outcomes back from the memo
        doc = _parsed(nlp, text)
        assert ruler.match(doc) == AttributeRuler.match(ruler, doc), text


def test_words_no_rule_names_share_one_outcome(nlp):
    ruler = nlp.get_pipe("attribute_ruler")
    # two unseen nouns in the same place: neither is a form the rules test, so both are read from one memo entry
    first = _parsed(nlp, "The quorvel was late.")
    second = _parsed(nlp, "The brindaxe was late.")
    assert ruler.match(first) == AttributeRuler.match(ruler, first)
    held = len(ruler.__dict__["_held"])
    assert ruler.match(second) == AttributeRuler.match(ruler, second)
    if [t.tag_ for t in first] == [t.tag_ for t in second] and [t.dep_ for t in first] == [t.dep_ for t in second]:
        assert len(ruler.__dict__["_held"]) == held
