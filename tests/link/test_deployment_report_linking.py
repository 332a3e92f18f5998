"""Linking on invented reports of forces moved to a border: a people's adjective whose place drops a final vowel, a
state's body denying that "it" did what the state is said to have done, material with the firm that analysed it as
its origin, and an outlet described but not named passing on what its citer reported."""
from __future__ import annotations

from claimgraph.link import corroboration, identities
from claimgraph.link.corroboration import _AUTHORED, described_outlet
from claimgraph.store import Store

from tests.link.test_chains import claims_of
from tests.link.test_identities import resolve  # noqa: F401  (fixture)

DEPLOYED = "Merrow has deployed 40 howitzers near the Ostvald border"


def test_an_adjective_whose_place_drops_a_final_vowel_names_the_place(resolve):  # noqa: F811
    country = resolve("Pellane", "GPE")
    assert resolve("Pellanian", "NORP") == country
    other = resolve("Tirrasy", "GPE")
    assert resolve("Tirrasian", "NORP") == other


def test_an_adjective_is_never_read_back_to_a_person(tmp_path):
    with Store.open(tmp_path / "s.db") as db:
        identities.resolve_name(db, "Anna Dorvale")
        assert identities.by_demonym(db, "dorvalian") is None


def the_deployment(built):
    text = f"{DEPLOYED}, officials said."
    return built(text, outlet="Harbour Times", published="2026-06-01", entities=[("Merrow", "GPE"), ("Ostvald", "GPE")],
                 claim=DEPLOYED, event={"type": "MOBILIZE", "roles": {"actor": "Merrow"}})


def denial_by(built, body, state):
    denied = "it had deployed howitzers near the Ostvald border"
    text = f"{body} denied on Tuesday that {denied}."
    return built(text, outlet="Coast Wire", published="2026-06-02",
                 entities=[(body, "ORG"), (state, "GPE"), ("Ostvald", "GPE")] if state != "Ostvald"
                 else [(body, "ORG"), ("Ostvald", "GPE")],
                 claim=denied, event={"type": "MOBILIZE", "roles": {"actor": body}}, certainty=-3)


def deployment_in(claims):
    found = [c for c in claims if c["text"] == DEPLOYED]
    assert len(found) == 1, [c["text"] for c in claims]
    return found[0]


def test_a_body_denying_its_own_act_contradicts_its_state_doing_it(tmp_path, built):
    denial = denial_by(built, "Merrow's defence ministry", "Merrow")
    claim = deployment_in(claims_of(tmp_path / "s.db", [the_deployment(built), denial]))
    assert [c["document"] for c in claim["contradictions"]] == [denial[0].id]


def test_another_state_s_body_denying_an_act_of_its_own_contradicts_nothing(tmp_path, built):
    denial = denial_by(built, "Ostvald's defence ministry", "Ostvald")
    claim = deployment_in(claims_of(tmp_path / "s.db", [the_deployment(built), denial]))
    assert not claim["contradicted"]


def test_material_is_the_finding_of_whoever_analysed_or_compiled_it():
    assert _AUTHORED.match("satellite images analysed by Tessel Geodata").group(1) == "Tessel Geodata"
    assert _AUTHORED.match("records compiled by the Marl Street Institute").group(1) == "Marl Street Institute"
    assert _AUTHORED.match("a poll conducted by Hessen Research").group(1) == "Hessen Research"
    # whoever only saw or was handed it is no author
    assert _AUTHORED.match("a copy of the letter reviewed by The Ledger") is None
    assert _AUTHORED.match("documents obtained by the Ledger") is None


def test_an_outlet_described_but_not_named():
    assert described_outlet("a Pellanian newspaper")
    assert described_outlet("a regional daily,")
    assert not described_outlet("a report seen by the Harbour Times")
    assert not described_outlet("the Harbour Times")


def test_a_wire_citing_a_described_paper_passes_on_that_paper_s_source(tmp_path, built):
    said = "Merrow has moved 40 howitzers to the Ostvald border"
    scoop = built(f"{said}, according to a leaked assessment seen by the Harbour Times.", outlet="Harbour Times",
                  published="2026-06-01", entities=[("Merrow", "GPE"), ("Ostvald", "GPE")], claim=said,
                  event={"type": "MOBILIZE", "roles": {"actor": "Merrow"}},
                  source=("a leaked assessment seen by the Harbour Times", "document"))
    wire = built(f"{said}, the Harbour Times reported, citing an assessment.", outlet="Coast Wire",
                 published="2026-06-01", entities=[("Merrow", "GPE"), ("Ostvald", "GPE")], claim=said,
                 event={"type": "MOBILIZE", "roles": {"actor": "Merrow"}}, source=("the Harbour Times", "outlet"))
    paper = built(f"{said}, Coast Wire reported, citing a Pellanian newspaper.", outlet="Dune Post",
                  published="2026-06-02", entities=[("Merrow", "GPE"), ("Ostvald", "GPE")], claim=said,
                  event={"type": "MOBILIZE", "roles": {"actor": "Merrow"}}, source=("Coast Wire", "outlet"))
    cited = paper[1]["attributions"][0]
    text = paper[0].text
    inner = {"id": "a2", "source": [{"start": text.index("a Pellanian"), "end": text.index("a Pellanian") + 20,
                                     "text": "a Pellanian newspaper"}], "source_kind": "outlet", "source_count": None,
             "source_entity": None, "cue": [], "content": cited["content"], "parent": "a1", "refers_to": None,
             "time": None}
    paper[1]["attributions"].append(inner)
    paper[1]["claims"][0]["attribution"] = "a2"
    claims = [c for c in claims_of(tmp_path / "s.db", [scoop, wire, paper]) if c["text"] == said]
    assert len(claims) == 1 and claims[0]["articles"] == 3
    assert claims[0]["independent_origins"] == 1, claims[0]["origins"]


def test_a_determiner_opening_a_sentence_is_no_part_of_a_name(tmp_path):
    with Store.open(tmp_path / "s.db") as db:
        country = identities.resolve_name(db, "Pellane")
        assert identities.named_in(db, "No Pellanian missile units have left their bases.") == {country}
        assert identities.named_in(db, "Both Pellane and Tirrasy deny it.") >= {country}
        assert db.identity_name(country) == "Pellane"
