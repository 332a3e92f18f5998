"""'C, the Amber Watch, a monitoring group, said': the speaker after its content, where the parser hangs the name on
the content's last noun as an apposition or a second conjunct, or takes it into the content."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, speaker, content_start, content_end", [
    ("Drone footage filmed on Friday show at least nine burnt-out trucks on the highway east of Dorvel, the Amber "
     "Watch, a monitoring group based in Selka, said in a report on Sunday.", "the Amber Watch", "Drone footage",
     "east of Dorvel"),
    ("Radar images taken on Sunday show at least four sunken barges near the mouth of the Ossel, the Kestrel "
     "Project, a research group based in Varne, said on Monday.", "the Kestrel Project", "Radar images",
     "mouth of the Ossel"),
])
def test_the_speaker_after_its_content(analyse, text, speaker, content_start, content_end):
    (a,) = [a for a in analyse(text)["attributions"] if a["cue"][0]["text"] == "said"]
    assert a["source"] and a["source"][0]["text"] == speaker
    assert a["content"][0]["text"].startswith(content_start) and a["content"][-1]["text"].endswith(content_end)


def test_a_second_report_after_the_speaker_tag_leaves_the_first_content(analyse):
    r = analyse("The wreckage was consistent with a farm convoy, the group said, though it added that some trucks "
                "might have carried rifles.")
    (first,) = [a for a in r["attributions"] if a["cue"][0]["text"] == "said"]
    assert [c["text"] for c in first["content"]] == ["The wreckage was consistent with a farm convoy"]
    assert any(a["cue"][0]["text"] == "added" for a in r["attributions"])
