"""Where words were said ('in a video posted on Sunday') is neither who said them nor what ends the reporting clause."""
from __future__ import annotations


def said(r):
    return next(a for a in r["attributions"] if a["cue"][0]["text"].startswith("said"))


def test_the_video_is_where_the_commander_spoke(analyse):
    r = analyse('The Dunmark Legion vowed to avenge the dead. Its commander, Ivar Solt, said in a video posted '
                'hours after the raid:\n\n"Those who sent these jets will pay for every house we lose."')
    a = said(r)
    assert a["source"][0]["text"].startswith("Its commander")
    assert a["content"][0]["text"].startswith("Those who sent these jets")


def test_a_participle_on_the_occasion_leaves_the_quotation_its_content(analyse):
    r = analyse('The Harl Front promised revenge. Its leader, Brenna Tesk, said in a video posted on Sunday:\n\n'
                '"We will answer this attack."')
    a = said(r)
    assert a["source"][0]["text"].startswith("Its leader")
    assert [c["text"] for c in a["content"]] == ["We will answer this attack."] or \
        a["content"][0]["text"].startswith("We will answer this attack")
