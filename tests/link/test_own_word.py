"""A party's own word on its act: a minister speaks for the ministry of the field in the title, and a body of the doer
confirming the act without naming the doer joins the act its article told with the doer."""
from __future__ import annotations

import pytest

from claimgraph.link.corroboration import linked_claims, spokesperson_body, through_spokespeople
from claimgraph.link.linker import link_pending
from claimgraph.store import Store

from tests.link.conftest import span_of


@pytest.mark.parametrize("source, body", [
    ("Pellora's interior minister, Mara Quell", ("pellora", "interior", "ministry")),
    ("Interior Minister Mara Quell", ("interior", "ministry")),
    ("Deputy Foreign Minister Mara Quell", ("foreign", "ministry")),
    ("Prime Minister Mara Quell", ()),  # a rank is no field
    ("former defence minister Mara Quell", ()),  # a former minister speaks for no ministry
    ("Mara Quell", ()),
])
def test_the_ministry_a_minister_speaks_for_is_read_from_the_title(source, body):
    assert spokesperson_body(source) == body


def test_a_minister_and_the_ministry_named_without_its_state_are_one_origin():
    origins = {"entity:3": "Interior Ministry", "entity:5": "Mara Quell", "entity:7": "Tidemark"}
    bodies = {"entity:5": ("pellora", "interior", "ministry")}
    assert through_spokespeople(origins, bodies) == {"entity:3": "Interior Ministry", "entity:7": "Tidemark"}
    # another state's ministry is not hers
    other = {"entity:3": "Ostland's interior ministry", "entity:5": "Mara Quell"}
    assert through_spokespeople(other, bodies) == other


ENTITIES = [("Pellora", "GPE"), ("Larkfield Relief", "ORG"), ("Ostland", "GPE")]
RELEASE = "Pellora released three workers of Larkfield Relief on Friday"


def release_and_confirmation(built, body):
    """The Herald reports the release; a body then confirms it without naming the doer, in the same article."""
    confirmed = "the workers had been freed on medical grounds"
    text = f"{RELEASE}, the Herald reported. Ostland welcomed it. {body} confirmed that {confirmed}."
    document, result = built(text, outlet="Post", published="2026-04-05", entities=ENTITIES, claim=RELEASE,
                             source=("the Herald", "outlet"),
                             event={"type": "RETREAT", "roles": {"actor": "Pellora", "target": "Larkfield Relief"}})
    result["attributions"].append({
        "id": "a2", "source": [span_of(text, body)], "source_kind": "government", "source_count": None,
        "source_entity": None, "cue": [span_of(text, "confirmed")], "content": [span_of(text, confirmed)],
        "parent": None, "refers_to": None, "time": None})
    result["claims"].append({"id": "c2", "span": span_of(text, confirmed), "attribution": "a2",
                             "certainty": {"value": 3, "label": "certain", "cue": []}, "event": "v2"})
    result["events"].append({"id": "v2", "type": "RETREAT", "trigger": span_of(text, "freed"), "roles": {},
                             "attribution": "a2", "certainty": {"value": 3, "label": "certain", "cue": []}})
    return document, result


def release_claims(db, documents):
    with Store.open(db) as store:
        for document, result in documents:
            store.write(document, result)
        link_pending(store)
        return [c for c in linked_claims(store) if (c["event"] or {}).get("type") == "RETREAT"]


def test_the_doers_body_confirming_the_act_without_its_doer_joins_it(tmp_path, built):
    claims = release_claims(tmp_path / "s.db", [release_and_confirmation(built, "Pellora's Interior Ministry")])
    assert len(claims) == 1
    assert len(claims[0]["mentions"]) == 2
    assert claims[0]["independent_origins"] == 2


def test_another_states_body_telling_the_act_without_its_doer_stays_apart(tmp_path, built):
    claims = release_claims(tmp_path / "s.db", [release_and_confirmation(built, "Ostland's Interior Ministry")])
    assert [len(c["mentions"]) for c in claims] == [1, 1]
