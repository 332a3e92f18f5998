"""Bodies a person has, named in apposition; "the government" and "the bloc" named again; unnamed bodies and groups
that recur; a leader's title before a name of a state."""
from __future__ import annotations

from tests.news import mentions


def entity_with(result, text):
    return next((e for e in result["entities"] if any(m["text"] == text for m in e["mentions"])), None)


def relations(result):
    return {(r["type"], r["subject"], r["object"]) for r in result["relations"]}


def test_her_party_named_in_apposition_gives_membership(analyse):
    r = analyse("The vote was postponed, said Mara Velt, who leads the opposition. Her party, the Liberty Front, "
                "has said it may boycott the rerun.")
    assert ("member_of", "Mara Velt", "Liberty Front") in relations(r)
    assert "it" in mentions(r, "Liberty Front")


def test_a_possessor_s_group_named_in_apposition_gives_membership(analyse):
    r = analyse("Velt's party, the Liberty Front, won 40 seats in Sunday's election. Velt said she was pleased.")
    assert ("member_of", "Velt", "Liberty Front") in relations(r)


def test_a_firm_in_apposition_is_no_membership(analyse):
    r = analyse("Ilan Sorr, the businessman, said his company, Brisk Maritime Holdings, had sold the tanker.")
    assert not any(kind == "member_of" and body == "Brisk Maritime Holdings" for kind, _, body in relations(r))


def test_the_government_after_a_state_s_named_government(analyse):
    r = analyse("The Dravmoor government said the talks had failed. The government said it would recall its envoy.")
    assert "The government" in mentions(r, "Dravmoor")


def test_the_government_after_a_possessed_government_past_another_body(analyse):
    r = analyse("Dravmoor's government said the talks had failed. Negotiators from the Kessel Front left the talks "
                "on Monday. Their leader said the government had lied.")
    assert "the government" in mentions(r, "Dravmoor")


def test_the_government_is_left_alone_when_two_states_named_theirs(analyse):
    r = analyse("Dravmoor's government and Vellmark's government met in Vellmark on Monday. The government said the talks "
                "had failed.")
    assert not any(m["text"] == "The government" for e in r["entities"] for m in e["mentions"])


def test_an_unnamed_utility_named_again_is_one_entity(analyse):
    r = analyse("A water utility in neighbouring Dastria was attacked in May. Dastria's interior ministry said the "
                "utility had restored supplies.")
    utility = entity_with(r, "A water utility")
    assert utility is not None and utility["type"] == "ORG"
    assert "the utility" in [m["text"] for m in utility["mentions"]]
    assert utility["name"] == "Dastrian water utility"


def test_hackers_named_again_are_one_group(analyse):
    r = analyse("Hackers broke into the network of Vell's port on Monday. The hackers demanded a ransom, police said.")
    hackers = entity_with(r, "Hackers")
    assert hackers is not None and "The hackers" in [m["text"] for m in hackers["mentions"]]


def test_an_unnamed_company_is_no_entity_where_a_named_one_may_be_meant(analyse):
    r = analyse("A company in Vell said it had been hacked. Brisk Holdings, a shipping firm, said the company had "
                "lied.")
    assert entity_with(r, "A company") is None


def test_unnamed_hackers_doing_something_named_again_are_one_group(analyse):
    r = analyse("Hackers working for Quarvia's military intelligence cut power to 200,000 homes. Officials said the "
                "hackers had planted malware months earlier.")
    hackers = entity_with(r, "Hackers")
    assert hackers is not None and "the hackers" in [m["text"] for m in hackers["mentions"]]


def test_a_leader_s_title_before_a_name_of_a_state(analyse):
    r = analyse("Prime Minister Elin Varga of Tesmar said her government would not resign.")
    assert ("leader_of", "Elin Varga", "Tesmar") in relations(r)
    assert "her government" in mentions(r, "Tesmar")


def test_the_bloc_far_after_the_one_league_the_story_names(analyse):
    r = analyse("The Northern Trade League met in Vell on Monday. The Vell Chamber of Commerce welcomed the meeting. "
                "Tariffs have risen by 10 percent this year. Exporters say costs are high. Prices rose in March. "
                "The bloc said it would cut tariffs.")
    assert "The bloc" in mentions(r, "Northern Trade League")


def test_who_works_for_a_body_is_its_member(analyse):
    r = analyse("Tomas Berg, a pollster working for the Kessel Institute, said the race was close. Mara Velt, who "
                "works for the Liberty Front, said the vote was rigged.")
    assert ("member_of", "Tomas Berg", "Kessel Institute") in relations(r)
    assert ("member_of", "Mara Velt", "Liberty Front") in relations(r)


def test_unnamed_hackers_working_for_an_organ_are_its_members(analyse):
    r = analyse("Hackers working for Quarvia's military intelligence cut power to 200,000 homes. Officials said the "
                "hackers had planted malware months earlier.")
    assert any(kind == "member_of" and who == "hackers" and "military intelligence" in body
               for kind, who, body in relations(r))


def test_who_works_for_a_person_is_no_member(analyse):
    r = analyse("Tomas Berg, a pollster working for Omar Dallin, said the race was close.")
    assert not any(kind == "member_of" and who == "Tomas Berg" for kind, who, _ in relations(r))
