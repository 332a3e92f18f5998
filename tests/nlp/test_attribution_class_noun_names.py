"""Sources on sentences written for these tests: 'the security firm Brightcove', a class noun with the name apposed
right after it, is that named body, never another body the class noun could describe."""
from __future__ import annotations


def test_a_class_noun_before_a_name_is_the_named_body(analyse):
    r = analyse("A hacking group infiltrated computers at Orlan Shipping, Pell Wire reported on Tuesday, citing the "
                "security firm Quillmark.")
    names = {e["id"]: e["name"] for e in r["entities"]}
    cited = next(a for a in r["attributions"] if "Quillmark" in " ".join(s["text"] for s in a["source"]))
    assert names.get(cited["source_entity"]) == "Quillmark"
    shipping = next(e for e in r["entities"] if e["name"] == "Orlan Shipping")
    assert not any("security firm" in m["text"] for m in shipping.get("mentions", []))
