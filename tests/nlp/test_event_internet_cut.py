"""Events on unseen text: the internet cut off or blocked is censorship (COERCE, censor)."""
from __future__ import annotations

from tests.conftest import event


def test_the_internet_cut_is_censorship(analyse):
    r = analyse("Internet access in Velm has been cut since Saturday, the monitoring firm Netwatch said.")
    cut = event(r, "cut")
    assert cut["type"] == "COERCE"
    assert cut.get("mode") == "censor"
    r = analyse("The Orvan interior ministry shut down the internet across Brel province on Friday.")
    assert event(r, "shut down")["type"] == "COERCE"
