"""An outlet is named short by its own distinctive words, never by a head any body's name may end in."""
from __future__ import annotations

from claimgraph.link.corroboration import _CAPITALISED_RUN, outlet_short_form
from claimgraph.link.linker import reporter

OUTLETS = {"velm state agency", "the brask courier", "ondry news service"}


def test_a_paper_named_by_its_title_head_is_that_paper():
    assert outlet_short_form("the Courier", OUTLETS) == "the brask courier"
    assert outlet_short_form("Courier", OUTLETS) == "the brask courier"


def test_a_generic_head_alone_names_no_outlet():
    assert outlet_short_form("Agency", OUTLETS) is None
    assert outlet_short_form("the Service", OUTLETS) is None
    assert outlet_short_form("News", {"tarrow news"}) is None
    assert not reporter("Agency", OUTLETS)
    assert reporter("Courier", OUTLETS)


def test_a_common_noun_or_a_longer_name_is_no_short_form():
    assert outlet_short_form("the courier", OUTLETS) is None
    assert outlet_short_form("the Orsk Defence Intelligence Agency", OUTLETS) is None


def test_a_word_inside_another_bodys_name_is_read_with_that_name():
    source = "a briefing by the Orsk Defence Intelligence Agency"
    runs = [m.group(0) for m in _CAPITALISED_RUN.finditer(source)]
    assert runs == ["Orsk Defence Intelligence Agency"]
    assert not any(outlet_short_form(run, OUTLETS) for run in runs)
    # a paper's head on its own inside a description still names the paper
    runs = [m.group(0) for m in _CAPITALISED_RUN.finditer("the wire's account of the Courier report")]
    assert [outlet_short_form(run, OUTLETS) for run in runs] == ["the brask courier"]


def test_an_outlet_named_after_the_nouns_that_class_it_is_that_outlet():
    from types import SimpleNamespace

    from claimgraph.link.corroboration import Corpus
    corpus = SimpleNamespace(outlet_keys={"radio halvard", "brask courier"})
    assert Corpus.outlet_key(corpus, "state broadcaster Radio Halvard") == "radio halvard"
    assert Corpus.outlet_key(corpus, "the daily Brask Courier") == "brask courier"
    assert Corpus.outlet_key(corpus, "the regional daily Courier") == "brask courier"
    assert Corpus.outlet_key(corpus, "state broadcaster Radio Ossel") is None
