"""A state's denial the analysis gave no act ("Vessary has never hacked anyone's water network"): its verb or a
nominal after it, typed by the event lexicon, meets the act of a group its body runs, through the relations told."""
from __future__ import annotations

from claimgraph.link.dossier import dossier
from claimgraph.link.linker import link_pending
from claimgraph.store import Store

from tests.link.conftest import span_of
from tests.link.test_chains import HACK, HACK_ENTITIES, HACK_EVENT, claims_of, the_hack

RUN_BY = ("Grey Heron, a hacking group run by Vessary's foreign intelligence service, broke into the control network "
          "of the Pallow Water Board, officials said.")


def denial_of(built, text, denied, trigger, entities=(("Vessary", "GPE"),)):
    document, result = built(text, outlet="Vessary Today", published="2026-05-03", entities=list(entities),
                             claim=denied, certainty=-3)
    result["claims"][0]["trigger"] = span_of(text, trigger)
    return document, result


def the_act(built, text=RUN_BY):
    return built(text, outlet="Ledger", published="2026-05-01", entities=HACK_ENTITIES,
                 extra_entities=[("Vessary", "GPE")],
                 claim="broke into the control network of the Pallow Water Board", event=HACK_EVENT)


def test_a_denial_by_a_typed_verb_contradicts_the_act_through_the_relations(tmp_path, built):
    text = "Vessary has never hacked anyone's water network, a ministry spokesman said."
    denial = denial_of(built, text, "Vessary has never hacked anyone's water network", "hacked")
    hack = the_hack(claims_of(tmp_path / "s.db", [the_act(built), denial]))
    assert [c["document"] for c in hack["contradictions"]] == [denial[0].id]
    link = next(m["link"] for m in hack["mentions"] if m["negative"])
    assert "run by Vessary's foreign intelligence service" in link["answers_for"]
    assert link["denied_in"].startswith("has never hacked")


def test_a_denial_by_a_nominal_after_its_verb_contradicts_it_too(tmp_path, built):
    text = "Vessary took no part in any cyberattack on a neighbour, the ministry said."
    denial = denial_of(built, text, "Vessary took no part in any cyberattack on a neighbour", "took")
    hack = the_hack(claims_of(tmp_path / "s.db", [the_act(built), denial]))
    assert [c["document"] for c in hack["contradictions"]] == [denial[0].id]


def test_a_state_not_said_to_run_the_group_denies_nothing_of_it(tmp_path, built):
    first = the_act(built, f"{HACK}, officials said.")
    text = "Vessary has never hacked anyone's water network, a ministry spokesman said."
    denial = denial_of(built, text, "Vessary has never hacked anyone's water network", "hacked")
    assert not the_hack(claims_of(tmp_path / "s.db", [first, denial]))["contradicted"]


def test_a_denial_of_another_kind_of_act_is_no_denial_of_this_one(tmp_path, built):
    text = "Vessary has never sold weapons to anyone, a ministry spokesman said."
    denial = denial_of(built, text, "Vessary has never sold weapons to anyone", "sold")
    assert not the_hack(claims_of(tmp_path / "s.db", [the_act(built), denial]))["contradicted"]


def test_a_denial_naming_another_party_done_to_is_no_denial_of_this_act(tmp_path, built):
    text = "Vessary never hacked the Quellmoor Dock Board, a ministry spokesman said."
    denial = denial_of(built, text, "Vessary never hacked the Quellmoor Dock Board", "hacked",
                       entities=[("Vessary", "GPE"), ("Quellmoor Dock Board", "ORG")])
    assert not the_hack(claims_of(tmp_path / "s.db", [the_act(built), denial]))["contradicted"]


QUOTE = "We never touched the pumps at Pallow"


def group_quote(built):
    """"Grey Heron denied ... 'We never ...,' the group said", with no entity for the name (the recogniser missed it),
    so the analysis's coreference had nothing to join "the group" to."""
    text = f'Grey Heron denied the charge on Friday. "{QUOTE}," the group said.'
    document, result = built(text, outlet="Herald", published="2026-05-04", claim=QUOTE, certainty=-3)
    result["attributions"] = [
        {"id": "a1", "source": [span_of(text, "Grey Heron")], "source_kind": "organization", "source_count": None,
         "source_entity": None, "cue": [span_of(text, "denied")], "content": [span_of(text, "the charge")],
         "parent": None, "refers_to": None, "time": None},
        {"id": "a2", "source": [span_of(text, "the group")], "source_kind": "organization", "source_count": None,
         "source_entity": None, "cue": [span_of(text, "said")], "content": [span_of(text, QUOTE)],
         "parent": None, "refers_to": None, "time": None}]
    result["claims"][0]["attribution"] = "a2"
    return document, result


def quote_origins(db, documents):
    return next(c["origins"] for c in claims_of(db, documents) if c["text"] == QUOTE)


def test_the_group_is_the_named_source_before_it_that_other_articles_call_the_group(tmp_path, built):
    text = f"{HACK}, officials said, adding that the group had struck utilities before."
    first = built(text, outlet="Ledger", published="2026-05-01", entities=HACK_ENTITIES, claim=HACK,
                  event=HACK_EVENT)
    first[1]["entities"][0]["mentions"].append(span_of(text, "the group"))
    assert quote_origins(tmp_path / "s.db", [first, group_quote(built)]) == ["Grey Heron"]


def test_with_no_article_calling_it_so_the_group_stays_a_description(tmp_path, built):
    first = built(f"{HACK}, officials said.", outlet="Ledger", published="2026-05-01", entities=HACK_ENTITIES,
                  claim=HACK, event=HACK_EVENT)
    assert quote_origins(tmp_path / "s.db", [first, group_quote(built)]) != ["Grey Heron"]


def test_the_group_standing_for_the_named_source_before_it_lists_the_claim_in_its_dossier(tmp_path, built):
    """The origin "the group" reads back to is the party whose dossier lists the claim among those it is the source
    of; with no article calling it so, the claim is not listed."""
    text = f"{HACK}, officials said, adding that the group had struck utilities before."
    first = built(text, outlet="Ledger", published="2026-05-01", entities=HACK_ENTITIES, claim=HACK,
                  event=HACK_EVENT)
    first[1]["entities"][0]["mentions"].append(span_of(text, "the group"))
    plain = built(f"{HACK}, officials said.", outlet="Ledger", published="2026-05-01", entities=HACK_ENTITIES,
                  claim=HACK, event=HACK_EVENT)
    for name, documents, listed in (("a", [first, group_quote(built)], True), ("b", [plain, group_quote(built)], False)):
        with Store.open(tmp_path / f"{name}.db") as store:
            for document, result in documents:
                store.write(document, result)
            link_pending(store)
            sourced = [c["text"] for c in dossier(store, "Grey Heron")["claims_as_source"]]
            assert (QUOTE in sourced) is listed, sourced
