"""A state's organ is named by the state's adjective: the one the text writes, the gazetteer's, or one coined."""
from __future__ import annotations

from claimgraph.nlp.entity_context import coined_adjective


def entity_with(result, text):
    return next((e for e in result["entities"] if any(m["text"] == text for m in e["mentions"])), None)


def relations(result):
    return {(r["type"], r["subject"], r["object"]) for r in result["relations"]}


def test_an_adjective_is_coined_by_the_productive_suffixes():
    assert coined_adjective("Velmoria") == "Velmorian"
    assert coined_adjective("Ostessa") == "Ostessan"
    assert coined_adjective("Dornhal") == "Dornhalian"
    assert coined_adjective("Varesh") == "Vareshi"
    assert coined_adjective("Kellany") == "Kellanian"


def test_an_organ_of_a_state_whose_adjective_the_text_never_writes(analyse):
    r = analyse("Dornhal's army shelled the town of Pessk on Monday, local officials said. Dornhal denied it.")
    army = entity_with(r, "Dornhal's army")
    assert army is not None and army["name"] == "Dornhalian army", [e["name"] for e in r["entities"]]
    assert "Dornhal's army" in army["aliases"]
    assert ("part_of", "Dornhalian army", "Dornhal") in relations(r)


def test_the_adjective_the_text_writes_is_kept(analyse):
    r = analyse("Velmoran troops crossed the border on Friday. Velmora's defence ministry said the troops were on "
                "exercises.")
    ministry = entity_with(r, "Velmora's defence ministry")
    assert ministry is not None and ministry["name"] == "Velmoran defence ministry"



def test_a_state_s_cabinet_is_a_body_of_the_state_not_the_state(analyse):
    r = analyse("Velmora's cabinet approved the budget on Tuesday. Two ministers said the cabinet was divided. "
                "Velmora's government declined to comment.")
    cabinet = entity_with(r, "Velmora's cabinet")
    assert cabinet is not None and cabinet["type"] == "ORG" and cabinet["name"] == "Velmoran cabinet"
    assert "the cabinet" in [m["text"] for m in cabinet["mentions"]]
    assert ("part_of", "Velmoran cabinet", "Velmora") in relations(r)
    state = entity_with(r, "Velmora's government")  # the government still stands for the state
    assert state is not None and state["type"] == "GPE"


def test_an_alliance_s_council_is_its_body(analyse):
    r = analyse("Foreign ministers of the Ostmark Union met in Pell on Monday. The Union's council rejected the "
                "request.")
    council = entity_with(r, "The Union's council")
    assert council is not None and council["type"] == "ORG"
    assert any(rel[0] == "part_of" and rel[1] == council["name"] for rel in relations(r))


def test_what_a_state_is_a_member_of_is_a_body_though_it_has_an_envoy(analyse):
    r = analyse("Ostmark remains a committed member of the Velda Concord. The Concord's envoy, Ana Pell, will visit "
                "the capital next month.")
    concord = entity_with(r, "the Velda Concord")
    assert concord is not None and concord["type"] == "ORG"
    assert any(ev["rule"] == "body its members belong to" for ev in concord["type_evidence"])


def test_a_general_staff_is_a_state_s_body_and_staff_alone_is_not(analyse):
    r = analyse("Velmora's general staff said its units had struck military targets. The general staff gave no "
                "details. The embassy's staff were evacuated.")
    staff = entity_with(r, "Velmora's general staff")
    assert staff is not None and staff["type"] == "ORG" and staff["name"] == "Velmoran general staff"
    assert "The general staff" in [m["text"] for m in staff["mentions"]]
    assert ("part_of", "Velmoran general staff", "Velmora") in relations(r)
    assert not any(m["text"].endswith("staff") and "general" not in m["text"].lower()
                   for e in r["entities"] for m in e["mentions"])


def test_a_titled_general_staff_is_part_of_its_state(analyse):
    r = analyse("Ukraine's General Staff said on Monday that the attack had been repelled.")
    assert any(rel[0] == "part_of" and rel[2] == "Ukraine" for rel in relations(r))


def test_a_tagger_s_name_of_lower_case_words_is_no_name(analyse):
    r = analyse("The Front's spokesman, Idris Kael, denied the report. A spokeswoman for Ostrava's foreign "
                "ministry, Lena Marr, called it \"baseless\". The ministry later said the drones had been stolen.")
    assert not any(e["name"].islower() for e in r["entities"]), [e["name"] for e in r["entities"]]
    ministry = entity_with(r, "Ostrava's foreign ministry")
    assert "The ministry" in [m["text"] for m in ministry["mentions"]]


def test_a_province_tagged_with_its_word_is_the_province_named_alone(analyse):
    r = analyse("The Velka Front has fought in the Ostravan province of Belm since 2019. Its fighters control the "
                "town of Darn, in Belm province.")
    belm = entity_with(r, "Belm")
    assert belm is not None and "Belm province" in [m["text"] for m in belm["mentions"]]
    assert belm["name"] == "Belm"


def test_a_land_name_s_adjective_may_keep_its_l():
    from claimgraph.nlp.entity_context import adjective_forms
    assert {"Drellish", "English"} <= adjective_forms("Drelland") | adjective_forms("England")


def test_the_written_adjective_of_a_land_name_names_its_organs(analyse):
    r = analyse("Drelland's interior ministry blamed the rebels. Drellish Foreign Minister Ada Voss said the "
                "missile was fired from abroad.")
    ministry = entity_with(r, "Drelland's interior ministry")
    assert ministry is not None and ministry["name"] == "Drellish interior ministry"


def test_no_adjective_is_coined_from_a_short_form_of_a_longer_name(analyse):
    r = analyse("Velmoran President Karel Vask is due to meet the Northern Concord's envoy, Mira Sorel, on Friday. "
                "The Concord's executive commission called for a ceasefire.")
    commission = entity_with(r, "The Concord's executive commission")
    assert commission is not None and not commission["name"].startswith("Concordian")
    assert "Concord executive commission" in [commission["name"], *commission["aliases"]]


def test_a_coined_adjective_keeps_its_other_productive_form_as_an_alias(analyse):
    from claimgraph.nlp.entity_context import other_coined_adjectives
    assert other_coined_adjectives("Ostessa") == {"Ostessian"}
    assert other_coined_adjectives("Dornhal") == {"Dornhali"}
    assert other_coined_adjectives("Velmoria") == set()
    r = analyse("Ostessa's cabinet approved the plan on Tuesday, officials said. Ostessa denied it.")
    cabinet = entity_with(r, "Ostessa's cabinet")
    assert cabinet["name"] == "Ostessan cabinet" and "Ostessian cabinet" in cabinet["aliases"]


def test_a_body_the_tagger_names_in_lower_case_words_stays_an_entity(analyse):
    r = analyse("The court gave the electoral commission ten days to respond. The commission's chairman, Aldo Vint, "
                "said the count had been fair.")
    commission = entity_with(r, "the electoral commission")  # lost when lower-case tagger names were all dropped
    assert "The commission" in [m["text"] for m in commission["mentions"]]
