"""An article whose lead denies a claim, and that tells the claim besides only as others told it, retells what is
denied and contradicts the claim; an article opening on something else that sets a denial beside others' reports
reports them."""
from __future__ import annotations

from claimgraph.link.corroboration import in_lead, retold_in_denials

from tests.link.conftest import span_of

DENIAL_LED = ("Orvella's defence ministry denied on Friday that its gunboats had shelled the village of Tarn.\n\n"
              "Kessary's interior ministry said on Thursday that Orvellan gunboats had shelled Tarn.")
SIDE_BY_SIDE = ("Three days after the shelling of Tarn, the toll is still unknown.\n\nOrvella's defence ministry "
                "denied that its gunboats had shelled the village. Kessary's interior ministry said that Orvellan "
                "gunboats had shelled Tarn.")


def mention(document, text, phrase, negative, origin, finding=False):
    span = span_of(text, phrase)
    return {"document": document, "span": span, "negative": negative, "certainty": {"value": -3 if negative else 3},
            "_origin_key": origin, "_finding": finding, "_lead": in_lead(text, span["start"])}


def test_a_report_retold_under_a_denying_lead_is_no_mention():
    first = mention("k1", "Orvellan gunboats shelled Tarn.", "Orvellan gunboats shelled Tarn", False, "body:kessary")
    denial = mention("k2", DENIAL_LED, "its gunboats had shelled the village of Tarn", True, "body:orvella")
    retold = mention("k2", DENIAL_LED, "Orvellan gunboats had shelled Tarn", False, "body:kessary")
    assert retold_in_denials([first, denial, retold]) == {id(retold)}


def test_a_denying_lead_with_a_source_of_its_own_reports_the_claim():
    first = mention("k1", "Orvellan gunboats shelled Tarn.", "Orvellan gunboats shelled Tarn", False, "body:kessary")
    denial = mention("k2", DENIAL_LED, "its gunboats had shelled the village of Tarn", True, "body:orvella")
    own = mention("k2", DENIAL_LED, "Orvellan gunboats had shelled Tarn", False, "entity:7")
    assert retold_in_denials([first, denial, own]) == set()


def test_a_denial_set_beside_other_reports_after_another_lead_leaves_them_reports():
    first = mention("k1", "Orvellan gunboats shelled Tarn.", "Orvellan gunboats shelled Tarn", False, "body:kessary")
    denial = mention("k3", SIDE_BY_SIDE, "its gunboats had shelled the village", True, "body:orvella")
    told = mention("k3", SIDE_BY_SIDE, "Orvellan gunboats had shelled Tarn", False, "body:kessary")
    assert retold_in_denials([first, denial, told]) == set()


def test_the_lead_is_the_opening_sentence_even_in_one_paragraph():
    text = ("HALVERN (Osprey Wire) - Talks on the strait resumed on Friday. Orvella denied that its gunboats had "
            "shelled Tarn.")
    assert in_lead(text, text.index("Talks"))
    assert not in_lead(text, text.index("its gunboats"))


def test_a_noun_phrase_under_a_denying_lead_tells_nothing_of_its_own():
    text = ("Orvella's defence ministry denied on Friday that its gunboats had shelled the village of Tarn. \"The "
            "damage dates from the winter storms,\" its spokesman said.\n\nKessary's interior ministry said on "
            "Thursday that Orvellan gunboats had shelled Tarn.")
    first = mention("k1", "Orvellan gunboats shelled Tarn.", "Orvellan gunboats shelled Tarn", False, "body:kessary")
    denial = mention("k2", text, "its gunboats had shelled the village of Tarn", True, "body:orvella")
    storms = {**mention("k2", text, "the winter storms", False, "entity:9"), "_phrase": True}
    retold = mention("k2", text, "Orvellan gunboats had shelled Tarn", False, "body:kessary")
    assert retold_in_denials([first, denial, storms, retold]) == {id(storms), id(retold)}
