"""A death toll told with the act it came of ("Four people died when X aircraft struck a market") is that act's claim,
and one act told with and without its place, or with its day by name and by date, is one claim across articles."""
from __future__ import annotations

import json

import pytest

from claimgraph.app import ingest_paths
from claimgraph.link.corroboration import linked_claims
from claimgraph.store.open import open_store

FIRST = ("ALVSBY (Kestfield Daily) - Quenmarkian aircraft struck the market in Alvsby on Sunday, killing four people, "
         "the town's mayor, Lena Frosk, told the Daily.\n\nQuenmark has denied flying over the border.")
SECOND = ("Quenmarkian aircraft struck a market on June 7, killing four people, the Kestfield Daily reported.\n\n"
          "The government of Quenmark did not respond to a request for comment.")
TOLL = ("{toll}, a rights group, Open Field Watch, said on Tuesday.\n\n"
        "Quenmark has been accused of several raids across the border this year.")


def linked(tmp_path, articles):
    corpus = tmp_path / "c.jsonl"
    corpus.write_text("".join(json.dumps({"id": f"d{k}", "outlet": outlet, "published": published,
                                          "url": f"https://example.org/d{k}", "title": "Market", "text": text}) + "\n"
                              for k, (outlet, published, text) in enumerate(articles, start=1)), encoding="utf-8")
    ingest_paths([corpus], str(tmp_path / "s.db"), progress=False)
    with open_store(str(tmp_path / "s.db"), create=False) as store:
        return json.loads(json.dumps(list(linked_claims(store))))


def holding(claims, document):
    return [c for c in claims if any(m["document"] == document for m in c["mentions"])]


@pytest.mark.parametrize("toll", ["Four people died when Quenmarkian aircraft struck a market in Alvsby",
                                  "Four people were killed when Quenmarkian aircraft struck a market in Alvsby",
                                  "Four people died after Quenmarkian aircraft bombed the market in Alvsby"])
def test_a_toll_whose_clause_holds_the_act_is_the_acts_claim(tmp_path, nlp, toll):
    claims = linked(tmp_path, [("Kestfield Daily", "2026-06-08", FIRST),
                               ("Orton Gazette", "2026-06-10", TOLL.format(toll=toll))])
    toll_claims = holding(claims, "d2")
    strike = [c for c in toll_claims if any(m["document"] == "d1" for m in c["mentions"])]
    assert len(strike) == 1
    # the toll's sentence is in the strike's claim and in no claim of its own
    toll_words = toll.split(" when ")[0].split(" after ")[0]
    assert not [c for c in toll_claims if c is not strike[0]
                and any(m["document"] == "d2" and m["span"]["text"].startswith(toll_words) for m in c["mentions"])]
    assert any(m["link"]["rule"] == "casualty-of" for m in strike[0]["mentions"])


def test_a_toll_whose_clause_holds_no_act_of_violence_stays_apart(tmp_path, nlp):
    claims = linked(tmp_path, [("Kestfield Daily", "2026-06-08", FIRST),
                               ("Orton Gazette", "2026-06-10", TOLL.format(
                                   toll="Four people died when the roof of a warehouse in Alvsby collapsed"))])
    assert not any(m["link"]["rule"] == "casualty-of" for c in claims for m in c["mentions"])


def test_an_act_with_and_without_its_place_and_its_day_by_name_and_by_date_is_one_claim(tmp_path, nlp):
    claims = linked(tmp_path, [("Kestfield Daily", "2026-06-08", FIRST), ("Cardew Wire", "2026-06-09", SECOND),
                               ("Orton Gazette", "2026-06-10", TOLL.format(
                                   toll="Four people died when Quenmarkian aircraft struck a market in Alvsby"))])
    strike = holding(claims, "d1")
    assert len(strike) == 1
    assert {m["document"] for m in strike[0]["mentions"]} == {"d1", "d2", "d3"}
    # the wire re-reports the Daily: the rights group is the only other origin
    assert strike[0]["independent_origins"] == 2
