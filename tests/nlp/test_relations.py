"""Relations: leader_of from title constructions, alias from renaming statements."""
from __future__ import annotations


def relations(result):
    return {(r["type"], r["subject"], r["object"], r["evidence"]["text"]) for r in result["relations"]}


def test_org_title_name(analyse):
    r = analyse("Hamas leader Yahya Sinwar was seen in Gaza on Monday.")
    assert ("leader_of", "Yahya Sinwar", "Hamas", "Hamas leader Yahya Sinwar") in relations(r)


def test_demonym_title_name_leads_the_state(analyse):
    r = analyse("Iranian President Ebrahim Raisi arrived in Moscow on Tuesday.")
    assert ("leader_of", "Ebrahim Raisi", "Iran", "Iranian President Ebrahim Raisi") in relations(r)


def test_possessive_title_apposition(analyse):
    r = analyse("Hamas’s leader, Ismail Haniyeh, spoke in Doha on Monday.")
    assert ("leader_of", "Ismail Haniyeh", "Hamas", "Hamas’s leader, Ismail Haniyeh") in relations(r)


def test_name_then_title_of_org(analyse):
    r = analyse("Ismail Haniyeh, the leader of Hamas, spoke in Doha on Monday.")
    assert ("leader_of", "Ismail Haniyeh", "Hamas", "Ismail Haniyeh, the leader of Hamas") in relations(r)


def test_a_non_leader_title_is_not_leader_of(analyse):
    r = analyse("Hamas spokesman Hazem Qassem said the talks had stalled.")
    assert not [x for x in relations(r) if x[0] == "leader_of"]


def test_alias_relation_from_also_known_as(analyse):
    r = analyse("Russia moved the S-400 to the border. It deployed the S-400, which is also known as the "
                "SA-21 Growler, near Kursk.")
    assert ("alias", "S-400", "SA-21 Growler", "which is also known as the SA-21 Growler") in relations(r)
