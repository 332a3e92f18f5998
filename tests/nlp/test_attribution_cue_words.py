"""The contract's cue names the reporting verb: a perfect's auxiliary and a closing colon stay out of it, and stay in
the extent as written that PolNeAR is scored on."""
from __future__ import annotations


def test_a_perfect_auxiliary_is_no_word_of_the_cue(analyse):
    r = analyse("The harbour board, which has warned that the quay is sinking, asked the town for money.")
    (a,) = [a for a in r["attributions"] if "warned" in a["cue"][0]["text"]]
    assert [c["text"] for c in a["cue"]] == ["warned"]
    assert [c["text"] for c in a["evidence"]["cue_as_written"]] == ["has warned"]


def test_a_closing_colon_is_no_word_of_the_cue(analyse):
    r = analyse('Petra Lindqvist, an engineer at the port, said:\n\n"The quay will not last another winter."')
    (a,) = [a for a in r["attributions"] if a["cue"][0]["text"].startswith("said")]
    assert [c["text"] for c in a["cue"]] == ["said"]
    assert [c["text"] for c in a["evidence"]["cue_as_written"]] == ["said:"]
