"""Claim identity when a role is empty: an act told without its doer ("more than 300 people were detained") matched
to a claim by its event type, the words that fill its roles and the words that claim has been told in."""
from __future__ import annotations

from collections import Counter
from typing import Any, Iterable

from ..settings import Linking
from .normalise import content_words, is_count

# the thresholds (told share and plain words of an act or a clause, salient parties): settings.Linking, passed down
DEFAULTS = Linking()
# the party an event is done to, as linking reads it (see linker.PATIENT_ROLES)
PATIENT_ROLES = ("recipient", "target")


def told_share(claim: dict[str, Any], linked: dict[str, Any]) -> tuple[float, int]:
    """The share of the claim's content words among the words the linked claim has been told in, and how many of
    its plain words (what it says, names aside) are among them."""
    vocabulary = linked.get("vocabulary", linked["tokens"])
    # figures differ by source ("at least nine", "at least 12"): a number the claim was never told with says nothing
    # of which claim it is, one it was told with does
    tokens = {t for t in claim["tokens"] if not t.isdigit() or t in vocabulary}
    share = len(tokens & vocabulary) / max(1, len(tokens))
    plain = len(claim.get("plain_tokens", claim["tokens"]) & vocabulary)
    return share, plain


def event_backoff(claim: dict[str, Any], linked: dict[str, Any], linking: Linking = DEFAULTS) -> float:
    """Two mentions of one event type whose roles neither agree nor conflict (one names no doer, or only words
    fill the roles) are one claim when the new one is told in the claim's words; 0 when not. The caller has checked
    the type class, the times and that no role holds two different identities."""
    if claim.get("negative"):
        return 0.0  # a denial is matched by what it says of a party it names (see linker.match)
    # some role must be filled on both sides and in the same words ("more than 300 people" / "more than 300"): an
    # act of that type told with nobody in its roles ("the sanctions would need backing") could be any such act
    if not any(role_words_agree(role_value(claim["roles"], slot), role_value(linked["roles"], slot))
               for slot in ("actor", "patient")) and not names_a_participant(claim, linked) \
            and not counted_at_a_party(claim, linked):
        return 0.0
    share, plain = told_share(claim, linked)
    # one figure at one party singles the act out (see counted_at_a_party), so the rest of the wording may be the
    # reporter's own ("some three thousand residents were moved out" of "about 3,000 people were evacuated"): the
    # share asked of two mentions joined by their parties will do
    least = linking.party_similarity if counted_at_a_party(claim, linked) else linking.event_told
    if share >= least and plain >= linking.event_plain:
        return share
    return 0.0


def clause_backoff(claim: dict[str, Any], linked: dict[str, Any], linking: Linking = DEFAULTS) -> float:
    """A clause without an event that names a participant (actor or patient identity) of a claim with an event and
    says nothing the claim was not told in; 0 when not."""
    if claim["event_type"] or not linked["event_type"] or claim.get("negative"):
        return 0.0
    participants = {role_value(linked["roles"], slot) for slot in ("actor", "patient")}
    if not {p for p in participants if isinstance(p, int)} & set(claim.get("parties", [])):
        return 0.0
    share, plain = told_share(claim, linked)
    return share if share >= linking.clause_told and plain >= linking.clause_plain else 0.0


def names_a_participant(claim: dict[str, Any], linked: dict[str, Any]) -> bool:
    """"At least 12 people were killed when shells hit the village of Ossel": an act told without its doer, whose
    count of victims is nobody's name, names the party the claim's act was done to ("the village of Ossel" it
    shelled). Naming the claim's doer is not enough: "frozen under the bloc's sanctions" may be any of its acts."""
    if role_value(claim["roles"], "actor") is not None:
        return False
    patient = role_value(linked["roles"], "patient")
    return isinstance(patient, int) and patient in set(claim.get("parties", []))


def counted_at_a_party(claim: dict[str, Any], linked: dict[str, Any]) -> bool:
    """"About 3,000 people have been evacuated in northern Portugal" of "3,000 people were evacuated from riverside
    villages in northern Portugal": an act told with nobody in its roles on either side, whose mentions name the same
    party and the same figure. A figure and a place or party together single out one act of a type where either
    alone does not ("evacuated" of any flood, "3,000" of any count)."""
    if any(role_value(roles, slot) is not None for roles in (claim["roles"], linked["roles"])
           for slot in ("actor", "patient")):
        return False
    if not set(claim.get("parties", [])) & set(linked.get("parties", [])):
        return False
    return any(t.isdigit() for t in claim["tokens"] & linked.get("vocabulary", linked["tokens"]))


def role_value(roles: dict[str, Any], slot: str) -> Any:
    if slot == "actor":
        return roles.get("actor")
    return next((roles[r] for r in PATIENT_ROLES if r in roles), None)


def role_words_agree(mine: Any, theirs: Any) -> bool:
    """Two roles filled by words (no identity) that share a content word: "more than 300 people", "300 detainees";
    or two counts ("more than 300", "317 people"): each source counts the victims of one act its own way."""
    if not (isinstance(mine, str) and isinstance(theirs, str)):
        return False

    mine, theirs = mine.removeprefix("words:"), theirs.removeprefix("words:")
    if is_count(mine) and is_count(theirs):
        return True
    return bool(content_words(mine) & content_words(theirs))


def salient_parties(mentions: Iterable[tuple[int, int, int]], limit: int = DEFAULTS.salient_parties) -> set[int]:
    """The identities an article mentions most (identity, start, end per mention), ties to the earliest named: a claim
    naming no party is looked for among their claims (blocking only: these are no parties of the claim)."""
    counts: Counter[int] = Counter()
    first: dict[int, int] = {}
    for identity, start, _ in mentions:
        counts[identity] += 1
        first[identity] = min(first.get(identity, start), start)
    ranked = sorted(counts, key=lambda i: (-counts[i], first[i]))
    return set(ranked[:limit])


def needs_context(profile: dict[str, Any]) -> bool:
    """A claim with no party of its own to be found by: an event whose roles are words or empty, or a clause naming
    nobody ("the diplomats had photographed naval installations"), which only its wording can then match."""
    return not any(isinstance(v, int) for v in profile["roles"].values()) \
        and not any(k.startswith("entity:") for k in profile["keys"])
