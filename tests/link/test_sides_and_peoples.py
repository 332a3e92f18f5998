"""A state named by its people: two sides of a fight told as one doer, a count before a people's adjective, a place
met after its adjective."""
from __future__ import annotations

from claimgraph.store import Store

from tests.link.test_linker import store_all


def fight(built, text, claim, actor, target, entities, outlet, published="2026-05-04"):
    roles = {"actor": actor, **({"target": target} if target else {})}
    return built(text, outlet=outlet, published=published, entities=entities, claim=claim,
                 event={"type": "FIGHT", "roles": roles})


def test_two_sides_clashing_is_the_fight_one_side_is_said_to_have_started(tmp_path, built):
    attack = fight(built, "Kelmar attacked Ustria at the Dorn pass on Saturday, officials said.",
                   "Kelmar attacked Ustria at the Dorn pass on Saturday", "Kelmar", "Ustria",
                   [("Kelmar", "GPE"), ("Ustria", "GPE")], "A")
    clash = fight(built, "Ustrian and Kelmari forces clashed at the Dorn pass on Saturday, a broadcaster said.",
                  "Ustrian and Kelmari forces clashed at the Dorn pass on Saturday", "Ustrian and Kelmari forces",
                  None, [], "B")
    rows = store_all(tmp_path / "s.db", [attack, clash])
    assert rows[0][0] == rows[1][0]


def test_two_sides_clashing_is_no_fight_of_one_side_with_a_third(tmp_path, built):
    attack = fight(built, "Kelmar attacked Varnholt at the Dorn pass on Saturday, officials said. Ustria is near.",
                   "Kelmar attacked Varnholt at the Dorn pass on Saturday", "Kelmar", "Varnholt",
                   [("Kelmar", "GPE"), ("Varnholt", "GPE"), ("Ustria", "GPE")], "A")
    clash = fight(built, "Ustrian and Kelmari forces clashed at the Dorn pass on Saturday, a broadcaster said.",
                  "Ustrian and Kelmari forces clashed at the Dorn pass on Saturday", "Ustrian and Kelmari forces",
                  None, [], "B")
    rows = store_all(tmp_path / "s.db", [attack, clash])
    assert rows[0][0] != rows[1][0]


def test_a_count_before_a_peoples_adjective_counts_that_states_people(tmp_path, built):
    shelling = built("Kelmar shelled Ustria on Monday, the ministry said.", outlet="A", published="2026-05-04",
                     entities=[("Kelmar", "GPE"), ("Ustria", "GPE")], claim="Kelmar shelled Ustria on Monday",
                     event={"type": "ASSAULT", "roles": {"actor": "Kelmar", "target": "Ustria"}})
    toll = built("Three Ustrian soldiers were killed when Kelmar shelled the border on Monday, officials said.",
                 outlet="B", published="2026-05-05", entities=[("Three Ustrian", "NORP"), ("Kelmar", "GPE")],
                 claim="Three Ustrian soldiers were killed when Kelmar shelled the border on Monday",
                 event={"type": "ASSAULT", "roles": {"actor": "Kelmar", "target": "Three Ustrian"}})
    rows = store_all(tmp_path / "s.db", [shelling, toll])
    assert rows[0][0] == rows[1][0]


def test_a_place_met_after_its_peoples_adjective_is_the_adjectives_party_by_its_own_name(tmp_path, built):
    adjective = built("Korvanian troops shelled Dorn on Monday.", outlet="A", published="2026-05-04",
                      entities=[("Korvanian", "NORP"), ("Dorn", "GPE")])
    name = built("Korvane said on Tuesday that it had shelled Dorn.", outlet="B", published="2026-05-05",
                 entities=[("Korvane", "GPE"), ("Dorn", "GPE")])
    store_all(tmp_path / "s.db", [adjective, name])
    with Store.open(tmp_path / "s.db") as store:
        names = [r[0] for r in store.query("SELECT name FROM entity_identities")]
    assert "Korvane" in names and "Korvanian" not in names


def test_an_act_that_only_dates_a_clause_is_not_what_the_clause_tells():
    from claimgraph.link.acts import acts_told

    assert not acts_told("a Kelmari unit had crossed into Ustrian territory before the shooting began")
    assert not acts_told("troops have held the ridge since the war began")
    assert "ASSAULT" in acts_told("the shooting began before dawn")


def test_a_crossing_dated_by_the_shooting_is_no_mention_of_the_shooting(tmp_path, built):
    shooting = fight(built, "Kelmar opened fire on Ustria near the Dorn crossing on Saturday, officials said.",
                     "Kelmar opened fire on Ustria near the Dorn crossing on Saturday", "Kelmar", "Ustria",
                     [("Kelmar", "GPE"), ("Ustria", "GPE")], "A")
    crossing = built("A Kelmari unit had crossed into Ustrian territory before the shooting began, a spokeswoman said.",
                     outlet="B", published="2026-05-05", entities=[],
                     claim="A Kelmari unit had crossed into Ustrian territory before the shooting began")
    rows = store_all(tmp_path / "s.db", [shooting, crossing])
    assert rows[0][0] != rows[1][0]


def release(built, text, claim, recipient, entities, outlet, published):
    return built(text, outlet=outlet, published=published, entities=entities, claim=claim,
                 event={"type": "RETREAT", "roles": {"actor": "Ustria", "recipient": recipient}})


def test_a_counted_group_of_a_states_soldiers_is_that_state_done_to(tmp_path, built):
    talks = built("Ustria and Vestran held talks on Monday.", outlet="C", published="2026-05-04",
                  entities=[("Ustria", "GPE"), ("Vestran", "GPE")])
    counted = release(built, "Ustria released thirty-eight Vestrane soldiers on Thursday, the mediator said.",
                      "Ustria released thirty-eight Vestrane soldiers on Thursday", "thirty-eight Vestrane soldiers",
                      [("Ustria", "GPE")], "A", "2026-05-07")
    state = release(built, "Ustria freed the prisoners of Vestran on Thursday, a spokesman said.",
                    "Ustria freed the prisoners of Vestran on Thursday", "Vestran",
                    [("Ustria", "GPE"), ("Vestran", "GPE")], "B", "2026-05-08")
    rows = store_all(tmp_path / "s.db", [talks, counted, state])
    assert rows[-2][0] == rows[-1][0]


def test_a_counted_group_of_another_states_soldiers_is_not_that_state(tmp_path, built):
    counted = release(built, "Ustria released thirty-eight Orlish soldiers on Thursday, the mediator said. Orland and "
                             "Vestran welcomed it.", "Ustria released thirty-eight Orlish soldiers on Thursday",
                      "thirty-eight Orlish soldiers", [("Ustria", "GPE"), ("Orland", "GPE"), ("Vestran", "GPE")],
                      "A", "2026-05-07")
    state = release(built, "Ustria freed the prisoners of Vestran on Thursday, a spokesman said.",
                    "Ustria freed the prisoners of Vestran on Thursday", "Vestran",
                    [("Ustria", "GPE"), ("Vestran", "GPE")], "B", "2026-05-08")
    rows = store_all(tmp_path / "s.db", [counted, state])
    assert rows[0][0] != rows[1][0]


def test_a_ministry_named_by_no_state_speaks_at_home_for_the_state_its_lead_has_speak(tmp_path, built):
    from claimgraph.link import identities

    confirmed = built("Corvel on Friday confirmed that it had freed the crew. \"No ship was seized,\" defence ministry "
                      "spokeswoman Ada Lenk told reporters in Harnby.", outlet="A", published="2026-05-08",
                      entities=[("Corvel", "GPE"), ("Ada Lenk", "PERSON"), ("Harnby", "GPE")])
    freed = built("The crew of the trawler was freed by Harnby on Thursday, Ustria said.", outlet="B",
                  published="2026-05-09", entities=[("Harnby", "GPE"), ("Ustria", "GPE")])
    store_all(tmp_path / "s.db", [confirmed, freed])
    with Store.open(tmp_path / "s.db") as store:
        assert identities.lookup_party(store, "Harnby") == identities.lookup_party(store, "Corvel")
