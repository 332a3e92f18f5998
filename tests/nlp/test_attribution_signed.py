"""Quotations signed with a dash and a name: the dash is the cue, the name the source, the quotation the content."""
from __future__ import annotations

import pytest

from claimgraph.nlp.attribution.model import context, signed_quotations

SIGNED = ("Readers wrote to us about the harbour.\n\n"
          "“The harbour is a disgrace. Nobody has cleaned it in years.” ― Orla Venn\n\n"
          "“We need a new harbour master before the summer.” ― Tamsin M. Rook.\n\n"
          "\"Prices will rise again next year.\"\n\n"
          "- Tomas Vehring, speaking at the fair.\n")


@pytest.fixture(scope="module")
def parse():
    from claimgraph.analysis import make_doc
    from claimgraph.document import Document
    from claimgraph.training.attribution import parser_pipeline
    nlp = parser_pipeline()
    return lambda text: nlp(make_doc(nlp, Document(text=text)))


def read(doc):
    def words(tokens):
        return doc[min(tokens):max(tokens) + 1].text
    return [(words(cue), words(content), words(source)) for cue, content, source in signed_quotations(doc, context(doc))]


def test_a_signed_quotation_in_its_paragraph_or_the_one_before(parse):
    assert read(parse(SIGNED)) == [
        ("―", "“The harbour is a disgrace. Nobody has cleaned it in years.”", "Orla Venn"),
        ("―", "“We need a new harbour master before the summer.”", "Tamsin M. Rook"),
        ("-", "\"Prices will rise again next year.\"", "Tomas Vehring")]


def test_no_signature_without_a_quotation_paragraph_or_a_person(parse):
    # an agency's credit, a dash inside a sentence, a byline after a paragraph that is no quotation
    text = ("\"The mill will close in March.\"\n\n- Reuters.\n\n"
            "The council met on Monday - Brenna Hale chaired it.\n\n"
            "The mill owners said the mill was \"too old to save.\"--Dorit Kessmar.\n")
    assert read(parse(text)) == []


def test_the_analysis_reports_signed_quotations(analyse):
    from claimgraph.nlp.attribution.model import load_model
    if load_model() is None:
        pytest.skip("the attribution model is not built (python -m claimgraph.training.attribution)")
    found = {(a["cue"][0]["text"], a["source"][0]["text"]) for a in analyse(SIGNED)["attributions"] if a["source"]}
    assert {("―", "Orla Venn"), ("―", "Tamsin M. Rook"), ("-", "Tomas Vehring")} <= found


def test_a_surname_alone_signs_where_the_text_names_the_person(parse):
    text = ("Mayor Ilse Marlowe spoke at the fair on Monday.\n\n\"Prices will rise again next year.\"\n\n- Marlowe.\n\n"
            "\"The mill will close in March.\"\n\n- Reuters.\n")
    assert read(parse(text)) == [("-", "\"Prices will rise again next year.\"", "Marlowe")]
