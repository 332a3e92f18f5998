"""The doer of an act the analysis gave none, named after "by" ("were declared persona non grata by Dellastra",
"Tuesday's expulsion of four envoys by Morvania"); an embassy done to is its state."""
from __future__ import annotations

from claimgraph.link import identities
from claimgraph.link.linker import EMBASSY, agent_doer, body_state

from tests.link.test_identities import entity, store_texts


def event_and_claim(text: str, trigger: str, claim: str):
    begin = text.index(claim)
    start = text.index(trigger, begin)
    event = {"id": "v1", "type": "SANCTION", "trigger": {"start": start, "end": start + len(trigger), "text": trigger},
             "roles": {}, "role_mentions": {}}
    return event, {"span": {"start": begin, "end": begin + len(claim), "text": claim}}


def test_the_agent_of_a_passive_verb_is_its_doer():
    text = "Two of our envoys were declared persona non grata by Dellastra on Tuesday, the spokesman said."
    event, claim = event_and_claim(text, "declared", "Two of our envoys were declared persona non grata by Dellastra"
                                                     " on Tuesday")
    assert agent_doer(event, claim, text)["roles"]["actor"] == "Dellastra"


def test_the_agent_of_an_acts_noun_is_its_doer():
    text = "It called the move a response to Tuesday's expulsion of four Pessarian envoys by Morvania."
    event, claim = event_and_claim(text, "expulsion", "Tuesday's expulsion of four Pessarian envoys by Morvania")
    assert agent_doer(event, claim, text)["roles"]["actor"] == "Morvania"


def test_an_active_verb_and_a_time_after_by_name_no_doer():
    text = "Morvania expelled two envoys by Monday, the ministry said."
    event, claim = event_and_claim(text, "expelled", "Morvania expelled two envoys by Monday")
    assert agent_doer(event, claim, text)["roles"] == {}
    text = "The envoys were told to leave by Friday."
    event, claim = event_and_claim(text, "told", "The envoys were told to leave by Friday")
    assert agent_doer(event, claim, text)["roles"] == {}


def test_an_embassy_is_its_state(tmp_path):
    store = store_texts(tmp_path, [
        ("Pessary's embassy was closed. Pessary protested.", [entity("e1", "Pessary"),
                                                              entity("e2", "Pessary's embassy", "ORG")]),
    ])
    with store:
        (embassy,) = identities.lookup(store, "Pessary's embassy")
        assert body_state(store, embassy, EMBASSY) == identities.lookup(store, "Pessary")[0]


def conjoined_event(text: str, trigger: str, actor: str):
    start, begin = text.index(trigger), text.index(actor)
    return {"id": "v2", "type": "RETREAT", "trigger": {"start": start, "end": start + len(trigger), "text": trigger},
            "roles": {"actor": actor}, "role_mentions": {"actor": {"start": begin, "end": begin + len(actor),
                                                                   "text": actor}}}


def test_the_name_after_and_before_a_verb_is_the_second_clauses_doer():
    from claimgraph.link.linker import conjoined_subject
    text = "Morvania freed 30 herders of the Vell clans and the Ostrel Front released 12 Morvanian guards, it said."
    event = conjoined_event(text, "released", "Morvania")
    acts = [conjoined_event(text, "freed", "Morvania"), event]
    assert conjoined_subject(event, text, acts)["roles"]["actor"] == "the Ostrel Front"


def test_names_joined_inside_the_subjects_own_phrase_keep_its_doer():
    from claimgraph.link.linker import conjoined_subject
    text = "Troops from Kestwyn and Darrow attacked the rebel camp."
    event = conjoined_event(text, "attacked", "Troops")
    assert conjoined_subject(event, text, [event])["roles"]["actor"] == "Troops"


def test_coordinated_subjects_and_a_name_holding_and_keep_their_doer():
    from claimgraph.link.linker import conjoined_subject
    text = "Morvania and the Ostrel Front released 42 prisoners on Monday."
    assert conjoined_subject(conjoined_event(text, "released", "Morvania and the Ostrel Front"),
                             text)["roles"]["actor"] == "Morvania and the Ostrel Front"
    text = "The Bank for Trade and Development warned of a slowdown."
    assert conjoined_subject(conjoined_event(text, "warned", "The Bank for Trade and Development"),
                             text)["roles"]["actor"] == "The Bank for Trade and Development"
