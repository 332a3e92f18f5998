"""Passive acts of judging with their judge in a 'by' phrase, and acts whose only object left over is a time."""
from __future__ import annotations

from tests.news import by_cue_ending


def joined(spans):
    return " ... ".join(s["text"] for s in spans)


def test_the_charge_after_a_passive_accuser_is_content_not_source(analyse):
    r = analyse("The Fenwick cartel has long been accused by customs inspectors of smuggling copper into the valley.")
    (accused,) = by_cue_ending(r, "accused")
    assert joined(accused["source"]) == "customs inspectors"
    assert joined(accused["content"]) == "The Fenwick cartel ... of smuggling copper into the valley"


def test_a_prepositional_phrase_of_the_judge_stays_in_the_source(analyse):
    # 'praise' governs 'for', not 'of': 'of Varrow' belongs to who praised
    r = analyse("The canal plan was praised by the President of Varrow for its frugality.")
    (praised,) = by_cue_ending(r, "praised")
    assert joined(praised["source"]) == "the President of Varrow"
    assert "for its frugality" in joined(praised["content"])


def test_an_act_whose_only_content_would_be_its_time_is_no_report(analyse):
    r = analyse("It is understood that Ms Hallorin offered her resignation on Monday afternoon, a day before the "
                "audit was released.")
    assert [a["cue"][0]["text"] for a in r["attributions"]] == ["is understood"]
    (understood,) = r["attributions"]
    assert joined(understood["content"]).startswith("that Ms Hallorin offered her resignation on Monday afternoon")


def test_a_lone_act_with_a_time_gives_no_attribution(analyse):
    r = analyse("Ms Hallorin offered her resignation on Monday afternoon.")
    assert r["attributions"] == []
