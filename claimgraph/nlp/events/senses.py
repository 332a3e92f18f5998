"""The senses of words of striking and attacking: a blow, a walkout or an attack on machines."""
from __future__ import annotations

from spacy.tokens import Doc, Token

from ..table import token_table
from .words import SHARE_WORDS


class StrikeSenses:
    """Tells which sense a word of striking or attacking is in."""

    def cyber(self, noun: Token) -> bool:
        """ "the attack" told with malware or hackers in its sentence, or naming again an earlier cyberattack: a
        cyber operation (PLOVER: COERCE, context cyber)."""
        table = self.table  # the sentence and the story before it read from the table, not Token by Token
        lower, dep = table.lower, table.dep
        if table.pos[noun.i] != "NOUN" or lower[noun.i] not in self.cyber_nouns:
            return False
        if self.hacking_in_sentence(noun.i):
            return True
        start = table.sentence(noun.i)[0]
        definite = any(dep[c] in {"det", "poss"} and lower[c] not in {"a", "an"} for c in table.children[noun.i])
        return definite and any(lower[i] in self.cyber_antecedents for i in range(self.story_start, start))

    def hacking_in_sentence(self, i: int) -> bool:
        """Whether the sentence of word i speaks of hacking (malware, hackers) in another word than i."""
        table = self.table
        lower, lemma, cues = table.lower, table.lemma, self.cyber_cues
        start, end = table.sentence(i)
        return any(lower[k] in cues or lemma[k] in cues for k in range(start, end) if k != i)

    def measure_met(self, verb: Token) -> bool:
        """'meet the requirements', 'met the deadline', 'to meet demand': a measure or a market's demand satisfied;
        'met the demands of the strikers', 'their demands' stay a concession to a party."""
        if verb.lemma_.lower() not in self.meeting_verbs:
            return False
        done = next((c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}), None)
        if done is None:
            return False
        word = done.lemma_.lower()
        if word in self.measures or done.lower_ in self.measures:
            return True
        if done.lower_ not in self.demand_nouns or done.tag_ != "NN":
            return False  # "met the hostage-takers' demands": demands made of someone are requests
        owned = any(c.dep_ == "poss" for c in done.children)
        owner = self.pobj(done, {"of"})
        return not owned and not (owner is not None and self.is_party(owner))

    def cyber_told(self, i: int) -> bool:
        """Whether the sentence of word i speaks of hacking, or the story before it told a cyberattack."""
        if self.hacking_in_sentence(i):
            return True
        lower, cues = self.table.lower, self.cyber_cues
        start = self.table.sentence(i)[0]
        return any(lower[k] in self.cyber_antecedents or lower[k] in cues for k in range(self.story_start, start))

    def cyber_strike(self, verb: Token) -> bool:
        """ "Hackers attacked the grid's control systems", "the hackers who struck the firm", "attacked the ministry's
        servers" where hacking is spoken of: a verb of attack done by hackers, or aimed at machines in a story of
        hacking, is a cyber operation (PLOVER: COERCE, context cyber); weapons and armed forces still strike."""
        if verb.lemma_.lower() not in self.cyber_verbs or self.weapon_doer(verb) or self.armed_doer(verb):
            return False
        doers = [c for c in verb.children if c.dep_ == "nsubj"]
        doers += [o for a in verb.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
        if verb.dep_ == "relcl":
            doers.append(verb.head)  # "the hackers who struck the firm"
        if any(d.pos_ == "NOUN" and self.noun_type(d) is not None or d.lower_ in self.cyber_antecedents
               for d in doers):
            return False  # "a cyberattack that cut electricity": what the act told did, no act of its own
        lower, lemma, cues = self.table.lower, self.table.lemma, self.cyber_cues
        if any(lower[w.i] in cues or lemma[w.i] in cues for d in doers for w in d.subtree):
            return True
        done = next((c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}), None)
        if done is None or not self.cyber_told(verb.i):
            return False
        # machines, or the firm or utility that runs them ("attacked a water utility" in a story of a hack)
        entity = self.entity_of(done)
        return self.machine(done) or done.lemma_.lower() in self.cyber_operators \
            or entity is not None and self.clusters[entity].type == "ORG" and not self.generic(done)

    def firm_intruded(self, verb: Token) -> bool:
        """'Hackers compromised Pellan Freight', 'the firm was breached by X, a hacking group': a verb of intrusion
        with an organisation for its object, told where hacking is spoken of."""
        if verb.lemma_.lower() not in self.intrusion_verbs:
            return False
        done = next((c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}), None)
        if done is None or self.machine(done):
            return False  # machines broken into are the word patterns' own
        entity = self.entity_of(done)
        return entity is not None and self.clusters[entity].type == "ORG" and self.cyber_told(verb.i)

    def machines_owner(self, trigger: Token, target: Token | None) -> Token | None:
        """'infiltrated hundreds of computers at Pellan Freight': the party whose machines a cyber act broke into,
        named by an at- or of-phrase on the machines or on the verb."""
        machines = target
        if machines is not None and not self.machine(machines):
            machines = self.pobj(machines, {"of"})  # "hundreds of computers"
        if machines is None or not self.machine(machines):
            return None
        for carrier, preps in ((machines, {"at", "of"}), (trigger, {"at"})):
            owner = self.pobj(carrier, preps)
            if owner is not None and self.is_party(owner) and self.place(owner) is None:
                return owner
        return None

    def service_cut_for(self, trigger: Token, service: Token | None) -> Token | bool | None:
        """ "Hackers cut power to much of X's eastern region": a service cut off is no party; whom the act is aimed at
        is the party its to-phrase names or the party behind the place there (False where none is named; None where
        the object is no service)."""
        if service is None or (service.lemma_.lower() not in self.cut_services
                               and service.lower_ not in self.cut_services):
            return None
        # the parser hangs "to" on the verb as a preposition or as a dative ("knocked out power to X")
        served = next((o for carrier in (trigger, service) for p in carrier.children
                       if p.dep_ in {"prep", "dative"} and p.lower_ == "to" for o in p.children if o.dep_ == "pobj"),
                      None)
        if served is not None and served.pos_ in {"ADJ", "NOUN", "PRON", "DET"} and served.lower_ in SHARE_WORDS:
            served = self.pobj(served, {"of"}) or served  # "much of the region", "parts of the city"
        if served is None or served.lower_ in SHARE_WORDS:
            return False
        if self.is_party(served) and not self.generic(served):
            return served
        return self.party_behind(served, trigger) or self.party_around(served, trigger) or False

    def machine(self, noun: Token) -> bool:
        """Whether a noun names machines one breaks into ('computers', 'servers', 'networks')."""
        return noun.lower_ in self.machines or noun.lemma_.lower() in self.machines

    def work_stoppage(self, noun: Token) -> bool:
        """ "a 24-hour strike", "a strike by dock workers", "staged a strike over pay", and a later "the strike" of a
        story that told a labour strike: a strike noun in the labour sense (CAMEO 143), not an armed one."""
        sense = self.strike_senses.get(noun.i)
        return sense is not None and sense[0] == "labour"

    def strike_senses_of(self, doc: Doc) -> dict[int, tuple[str, Token]]:
        """The sense of each strike noun of a story, "labour" or "armed", with the word that decides it. A noun whose
        own words decide nothing and that a definite determiner ties to what came before ("since the strike began")
        follows the sense of the last strike noun before it (PolNeAR train: a story tells "a weeks-long strike",
        then "the strike has affected", "to weather the strike", "with the strike coming to a close")."""
        senses: dict[int, tuple[str, Token]] = {}
        last: tuple[str, Token] | None = None
        table = token_table(doc)
        for i in range(self.story_start, len(doc)):
            if table.pos[i] != "NOUN" or table.lower[i] not in self.labour_nouns:
                continue
            noun = doc[i]
            sense = self.strike_sense(noun)
            if sense is None and any(c.dep_ in {"det", "poss"} and c.lower_ in self.follow_determiners
                                     for c in noun.children):
                sense = last if last is not None else self.told_before(noun)
            if sense is not None:
                senses[i] = sense
                last = sense
        return senses

    def told_before(self, noun: Token) -> tuple[str, Token] | None:
        """ "Nurses walked out on Monday. Officials said the strike would delay operations": the first strike noun
        of a story, named as known, is the labour strike its earlier sentences told by a walkout or by words of work
        and pay, when they tell of no weapon."""
        earlier = noun.doc[self.story_start:noun.sent.start]
        if any(t.lower_ in self.armed_cues or t.lower_ in self.armed_modifiers for t in earlier):
            return None
        walkout = next((t for t in earlier if t.lemma_.lower() == "walk"
                        and any(c.dep_ in {"prt", "advmod"} and c.lower_ == "out" for c in t.children)), None)
        if walkout is not None:
            return "labour", walkout
        cue = next((t for t in earlier if t.lower_ in self.labour_cues or t.lemma_.lower() in self.labour_cues), None)
        return ("labour", cue) if cue is not None else None

    def strike_sense(self, noun: Token) -> tuple[str, Token] | None:
        """A strike noun's sense from its own words: a length of time or a workforce that modifies it or does it
        ("a 24-hour strike", "the strike by bus drivers"), "on strike", or a sentence that speaks of work and pay and
        of no weapon, make it a labour strike; a weapon or an armed doer ("air strike", "drone strike", "military
        strikes") or a sentence of killing and weapons with no word of work, an armed one."""
        before = [t for c in noun.children if c.i < noun.i and c.dep_ in {"compound", "amod", "nummod", "poss", "nmod"}
                  for t in c.subtree]
        by = [o for p in noun.children if p.dep_ == "prep" and p.lower_ in {"by", "of"}
              for o in p.children if o.dep_ == "pobj"]
        armed = next((t for t in before + by if t.lower_ in self.armed_modifiers or t.lower_ in self.armed_cues), None)
        if armed is not None:
            return "armed", armed
        length = next((t for t in before if t.lower_ in self.labour_lengths), None)
        if length is not None:
            return "labour", length
        workforce = next((t for t in before + by if t.lemma_.lower() in self.workforce or t.lower_ in self.workforce),
                         None)
        if workforce is not None:
            return "labour", workforce
        if noun.dep_ == "pobj" and noun.head.lower_ == "on" and noun.lower_ == "strike":
            return "labour", noun.head  # "went on strike", "will stay on strike"
        armed = next((t for t in noun.sent if t.i != noun.i and t.lower_ in self.armed_cues), None)
        labour = next((t for t in noun.sent if t.lower_ in self.labour_cues or t.lemma_.lower() in self.labour_cues),
                      None)
        if labour is not None and armed is None:
            return "labour", labour
        if armed is not None and labour is None:
            return "armed", armed
        return None
