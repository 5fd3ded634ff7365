"""The person left of the verb: the subject of an agent rule. A mixin of OutcomeFinder."""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Doc

from .. import token_lowers
from ..subjects import Mention, People, is_number
from .counts import CountSubjects
from .causative import thing_head
from .entries import EntryHeads
from .found import _FINITE_AUX
from .reduced import ReducedRelative


class AgentFinder(CountSubjects, EntryHeads, ReducedRelative):
    """Needs self.w (models/subjects.json) and self.topic_window."""

    def _agent(self, doc: Doc, people: People, chain_start: int, lo: int, why: list,
               depth: int = 0) -> Optional[Mention]:
        w = self.w
        low = token_lowers(doc).__getitem__  # a word, not a Token, per look
        k = chain_start - 1
        m = self._shared_subject(doc, people, chain_start, lo, depth) if depth < 2 else None
        m = m or self._fronted_participle(doc, people, chain_start, lo) or \
            self._reduced_relative(doc, people, chain_start, lo) or self._entry_head(doc, people, chain_start, lo)
        if m is not None:
            return m
        # "Both were suspended"; a headline: "Jailed: former PC who ..."
        m = self._both(doc, people, chain_start, lo) or (self._colon_subject(doc, people, lo) if chain_start == lo else None)
        if m is not None:
            return m
        m, k = self._before_insertions(doc, people, _before_adverb(doc, people, k, lo), lo)
        if m is not None:
            return m
        relative, k = self._before_relative(doc, k, lo)
        if k >= lo and people.ending_at(k) is None:
            k = _before_home_town(doc, people, k, lo)  # "Officer Neil Booth of Marysville were convicted"
        k = thing_head(doc, k, lo, w["non_person_subjects"]) if k == chain_start - 1 else k  # "had the case ... dismissed"
        if k - 1 >= lo and k == chain_start - 1 and self._one_more_word(doc, k, lo):
            return self._one_more(doc, people, k, lo)
        if k >= lo:
            m = people.ending_at(k)
            if self._behind_clause(doc, m, k, chain_start, relative):
                m = self._before_participle_clause(doc, people, k, lo) or self._before_who_clause(doc, people, k, lo) or m
            if m is not None and (relative or not (m.lead > lo and doc[m.lead - 1].lower_ in w["prepositions"] or
                                                   _place_in_phrase(doc, m, lo, w["prepositions"])) or
                                  k == chain_start - 1 and low(chain_start) == "being"):
                return self._outside_relative(doc, people, m, lo)  # "led to PC X being charged": the gerund's own
            if m is not None and self._partitive(doc, people, m, lo) is not None:
                return self._partitive(doc, people, m, lo)
            if low(k) in ("others", "more") and k - 1 > lo and is_number(doc[k - 1]) and k == chain_start - 1:
                k -= 1  # "Two were dismissed and five others received written warnings": a count of the group
            t = doc[k]
            counted = is_number(t) and not (k - 1 >= lo and doc[k - 1].is_currency)  # not "claims worth €14,000"
            if (counted or low(k) == "other" and k - 1 >= lo and low(k - 1) == "the") and \
                    chain_start - 1 - k <= int(low(k + 1) in ("others", "more")):
                m = self._elliptic_count(doc, people, k, lo)
                if m is not None or low(k) == "other":
                    why.extend([] if m is not None else ["another person"])  # "the officer ... and the other"
                    return m
            if counted or low(k) in w["count_words"] or low(k) in w["generic_words"]:
                m = self._one_of_group(doc, people, k, lo) if k == chain_start - 1 else None  # "with one being ..."
                why.extend([] if m is not None else ["counted subject"])
                return m
            if low(k) in w["non_person_subjects"]:  # "... officers facing federal charges pleaded guilty"
                m = self._before_participle_clause(doc, people, k, lo) or self._before_who_clause(doc, people, k, lo)
                why.extend([] if m is not None else [f"subject is '{t.text}'"])
                return m
        # "Outcome: Dismissed without notice." in a hearing notice: the officer it is about
        if k >= lo and doc[k].text == ":" and k - 1 >= lo and low(k - 1) in w["notice_labels"]:
            return people.topic_before(k, self.topic_window)
        # "2016 | Discreditable conduct | Posted offensive material | Dismissed": the last
        # cell of a table row about one case is that case's officer
        if k >= lo and doc[k].text in w["table_cells"]["separators"] and self._case_row(doc, people, k):
            return self._row_person(doc, people, k)
        return self._count_with_clause(doc, people, chain_start, lo) or \
            self._first_in_clause(doc, people, chain_start, lo, why)

    def _behind_clause(self, doc: Doc, m: Optional[Mention], k: int, chain_start: int, relative: bool) -> bool:
        """Whether the person ending right before the verb may close a clause about someone
        earlier: "A deputy accused of ... has resigned", "A sergeant accused of kicking a man
        pleaded guilty" (a verb that is never a participle)."""
        verb = doc[chain_start].lower_
        if m is not None and m.head in ("he", "she"):
            return False  # "The chief informed Bell she had been suspended": a subject pronoun is the verb's own
        return m is not None and not relative and k == chain_start - 1 and (
            verb in _FINITE_AUX or m.kind == "nonpolice" and verb in self.w["finite_only_verbs"])

    def _shared_subject(self, doc: Doc, people: People, chain_start: int, lo: int, depth: int) -> Optional[Mention]:
        """'X was found to have committed misconduct ... and was given a final written warning':
        a second verb with no subject of its own shares the subject of the verb before it."""
        low = token_lowers(doc).__getitem__  # a word, not a Token, per look
        k = chain_start - 1
        if k > lo and low(k) == "and" and low(chain_start) == "to":
            verb = self._first_infinitive_verb(doc, k, lo)  # "agreed not to seek ... and to surrender"
            return self._agent(doc, people, verb, lo, [], depth + 1) if verb is not None else None
        if not (k > lo and low(k) in ("and", "but", "or") and
                (low(chain_start) in _FINITE_AUX or self._bare_participle(doc, people, chain_start) or
                 low(chain_start) in ("found", "given", "held") and chain_start + 1 < len(doc) and
                 low(chain_start + 1) in ("guilty", "liable", "responsible"))):  # "was prosecuted and found guilty"
            return None
        for j in range(k - 1, lo - 1, -1):
            if low(j) in (";", ":") or low(j) in self.w["clause_breaks"] and not self._reduced_clause(doc, people, j):
                return None
            if low(j) in _FINITE_AUX and (j == lo or low(j - 1) not in self.w["aux"] and low(j - 1) != "to"):
                if low(chain_start) not in _FINITE_AUX and not doc[j + 1].lower_.endswith(("ed", "en")):
                    return None  # "was convicted ... but acquitted": both passive, one subject
                return self._agent(doc, people, j, lo, [], depth + 1)
        return None

    def _first_infinitive_verb(self, doc: Doc, k: int, lo: int) -> Optional[int]:
        """The decision verb of the infinitive before 'and' at k ('agreed (not) to ... and to')."""
        for j in range(k - 1, max(lo - 1, k - 14), -1):
            if doc[j].is_punct and doc[j].text not in ("-", ","):
                return None
            if doc[j].lower_ == "to":
                m = j - 2 if j - 2 >= lo and doc[j - 1].lower_ == "not" else j - 1
                return m if m >= lo and doc[m].lower_ in self.cues.words("decided", "before_chain") else None
        return None

    @staticmethod
    def _bare_participle(doc: Doc, people: People, i: int) -> bool:
        """'convicted of theft but acquitted of assault': a participle after 'and' / 'but' with no
        object of its own ('... and arrested the man' is an active verb with its object)."""
        nxt = doc[i + 1] if i + 1 < len(doc) else None
        return doc[i].lower_.endswith(("ed", "en")) and nxt is not None and \
            nxt.lower_ not in ("the", "a", "an", "his", "her", "their", "him", "them", "two", "three") and \
            people.starting_at(i + 1) is None

    def _reduced_clause(self, doc: Doc, people: People, j: int) -> bool:
        """'driving while intoxicated', 'when off duty': a clause word with no subject after it
        opens no new clause."""
        return doc[j].lower_ in ("while", "whilst", "when", "though", "although") and j + 1 < len(doc) and \
            not self._new_subject(doc, people, j + 1) and \
            doc[j + 1].lower_ not in ("he", "she", "they", "it", "i", "we", "you", "there")

    def _fronted_participle(self, doc: Doc, people: People, chain_start: int, lo: int) -> Optional[Mention]:
        """'Having been convicted of assault, PC X was dismissed', 'After being charged, the
        deputy resigned': a participle clause opening the sentence has the subject of the
        clause after its comma."""
        opens = self.cues.words("participle", "sentence_start")
        if not (chain_start == lo and doc[lo].lower_ == "having" or chain_start == lo + 1 and
                doc[lo].lower_ in opens and doc[chain_start].lower_ in ("being", "having")):
            return None
        hi = people.sent_end(lo)
        comma = next((j for j in range(chain_start, hi) if doc[j].text in (",", ";", ":")), None)
        if comma is None or doc[comma].text != ",":
            return None
        m = people.starting_at(comma + 1) if comma + 1 < hi else None
        return m if m is not None and m.lead == comma + 1 else None

    @staticmethod
    def _both(doc: Doc, people: People, chain_start: int, lo: int) -> Optional[Mention]:
        """'Both were suspended', 'and both have resigned', 'Each is charged with ...': the people
        named before (plural.py)."""
        for b in (chain_start, chain_start - 1):
            # "each" opens its clause with its own verb; not "A and B, 35, each received"
            each = doc[b].lower_ == "each" and (b == lo or doc[b - 1].lower_ in ("and", ";") and
                                                b + 1 < len(doc) and doc[b + 1].lower_ in _FINITE_AUX)
            if b >= lo and (doc[b].lower_ == "both" and (b == lo or doc[b - 1].lower_ in ("and", ",", ";")) or each):
                m = Mention(b, b + 1, "generic", doc[b].text, head="both", plural=True, det="generic")
                m.sent, m.lead = people.sent_of[b], b
                return m
        return None

    def _case_row(self, doc: Doc, people: People, k: int) -> bool:
        """The row of the cell opened at token k describes a case in words in one of its
        cells (not a header row of counts: 'Year | Dismissed | Resigned')."""
        seps = self.w["table_cells"]["separators"]
        lo, hi = people.sent_bounds[people.sent_of[k]]
        cells, words = [], 0
        for j in range(lo, hi):
            if doc[j].text in seps:
                cells.append(words)
                words = 0
            elif doc[j].is_alpha:
                words += 1
        cells.append(words)
        sent = people.sent_of[k]
        prev = people.sent_bounds[sent - 1] if sent else (0, 0)
        first_row = not any(doc[j].text in seps for j in range(*prev))  # the header
        return not first_row and len(cells) > 2 and max(cells) >= self.w["table_cells"]["description_words"]

    def _row_person(self, doc: Doc, people: People, k: int) -> Optional[Mention]:
        """The officer a table row is about: a person opening one of its cells ('| Special
        constable convicted ...'), else the officer the rows before were about."""
        seps = self.w["table_cells"]["separators"]
        lo = people.sent_bounds[people.sent_of[k]][0]
        for m in people.mentions:
            if lo <= m.lead < k and m.lead > 0 and doc[m.lead - 1].text in seps and not m.plural:
                return m
        return people.topic_before(lo, self.topic_window)

    def _before_relative(self, doc: Doc, k: int, lo: int) -> tuple[bool, int]:
        """Whether token k is a relative pronoun, and where the person it follows ends."""
        if not (k >= lo and doc[k].lower_ in self.w["relative_pronouns"]):
            return False, k
        k -= 1  # "... of PC X, who was jailed": the clause is about the nearest person
        if k >= lo and doc[k].text == ",":
            k -= 1
        if k - 1 > lo and doc[k].like_num and doc[k - 1].text == ",":
            k -= 2  # "PC Al Roe, 43, who was found guilty": the age apposed to the person
        return True, k

    def _before_insertions(self, doc: Doc, people: People, k: int, lo: int) -> tuple[Optional[Mention], int]:
        """Skip bracketed insertions left of token k: ", who ...," / ", 30, of Kent Police," /
        "(pictured)". The person right before one, or None and where the skipping stopped."""
        named = self._named_list_apposed(doc, people, k, lo)
        if named is not None:
            return named, k  # "The officers, Sgt A, PC B, PC C and PC D, were fired": the names
        for _ in range(3):
            if not (k >= lo and doc[k].text in (",", "-", "–", "—", ")")):
                break
            closer = doc[k].text
            opener = {")": "("}.get(closer, closer)
            j = k - 1
            while j > lo and doc[j].text != opener and k - j < 30 and doc[j].text not in (";", ":"):
                j -= 1
            if not (j > lo and doc[j].text == opener):
                break
            m = people.ending_at(j - 1)
            apposed = people.starting_at(j + 1)
            if apposed is not None and apposed.kind == "name" and apposed.end == k and not apposed.plural and \
                    (m is None or m.kind != "name"):
                return apposed, k  # "A second officer who was present, Officer Tina Bragg, was placed on leave"
            if m is not None:
                named = people.ending_at(k - 1) if m.plural and m.police is True and m.det == "def" and \
                    opener == "," else None
                if named is not None and named.kind == "name" and named.lead > j:
                    return named, k  # "The deputies, Al Fox and Bo Kim, were fired": the names
                # "The trooper who arrested Sandra Bland, a woman who ..., has been indicted":
                # the person before the insertion may be the object inside a relative clause
                return self._outside_relative(doc, people, m, lo), k
            k = j - 1
            aged = k - 2 > lo and doc[k].like_num and doc[k - 1].lower_ in self.w.get("age_words", ())
            if aged:
                k -= 1  # ", aged 29, of Ballincollig,": the word before an age
            if not (doc[k].like_num or aged) or not (k - 1 > lo and doc[k - 1].text == ","):
                break
            m = people.ending_at(k - 2)  # ", 30, of Kent Police,": the age is a second insertion
            if m is not None:
                return m, k
            k -= 1
        return None, k

    def _named_list_apposed(self, doc: Doc, people: People, k: int, lo: int) -> Optional[Mention]:
        """The last name of a list of names in apposition to a group of officers, closed by the
        comma at token k: 'The deputies, Al Fox, Bo Kim and Cy Dunn, were fired' (the commas
        inside the list are not the insertion's)."""
        if not (k - 1 >= lo and doc[k].text == ","):
            return None
        last = people.ending_at(k - 1)
        if last is None or last.kind != "name":
            return None
        items = self._conjuncts(doc, people, last, lo)
        first = items[0]
        if len(items) < 3 or not (first.lead - 2 >= lo and doc[first.lead - 1].text == ","):
            return None  # two names: _before_insertions reads them already
        group = people.ending_at(first.lead - 2)
        return last if group is not None and group.plural and group.police is True else None

    def _first_in_clause(self, doc: Doc, people: People, chain_start: int, lo: int, why: list) -> Optional[Mention]:
        """Fall back: the first person in the clause, else the head of a relative clause."""
        w = self.w
        low = token_lowers(doc).__getitem__  # a word, not a Token, per look
        clause = lo
        for j in range(chain_start - 1, lo - 1, -1):
            if low(j) == "but" and j + 1 == chain_start:
                continue  # "kept his job but was demoted": a second predicate of the same subject
            if low(j) in w["clause_breaks"] or low(j) in w["speaker_verbs"] or \
                    (low(j) == "and" and j - 1 > lo and doc[j - 1].text == "," and self._new_subject(doc, people, j + 1)) or \
                    (low(j) in w["decision_verbs"] and j + 1 < len(doc) and low(j + 1) not in ("guilty", "to")):
                clause = j + 1
                break
        for m in people.mentions:
            if m.start < clause or m.end > chain_start:
                continue
            if m.det == "poss" and not (m.lead == clause and m.police is True and not m.plural) or m.owner:
                continue  # not "his wife"; "His colleague, PC Jade Moss, was given ..." opens the clause
            if m.lead > lo and doc[m.lead - 1].lower_ in w["prepositions"] and doc[m.lead - 1].lower_ != "than":
                continue  # "More than 20 guards": a count's words, not a preposition
            that = next((j for j in (m.lead - 1, m.lead) if j > lo and low(j) == "that"), None)  # names.py may glue it
            if that is not None and low(that - 1) in w["non_person_subjects"]:
                why.append(f"inside what the '{doc[that - 1].text}' says")  # "Claims that PC X lied were dismissed"
                return None
            return self._outside_relative(doc, people, m, lo)
        # "a former sergeant who groomed a woman he met while ... was jailed": the head of a
        # relative clause that a clause word inside it hid
        for m in reversed(people.mentions):
            if m.sent != people.sent_of[chain_start - 1] or m.end >= chain_start or m.end >= len(doc):
                continue
            if doc[m.end].lower_ == "who" and m.singular_person:
                return m
        seps = self.w["table_cells"]["separators"]
        row = next((j for j in range(chain_start - 1, lo - 1, -1) if doc[j].text in seps), None)
        if row is not None and self._case_row(doc, people, row):
            return self._row_person(doc, people, row)  # "| Found guilty ...; given a suspended sentence |"
        why.append("no person left of the verb")
        return None

    @staticmethod
    def _new_subject(doc: Doc, people: People, j: int) -> bool:
        """', and a sergeant has been suspended': a new clause with its own subject, not a
        second verb ('..., and fired upon its completion')."""
        return people.starting_at(j) is not None or is_number(doc[j]) or \
            doc[j].lower_ in ("a", "an", "the", "another", "his", "her", "their")

    def _colon_subject(self, doc: Doc, people: People, lo: int) -> Optional[Mention]:
        hi = people.sent_end(lo)
        for j in range(lo, min(hi, lo + 4)):
            if doc[j].text == ":":
                m = people.starting_at(j + 1)
                return m if m is not None and m.lead == j + 1 or m is not None and m.start == j + 1 else None
        return None

    def _conjuncts(self, doc: Doc, people: People, m: Mention, lo: int) -> list[Mention]:
        """'PC Jones and PC Brown were dismissed': every person of the subject."""
        out = [m]
        while len(out) < 6:
            k = out[0].lead - 1
            if k - 3 >= lo and doc[k].text == "," and doc[k - 3].lower_ == "and" and out[0].police and \
                    doc[k - 2].lower_ in ("his", "her", "their") and doc[k - 1].is_lower:
                k -= 3  # "Officer Mia Ford and her partner, Officer Sam Pitt,": the apposed name is the second
            if k - 1 < lo or doc[k].lower_ not in ("and", ","):
                break
            j = k - 1
            if doc[j].text == "," and doc[k].lower_ == "and":
                j -= 1
            j = _before_home_town(doc, people, j, lo)  # "Ian Ford, 44, of Dalton and Officer Neil Booth"
            if doc[j].text == "," and j - 2 >= lo and doc[j - 1].like_num and doc[j - 2].text == ",":
                j -= 1
            if doc[j].like_num and j - 1 >= lo and doc[j - 1].text == ",":
                j -= 2  # "Sergeant Ian Platt, 51, and PC Sue Hay"
            prev = people.ending_at(j)
            if prev is None or prev in out or (prev.plural and prev.kind == "generic" and doc[k].text == ",") or \
                    prev.speaker and doc[k].text == "," and doc[prev.lead - 1].lower_ == "to":
                break  # "The deputies, Al Fox and Bo Kim": the group; "According to Chief X, Y": the source
            out.insert(0, prev)
        last = out[-1]
        if len(out) > 1 and last.plural and last.det == "number" and (last.count or 0) > \
                self.w["group_outcome"]["max_count"]:
            return [last]  # "Bradley, Rich and 15 other officers were indicted": one set of 17, read as a group
        return out

    def _outside_relative(self, doc: Doc, people: People, m: Mention, lo: int) -> Mention:
        """'A man who stalked an officer was jailed': the officer is inside the relative
        clause; the subject is the person the clause is about."""
        if m.head in ("them", "him"):  # "an officer who got the messages but did not report them was warned"
            for j in range(m.lead - 1, lo, -1):
                if doc[j].lower_ in ("who", "that") and people.ending_at(j - 1) is not None:
                    return people.ending_at(j - 1)
        if m.lead - 1 > lo and doc[m.lead - 1].lower_ == "that":
            return m  # "... know that someone had been arrested": the subject of the clause 'that' opens
        for j in range(m.lead - 1, lo, -1):
            t = doc[j].lower_
            if t in self.w["clause_breaks"] or t in (",", "-", "–", "("):
                return m
            if t in ("who", "whom"):
                k = j - 1
                if k >= lo and doc[k].text == ",":
                    return m  # ", who ...": a bracketed clause, already skipped when closed
                outer = people.ending_at(k)
                return outer if outer is not None else m
        return m


def _before_home_town(doc: Doc, people: People, k: int, lo: int) -> int:
    """'Officer Neil Booth of Marysville', 'Ian Ford, 44, of Dalton': a home town after a
    person (a capitalised place after 'of') is skipped; where the person ends, else k."""
    j = k
    while j > lo and k - j < 4 and doc[j].text[:1].isupper() and doc[j].is_alpha:
        j -= 1
    if j == k or j - 1 < lo or doc[j].lower_ != "of":
        return k
    j -= 1
    if people.ending_at(j) is not None:
        return j
    if doc[j].text == "," and j - 2 >= lo and doc[j - 1].like_num and doc[j - 2].text == "," and \
            people.ending_at(j - 3) is not None:
        return j  # ", 44, of Dalton": the age is skipped by the caller
    return k


def _before_adverb(doc: Doc, people: People, k: int, lo: int) -> int:
    """'Assistant Chief Jeffrey Thompson voluntarily relinquished': an adverb in -ly between the
    person and the verb is skipped."""
    if k - 1 >= lo and doc[k].is_lower and len(doc[k]) > 4 and doc[k].lower_.endswith("ly") and \
            people.ending_at(k - 1) is not None:
        return k - 1
    return k


def _place_in_phrase(doc: Doc, m: Mention, lo: int, prepositions) -> bool:
    """'The police chief of a small town on Maryland's Eastern Shore has been indicted': capitals
    after a preposition and 'the' or a place's possessive are a place in the subject's
    phrase, not its subject (the first person of the clause is)."""
    j = m.lead - 1
    if m.kind != "name" or j < lo:
        return False
    if doc[j].lower_ == "the":
        j -= 1
    elif doc[j].text in ("'s", "’s") and j - 1 >= lo and doc[j - 1].is_title:
        j -= 2
    else:
        return False
    return j >= lo and doc[j].lower_ in prepositions
