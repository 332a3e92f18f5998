"""A generated news corpus for the benchmarks: many made-up stories, each reported, re-reported, syndicated, denied."""
from __future__ import annotations

import random
from datetime import date, timedelta
from typing import Any, Iterator

SYLLABLES = ["var", "en", "ka", "lor", "mir", "ost", "dal", "bre", "tun", "sel", "gar", "ven", "ro", "pa", "quin",
             "zel", "har", "mon", "tir", "eld", "ash", "cor", "fen", "lis", "nor", "bal", "ur", "vek", "tam", "sor"]
OUTLETS = ["Harbour Ledger", "Northgate Times", "Pine Valley Post", "Riverside Gazette", "Eastbay Daily",
           "Summit Observer", "Lakeshore Herald", "Granite Chronicle", "Meadow Courier", "Bayview Sentinel"]
WIRES = ["Continental Wire", "Meridian Press Agency"]
EVENTS = [("AID", "shipped armed drones to", "delivered armed drones to"),
          ("ASSAULT", "attacked a supply convoy of", "struck a supply convoy of"),
          ("COERCE", "arrested two leaders of", "detained two leaders of"),
          ("CONSULT", "held secret talks with", "met in secret with")]


def name(rng: random.Random, parts: int = 2) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(parts)).capitalize()


def stories(count: int, seed: int = 7, start: date = date(2024, 1, 1)) -> Iterator[list[dict[str, Any]]]:
    """`count` stories, each a list of 4 to 7 articles ({id, outlet, published, url, title, text, facts})."""
    rng = random.Random(seed)
    for n in range(count):
        # three syllables: names of different stories rarely collide, as in real news where most actors are local
        country, group, person, town = name(rng, 3), f"{name(rng, 3)} {rng.choice(['Brigade', 'Front', 'Guard'])}", \
            f"{name(rng)} {name(rng, 3)}", name(rng, 3)
        kind, verb, other_verb = rng.choice(EVENTS)
        day = start + timedelta(days=n // 3)
        facts = {"actor": country, "recipient": group, "person": person, "town": town, "event": kind}
        original_outlet, wire = rng.choice(OUTLETS), rng.choice(WIRES)
        articles = [(original_outlet, day,
                     f"{country} {verb} the {group} last month, three officials familiar with the matter told the "
                     f"{original_outlet}.\n\nThe officials, who spoke on condition of anonymity, said the operation "
                     f"took place near {town}.\n\nThe {group} has been active in the region for years.")]
        for outlet in rng.sample([o for o in OUTLETS if o != original_outlet], rng.randint(1, 2)):
            articles.append((outlet, day + timedelta(days=1),
                             f"The {original_outlet} reported that {country} {verb} the {group}, citing three "
                             f"officials familiar with the matter.\n\nThe {outlet} could not verify the report."))
        wire_text = (f"{country} {other_verb} the {group} last month, two commanders of the group told {wire}.\n\n"
                     f"The commanders, who asked not to be named, said the events happened near {town}.\n\n"
                     f"The government of {country} did not respond to a request for comment.")
        articles.append((wire, day + timedelta(days=2), wire_text))
        for outlet in rng.sample(OUTLETS, rng.randint(1, 2)):
            articles.append((outlet, day + timedelta(days=2), wire_text + f"\n\nReporting by {wire}."))
        if rng.random() < 0.5:
            articles.append((rng.choice(OUTLETS), day + timedelta(days=3),
                             f"The foreign ministry of {country} denied that {country} {verb} the {group}.\n\n"
                             f"Spokesman {person} called the reports false."))
        yield [{"id": f"s{n}-{k}", "outlet": outlet, "published": when.isoformat(),
                "url": f"https://{outlet.lower().replace(' ', '')}.example/{n}/{k}", "title": f"{country} and the "
                f"{group}", "text": text, "facts": facts} for k, (outlet, when, text) in enumerate(articles)]


def articles(count: int, seed: int = 7) -> list[dict[str, Any]]:
    """About `count` articles (whole stories), in publication order within each story."""
    found: list[dict[str, Any]] = []
    for story in stories(10 ** 9, seed):
        found.extend(story)
        if len(found) >= count:
            return found[:count]
    return found


# a large store of linked claims, written in bulk through the storage interface (no analysis, no linking): what the
# latency benchmarks read. Each document reports CLAIMS_PER_DOCUMENT claims; a third of them re-report a claim an
# earlier document made, so claims have one to a few mentions; every claim names two parties of a pool of
# claims / PARTY_SHARE, so a party is named in about 2 * PARTY_SHARE claims (20: most parties of a news corpus are
# named in a few reports, a few in thousands).
CLAIMS_PER_DOCUMENT = 20
PARTY_SHARE = 10


def populate(store: Any, claims: int, seed: int = 11, chunk: int = 200,
             progress: Any = None) -> dict[str, Any]:
    """Write documents, identities and linked claims until the store holds `claims` linked claims; returns the
    party names (the most named first) and the counts."""
    from claimgraph.document import Document
    from claimgraph.link.normalise import content_words, name_key

    rng = random.Random(seed)
    party_count = max(4, claims // PARTY_SHARE)
    parties: list[tuple[str, str]] = []
    seen: set[str] = set()
    while len(parties) < party_count:
        party = (f"{name(rng, 2)} {name(rng, 2)}", rng.choice(["GPE", "ORG", "PERSON"]))
        if party[0] not in seen:
            seen.add(party[0])
            parties.append(party)
    identity_of: dict[int, int] = {}
    made, documents, recent = 0, 0, []
    day = date(2024, 1, 1)
    while made < claims:
        written = []
        # a chunk of documents is written in one transaction (Store.write_many), and what linking would add in
        # another, one statement a table for the chunk
        for _ in range(chunk):
            if documents * CLAIMS_PER_DOCUMENT * 2 // 3 >= claims + chunk * CLAIMS_PER_DOCUMENT:
                break
            documents += 1
            outlet = rng.choice(OUTLETS + WIRES)
            published = (day + timedelta(days=documents // 400)).isoformat()
            slots = []
            for _ in range(CLAIMS_PER_DOCUMENT):
                if recent and rng.random() < 1 / 3:
                    slots.append(rng.choice(recent))
                else:
                    a, b = rng.sample(range(party_count), 2)
                    kind, verb, _ = rng.choice(EVENTS)
                    slots.append([None, a, b, kind, verb, rng.choice(SYLLABLES) + "ton"])
                    recent.append(slots[-1])
            recent = recent[-2000:]
            text, result_claims, entities, events = "", [], {}, []
            for k, (_, a, b, kind, verb, town) in enumerate(slots, start=1):
                sentence = f"{parties[a][0]} {verb} {parties[b][0]} near {town.capitalize()}."
                start = len(text)
                text += sentence + " "
                for p in (a, b):
                    at = text.index(parties[p][0], start)
                    entity = entities.setdefault(p, {"id": f"e{len(entities) + 1}", "name": parties[p][0],
                                                     "type": parties[p][1], "aliases": [], "mentions": []})
                    entity["mentions"].append({"start": at, "end": at + len(parties[p][0]), "text": parties[p][0]})
                span = {"start": start, "end": start + len(sentence) - 1, "text": sentence[:-1]}
                events.append({"id": f"v{k}", "type": kind, "trigger": span,
                               "roles": {"actor": parties[a][0], "recipient": parties[b][0]},
                               "attribution": None, "certainty": {"value": 3, "label": "certain", "cue": []}})
                result_claims.append({"id": f"c{k}", "span": span, "attribution": None, "event": f"v{k}",
                                      "certainty": {"value": 3, "label": "certain", "cue": []}})
            document = Document(text=text.strip(), outlet=outlet, published=published,
                                url=f"https://bulk.example/{documents}", title=f"Report {documents}")
            result = {"document": document.header(), "attributions": [], "claims": result_claims,
                      "entities": list(entities.values()), "times": [], "events": events, "relations": [],
                      "markers": []}
            written.append((document, result, entities, slots, result_claims, published))
        if not written:
            break
        keys = store.write_many([(document, result) for document, result, *_ in written])
        with store.transaction(), store.bulk():
            # the claims first reported in the chunk, made in one statement, in the order they are first reported
            fresh, rules = [], {}
            for key, (_, _, _, slots, result_claims, published) in zip(keys, written):
                for k, slot in enumerate(slots, start=1):
                    if key is not None and slot[0] is None and id(slot) not in rules and made < claims:
                        _, a, b, kind, _, _ = slot
                        wording = result_claims[k - 1]["span"]["text"]
                        fresh.append((slot, (wording, kind, {"actor": a, "recipient": b}, None,
                                             sorted(content_words(wording)), published)))
                        rules[id(slot)] = (key, k)
                        made += 1
            entity_rows, mention_rows, key_rows = [], [], []
            for key, (_, _, entities, _, _, _) in zip(keys, written):
                for p, entity in entities.items():
                    if key is None:
                        break
                    if p not in identity_of:
                        identity_of[p] = store.new_identity(parties[p][0], parties[p][1])
                        key_name = name_key(parties[p][0])
                        store.add_identity_names(identity_of[p], [key_name], ["exact"], key, key_name.split())
                    entity_rows.append((key, entity["id"], identity_of[p]))
            made_ids = store.create_linked_claims([
                (wording, kind, {role: identity_of[p] for role, p in roles.items()}, when, tokens, published)
                for _, (wording, kind, roles, when, tokens, published) in fresh])
            for (slot, _), linked in zip(fresh, made_ids):
                slot[0] = linked
                key_rows += [(f"entity:{identity_of[slot[1]]}", linked), (f"entity:{identity_of[slot[2]]}", linked)]
            for key, (_, _, _, slots, _, _) in zip(keys, written):
                for k, slot in enumerate(slots, start=1):
                    if key is not None and slot[0] is not None:
                        rule = "new" if rules.get(id(slot)) == (key, k) else "same-event"
                        mention_rows.append((slot[0], key, f"c{k}", rule, None))
            store.add_document_entities(entity_rows)
            store.add_many_claim_keys(sorted(set(key_rows)))
            store.add_mentions(mention_rows)
            store.mark_many_linked([key for key in keys if key is not None])
        if progress is not None:
            progress(made, documents)
    named = sorted(range(party_count), key=lambda p: p)
    return {"claims": made, "documents": documents, "parties": [parties[p][0] for p in named]}
