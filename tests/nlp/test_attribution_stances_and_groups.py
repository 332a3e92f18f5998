"""Stance adjectives with a clause, groups qualified by a name, documents that show, cues without their place, bare
noun-phrase contents and a speaker after an apposition, on sentences of their own."""
from __future__ import annotations

import pytest

from tests.news import by_cue, claims_of, joined


@pytest.mark.parametrize("text, cue, source, content", [
    ("Her aides are not convinced that the Pelmar plan will pass the chamber.", "are not convinced", "Her aides",
     "that the Pelmar plan will pass the chamber"),
    ("Governor Tilda Marsk remains confident that the ferry will run in June.", "remains confident",
     "Governor Tilda Marsk", "that the ferry will run in June"),
    ("The growers were adamant that the levy would ruin them.", "were adamant", "The growers",
     "that the levy would ruin them"),
])
def test_a_stance_adjective_with_a_clause_is_an_attribution(analyse, text, cue, source, content):
    (a,) = by_cue(analyse(text), cue)
    assert joined(a["source"]) == source
    assert joined(a["content"]) == content


@pytest.mark.parametrize("text", [
    "It is certain that the ferry will run in June.",
    "The growers were angry that the levy had doubled.",
    "The growers were confident of a good harvest.",
])
def test_no_stance_attribution_without_a_holder_a_stance_or_a_clause(analyse, text):
    result = analyse(text)
    assert not [a for a in result["attributions"] if "stance adjective" in a.get("evidence", {}).get("construction", "")]


def test_a_speakers_own_stance_in_their_quoted_words_is_part_of_what_they_say(analyse):
    r = analyse('"I am confident that the northern dam will hold through the winter," the water minister Ilse '
                'Marrow told reporters.')
    assert [joined(a["cue"]) for a in r["attributions"]] == ["told"]
    (told,) = by_cue(r, "told")
    assert joined(told["content"]) == "I am confident that the northern dam will hold through the winter"
    own = analyse("After years in Velda, we are convinced that the town is the best place to raise a family.")
    (a,) = by_cue(own, "are convinced")  # the writer's own stance, inside nobody's words
    assert joined(a["source"]) == "we"


@pytest.mark.parametrize("text, source", [
    ("Vessak supporters said the tax would hurt small towns.", "Vessak supporters"),
    ("Dorlan Ebbe backers say the count was fair.", "Dorlan Ebbe backers"),
])
def test_a_plural_noun_of_people_a_name_qualifies_is_an_unnamed_group(analyse, text, source):
    result = analyse(text)
    (a,) = [a for a in result["attributions"] if joined(a["source"]) == source]
    assert a["source_kind"] == "anonymous", a
    assert a["source_entity"] is None


def test_the_named_person_alone_stays_a_person(analyse):
    (a,) = by_cue(analyse("Tessa Vorn said the tax would hurt small towns."), "said")
    assert a["source_kind"] == "person"


@pytest.mark.parametrize("text, source", [
    ("Records show the quarry paid no royalties in 2019.", "Records"),
    ("Court documents show that the mayor took payments from the builder.", "Court documents"),
    ("Filings show that the mill sold its land in May.", "Filings"),
])
def test_a_document_that_shows_is_a_document_source(analyse, text, source):
    (a,) = by_cue(analyse(text), "show")
    assert joined(a["source"]) == source
    assert a["source_kind"] == "document", a


def test_a_sentence_opening_name_stays_a_name(analyse):
    """'Banks' is the plural of an organisation noun, but here the surname of a person the article named."""
    result = analyse("Tilly Banks runs the quarry. Banks said the quarry paid no royalties in 2019.")
    (a,) = by_cue(result, "said")
    assert a["source_kind"] == "person", a


@pytest.mark.parametrize("text", [
    'Rep. Ilsa Kord wrote on Facebook: "We are on our own."',
    "The pastor wrote on Twitter that the council had lied.",
])
def test_the_cue_is_the_verb_without_where_it_was_written(analyse, text):
    (a,) = by_cue(analyse(text), "wrote")
    assert joined(a["evidence"]["cue_as_written"]).startswith("wrote on ")


def test_a_preposition_without_its_object_leaves_the_cue(parse):
    """A cue read as 'wrote on', the preposition's object outside the cue and the content, is 'wrote'; 'according
    to X', whose object is the source, keeps its preposition."""
    from claimgraph.nlp.annotations import AttributionRecord
    from claimgraph.nlp.attribution.cues import as_cued

    doc = parse("Ilsa Kord wrote on Facebook that the vote had been rigged.")
    record = AttributionRecord(cue=[doc[2:4]], content=[doc[5:11]], source=[doc[0:2]])
    assert as_cued(record)
    assert [s.text for s in record.cue] == ["wrote"]
    doc = parse("According to the wire, the vote had been rigged.")
    record = AttributionRecord(cue=[doc[0:2]], content=[doc[5:10]], source=[doc[2:4]])
    assert not as_cued(record)
    assert [s.text for s in record.cue] == ["According to"]


@pytest.mark.parametrize("text, said", [
    ("The minister denied the allegations.", False),
    ("The spokesman dismissed the rumours.", False),
    ("The council announced the closure of the bridge.", True),
    ("The minister said the bridge would close.", True),
])
def test_a_bare_definite_noun_phrase_content_is_no_claim(analyse, text, said):
    result = analyse(text)
    (a,) = result["attributions"]
    assert bool(claims_of(result, a)) is said, result["claims"]


def passive_with_apposition(nlp, opener: str | None):
    """'Marrow Logistics was compromised by Pale Osprey, a group tied to Veldor, Kessit Wire reported on Tuesday.' as
    the parser sometimes reads it: the speaker one more apposition of the agent, 'reported' an adverbial clause of
    'compromised' with no subject (with `opener`, a word such as 'as' opening it)."""
    from spacy.tokens import Doc

    rows = [("Marrow", "NNP", "PROPN", "compound", 1), ("Logistics", "NNP", "PROPN", "nsubjpass", 3),
            ("was", "VBD", "AUX", "auxpass", 3), ("compromised", "VBN", "VERB", "ROOT", 3),
            ("by", "IN", "ADP", "agent", 3), ("Pale", "NNP", "PROPN", "compound", 6),
            ("Osprey", "NNP", "PROPN", "pobj", 4), (",", ",", "PUNCT", "punct", 6), ("a", "DT", "DET", "det", 9),
            ("group", "NN", "NOUN", "appos", 6), ("tied", "VBN", "VERB", "acl", 9), ("to", "IN", "ADP", "prep", 10),
            ("Veldor", "NNP", "PROPN", "pobj", 11), (",", ",", "PUNCT", "punct", 6),
            ("Kessit", "NNP", "PROPN", "compound", 15), ("Wire", "NNP", "PROPN", "appos", 6)]
    if opener:
        rows.append((opener, "IN", "SCONJ", "mark", 17))
    at = len(rows)
    rows += [("reported", "VBD", "VERB", "advcl", 3), ("on", "IN", "ADP", "prep", at),
             ("Tuesday", "NNP", "PROPN", "pobj", at + 1), (".", ".", "PUNCT", "punct", 3)]
    words, tags, pos, deps, heads = zip(*rows)
    lemmas = [w if w != "reported" else "report" for w in words]
    doc = Doc(nlp.vocab, words=list(words), tags=list(tags), pos=list(pos), deps=list(deps), heads=list(heads),
              lemmas=lemmas, sent_starts=[True] + [False] * (len(words) - 1))
    return doc, doc[at]


def test_a_speaker_after_a_passive_agent_with_an_apposition(nlp):
    from claimgraph.nlp.attribution.cues import apposed_speaker

    doc, verb = passive_with_apposition(nlp, None)
    cue = apposed_speaker(verb)
    assert cue is not None
    assert [doc[i].text for i in sorted(cue.source)] == ["Kessit", "Wire"]
    assert " ".join(doc[i].text for i in sorted(cue.content)) == \
        "Marrow Logistics was compromised by Pale Osprey , a group tied to Veldor"


def test_a_clause_opened_by_as_is_no_speaker_after_an_apposition(nlp):
    from claimgraph.nlp.attribution.cues import apposed_speaker

    _, verb = passive_with_apposition(nlp, "as")
    assert apposed_speaker(verb) is None
