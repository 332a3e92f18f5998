"""Incremental linking of claims across stored documents: blocking, event and wording matches, time windows."""
from __future__ import annotations

import pytest

from claimgraph.link import link_pending
from claimgraph.link.linker import is_count, match_score, times_compatible
from claimgraph.store import Store

from tests.link.conftest import span_of

SHIP = {"type": "AID", "roles": {"actor": "Norland", "recipient": "Harrow Guard"}}


def store_all(db, documents):
    with Store.open(db) as store:
        for document, result in documents:
            store.write(document, result)
        link_pending(store)
        return [tuple(r) for r in store.query(
            "SELECT m.linked_claim, d.document_id FROM linked_claim_mentions m JOIN documents d ON d.id = m.document"
            " ORDER BY d.id")]


def test_same_event_in_other_words_is_one_claim(tmp_path, built):
    first = built("Norland shipped rifles to the Harrow Guard.", outlet="A", published="2025-01-10",
                  entities=[("Norland", "GPE"), ("Harrow Guard", "ORG")],
                  claim="Norland shipped rifles to the Harrow Guard", event=SHIP)
    second = built("Norland delivered rifles to the Harrow Guard last week.", outlet="B", published="2025-01-12",
                   entities=[("Norland", "GPE"), ("Harrow Guard", "ORG")],
                   claim="Norland delivered rifles to the Harrow Guard last week", event=SHIP)
    rows = store_all(tmp_path / "s.db", [first, second])
    assert rows[0][0] == rows[1][0]


def test_other_recipient_is_another_claim(tmp_path, built):
    first = built("Norland shipped rifles to the Harrow Guard.", outlet="A", published="2025-01-10",
                  entities=[("Norland", "GPE"), ("Harrow Guard", "ORG")],
                  claim="Norland shipped rifles to the Harrow Guard", event=SHIP)
    other = {"type": "AID", "roles": {"actor": "Norland", "recipient": "Tessel Front"}}
    second = built("Norland shipped rifles to the Tessel Front.", outlet="B", published="2025-01-11",
                   entities=[("Norland", "GPE"), ("Tessel Front", "ORG")],
                   claim="Norland shipped rifles to the Tessel Front", event=other)
    rows = store_all(tmp_path / "s.db", [first, second])
    assert rows[0][0] != rows[1][0]


def test_claims_far_apart_in_time_are_not_compared(tmp_path, built):
    text = "Norland shipped rifles to the Harrow Guard."
    kwargs = dict(entities=[("Norland", "GPE"), ("Harrow Guard", "ORG")],
                  claim="Norland shipped rifles to the Harrow Guard", event=SHIP)
    rows = store_all(tmp_path / "s.db", [built(text, outlet="A", published="2025-01-10", **kwargs),
                                         built(text + " ", outlet="B", published="2025-09-10",
                                               url="https://b.example/x", **kwargs)])
    assert rows[0][0] != rows[1][0]


def test_claims_sharing_no_entity_nor_wording_are_never_candidates(tmp_path, built):
    first = built("Rain flooded the lower town.", outlet="A", published="2025-01-10",
                  claim="Rain flooded the lower town")
    second = built("Rain flooded the lower towns.", outlet="B", published="2025-01-10",
                   claim="Rain flooded the lower towns")
    rows = store_all(tmp_path / "s.db", [first, second])
    assert rows[0][0] != rows[1][0]


def test_the_same_wording_meets_without_entities(tmp_path, built):
    first = built("Rain flooded the lower town.", outlet="A", published="2025-01-10",
                  claim="Rain flooded the lower town")
    second = built("Rain flooded the lower town!", outlet="B", published="2025-01-11",
                   claim="Rain flooded the lower town")
    rows = store_all(tmp_path / "s.db", [first, second])
    assert rows[0][0] == rows[1][0]


def test_linking_twice_changes_nothing(tmp_path, built):
    db = tmp_path / "s.db"
    store_all(db, [built("Rain flooded the lower town.", outlet="A", published="2025-01-10",
                         claim="Rain flooded the lower town")])
    with Store.open(db) as store:
        assert link_pending(store) == 0
        assert store.query("SELECT COUNT(*) FROM linked_claim_mentions")[0][0] == 1


@pytest.mark.parametrize("a, b, expected", [
    ("2025-02", "2025-02-14", True), (None, "2025-02-14", True), ("2025-02-14", "2025-02-16", True),
    ("2025-02-14", "2025-02-24", False), ("2024", "2025-02", False),
    ("2026-SU", "2026-04-01", True), ("2026-SU", "2025-07", False),
    # a week is its seven days: "last week" is not "in March" of the same year, but is a day of it, or a day next to it
    ("2025-W44", "2025-03", False), ("2025-W44", "2025-10-29", True), ("2025-W44", "2025-11-04", True),
    ("2025-W44", "2025-11", True), ("2025-W44", "2025-11-20", False), ("2025-W44", "2025", True)])
def test_times_compatible(a, b, expected):
    assert times_compatible(a, b) is expected


def test_event_type_mismatch_scores_zero():
    claim = {"event_type": "AID", "roles": {"actor": 1}, "time_value": None, "tokens": {"norland", "rifles"}}
    linked = {"event_type": "ASSAULT", "roles": {"actor": 1}, "time_value": None, "tokens": {"norland", "rifles"}}
    assert match_score(claim, linked) == 0.0
    assert match_score(claim, {**linked, "event_type": "AID"}) > 1.0


def test_a_link_broken_off_midway_leaves_nothing_and_is_finished_later(tmp_path, built, monkeypatch):
    from claimgraph.link import linker

    db = tmp_path / "s.db"
    document, result = built("Norland shipped rifles to the Harrow Guard.", outlet="A", published="2025-01-10",
                             entities=[("Norland", "GPE"), ("Harrow Guard", "ORG")],
                             claim="Norland shipped rifles to the Harrow Guard", event=SHIP)

    def broken(*args, **kwargs):
        raise KeyboardInterrupt  # as if the process were stopped after copies and identities were written

    with Store.open(db) as store:
        store.write(document, result)
        monkeypatch.setattr(linker, "link_claims", broken)
        with pytest.raises(KeyboardInterrupt):
            link_pending(store)
        for table in ("document_copies", "document_entities", "entity_identities", "linked_claims",
                      "linked_documents"):
            assert store.query(f"SELECT COUNT(*) FROM {table}")[0][0] == 0, table
        monkeypatch.undo()
        assert link_pending(store) == 1
        assert store.query("SELECT COUNT(*) FROM linked_claim_mentions")[0][0] == 1


def test_paraphrase_aspect_and_a_short_form_make_one_claim(tmp_path, built):
    agreed = built("Ustria has agreed to supply the Orvin Sentinels with rockets, officials said.", outlet="A",
                   published="2025-04-01", entities=[("Ustria", "GPE"), ("Orvin Sentinels", "ORG")],
                   claim="Ustria has agreed to supply the Orvin Sentinels with rockets",
                   event={"type": "AID", "roles": {"actor": "Ustria", "recipient": "Orvin Sentinels"}})
    delivered = built("The rockets reached the Sentinels, said an aide, after Ustria flew them in.", outlet="B",
                      published="2025-04-20", entities=[("Ustria", "GPE"), ("Sentinels", "ORG")],
                      claim="The rockets reached the Sentinels, said an aide, after Ustria flew them in",
                      event={"type": "AID", "roles": {"actor": "Ustria", "recipient": "Sentinels"}})
    rows = store_all(tmp_path / "s.db", [agreed, delivered])
    assert rows[0][0] == rows[1][0]


def test_a_role_given_as_the_government_in_a_place_takes_the_place(tmp_path, built):
    first = built("Ustria shipped rockets to the Orvin Sentinels.", outlet="A", published="2025-04-01",
                  entities=[("Ustria", "GPE"), ("Orvin Sentinels", "ORG")],
                  claim="Ustria shipped rockets to the Orvin Sentinels",
                  event={"type": "AID", "roles": {"actor": "Ustria", "recipient": "Orvin Sentinels"}})
    second = built("Aides say the government of Ustria has armed the Orvin Sentinels.", outlet="B",
                   published="2025-04-03", entities=[("Orvin Sentinels", "ORG")],
                   claim="the government of Ustria has armed the Orvin Sentinels",
                   event={"type": "AID", "roles": {"actor": "government", "recipient": "Orvin Sentinels"}})
    rows = store_all(tmp_path / "s.db", [first, second])
    assert rows[0][0] == rows[1][0]


def test_a_noun_phrase_fragment_never_starts_a_claim(tmp_path, built):
    fragment = built("The Pell bridge reopened.", outlet="A", published="2025-04-01", claim="The Pell bridge")
    rows = store_all(tmp_path / "s.db", [fragment])
    assert rows == []


def test_each_link_keeps_its_rule(tmp_path, built):
    first = built("Norland shipped rifles to the Harrow Guard.", outlet="A", published="2025-01-10",
                  entities=[("Norland", "GPE"), ("Harrow Guard", "ORG")],
                  claim="Norland shipped rifles to the Harrow Guard", event=SHIP)
    second = built("Norland is preparing to arm the Harrow Guard.", outlet="B", published="2025-01-12",
                   entities=[("Norland", "GPE"), ("Harrow Guard", "ORG")],
                   claim="Norland is preparing to arm the Harrow Guard", event=SHIP)
    with Store.open(tmp_path / "s.db") as store:
        for document, result in (first, second):
            store.write(document, result)
        link_pending(store)
        rules = [r[0] for r in store.query("SELECT rule FROM linked_claim_evidence ORDER BY document")]
    assert rules == ["new", "event-key"]


def test_shooting_coded_as_fight_or_assault_by_units_of_a_body_is_one_claim(tmp_path, built):
    first = built("The Harrow Guard opened fire on marchers in Pell.", outlet="A", published="2025-02-01",
                  entities=[("Harrow Guard", "ORG")], claim="The Harrow Guard opened fire on marchers in Pell",
                  event={"type": "FIGHT", "roles": {"actor": "Harrow Guard", "target": "marchers"}})
    second = built("Witnesses said Guard units shot at the marchers near the bridge.", outlet="B",
                   published="2025-02-02", entities=[],
                   claim="Guard units shot at the marchers near the bridge",
                   event={"type": "ASSAULT", "roles": {"actor": "Guard units", "target": "marchers"}})
    rows = store_all(tmp_path / "s.db", [first, second])
    assert rows[0][0] == rows[1][0]


def test_no_comment_formulae_are_no_claims(tmp_path, built):
    silent = built("The Harrow Guard could not be reached for comment on Friday.", outlet="A",
                   published="2025-02-01", entities=[("Harrow Guard", "ORG")],
                   claim="The Harrow Guard could not be reached for comment on Friday")
    assert store_all(tmp_path / "s.db", [silent]) == []


def test_a_role_the_analysis_resolved_by_coreference_takes_that_identity(tmp_path, built):
    first = built("The Tessel Union froze the accounts of Orrin Vale.", outlet="A", published="2025-02-01",
                  entities=[("Tessel Union", "ORG"), ("Orrin Vale", "PERSON")],
                  claim="The Tessel Union froze the accounts of Orrin Vale",
                  event={"type": "SANCTION", "roles": {"actor": "Tessel Union", "target": "Orrin Vale"}})
    text = "The Tessel Union met on Monday. Officials said the bloc had frozen the accounts of Orrin Vale."
    second = built(text, outlet="B", published="2025-02-03",
                   entities=[("Tessel Union", "ORG"), ("Orrin Vale", "PERSON")],
                   claim="the bloc had frozen the accounts of Orrin Vale",
                   event={"type": "SANCTION", "roles": {"actor": "bloc", "target": "Orrin Vale"}})
    union = second[1]["entities"][0]
    union["mentions"].append({"start": text.index("the bloc"), "end": text.index("the bloc") + 8, "text": "the bloc"})
    rival = built("The Marl Pact froze the accounts of Orrin Vale.", outlet="C", published="2025-02-02",
                  entities=[("Marl Pact", "ORG"), ("Orrin Vale", "PERSON")],
                  claim="The Marl Pact froze the accounts of Orrin Vale",
                  event={"type": "SANCTION", "roles": {"actor": "Marl Pact", "target": "Orrin Vale"}})
    rows = store_all(tmp_path / "s.db", [rival, first, second])
    assert len(rows) == 3
    assert rows[2][0] == rows[1][0] and rows[0][0] != rows[1][0]


def test_a_name_the_entity_list_missed_still_blocks_and_matches(tmp_path, built):
    first = built("Orlan Freight, a state shipping line, has been told to carry the rockets to a depot held by the "
                  "Sentinels.", outlet="A", published="2025-03-01", entities=[("Sentinels", "ORG")],
                  claim="Orlan Freight, a state shipping line, has been told to carry the rockets to a depot held by "
                        "the Sentinels")
    second = built("A state shipping line, Orlan Freight, was told to carry rockets to a Sentinels depot, the paper "
                   "said.", outlet="B", published="2025-03-02", entities=[("Sentinels", "ORG")],
                   claim="A state shipping line, Orlan Freight, was told to carry rockets to a Sentinels depot")
    rows = store_all(tmp_path / "s.db", [first, second])
    assert rows[0][0] == rows[1][0]


def test_two_claims_naming_the_same_parties_and_nothing_else_alike_stay_apart(tmp_path, built):
    names = [("Norland", "GPE"), ("Ivo Brandt", "PERSON")]
    threat = "Norland warned it would close its ports if the council punished Ivo Brandt"
    aside = "owned by the Norland financier Ivo Brandt"
    again = "Norland would shut its ports to the council if Ivo Brandt were punished"
    rows = store_all(tmp_path / "s.db", [
        built(f"Diplomats said {threat}.", outlet="Ledger", published="2025-03-01", entities=names, claim=threat),
        built(f"The yacht, {aside}, left Pell.", outlet="Wire", published="2025-03-02", entities=names, claim=aside),
        built(f"Officials said {again}.", outlet="Post", published="2025-03-03", entities=names, claim=again),
    ])
    linked = {}
    for claim, document in rows:
        if claim is not None:
            linked.setdefault(claim, []).append(document)
    # the threat told twice is one claim; the aside (a participle and its agent, no claim of its own) joins none
    assert sorted(map(len, linked.values())) in ([2], [1, 2])


@pytest.mark.parametrize("text, denies", [
    ("These allegations are completely false", True),
    ("the ministry rejected the newspaper's story as a fabrication", True),
    ("dismissing media accounts that blamed the militia as \"pure fantasy", True),
    ("Spokesman Ivo Brandt called the reports baseless", True),
    ("dismissed the weekly's report that Norland armed the Guard as \"a malicious invention", True),
    ("rejected the allegations as a crude fabrication", True),
    ("dismissed the report as a story worth reading", False),
    ("The report said the bridge was false-fronted", False),
    ("Reports that the mill would close proved correct", False),
])
def test_denials_of_what_reports_say(text, denies):
    from claimgraph.link.linker import FALSE_REPORT
    assert bool(FALSE_REPORT.search(text)) is denies


def test_an_announced_act_and_the_act_done_are_one_claim(tmp_path, built):
    first = built("The council plans to freeze the accounts of the trader Omar Quist.", outlet="A",
                  published="2025-03-01", entities=[("council", "ORG"), ("Omar Quist", "PERSON")],
                  claim="to freeze the accounts of the trader Omar Quist",
                  event={"type": "THREATEN", "act": "SANCTION",
                         "roles": {"actor": "council", "target": "Omar Quist"}})
    second = built("The council froze the accounts of Omar Quist on Monday.", outlet="B", published="2025-03-09",
                   entities=[("council", "ORG"), ("Omar Quist", "PERSON")],
                   claim="The council froze the accounts of Omar Quist on Monday",
                   event={"type": "SANCTION", "roles": {"actor": "council", "target": "Omar Quist"}})
    third = built("Pelland threatened the council with higher tariffs unless it dropped its plan.", outlet="C",
                  published="2025-03-10", entities=[("Pelland", "GPE"), ("council", "ORG")],
                  claim="Pelland threatened the council with higher tariffs",
                  event={"type": "THREATEN", "roles": {"actor": "Pelland", "target": "council"}})
    rows = store_all(tmp_path / "s.db", [first, second, third])
    assert rows[0][0] == rows[1][0] != rows[2][0]


def test_an_act_told_inside_a_larger_claim_joins_the_claim_of_that_act(tmp_path, built):
    envoys = {"type": "SANCTION", "roles": {"actor": "Norvania", "target": "Pelland"}}
    first = built("Norvania expelled two Pellandian envoys.", outlet="A", published="2025-04-01",
                  entities=[("Norvania", "GPE"), ("Pelland", "GPE")],
                  claim="Norvania expelled two Pellandian envoys", event=envoys)
    text = "Pelland vowed to answer after Norvania sent two of its envoys home over a dispute about fishing rights."
    second = built(text, outlet="B", published="2025-04-02", entities=[("Pelland", "GPE"), ("Norvania", "GPE")],
                   claim="to answer after Norvania sent two of its envoys home over a dispute about fishing rights")
    # the act is an event of the document that no claim is about
    second[1]["events"].append({"id": "v9", "type": "SANCTION", "trigger": {**span_of(text, "sent")},
                                "roles": {"actor": "Norvania"}, "attribution": None,
                                "certainty": {"value": 3, "label": "certain", "cue": []}})
    rows = store_all(tmp_path / "s.db", [first, second])
    assert rows[0][0] == rows[1][0]


def test_a_passive_killing_takes_the_doer_of_the_shooting_told_with_it(tmp_path, built):
    first = built("The Harrow Guard opened fire on marchers in Pell.", outlet="A", published="2025-02-01",
                  entities=[("Harrow Guard", "ORG")], claim="The Harrow Guard opened fire on marchers in Pell",
                  event={"type": "FIGHT", "roles": {"actor": "Harrow Guard", "target": "marchers"}})
    text = "PELL (Coast Wire) - Nine people were killed when the Harrow Guard fired on the marchers."
    claim = "Nine people were killed when the Harrow Guard fired on the marchers"
    second = built(text, outlet="B", published="2025-02-03", entities=[("Harrow Guard", "ORG"), ("Pell", "GPE")],
                   claim=claim, event={"type": "ASSAULT", "roles": {"target": "Pell"}})
    # the dateline's place was taken for the target; the shooting in the claim has the doer
    second[1]["events"][0]["trigger"] = span_of(text, "killed")
    second[1]["events"][0]["role_mentions"] = {"target": span_of(text, "PELL (Coast Wire")}
    second[1]["events"].append({"id": "v2", "type": "FIGHT", "trigger": span_of(text, "fired"),
                                "roles": {"actor": "Harrow Guard"}, "attribution": None,
                                "certainty": {"value": 3, "label": "certain", "cue": []}})
    rows = store_all(tmp_path / "s.db", [first, second])
    assert rows[0][0] == rows[1][0]


def test_a_claim_wrapping_an_event_claim_goes_where_that_claim_went(tmp_path, built):
    text = "Officials said the number of people killed when the Harrow Guard fired on marchers had risen to nine."
    document, result = built(text, outlet="A", published="2025-02-01", entities=[("Harrow Guard", "ORG")],
                             claim="when the Harrow Guard fired on marchers",
                             event={"type": "FIGHT", "roles": {"actor": "Harrow Guard", "target": "marchers"}})
    result["events"][0]["trigger"] = span_of(text, "fired")
    result["claims"].append({"id": "c2", "span": span_of(
        text, "the number of people killed when the Harrow Guard fired on marchers had risen to nine"),
        "attribution": None, "certainty": {"value": 3, "label": "certain", "cue": []}, "event": None})
    rows = store_all(tmp_path / "s.db", [(document, result)])
    assert len(rows) == 2 and rows[0][0] == rows[1][0]


def directive(built, text, verb, content, event):
    """An own-voice directive ("the government ordered X to leave") the analysis took as a cue with its content."""
    document, result = built(text, outlet="B", published="2025-04-02",
                             entities=[("Norvania", "GPE"), ("Pelland", "GPE")], claim=content,
                             source=("Norvania", "state"))
    result["attributions"][0]["cue"] = [span_of(text, verb)]
    result["events"].append({"id": "v9", "trigger": span_of(text, verb), "attribution": None,
                             "certainty": {"value": 3, "label": "certain", "cue": []}, **event})
    return document, result


def test_an_act_named_by_its_directive_cue_is_the_claim_of_that_act(tmp_path, built):
    envoys = {"type": "SANCTION", "roles": {"actor": "Norvania", "target": "Pelland"}}
    first = built("Norvania expelled two Pellandian envoys.", outlet="A", published="2025-04-01",
                  entities=[("Norvania", "GPE"), ("Pelland", "GPE")],
                  claim="Norvania expelled two Pellandian envoys", event=envoys)
    text = "On Monday Norvania ordered two Pelland envoys to go home."
    second = directive(built, text, "ordered", "two Pelland envoys to go home", envoys)
    rows = store_all(tmp_path / "s.db", [first, second])
    assert rows[0][0] == rows[1][0]


def test_a_speech_act_cue_is_no_act_of_the_claim(tmp_path, built):
    # "Norvania demanded that ...": the demand introduces the content, the content is what is claimed
    demand = {"type": "DEMAND", "roles": {"actor": "Norvania", "recipient": "Pelland"}}
    first = built("Norvania demanded that Pelland recall its envoys.", outlet="A", published="2025-04-01",
                  entities=[("Norvania", "GPE"), ("Pelland", "GPE")],
                  claim="Norvania demanded that Pelland recall its envoys", event=demand)
    text = "On Monday Norvania demanded that two Pelland envoys go home."
    second = directive(built, text, "demanded", "two Pelland envoys go home", demand)
    rows = store_all(tmp_path / "s.db", [first, second])
    assert rows[0][0] != rows[1][0]


def test_a_denial_leaves_the_claims_roles_to_the_reports_that_assert_it(tmp_path, built):
    """"The Harrow Guard did not shoot at residents" joins the shooting it denies, but its wording of the victims
    is the denier's: the claim's patient comes from the report that asserts it."""
    first = built("The Harrow Guard opened fire in Pell on Sunday.", outlet="A", published="2025-02-01",
                  entities=[("Harrow Guard", "ORG")], claim="The Harrow Guard opened fire in Pell on Sunday",
                  event={"type": "ASSAULT", "roles": {"actor": "Harrow Guard"}})
    denial = built("The Harrow Guard did not shoot at residents, the ministry said.", outlet="B",
                   published="2025-02-02", entities=[("Harrow Guard", "ORG")],
                   claim="The Harrow Guard did not shoot at residents", certainty=-3,
                   event={"type": "ASSAULT", "roles": {"actor": "Harrow Guard", "target": "residents"}})
    later = built("The Harrow Guard fired on marchers in Pell, doctors said.", outlet="C", published="2025-02-03",
                  entities=[("Harrow Guard", "ORG")], claim="The Harrow Guard fired on marchers in Pell",
                  event={"type": "ASSAULT", "roles": {"actor": "Harrow Guard", "target": "marchers"}})
    db = tmp_path / "s.db"
    rows = store_all(db, [first, denial, later])
    assert len({r[0] for r in rows}) == 1
    with Store.open(db) as store:
        roles = store.linked_claim_state(rows[0][0])["roles"]
    assert roles.get("recipient") == "words:marchers"


def inquiry(built, text, claim, actor, published, outlet):
    """An inquiry by `actor`; the first report names no target, the later one the Port Board, so that only the
    actor can tell that they are one act."""
    named = [(actor, "PERSON")] if actor[:1].isupper() else []
    roles = {"actor": actor, **({"target": "Port Board"} if "Port Board" in claim else {})}
    return built(text, outlet=outlet, published=published, entities=[*named, ("Port Board", "ORG")], claim=claim,
                 event={"type": "INVESTIGATE", "roles": roles})


def test_an_office_acting_is_its_holder(tmp_path, built):
    """"The governor's office is examining ..." is the governor's act: the one person the corpus gives the office
    of governor is the actor, so the report joins the claim of her inquiry."""
    first = inquiry(built, "Governor Hedda Brandt said she had ordered an inquiry into its spending.",
                    "she had ordered an inquiry into its spending", "Hedda Brandt", "2025-05-02", "A")
    second = inquiry(built, "The governor's office is examining the Port Board's accounts.",
                     "The governor's office is examining the Port Board's accounts", "governor's office",
                     "2025-05-03", "B")
    rows = store_all(tmp_path / "s.db", [first, second])
    assert rows[0][0] == rows[1][0]


def test_an_office_two_people_hold_names_nobody(tmp_path, built):
    first = inquiry(built, "Governor Hedda Brandt said she had ordered an inquiry into its spending.",
                    "she had ordered an inquiry into its spending", "Hedda Brandt", "2025-05-02", "A")
    other = built("Governor Joost Orlan visited the Port Board.", outlet="C", published="2025-05-02",
                  entities=[("Joost Orlan", "PERSON"), ("Port Board", "ORG")], claim="visited the Port Board")
    second = inquiry(built, "The governor's office is examining the Port Board's accounts.",
                     "The governor's office is examining the Port Board's accounts", "governor's office",
                     "2025-05-03", "B")
    rows = store_all(tmp_path / "s.db", [first, other, second])
    assert rows[0][0] != rows[2][0]


def test_an_act_agreed_and_later_done_is_one_claim_whatever_their_dates(tmp_path, built):
    """"Norland agreed in March to sell rifles to the Harrow Guard" and "Norland delivered the rifles to the Harrow
    Guard on April 20": the same doer and recipient, the stages of one act dated apart."""
    parties = [("Norland", "GPE"), ("Harrow Guard", "ORG")]
    first = built("Norland agreed in March to sell rifles to the Harrow Guard.", outlet="A", published="2025-04-02",
                  entities=parties, claim="to sell rifles to the Harrow Guard", event=SHIP)
    first[1]["times"].append({"id": "t1", **span_of(first[0].text, "in March"), "value": "2025-03"})
    first[1]["events"][0]["roles"]["time"] = "t1"
    later = built("Norland delivered the rifles to the Harrow Guard on April 20.", outlet="B", published="2025-04-21",
                  entities=parties, claim="Norland delivered the rifles to the Harrow Guard on April 20", event=SHIP)
    later[1]["times"].append({"id": "t1", **span_of(later[0].text, "on April 20"), "value": "2025-04-20"})
    later[1]["events"][0]["roles"]["time"] = "t1"
    other = built("Norland shipped rifles to Pell on April 20.", outlet="C", published="2025-04-21",
                  url="https://c.example/1", entities=[("Norland", "GPE"), ("Pell", "GPE")],
                  claim="Norland shipped rifles to Pell on April 20",
                  event={"type": "AID", "roles": {"actor": "Norland"}})
    other[1]["times"].append({"id": "t1", **span_of(other[0].text, "on April 20"), "value": "2025-04-20"})
    other[1]["events"][0]["roles"]["time"] = "t1"
    rows = store_all(tmp_path / "s.db", [first, later])
    assert rows[0][0] == rows[1][0]
    # one party alone does not outweigh the dates: a shipment to someone unnamed in April is not the March deal
    first[1]["events"][0]["roles"].pop("recipient")
    rows = store_all(tmp_path / "t.db", [first, other])
    assert rows[0][0] != rows[1][0]


@pytest.mark.parametrize("text, verb, cue, value, negative", [
    ("Norland has not sold and will not sell rifles to the Guard", "sold", "not", 0, True),
    ("Norland will never send troops", "send", "never", 0, True),
    ("Norland has not sold rifles to the Guard", "sold", "not", 3, False),  # the model decided: its value stands
    ("It is not clear whether Norland sold rifles", "sold", "not", 0, False),  # the negation is of another verb
])
def test_a_negated_verb_the_certainty_left_unknown_is_a_denial(text, verb, cue, value, negative):
    from claimgraph.link.linker import negated_verb
    claim = {"span": span_of(text, text), "trigger": span_of(text, verb),
             "certainty": {"value": value, "cue": [span_of(text, cue)]}}
    assert negated_verb(claim) is negative


def test_a_states_armed_service_named_by_common_nouns_acts_for_the_state(tmp_path, built):
    """"Norlandian marines seized the ferry" before Norland is named, then "Norland seized the ferry": the service
    named by its people's adjective and common nouns is the state; a service with a name of its own is not."""
    first = built("Norlandian marines seized the ferry Tessa Rowe near Pell.", outlet="A", published="2025-06-01",
                  entities=[("Tessa Rowe", "VEHICLE")], claim="Norlandian marines seized the ferry Tessa Rowe near Pell",
                  event={"type": "COERCE", "roles": {"actor": "Norlandian marines", "target": "Tessa Rowe"}})
    second = built("Norland has seized the ferry Tessa Rowe, a newspaper reported.", outlet="B",
                   published="2025-06-02", entities=[("Norland", "GPE"), ("Tessa Rowe", "VEHICLE")],
                   claim="Norland has seized the ferry Tessa Rowe",
                   event={"type": "COERCE", "roles": {"actor": "Norland", "target": "Tessa Rowe"}})
    rows = store_all(tmp_path / "s.db", [first, second])
    assert rows[0][0] == rows[1][0]
    from claimgraph.link.identities import SERVICES, _SERVICE
    assert _SERVICE.match("Norland's navy").group(3) in SERVICES
    assert _SERVICE.match("the Harrow Guard") is None


def test_the_place_of_an_act_is_not_whom_it_was_done_to(tmp_path, built):
    """"denied that its forces had seized any vessel in the Pell Sound": the sound is where, not what was seized,
    so the denial meets the seizure by its doer."""
    parties = [("Norland", "GPE"), ("Tessa Rowe", "VEHICLE")]
    first = built("Norland seized the ferry Tessa Rowe.", outlet="A", published="2025-06-01", entities=parties,
                  claim="Norland seized the ferry Tessa Rowe",
                  event={"type": "COERCE", "roles": {"actor": "Norland", "target": "Tessa Rowe"}})
    denial = built("Norland denied that it had seized any vessel in the Pell Sound.", outlet="B",
                   published="2025-06-02", entities=[("Norland", "GPE"), ("Pell Sound", "GPE")],
                   claim="it had seized any vessel in the Pell Sound", certainty=-3,
                   event={"type": "COERCE", "roles": {"actor": "Norland", "target": "Pell Sound",
                                                      "location": "Pell Sound"}})
    rows = store_all(tmp_path / "s.db", [first, denial])
    assert rows[0][0] == rows[1][0]


@pytest.mark.parametrize("sentence, claim, denies", [
    ("The ministry said the claims in the foreign press are false.", "the claims in the foreign press", True),
    ("The ministry said the reports were baseless.", "the reports", True),
    ("Troops fired on the crowd; reports that they used gas are false.", "Troops fired on the crowd", False),
    # the content the analysis takes is what follows "as"; the verb and the report are in the cue before it
    ('Brannoch Freight rejected a report by the Quarry Institute as "a work of fiction".', "a work of fiction", True),
    ("Brannoch Freight rejected the report as false, saying its ships had been idle.", "its ships had been idle",
     False),
])
def test_a_claim_whose_predicate_denies_the_reports_is_a_denial(sentence, claim, denies):
    from claimgraph.link.linker import denies_reports
    assert denies_reports({"span": span_of(sentence, claim)}, sentence) is denies


def test_a_clause_naming_nobody_is_found_again_by_its_verb_and_wording(tmp_path, built):
    """"The engineers had falsified the load tests near Pell" and, a day later, "the engineers had falsified the
    load tests": no party to block on but the verb, and the wording carries the match."""
    first = built("The engineers had falsified the load tests near Pell, two inspectors said.", outlet="A",
                  published="2025-07-01", entities=[("Pell", "GPE")],
                  claim="The engineers had falsified the load tests near Pell")
    first[1]["claims"][0]["trigger"] = span_of(first[0].text, "falsified")
    second = built("The paper said the engineers had falsified the load tests.", outlet="B",
                   published="2025-07-02", claim="the engineers had falsified the load tests")
    second[1]["claims"][0]["trigger"] = span_of(second[0].text, "falsified")
    other = built("The engineers had repainted the load bay.", outlet="C", published="2025-07-02",
                  claim="The engineers had repainted the load bay")
    other[1]["claims"][0]["trigger"] = span_of(other[0].text, "repainted")
    rows = store_all(tmp_path / "s.db", [first, second, other])
    assert rows[0][0] == rows[1][0] != rows[2][0]


def test_the_act_a_sentence_gives_no_claim_is_told_by_the_claim_left_in_it(tmp_path, built):
    """"Envoys of the Hallen League agreed on Tuesday to ban Ivo Darr from travel, two officials said, opening the
    way to a vote": the analysis gave the ban no claim of its own; the adjunct's claim in its sentence tells it."""
    parties = [("Hallen League", "ORG"), ("Ivo Darr", "PERSON")]
    ban = {"type": "SANCTION", "roles": {"actor": "Hallen League", "target": "Ivo Darr"}}
    first = built("The Hallen League banned Ivo Darr from travel.", outlet="A", published="2025-08-01",
                  entities=parties, claim="The Hallen League banned Ivo Darr from travel", event=ban)
    text = ("Envoys of the Hallen League agreed on Tuesday to ban Ivo Darr from travel, two officials said, opening "
            "the way to a vote.")
    second = built(text, outlet="B", published="2025-08-02", entities=parties,
                   claim="opening the way to a vote", source=("two officials", "unnamed"))
    second[1]["events"].append({"id": "v9", "type": "SANCTION", "trigger": span_of(text, "ban"),
                                "roles": dict(ban["roles"]), "attribution": None,
                                "certainty": {"value": 3, "label": "certain", "cue": []}})
    rows = store_all(tmp_path / "s.db", [first, second])
    assert rows[0][0] == rows[1][0]


def test_fire_from_a_partys_positions_makes_it_the_doer():
    from claimgraph.link.linker import fired_from
    text = "Residents said the shells were fired from positions held by the Harrow Guard."
    event = {"type": "FIGHT", "roles": {"target": "Harrow Guard", "recipient": "Harrow Guard"},
             "role_mentions": {"target": span_of(text, "Harrow Guard")}}
    assert fired_from(event, text)["roles"] == {"actor": "Harrow Guard"}
    text = "Observers found craters left by artillery fire from the group's positions near Pell."
    event = {"type": "FIGHT", "roles": {"target": "Harrow Guard"}, "role_mentions": {"target": span_of(text, "group")}}
    assert fired_from(event, text)["roles"] == {"actor": "Harrow Guard"}
    text = "The Harrow Guard came under fire from the hills."
    event = {"type": "FIGHT", "roles": {"target": "Harrow Guard"}, "role_mentions": {"target": span_of(text, "Harrow Guard")}}
    assert fired_from(event, text) is event


def test_deaths_told_without_a_doer_join_the_attack_on_the_place_they_name(tmp_path, built):
    """"At least 12 people were killed when shells hit the village of Pell": a count is nobody's name; the claim
    names the place the shelling was done to, and is told in the shelling's words."""
    parties = [("Harrow Guard", "ORG"), ("Pell", "GPE")]
    first = built("The Harrow Guard shelled the village of Pell on Monday from the ridge above the river, killing nine "
                  "people and wounding dozens.", outlet="A", published="2025-09-01", entities=parties,
                  claim="The Harrow Guard shelled the village of Pell on Monday from the ridge above the river, killing "
                        "nine people and wounding dozens",
                  event={"type": "FIGHT", "roles": {"actor": "Harrow Guard", "target": "Pell"}})
    text = "At least 12 people were killed when shells hit the village of Pell on Monday."
    second = built(text, outlet="B", published="2025-09-02", entities=[("Pell", "GPE")],
                   claim="At least 12 people were killed when shells hit the village of Pell on Monday",
                   event={"type": "ASSAULT", "roles": {"target": "At least 12 people"}})
    rows = store_all(tmp_path / "s.db", [first, second])
    assert rows[0][0] == rows[1][0]


@pytest.mark.parametrize("words, count", [
    ("four people", True), ("twenty-two soldiers", True), ("a dozen fishermen", True), ("at least 12 people", True),
    ("several officials", True), ("the northern guard", False), ("one nation party", False), ("harbour authority", False),
])
def test_a_count_in_words_is_no_party_name(words, count):
    # 'Four people were hurt' opens a sentence capitalised, like a name; counts must not become identities
    assert is_count(words) is count


def test_the_sentence_of_a_span_is_bounded_by_the_breaks_around_it():
    from claimgraph.link.linker import sentence_bounds

    text = 'Talks ended. "They failed," he said. Rain fell.\nA new line'
    second = text.index('"They')
    # a break runs from the stop to the next sentence: the stop is in neither sentence
    assert sentence_bounds(text, second + 1, second + 5) == (second, text.index(". Rain"))
    assert sentence_bounds(text, 0, 3) == (0, text.index(". \"They"))
    assert sentence_bounds(text, text.index("A new"), len(text)) == (text.index("A new"), len(text))
    # a span across a break reaches from the sentence it starts in to the one it ends in
    assert sentence_bounds(text, 2, second + 3) == (0, text.index(". Rain"))
