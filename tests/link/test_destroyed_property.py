"""Property set on fire or blown up (COERCE, mode destroy) is violence against it, linked with the attack other
reports tell (PLOVER: mode destroy under ASSAULT)."""
from __future__ import annotations

from claimgraph.link.linker import seized_or


def test_property_destroyed_is_linked_as_violence():
    event = {"type": "COERCE", "mode": "destroy", "trigger": {"text": "set"}, "roles": {}}
    assert seized_or(event, {}) == "ASSAULT"


def test_other_coercion_stays_coercion():
    event = {"type": "COERCE", "mode": "arrest", "trigger": {"text": "detained"}, "roles": {}}
    assert seized_or(event, {}) == "COERCE"
