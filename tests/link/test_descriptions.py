"""Descriptions, offices and "under the name" across articles: which party a corpus means by words that are no name."""
from __future__ import annotations

from claimgraph.link import descriptions, identities, link_pending
from claimgraph.store import Store

from tests.link.conftest import span_of


def with_mention(result, text, name, words, occurrence=0):
    """Give entity `name` a further (coreference) mention: the `occurrence`-th `words` of the text."""
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(words, start + 1)
    entity = next(e for e in result["entities"] if e["name"] == name)
    entity["mentions"].append({"start": start, "end": start + len(words), "text": words})
    return result


def lookup_all(db, documents, *names):
    with Store.open(db) as store:
        for document, result in documents:
            store.write(document, result)
        link_pending(store)
        return [identities.lookup_party(store, n) for n in names]


def test_description_key():
    assert descriptions.description_key("the alliance") == "alliance"
    assert descriptions.description_key("the trading bloc") == "trading bloc"
    # a description opening a sentence is a description all the same
    assert descriptions.description_key("The group") == "group"
    assert descriptions.description_key("The Pellar Union") is None
    assert descriptions.description_key("it") is None
    assert descriptions.description_key("the same") is None


def test_description_vote_needs_documents_and_a_margin():
    assert descriptions.chosen({7: 3, 9: 1}) == 7
    assert descriptions.chosen({7: 1}) is None  # one article is no corpus usage
    assert descriptions.chosen({7: 3, 9: 2}) is None  # no clear winner
    assert descriptions.office_holder([4, 4]) == 4
    assert descriptions.office_holder([4, 5]) is None


def test_description_the_corpus_gives_one_party_names_it(tmp_path, built):
    documents = []
    for k, outlet in enumerate(("Dunmere Gazette", "Coastline Daily", "Fenwick Star")):
        text = f"The Pellar Union will meet on Friday. Diplomats said the alliance is split over tariffs ({k})."
        document, result = built(text, outlet=outlet, published=f"2025-04-0{k + 1}",
                                 entities=[("Pellar Union", "ORG")])
        documents.append((document, with_mention(result, text, "Pellar Union", "the alliance")))
    # one article's coreference gives the description to another party: outvoted
    text = "Ardent Shipping joined the alliance of carriers on Monday."
    document, result = built(text, outlet="Harbour Notes", published="2025-04-05",
                             entities=[("Ardent Shipping", "ORG")])
    documents.append((document, with_mention(result, text, "Ardent Shipping", "the alliance")))
    alliance, union, carrier = lookup_all(tmp_path / "s.db", documents, "the alliance", "Pellar Union",
                                          "Ardent Shipping")
    assert alliance == union and alliance != carrier


def test_description_used_in_one_article_only_names_nobody(tmp_path, built):
    text = "The Pellar Union will meet on Friday. Diplomats said the alliance is split."
    document, result = built(text, outlet="Dunmere Gazette", published="2025-04-01",
                             entities=[("Pellar Union", "ORG")])
    (alliance,) = lookup_all(tmp_path / "s.db", [(document, with_mention(result, text, "Pellar Union",
                                                                         "the alliance"))], "the alliance")
    assert alliance == []


def test_office_named_alone_means_its_one_holder(tmp_path, built):
    first = built("Deputy Governor Maren Tollis opened an inquiry into the port authority.", outlet="A",
                  published="2025-05-01", entities=[("Maren Tollis", "PERSON")])
    second = built("The Deputy Governor said the inquiry would take a year.", outlet="B", published="2025-05-02")
    office, person = lookup_all(tmp_path / "s.db", [first, second], "Deputy Governor", "Maren Tollis")
    assert office == person and office


def test_office_given_to_two_people_means_neither(tmp_path, built):
    first = built("Deputy Governor Maren Tollis opened an inquiry.", outlet="A", published="2025-05-01",
                  entities=[("Maren Tollis", "PERSON")])
    second = built("Deputy Governor Petra Galen closed the inquiry.", outlet="B", published="2025-05-02",
                   entities=[("Petra Galen", "PERSON")])
    (office,) = lookup_all(tmp_path / "s.db", [first, second], "Deputy Governor")
    assert office == []


def test_name_given_under_the_name_joins_the_described_party_across_articles(tmp_path, built):
    # the second name is first met on its own, in another article: the naming joins the two identities
    early = built("Analysts blamed Grey Heron for the outage.", outlet="A", published="2025-06-01",
                  entities=[("Grey Heron", "ORG")])
    text = ("The Copper Wasp crew hit the utility. Lanthorn Analytics tracks the crew under the name Grey Heron, "
            "its report said.")
    document, result = built(text, outlet="B", published="2025-06-02",
                             entities=[("Copper Wasp", "ORG"), ("Lanthorn Analytics", "ORG"), ("Grey Heron", "ORG")])
    later = (document, with_mention(result, text, "Copper Wasp", "the crew", occurrence=0))
    wasp, heron, tracker = lookup_all(tmp_path / "s.db", [early, later], "Copper Wasp", "Grey Heron",
                                      "Lanthorn Analytics")
    assert wasp == heron and wasp != tracker


def test_under_the_name_takes_the_party_mentioned_last_before_it():
    text = "Lanthorn Analytics tracks the crew under the name Grey Heron."
    entities = [{"id": "e1", "name": "Lanthorn Analytics", "mentions": [span_of(text, "Lanthorn Analytics")]},
                {"id": "e2", "name": "Copper Wasp", "mentions": [span_of(text, "the crew")]}]
    assert descriptions.named_under(text, entities) == [("e2", "Grey Heron")]
    # a sentence boundary in between: the name is not given to a party of the sentence before
    text = "Lanthorn Analytics said so. It is tracked under the name Grey Heron."
    entities = [{"id": "e1", "name": "Lanthorn Analytics", "mentions": [span_of(text, "Lanthorn Analytics")]}]
    assert descriptions.named_under(text, entities) == []


def test_crowd_named_by_synonyms_in_one_place_is_one_group(tmp_path, built):
    first = built("DORRAN, May 2 (Valley Wire) - Police fired tear gas at protesters in Dorran on Friday.",
                  outlet="Valley Wire", published="2025-05-02")
    second = built("DORRAN (Hill Post) - Demonstrators returned to the square in Dorran on Saturday.",
                   outlet="Hill Post", published="2025-05-03")
    elsewhere = built("KELMAR (Hill Post) - Protesters marched in Kelmar on Saturday.", outlet="Hill Post",
                      published="2025-05-03", url="https://hill.example/kelmar")
    protesters, demonstrators, there, plain = lookup_all(tmp_path / "s.db", [first, second, elsewhere],
                                                         "protesters in Dorran", "demonstrators in Dorran",
                                                         "protesters in Kelmar", "demonstrators")
    assert protesters == demonstrators and protesters and protesters != there
    # the word alone means the group most of the corpus's articles name (two in Dorran, one in Kelmar)
    assert plain == protesters


def test_group_words_come_from_the_data_file():
    assert descriptions.group_words()["demonstrators"] == descriptions.group_words()["protesters"]
    assert "villagers" not in descriptions.group_words()
    assert descriptions.article_place("HALDEN, May 3 (Wire) - Rebels took the bridge.") == "Halden"
    assert descriptions.article_place("Rebels took the bridge in Ostry and later a depot in Ostry.") == "Ostry"
