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
