"""Claims on sentences written for these tests: a clause of time or condition with no event of its own is part of
the claim of the act it dates or conditions; a relative clause that is a claim names its subject; a content in
pieces around its speaker claims the piece holding its predicate; a raising passive is no claim beside the
infinitive it rates."""
from __future__ import annotations

from claimgraph.nlp.claims import fitted_bounds


def texts(result):
    return [c["span"]["text"] for c in result["claims"]]


def holder(result, trigger):
    return next(c for c in result["claims"] if c["trigger"]["text"] == trigger or
                any(p["trigger"]["text"] == trigger for p in c["parts"]))


def test_a_clause_of_time_is_part_of_the_claim_it_dates(analyse):
    r = analyse('"Our gunners hit the barge before it reached the quay," said Colonel Anwe Brisk.')
    assert not any(t.startswith("before") or t == "it reached the quay" for t in texts(r)), texts(r)
    assert "before it reached the quay" in holder(r, "hit")["span"]["text"]


def test_a_condition_is_part_of_the_claim_it_conditions(analyse):
    r = analyse("The Tessaly Guard threatened further raids unless the council freed its detained organisers.")
    assert not any(t.startswith("unless") or t.startswith("the council freed") for t in texts(r)), texts(r)
    claim = holder(r, "freed")
    assert claim["trigger"]["text"] != "freed" and "unless the council freed" in claim["span"]["text"]


def test_an_infinitive_under_a_folded_clause_of_time_folds_with_it(analyse):
    r = analyse("Farmers blocked the ring road into Oskel on Monday after the assembly tried to reopen the old "
                "market.")
    assert not any(t.startswith("to reopen") for t in texts(r)), texts(r)


def test_a_relative_clause_that_is_a_claim_names_its_subject(analyse):
    r = analyse("The Verrow Alliance, a rebel coalition that has attacked army convoys near Sull for years, said "
                "it would observe the truce.")
    claim = holder(r, "attacked")
    assert claim["trigger"]["text"] == "attacked"
    assert claim["span"]["text"].startswith("The Verrow Alliance, a rebel coalition that has attacked"), texts(r)
    # a description of the source is the article's claim, worded with the noun it describes
    r = analyse("The fire closed the ferry berth for five hours, according to Varrel Ports, the firm that operates "
                "it.")
    described = holder(r, "operates")["span"]["text"]
    assert described in {"the firm that operates it", "Varrel Ports, the firm that operates it"}, texts(r)
    # a complete clause the parser may hang on a noun is the noun's content, and a relative adverb's clause is
    # complete without its noun: neither claim takes the noun in
    r = analyse("The Pell energy minister dismissed a newspaper report that Ostria had threatened to close the "
                "Varn pipeline, which reopened on Monday, when engineers finished the repairs.")
    by_trigger = {c["trigger"]["text"]: c["span"]["text"] for c in r["claims"]}
    assert by_trigger["threatened"].startswith("Ostria"), texts(r)
    assert by_trigger["finished"].startswith("when engineers"), texts(r)
    assert by_trigger["reopened"].startswith("the Varn pipeline, which reopened"), texts(r)


def test_a_content_around_its_speaker_claims_the_piece_of_its_predicate(nlp):
    # the content as an attribution may give it, in two pieces around the speaker and cue: the claim of the first
    # piece's predicate is that piece, neither the speaker nor the phrase after it that dates the act
    doc = nlp("Orvan gunboats seized three trawlers off Cape Lisk on Friday, the fisheries ministry said, a week "
              "after an attack on a patrol vessel.")
    said = next(t.i for t in doc if t.text == "said")
    seized = next(t for t in doc if t.text == "seized")
    content = set(range(0, said - 4)) | set(range(said + 2, len(doc) - 1))
    start, end = fitted_bounds(doc, seized.left_edge.i, seized.right_edge.i + 1, seized.i, content, set())
    assert doc[start:end].text == "Orvan gunboats seized three trawlers off Cape Lisk on Friday"
    # a clause the speaker splits keeps both its pieces: the subject is in the first
    doc = nlp('"The blockade," the envoy said, "was a grave mistake."')
    was = next(t for t in doc if t.text == "was")
    said = next(t.i for t in doc if t.text == "said")
    content = {1, 2} | set(range(said + 3, len(doc) - 2))
    start, end = fitted_bounds(doc, was.left_edge.i, was.right_edge.i + 1, was.i, content, set())
    words = doc[start:end].text
    assert "The blockade" in words and words.rstrip('."').endswith("mistake")


def test_a_raising_passive_is_no_claim_beside_the_infinitive_it_rates(analyse):
    r = analyse("Once the dredging starts, it is expected to last four months, the Pell harbour board said.")
    over = [c["trigger"]["text"] for c in r["claims"] if "expected to last" in c["span"]["text"]]
    assert over == ["last"], texts(r)


def test_a_question_of_when_after_a_verb_of_telling_stays_a_claim(analyse):
    r = analyse("Soil samples have yet to be tested, and the Osk council could not confirm when the findings "
                "would be released.")
    assert "released" in [c["trigger"]["text"] for c in r["claims"]], texts(r)
