"""Copy groups: a syndicated or lightly edited copy joins its original's group, a different story does not."""
from __future__ import annotations

from claimgraph.link import copies
from claimgraph.store import Store

WIRE = ("The port authority of Selby said on Tuesday that the northern pier would stay closed until June after "
        "engineers found cracks in its foundations. Ferry services to the islands will leave from the southern "
        "terminal instead, the authority said, and fares will not change. The pier was built in 1962 and was last "
        "repaired eight years ago, according to city records.")
EDITED = WIRE.replace("on Tuesday", "this week").replace("fares will not change", "fares would stay the same")
OTHER = ("Hospital managers in Brant warned that the emergency ward would need new staff before the winter, and "
         "the health board promised to publish a plan in the spring after nurses complained about long shifts.")


def test_similarity_of_signatures():
    assert copies.similarity(copies.signature(WIRE), copies.signature(WIRE + " Reporting by Coast Wire.")) > 0.8
    assert copies.similarity(copies.signature(WIRE), copies.signature(EDITED)) > copies.DEFAULTS.threshold
    assert copies.similarity(copies.signature(WIRE), copies.signature(OTHER)) < 0.2


def test_groups(tmp_path):
    with Store.open(tmp_path / "s.db") as store:
        with store.transaction() as db:
            for key, text in enumerate([WIRE, OTHER, EDITED, WIRE.upper()], start=1):
                db.execute("INSERT INTO documents (id, document_id, content_hash, text, analysed_at, result_json)"
                           " VALUES (?, ?, ?, ?, '', '{}')", (key, f"d{key}", f"h{key}", text))
                copies.assign_copy_group(store, key, text)
        groups = [r[0] for r in store.query("SELECT copy_group FROM document_copies ORDER BY document")]
    assert groups == [1, 2, 1, 1]
