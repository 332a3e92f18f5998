"""The clauses stating the terms a source speaks on, read from the token table, are those a Token-by-Token reading finds."""
from __future__ import annotations

from claimgraph.nlp.attribution.sources import speaking_terms, states_speaking_terms

TEXTS = [
    "The engineers, who spoke on condition of anonymity, said the bridge would reopen in June.",
    "A port official, who asked not to be named, said the ferry had been held for two days.",
    "The auditors, who had reviewed the accounts, said the figures were wrong.",
    "Two teachers who declined to be identified told the Oslo Herald that the school would close.",
]


def terms_token_by_token(records):
    """The reference reading: the children of every source and cue word, as Tokens."""
    found = set()
    for record in records:
        for anchor in [t for s in record.source for t in s] + [t for s in record.cue for t in s]:
            for clause in anchor.children:
                if clause.dep_ in {"relcl", "acl", "advcl"} and clause.i not in found and \
                        states_speaking_terms(clause):
                    found.update(w.i for w in clause.subtree)
    return found


def test_speaking_terms_from_the_table_match_the_token_reading(nlp):
    any_found = False
    for text in TEXTS:
        doc = nlp(text)
        records = doc._.cg_attributions
        found = speaking_terms(records)
        assert found == terms_token_by_token(records)
        any_found = any_found or bool(found)
    assert any_found  # the sentences hold clauses of the kind, so the comparison is not of two empty sets


def test_speaking_terms_cover_the_anonymity_clause(nlp):
    doc = nlp(TEXTS[0])
    found = speaking_terms(doc._.cg_attributions)
    words = {doc[i].text for i in found}
    assert {"spoke", "anonymity"} <= words
    assert "bridge" not in words


def test_speaking_terms_of_no_records_are_empty():
    assert speaking_terms([]) == set()
