"""A body the text itself called by a noun ("the state news agency Valpress") is what "the agency" names again, before
a state's intelligence service that the same word could stand for; with no such body, "the agency" is the service."""
from __future__ import annotations

TEXT = ("A bomb exploded outside a court in Ardenne on Tuesday, the state news agency Valpress reported. "
        "According to the agency, police arrested two men who had been paid by Velmora's intelligence service. "
        "Velmora denied the charge on Wednesday. Diplomats in Ardenne said they had seen no proof. "
        "The opposition called for an inquiry. Rights groups asked for the men to see lawyers. "
        "If the agency's account is right, it is the first such attack in a decade.")


def _entity_of(r, start):
    return next(e for e in r["entities"] if any(m["start"] == start for m in e["mentions"]))


def test_the_agency_is_the_news_agency_the_text_called_so_not_a_later_intelligence_service(analyse):
    r = analyse(TEXT)
    first = TEXT.index("the agency")
    owner = _entity_of(r, first)
    assert owner["name"] == "Valpress"
    service = next(e for e in r["entities"] if "intelligence" in e["name"].lower())
    assert [m["text"] for m in service["mentions"]] == ["Velmora's intelligence service"]


def test_the_agency_far_on_is_still_the_news_agency(analyse):
    r = analyse(TEXT)
    last = TEXT.index("the agency's")
    assert _entity_of(r, last)["name"] == "Valpress"


def test_the_agency_after_a_named_intelligence_service_alone_is_that_service(analyse):
    r = analyse("Velmora's intelligence service recruited the two men, prosecutors said on Monday. The agency has "
                "denied the charge.")
    service = next(e for e in r["entities"] if "intelligence" in e["name"].lower())
    assert [m["text"] for m in service["mentions"]] == ["Velmora's intelligence service", "The agency"]
