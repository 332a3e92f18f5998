"""Tests for the cue acts rated as events: an act done by speaking ('warned', 'urged', 'denied the report') and a
saying the clause denies ('did not comment') are claims of their own, while a verb that only passes its content on
('said', 'told') stays the attribution itself; on the whole pipeline."""
import pytest


def rated(result) -> dict[str, int]:
    """Trigger text -> the certainty value of the claims (and their parts) that rate it."""
    out = {}
    for claim in result["claims"]:
        out.setdefault(claim["trigger"]["text"], claim["certainty"]["value"])
        for part in claim.get("parts", []):
            out.setdefault(part["trigger"]["text"], part["certainty"]["value"])
    return out


@pytest.mark.parametrize("text, act", [
    ("The Marrowby council, which has warned that the levee was failing, said on Monday that crews had been sent.",
     "warned"),
    ("Olenna Brisk, the mayor of Dunmarrow, urged residents to leave the valley before nightfall.", "urged"),
    ("The Keldan port authority denied the report on Tuesday.", "denied"),
    ("The Sorvel guild called the ruling \"a disgrace\" and said it would appeal.", "called"),
    ("The Pemberlane union accused the mill owners of hiding the accounts.", "accused"),
])
def test_an_act_done_by_speaking_is_rated_as_told(analyse, text, act):
    assert rated(analyse(text)).get(act) == 3


def test_a_denied_saying_is_rated_as_not_done(analyse):
    result = analyse("The Tarrowind ferry company said two crossings were cancelled. Neither union commented.")
    assert rated(result).get("commented") == -3


def test_a_verb_that_passes_its_content_on_is_not_rated(analyse):
    result = analyse("The Haskerry harbour master said on Monday that two trawlers had sunk, and told reporters that "
                     "the crews were safe.")
    words = rated(result)
    assert "said" not in words and "told" not in words
    assert words.get("sunk") == 3
