"""Origins and independence on hand-built analyses: re-reports, unnamed sources, copies, denials, first report."""
from __future__ import annotations

from claimgraph.link import link_pending
from claimgraph.link.corroboration import linked_claims
from claimgraph.link.normalise import name_key
from claimgraph.store import Store

ENTITIES = [("Norland", "GPE"), ("Harrow Guard", "ORG")]
SHIP = {"type": "AID", "roles": {"actor": "Norland", "recipient": "Harrow Guard"}}
CLAIM = "Norland shipped rifles to the Harrow Guard"
WIRE = ("Norland shipped rifles to the Harrow Guard in March, two officers said on Tuesday, adding that the rifles "
        "had crossed the river at night and were stored in a barn outside the town of Pell until the spring.")


def claim_of(db, documents):
    with Store.open(db) as store:
        for document, result in documents:
            store.write(document, result)
        link_pending(store)
        found = [c for c in linked_claims(store) if c["event"]]
    assert len(found) == 1
    return found[0]


def report(built, text, outlet, published, source=None, **kwargs):
    return built(text, outlet=outlet, published=published, entities=ENTITIES, claim=CLAIM, event=SHIP,
                 source=source, **kwargs)


def test_an_outlet_and_its_unnamed_sources_are_one_origin(tmp_path, built):
    claim = claim_of(tmp_path / "s.db", [
        report(built, f"{CLAIM}, two officials said.", "Ledger", "2025-01-10", ("two officials", "anonymous")),
        report(built, f"The Ledger said {CLAIM}.", "Post", "2025-01-11", ("The Ledger", "person")),
    ])
    assert claim["independent_origins"] == 1 and claim["single_sourced"]
    assert claim["articles"] == 2 and claim["outlets"] == ["Ledger", "Post"]


def test_unnamed_sources_of_two_outlets_are_two_origins(tmp_path, built):
    claim = claim_of(tmp_path / "s.db", [
        report(built, f"{CLAIM}, two officials said.", "Ledger", "2025-01-10", ("two officials", "anonymous")),
        report(built, f"{CLAIM}, a diplomat said.", "Post", "2025-01-11", ("a diplomat", "anonymous")),
    ])
    assert claim["independent_origins"] == 2 and not claim["single_sourced"]


def test_a_named_person_is_one_origin_whoever_quotes_her(tmp_path, built):
    claim = claim_of(tmp_path / "s.db", [
        report(built, f"{CLAIM}, Mara Quarrie said.", "Ledger", "2025-01-10", ("Mara Quarrie", "person"),
               extra_entities=[("Mara Quarrie", "PERSON")]),
        report(built, f"{CLAIM}, Mara Quarrie said on Friday.", "Post", "2025-01-11", ("Mara Quarrie", "person"),
               extra_entities=[("Mara Quarrie", "PERSON")]),
    ])
    assert claim["origins"] == ["Mara Quarrie"]


def test_reprints_of_a_wire_story_count_as_the_wire(tmp_path, built):
    def wire(outlet, published, suffix=""):
        return built(WIRE + suffix, outlet=outlet, published=published, entities=ENTITIES, claim=CLAIM,
                     event=SHIP, source=("two officers", "anonymous"), url=f"https://{outlet}.example/1")
    claim = claim_of(tmp_path / "s.db", [wire("Gazette", "2025-01-11", " Reporting by Coast Wire."),
                                         wire("Coast Wire", "2025-01-10"),
                                         wire("Daily", "2025-01-12", " Edited by the Daily.")])
    assert claim["independent_origins"] == 1
    assert claim["origins"] == ["two officers (via Coast Wire)"]
    assert claim["copy_groups"] == 1 and claim["articles"] == 3


def test_first_reported_is_by_publication_date_not_by_ingest_order(tmp_path, built):
    claim = claim_of(tmp_path / "s.db", [
        report(built, f"{CLAIM}, a diplomat said.", "Post", "2025-01-12", ("a diplomat", "anonymous")),
        report(built, f"{CLAIM}, two officials said.", "Ledger", "2025-01-09", ("two officials", "anonymous")),
    ])
    assert claim["first_reported"]["outlet"] == "Ledger" and claim["first_reported"]["published"] == "2025-01-09"
    assert claim["text"] == CLAIM


def test_a_denial_contradicts_even_when_the_certainty_is_not_negative(tmp_path, built):
    claim = claim_of(tmp_path / "s.db", [
        report(built, f"{CLAIM}, two officials said.", "Ledger", "2025-01-10", ("two officials", "anonymous")),
        report(built, f"The ministry denied that {CLAIM}.", "Herald", "2025-01-11", ("The ministry", "government"),
               denied=True),
    ])
    assert claim["contradicted"] and [c["outlet"] for c in claim["contradictions"]] == ["Herald"]
    assert claim["outlets"] == ["Ledger"] and claim["independent_origins"] == 1


def test_a_negative_claim_repeated_is_not_contradicted_by_itself(tmp_path, built):
    claim = claim_of(tmp_path / "s.db", [
        report(built, f"It is false that {CLAIM}.", "Ledger", "2025-01-10", certainty=-3),
        report(built, f"It is untrue that {CLAIM}.", "Post", "2025-01-11", certainty=-3),
    ])
    assert not claim["contradicted"] and claim["articles"] == 2
    assert claim["certainty"]["value"] == -3


def test_an_article_quoting_the_denial_still_reports_the_claim(tmp_path, built):
    quoting = report(built, f"{CLAIM}, a diplomat said. Norland says it never {CLAIM}.", "Post", "2025-01-11",
                     ("a diplomat", "anonymous"))
    denial = dict(quoting[1]["claims"][0], id="c2", attribution=None,
                  certainty={"value": -3, "label": "certain-negative", "cue": []})
    quoting[1]["claims"].append(denial)
    claim = claim_of(tmp_path / "s.db", [
        report(built, f"{CLAIM}, two officials said.", "Ledger", "2025-01-10", ("two officials", "anonymous")),
        quoting,
        report(built, f"It is false that {CLAIM}, the ministry said.", "Wire", "2025-01-12",
               ("the ministry", "organization"), certainty=-3),
    ])
    assert [c["document"] for c in claim["contradictions"]] == [claim["mentions"][-1]["document"]]
    assert claim["articles"] == 2


def test_a_pronoun_is_no_origin(tmp_path, built):
    claim = claim_of(tmp_path / "s.db", [
        report(built, f"{CLAIM}, she said.", "Ledger", "2025-01-10", ("she", "person")),
    ])
    assert claim["origins"] == ["Ledger"]


def test_reports_about_reports_add_no_origin(tmp_path, built):
    claim = claim_of(tmp_path / "s.db", [
        report(built, f"{CLAIM}, two officials said.", "Ledger", "2025-01-10", ("two officials", "anonymous")),
        report(built, f"{CLAIM}, media reports said.", "Post", "2025-01-12", ("media reports", "document")),
    ])
    assert claim["independent_origins"] == 1


def test_a_title_and_the_person_named_in_one_article_are_one_origin(tmp_path, built):
    titled = report(built, f"{CLAIM}, Ustria's trade minister said. Mara Quarrie told reporters so.", "Ledger",
                    "2025-01-10", ("Ustria's trade minister", "person"),
                    extra_entities=[("Mara Quarrie", "PERSON")])
    second = dict(titled[1]["claims"][0], id="c2", attribution="a2")
    titled[1]["attributions"].append(dict(titled[1]["attributions"][0], id="a2", source_text="Mara Quarrie",
                                          source=[{"start": 0, "end": 0, "text": "Mara Quarrie"}],
                                          source_entity=titled[1]["entities"][-1]["id"]))
    titled[1]["claims"].append(second)
    claim = claim_of(tmp_path / "s.db", [titled])
    assert claim["independent_origins"] == 1
    assert claim["origins"][0].startswith("Mara Quarrie")


def test_a_source_naming_an_outlet_by_its_short_name_is_that_outlet(tmp_path, built):
    claim = claim_of(tmp_path / "s.db", [
        report(built, f"{CLAIM}, two officials said.", "The Penhallow Courier", "2025-01-10",
               ("two officials", "anonymous")),
        report(built, f"{CLAIM}, according to the wire's account of the Courier report.", "Wire", "2025-01-11",
               ("the wire's account of the Courier report", "document")),
    ])
    assert claim["independent_origins"] == 1, claim["origins"]


def test_a_claim_framed_as_what_reports_say_adds_no_origin(tmp_path, built):
    claim = claim_of(tmp_path / "s.db", [
        report(built, f"{CLAIM}, two officials said.", "Ledger", "2025-01-10", ("two officials", "anonymous")),
        report(built, f"Freight rates rose after reports that {CLAIM}, brokers said.", "Journal", "2025-01-12",
               ("brokers", "anonymous")),
    ])
    assert claim["independent_origins"] == 1 and claim["articles"] == 2


def test_each_mention_says_why_it_is_part_of_the_claim(tmp_path, built):
    claim = claim_of(tmp_path / "s.db", [
        report(built, f"{CLAIM}, two officials said.", "Ledger", "2025-01-10", ("two officials", "anonymous")),
        report(built, f"{CLAIM}, a diplomat said.", "Post", "2025-01-11", ("a diplomat", "anonymous")),
    ])
    links = [m["link"] for m in claim["mentions"]]
    assert links[0] == {"rule": "new"}
    assert links[1]["rule"] == "event-key"
    assert (links[1]["actor"], links[1]["patient"]) == ("Norland", "Harrow Guard")


def test_an_outlet_restating_a_claim_others_reported_first_adds_no_origin(tmp_path, built):
    claim = claim_of(tmp_path / "s.db", [
        report(built, f"{CLAIM}, two officials said.", "Ledger", "2025-01-10", ("two officials", "anonymous")),
        report(built, f"Prices in Pell rose on Monday, a month after {CLAIM}.", "Gazette", "2025-02-10"),
    ])
    assert claim["independent_origins"] == 1 and claim["articles"] == 2


def test_the_first_report_on_its_own_authority_is_an_origin(tmp_path, built):
    claim = claim_of(tmp_path / "s.db", [
        report(built, f"{CLAIM} last week.", "Gazette", "2025-01-10"),
        report(built, f"{CLAIM}, a diplomat said.", "Post", "2025-01-12", ("a diplomat", "anonymous")),
    ])
    assert claim["independent_origins"] == 2


def test_an_outlet_named_in_passing_is_the_one_a_restatement_came_from(tmp_path, built):
    claim = claim_of(tmp_path / "s.db", [
        report(built, f"{CLAIM}, two officials said.", "The Penhallow Courier", "2025-01-10",
               ("two officials", "anonymous")),
        report(built, f"The statement followed a Penhallow Courier story that {CLAIM}.", "Journal", "2025-01-10",
               ("The statement", "unknown")),
    ])
    assert claim["independent_origins"] == 1, claim["origins"]


def attribute(document, words, kind, claim_phrase=None, entity=None):
    """Add an attribution to a built document; the claim `claim_phrase` (default none) is given under it."""
    from tests.link.conftest import span_of
    text = document[0].text
    result = document[1]
    key = f"a{len(result['attributions']) + 1}"
    result["attributions"].append({
        "id": key, "source": [span_of(text, words)], "source_kind": kind, "source_count": None,
        "source_entity": entity, "cue": [], "content": [], "parent": None, "refers_to": None, "time": None})
    return key


def test_a_clause_without_a_source_takes_the_speaker_of_its_sentence(tmp_path, built):
    text = f"At least four shops burned when {CLAIM}, the Pell Monitoring Group said."
    sentence = report(built, text, "Wire", "2025-01-10")
    attribute(sentence, "the Pell Monitoring Group", "organization")
    claim = claim_of(tmp_path / "s.db", [sentence])
    assert [name_key(o) for o in claim["origins"]] == ["pell monitoring group"]


def test_a_pronoun_or_a_description_stands_for_the_source_named_before(tmp_path, built):
    def told(text, outlet, published, words):
        document = report(built, text, outlet, published)
        attribute(document, "the Pell Monitoring Group", "organization")
        document[1]["claims"][0]["attribution"] = attribute(document, words, "organization")
        return document
    first = told(f"Prices rose, the Pell Monitoring Group said. It said {CLAIM}.", "Wire", "2025-01-10", "It")
    second = told(f"Shops shut, the Pell Monitoring Group said. The group said {CLAIM}.", "Post", "2025-01-11",
                  "The group")
    claim = claim_of(tmp_path / "s.db", [first, second])
    assert [name_key(o) for o in claim["origins"]] == ["pell monitoring group"]


def test_the_newspaper_is_the_outlet_named_before(tmp_path, built):
    courier = report(built, f"{CLAIM}, two officials said.", "Penhallow Courier", "2025-01-10",
                     ("two officials", "anonymous"))
    wire = report(built, f"Pell was quiet, the Penhallow Courier reported. {CLAIM}, the newspaper said.", "Wire",
                  "2025-01-11")
    attribute(wire, "the Penhallow Courier", "outlet")
    wire[1]["claims"][0]["attribution"] = attribute(wire, "the newspaper", "outlet")
    claim = claim_of(tmp_path / "s.db", [courier, wire])
    assert claim["independent_origins"] == 1, claim["origins"]


def test_a_noun_phrase_naming_the_claim_brings_no_origin_of_its_own(tmp_path, built):
    phrase = report(built, f"{CLAIM}, two officials said.", "Ledger", "2025-01-10", ("two officials", "anonymous"))
    later = built("The Pell Monitoring Group welcomed the shipment inquiry.", outlet="Post", published="2025-01-11",
                  entities=ENTITIES, claim="the shipment", event=SHIP,
                  source=("The Pell Monitoring Group", "organization"))
    claim = claim_of(tmp_path / "s.db", [phrase, later])
    assert claim["articles"] == 2 and claim["independent_origins"] == 1, claim["origins"]


def test_a_denial_naming_one_party_of_an_event_less_claim_contradicts_it(tmp_path, built):
    said = "the Harrow Guard moved rifles across the river at night to a barn near Pell"
    first = built(f"Officers said {said}.", outlet="Ledger", published="2025-01-10", entities=ENTITIES
                  + [("Pell", "GPE")], claim=said, source=("Officers", "anonymous"))
    denial = "the Harrow Guard never moved rifles across the river"
    second = built(f"A spokesman said {denial}.", outlet="Wire", published="2025-01-11", entities=ENTITIES,
                   claim=denial, source=("A spokesman", "person"), certainty=-3)
    unrelated = "the Harrow Guard never paid its recruits in March"
    third = built(f"A spokesman said {unrelated}.", outlet="Post", published="2025-01-11", entities=ENTITIES,
                  claim=unrelated, source=("A spokesman", "person"), certainty=-3)
    with Store.open(tmp_path / "s.db") as store:
        for document, result in (first, second, third):
            store.write(document, result)
        link_pending(store)
        found = {c["text"]: c for c in linked_claims(store)}
    assert [c["outlet"] for c in found[said]["contradictions"]] == ["Wire"]
    assert unrelated in found


def test_claims_called_false_by_an_article_on_the_story_contradict_its_claim(tmp_path, built):
    first = report(built, f"{CLAIM}, two officials told the Ledger.", "Ledger", "2025-01-10",
                   ("two officials", "anonymous"))
    denial = "The stories printed by the Ledger are pure invention and utterly false"
    text = f"Norland's envoy spoke of the Harrow Guard on Monday. {denial}, she said."
    second = built(text, outlet="Calder Radio", published="2025-01-12", entities=ENTITIES, claim=denial,
                   source=("she", "person"))
    aside = "The rumours about the harvest festival are false"
    third = built(f"{aside}, the mayor of Pell said.", outlet="Pell Weekly", published="2025-01-12",
                  entities=[("Pell", "GPE")], claim=aside, source=("the mayor of Pell", "person"))
    claim = claim_of(tmp_path / "s.db", [first, second, third])
    assert [c["outlet"] for c in claim["contradictions"]] == ["Calder Radio"]
    assert claim["articles"] == 1


def test_an_indefinite_document_cited_by_an_outlet_is_that_outlets_origin(tmp_path, built):
    first = report(built, f"{CLAIM}, according to a Norland army memo seen by the Courier.", "Penhallow Courier",
                   "2025-01-10", ("a Norland army memo seen by the Courier", "document"))
    second = built(f"The Penhallow Courier, citing a Norland army memo, reported that {CLAIM}.", outlet="Wire",
                   published="2025-01-11", entities=ENTITIES, claim=CLAIM, event=SHIP)
    outer = attribute(second, "The Penhallow Courier", "outlet")
    inner = attribute(second, "a Norland army memo", "document")
    second[1]["attributions"][1]["parent"] = outer
    second[1]["claims"][0]["attribution"] = inner
    claim = claim_of(tmp_path / "s.db", [first, second])
    assert claim["independent_origins"] == 1, claim["origins"]


def test_unnamed_sources_who_told_another_outlet_are_that_outlets(tmp_path, built):
    first = report(built, f"{CLAIM}, three diplomats told the Penhallow Courier.", "Penhallow Courier",
                   "2025-01-10", ("three diplomats", "anonymous"))
    second = report(built, f"{CLAIM}, three diplomats told the Penhallow Courier last week.", "Wire", "2025-01-12",
                    ("three diplomats", "anonymous"))
    claim = claim_of(tmp_path / "s.db", [first, second])
    assert claim["independent_origins"] == 1, claim["origins"]


def test_what_a_later_report_dates_its_news_by_or_makes_a_condition_adds_no_origin(tmp_path, built):
    first = report(built, f"{CLAIM}, two officials said.", "Ledger", "2025-01-10", ("two officials", "anonymous"))
    after = f"a week after {CLAIM}"
    second = built(f"Pell closed its bridge, the mayor said, {after}.", outlet="Post", published="2025-01-17",
                   entities=ENTITIES, claim=after, event=SHIP, source=("the mayor", "person"))
    condition = f"if {CLAIM}"
    third = built(f"Calder will protest {condition}, its envoy said.", outlet="Journal", published="2025-01-18",
                  entities=ENTITIES, claim=condition, event=SHIP, source=("its envoy", "person"))
    claim = claim_of(tmp_path / "s.db", [first, second, third])
    assert claim["articles"] == 3 and claim["independent_origins"] == 1, claim["origins"]


def test_she_stands_for_the_person_named_before_not_for_any_source(tmp_path, built):
    text = f"Pell was calm, the Calder Institute said. Mara Quarrie spoke next. She said {CLAIM}."
    document = report(built, text, "Wire", "2025-01-10", extra_entities=[("Mara Quarrie", "PERSON")])
    attribute(document, "the Calder Institute", "organization")
    attribute(document, "Mara Quarrie", "person", entity=document[1]["entities"][-1]["id"])
    document[1]["claims"][0]["attribution"] = attribute(document, "She", "person")
    claim = claim_of(tmp_path / "s.db", [document])
    assert claim["origins"] == ["Mara Quarrie"]


def test_a_mention_of_unknown_certainty_neither_reports_nor_denies_the_claim(tmp_path, built):
    claim = claim_of(tmp_path / "s.db", [
        report(built, f"{CLAIM}, two officials said.", "Ledger", "2025-01-10", ("two officials", "anonymous")),
        report(built, f"It is not known whether {CLAIM}, a diplomat said.", "Post", "2025-01-11",
               ("a diplomat", "anonymous"), certainty=0),
    ])
    assert claim["articles"] == 1 and claim["independent_origins"] == 1 and not claim["contradicted"]


def test_it_stands_for_the_speaker_before_not_the_material_the_speaker_cited(tmp_path, built):
    text = f"The Calder Institute said prices rose, citing shop receipts from Pell. It said {CLAIM}."
    document = report(built, text, "Wire", "2025-01-10")
    speaker_key = attribute(document, "The Calder Institute", "organization")
    cited = attribute(document, "shop receipts from Pell", "document")
    document[1]["attributions"][1]["parent"] = speaker_key
    document[1]["claims"][0]["attribution"] = attribute(document, "It", "unknown")
    assert cited == "a2"
    claim = claim_of(tmp_path / "s.db", [document])
    assert [name_key(o) for o in claim["origins"]] == ["calder institute"]


def test_the_officer_of_a_body_the_article_names_speaks_for_it():
    from claimgraph.link.corroboration import document_origins
    mentions = [{"_origin_key": "entity:7", "origin": "Calder Rights Centre"},
                {"_origin_key": "name:centre director mara quill", "origin": "The centre's director, Mara Quarrie,"},
                {"_origin_key": "name:league chair ivo brandt", "origin": "The league's chair, Ivo Brandt,"}]
    keys = [key for key, _ in document_origins(mentions)]
    assert keys == ["entity:7", "name:league chair ivo brandt"]


def test_an_outlet_cited_for_what_it_reported_on_a_named_source_passes_that_source_on(tmp_path, built):
    claim = claim_of(tmp_path / "s.db", [
        report(built, f"{CLAIM}, the Pell Rights League said.", "Coast Wire", "2025-01-10",
               ("Pell Rights League", "organization"), extra_entities=[("Pell Rights League", "ORG")]),
        report(built, f"{CLAIM}, according to a report carried by Coast Wire.", "Ledger", "2025-01-12",
               ("a report carried by Coast Wire", "document")),
    ])
    assert claim["origins"] == ["Pell Rights League"] and claim["articles"] == 2


def absence_mention(text: str, negative: bool) -> dict:
    return {"span": {"text": text}, "negative": negative, "certainty": {"value": -3 if negative else 3}}


def test_an_absence_told_again_as_having_none_reports_it():
    from claimgraph.link.corroboration import absence_agreed
    mentions = [absence_mention("About 8,000 homes in Brell were left without running water after the dam burst", False),
                absence_mention("Some 20,000 homes in Brell district now have no running water", True)]
    absence_agreed(mentions)
    assert [m["negative"] for m in mentions] == [False, False]


def test_having_none_of_another_thing_or_with_nothing_before_still_denies():
    from claimgraph.link.corroboration import absence_agreed
    other = [absence_mention("About 8,000 homes in Brell were left without running water", False),
             absence_mention("The homes in Brell have no power cuts", True)]
    alone = [absence_mention("Homes in Brell had running water all week", False),
             absence_mention("Homes in Brell have no running water", True)]
    for mentions in (other, alone):
        absence_agreed(mentions)
        assert mentions[-1]["negative"]
