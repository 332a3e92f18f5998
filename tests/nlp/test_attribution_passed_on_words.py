"""Words passed on: 'X quoted Y as saying C'."""
from __future__ import annotations

from tests.news import by_cue, texts


def test_an_outlet_quoting_someone_as_saying_passes_on_their_words(analyse):
    r = analyse("Three sailors were taken to hospital, though the Port Lind Gazette, a local weekly, quoted a nurse "
                "as saying nine crew members had been treated.")
    (quoted,) = by_cue(r, "quoted")
    (saying,) = by_cue(r, "saying")
    assert texts(quoted["source"])[0].startswith("the Port Lind Gazette")
    assert texts(quoted["content"]) == ["nine crew members had been treated"]
    assert texts(saying["source"]) == ["a nurse"]
    assert texts(saying["content"]) == ["nine crew members had been treated"]
    assert saying["parent"] == quoted["id"]


def test_the_passive_quoted_as_saying_keeps_one_speaker(analyse):
    r = analyse("The harbour master was quoted as saying the port would reopen on Friday.")
    (cue,) = [a for a in r["attributions"] if "quoted" in " ".join(texts(a["cue"]))]
    assert texts(cue["source"]) == ["The harbour master"]
    assert not [a for a in r["attributions"] if texts(a["cue"]) == ["saying"]]


def test_a_speaker_quoted_by_an_outlet_is_cited_for_its_report(analyse):
    r = analyse("The harbour master was quoted by the Lindt Courier as saying the port would reopen on Friday.")
    (quoted,) = [a for a in r["attributions"] if "quoted" in " ".join(texts(a["cue"]))]
    (saying,) = by_cue(r, "saying")
    assert texts(quoted["source"]) == ["the Lindt Courier"]
    assert texts(quoted["content"]) == ["the port would reopen on Friday"]
    assert texts(saying["source"]) == ["The harbour master"]
    assert texts(saying["content"]) == ["the port would reopen on Friday"]
    assert saying["parent"] == quoted["id"]
