"""Reports about reports add no origin, however the sentence opens."""
from __future__ import annotations

import pytest

from claimgraph.link.corroboration import _AUTHORED, is_report


def source(text):
    return {"source_text": text}


def test_report_heads_opening_a_sentence_are_still_reports():
    assert is_report(source("Reports"))
    assert is_report(source("Media reports"))
    assert is_report(source("media reports"))


def test_a_named_report_is_no_report_about_reports():
    assert not is_report(source("Harbour Ledger reports"))
    assert not is_report(source("The Tollan Post"))
    assert not is_report(source("two officials"))


def test_who_denies_something_in_the_sentence_is_not_its_speaker():
    from claimgraph.link.corroboration import speaker
    text = "It was the first admission that the troops fired, after a week in which the ministry denied it."
    at = text.index("the ministry")
    document = {"text": text, "source_at": {"a1": at}, "denied": {"a1"},
                "attributions": {"a1": {"id": "a1", "source_text": "the ministry"}}}
    claim = {"span": {"start": text.index("the troops"), "end": text.index(" fired") + 6, "text": "the troops fired"},
             "attribution": None}
    assert speaker(document, claim) is None
    document["denied"] = set()
    assert speaker(document, claim) == "a1"


def test_a_party_saying_it_did_the_act_is_a_source_of_it():
    """"Governor Hedda Brandt said she had ordered an inquiry": an on-the-record statement of one's own act is an
    origin; "Ustria has agreed to supply ..." read as a source with "agreed" as its cue is the act's party, no
    source."""
    from claimgraph.link.corroboration import party_source
    document = {"source_identity": {}}
    said = {"source_text": "Hedda Brandt", "cue_text": "said"}
    agreed = {"source_text": "Ustria", "cue_text": "has agreed"}
    assert not party_source(None, document, said, "lena hask")
    assert not party_source(None, document, {**said, "cue_text": "told reporters"}, "lena hask")
    assert party_source(None, document, agreed, "ustria")


def test_a_dateline_read_as_the_source_gives_way_to_the_speaker_after_it():
    from claimgraph.link.corroboration import past_datelines
    from tests.link.conftest import span_of
    text = "PELL (Coast Wire) - Norland's interior minister, Ada Voss, said on Friday that the dam had failed."
    stored = {"a1": {"id": "a1", "source_text": "PELL (Coast Wire", "source_entity": "e1", "cue_text": "said"}}
    analysed = [{"id": "a1", "source": [span_of(text, "PELL (Coast Wire")], "cue": [span_of(text, "said")]}]
    fixed = past_datelines(stored, analysed, text)
    assert fixed["a1"]["source_text"] == "Norland's interior minister, Ada Voss"
    # a source that is no dateline is left as it is
    stored = {"a1": {"id": "a1", "source_text": "Ada Voss", "source_entity": "e1", "cue_text": "said"}}
    assert past_datelines(stored, analysed, text)["a1"]["source_text"] == "Ada Voss"


def test_a_second_cue_after_a_dateline_has_the_speaker_of_the_first():
    from claimgraph.link.corroboration import past_datelines
    from tests.link.conftest import span_of
    text = ("PELL (Coast Wire) - Norland's interior minister, Ada Voss, confirmed that the dam had failed after heavy "
            "rain over the whole of the upper valley, saying the town would be evacuated.")
    stored = {k: {"id": k, "source_text": "PELL (Coast Wire", "source_entity": "e1"} for k in ("a1", "a2")}
    analysed = [{"id": "a1", "source": [span_of(text, "PELL (Coast Wire")], "cue": [span_of(text, "confirmed")]},
                {"id": "a2", "source": [span_of(text, "PELL (Coast Wire")], "cue": [span_of(text, "saying")]}]
    fixed = past_datelines(stored, analysed, text)
    assert fixed["a1"]["source_text"] == fixed["a2"]["source_text"] == "Norland's interior minister, Ada Voss"


def test_a_cue_left_without_a_source_takes_the_words_before_it():
    from claimgraph.link.corroboration import past_datelines
    from tests.link.conftest import span_of
    text = "Norland's interior minister, Ada Voss, announced on Friday that the dam had failed. \"It held,\" said one."
    stored = {"a1": {"id": "a1", "source_text": "", "source_entity": None},
              "a2": {"id": "a2", "source_text": "", "source_entity": None}}
    analysed = [{"id": "a1", "source": [], "cue": [span_of(text, "announced")]},
                {"id": "a2", "source": [], "cue": [span_of(text, "said")]}]
    fixed = past_datelines(stored, analysed, text)
    assert fixed["a1"]["source_text"] == "Norland's interior minister, Ada Voss"
    assert fixed["a2"]["source_text"] == ""  # a quotation is what is said, not who says it


@pytest.mark.parametrize("source, author", [
    ("The 40-page report by the Harrow Cyber Agency", "Harrow Cyber Agency"),
    ("a statement from the Tollan Rights Centre", "Tollan Rights Centre"),
    ("A review by The Fenwick Times", "The Fenwick Times"),
    ("a report by local media", None),
    ("the agency's findings", None),
])
def test_a_document_named_with_its_author_speaks_for_the_author(source, author):
    found = _AUTHORED.match(source)
    assert (found.group(1) if found else None) == author


def test_a_description_with_a_name_in_apposition_names_its_source():
    from claimgraph.link.corroboration import is_named
    described = {"source_text": "A commander of the Harrow Guard, Dato Vell", "source_kind": "anonymous"}
    unnamed = {"source_text": "A commander of the Harrow Guard", "source_kind": "anonymous"}
    assert is_named(described) and not is_named(unnamed)


def test_a_claim_read_with_its_trailing_attribution_clause_is_given_under_it():
    from claimgraph.link.corroboration import speaker
    text = "The Harrow Guard detained Hedda Vosk on Sunday, two of her neighbours told the Ledger. Rain fell."
    claim_text = "The Harrow Guard detained Hedda Vosk on Sunday, two of her neighbours told the Ledger"
    document = {"text": text, "source_at": {"a1": text.index("two of her")}, "attributions": {"a1": {}},
                "denied": set()}
    claim = {"attribution": None, "span": {"start": 0, "end": len(claim_text), "text": claim_text}}
    assert speaker(document, claim) == "a1"
    inside = "Hedda Vosk said the Harrow Guard detained her"
    document = {"text": inside + ".", "source_at": {"a1": 0}, "attributions": {"a1": {}}, "denied": set()}
    claim = {"attribution": None, "span": {"start": 0, "end": len(inside), "text": inside}}
    assert speaker(document, claim) is None


def test_a_party_and_the_officer_named_as_speaking_for_it_are_one_voice_in_an_article():
    from claimgraph.link.corroboration import through_officer
    found = [("entity:1", "Erik Vant"), ("entity:2", "Norland")]
    sources = ["Norland's prime minister, Erik Vant", "Norland"]
    assert through_officer(found, sources) == [("entity:1", "Erik Vant")]
    # a party the officer does not speak for stays an origin of its own
    assert through_officer(found, ["Tessel's prime minister, Erik Vant", "Norland"]) == found


def test_a_party_threatening_its_own_act_is_a_source_of_it():
    """"Olek Marrin threatened to ban the Sorrel League": the threat is Marrin's own word on the record, so Marrin is
    its origin though he is also the doer of the act threatened."""
    from claimgraph.link.corroboration import party_source
    document = {"source_identity": {}}
    for cue in ("also threatened to", "threatened on Monday to outlaw", "warned it would", "vowed to"):
        assert not party_source(None, document, {"source_text": "Olek Marrin", "cue_text": cue}, "olek marrin")
    assert party_source(None, document, {"source_text": "Olek Marrin", "cue_text": "has agreed"}, "olek marrin")
