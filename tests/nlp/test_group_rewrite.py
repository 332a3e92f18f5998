"""Writing a spans group again drops the values of the one before, whether this process wrote it or not."""
from __future__ import annotations

import spacy

from spacy.tokens import Doc

from claimgraph.nlp.annotations import GROUPS, read_group, register_extensions, write_group


def values_of(doc, name):
    extension = GROUPS[name]
    return {key for key in doc.user_data if key[:2] == ("._.", extension)}


def test_rewriting_a_group_keeps_only_the_new_values():
    register_extensions()
    doc = spacy.blank("en")("The harbour master said the pier in Lisbon would close on Friday.")
    write_group(doc, "cg_times", [(doc[0:3], 0), (doc[10:12], 1)])
    write_group(doc, "cg_times", [(doc[10:12], 0)])
    assert values_of(doc, "cg_times") == {("._.", "cg_time", doc[10:12].start_char, doc[10:12].end_char)}
    assert [(s.text, v) for s, v in read_group(doc, "cg_times")] == [("on Friday", 0)]


def test_rewriting_a_group_read_from_bytes_drops_its_values():
    register_extensions()
    nlp = spacy.blank("en")
    doc = nlp("A spokeswoman for the museum in Turin said the hall reopens in May.")
    write_group(doc, "cg_times", [(doc[0:2], 0), (doc[12:14], 1)])
    other = nlp("Some other words here.")
    write_group(other, "cg_times", [(other[0:2], 0)])  # the group written last is now another document's
    copy = Doc(nlp.vocab).from_bytes(doc.to_bytes())
    for target in (doc, copy):
        write_group(target, "cg_times", [(target[12:14], 5)])
        assert values_of(target, "cg_times") == {("._.", "cg_time", target[12:14].start_char,
                                                   target[12:14].end_char)}
        assert [v for _, v in read_group(target, "cg_times")] == [5]
