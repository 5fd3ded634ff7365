"""The outcomes component: what happened to one police officer or member of staff.

A rule in models/outcome_patterns.jsonl is a spaCy Matcher pattern for the words
that state an outcome ("jailed", "placed on the barred list", "no case to
answer") plus flags saying how to read it. For every match the component

1. refuses what did not happen: a negation or modal in the verb chain before it
   ("was not dismissed", "could be jailed"), a condition ("if convicted", "Had he
   been convicted,"), a wish or threat ("faces being sacked", "expected to be
   sacked"); a would-have-been-dismissed reading is refused when its condition is a
   conviction or finding that was not made ("had he been convicted, he would have
   faced dismissal"), kept when it is the officer still serving ("had he not resigned");
2. finds the subject (models/subjects.json, extractor.nlp.subjects):
     agent    the person left of the verb: over "was also", ", who ...,", else the
              first person in the clause ("A police officer who ... has been dismissed")
     patient  the person a finding is about: "against X" / "for X", else a police officer
              in the sentence who is not the chair, else the officer the article was
              last about ("the panel agreed that the allegation amounted to ...")
     object   the person inside the match ("found PC X guilty")
     of       each person after "of" ("the convictions of A and B")
   a second verb with no subject of its own ("... and was given a final written
   warning") takes the subject of the verb before it; "they", "both men", "the pair"
   stand for the people of the latest outcome stated for several people at once
   ("PC A and PC B were dismissed ... against both men");
   and refuses plural, counted and generic subjects ("38 officers", "most",
   "someone who has been dismissed") and people who are not police ("a man");
3. reads a prison sentence's length ("two years and four months" -> 28) and turns
   a suspended one into suspended_sentence; life sentences have no length;
4. dates the outcome where the article gives a day: a single-day date in its
   sentence; for a hearing's findings the day of a nearby sentence about the
   hearing, or of another finding about the same person; for a prison sentence
   the day of a nearby sentence about the sentencing. Months and years do not
   date an outcome.

Matches of one rule that overlap keep the longest; a rule's `supersedes` drops
overlapping matches of weaker outcomes ("would have been dismissed" over
"dismissed"). Within a sentence, and in the very next sentence, the same outcome for the same
person is kept once ("found the allegation not proven. PC X was cleared"), unless
the second says "again"; restatements further away are kept (they are optional in gold).
`OutcomeFinder.explain(doc)` says, for every match, what it became or why it
was refused.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal, Optional

from pydantic import BaseModel, ConfigDict, ValidationError
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import filter_spans

from ..errors import RuleError
from ..normalise.numbers import duration_months
from ..records import Outcome, OutcomeKind
from ..rulefiles import load_json, load_jsonl
from . import doc_text
from .rules import AnchoredMatcher
from .subjects import Mention, People, is_number, words

PATTERNS_FILE = "outcome_patterns.jsonl"


class OutcomeRule(BaseModel):
    """One line of models/outcome_patterns.jsonl."""

    model_config = ConfigDict(extra="forbid")

    id: str
    outcome: OutcomeKind
    pattern: list[dict]
    example: str                                    # a sentence the rule must match (tested)
    subject: Literal["agent", "patient", "object", "of"] = "agent"
    sentence: bool = False          # a prison sentence: read its length, suspended -> suspended_sentence
    needs_length: bool = False      # only an outcome when a length or 'life' follows ("sentenced to ...")
    modal_ok: bool = False          # "would have been dismissed" is a finding, not a hypothetical
    needs_finding: bool = False     # only after "found", "agreed", "ruled", "proven" ... in the sentence
    active_object: bool = False     # "the force sacked PC X": the person after the verb
    not_after_sentence: bool = False  # "suspended" after a prison sentence is its suspension
    supersedes: list[OutcomeKind] = []  # overlapping matches with these outcomes are dropped
    not_before: list[str] = []      # refused when the next words are one of these ("cleared the way")
    misconduct_outcome: Optional[OutcomeKind] = None  # the outcome when the context is a misconduct
                                                      # hearing, not a court ("PC X was cleared")
    note: str = ""


def load_rules(filename: str = PATTERNS_FILE) -> list[OutcomeRule]:
    rules = []
    for row in load_jsonl(filename):
        try:
            rules.append(OutcomeRule(**row))
        except ValidationError as exc:
            err = exc.errors()[0]
            where = ".".join(str(x) for x in err["loc"])
            raise RuleError(f"models/{filename}: rule {row.get('id', '?')}: {where}: {err['msg']}") from exc
    ids = [r.id for r in rules]
    dupes = {i for i in ids if ids.count(i) > 1}
    if dupes:
        raise RuleError(f"models/{filename}: duplicate rule ids {sorted(dupes)}")
    return rules


@Language.factory("extractor_outcomes", default_config={"patterns": PATTERNS_FILE, "topic_window": 6})
def make_outcomes(nlp: Language, name: str, patterns: str, topic_window: int):
    return OutcomeFinder(nlp, patterns, topic_window)


@dataclass
class Found:
    rule: OutcomeRule
    outcome: str
    start: int                     # char span of the words that state it
    end: int
    subject: Optional[str]
    custodial: Optional[float]
    sent: int
    trigger: int                   # token span of the match
    trigger_end: int
    person: Optional[Mention] = None


class OutcomeFinder:
    def __init__(self, nlp: Language, patterns: str = PATTERNS_FILE, topic_window: int = 6):
        self.rules = {r.id: r for r in load_rules(patterns)}
        self.matcher = AnchoredMatcher(nlp.vocab)
        for rule in self.rules.values():
            try:
                self.matcher.add(rule.id, [rule.pattern])
            except Exception as exc:  # spaCy raises several kinds for a malformed pattern
                raise RuleError(f"models/{patterns}: rule {rule.id}: {exc}") from exc
        self.topic_window = topic_window
        self.w = words()

    # ------------------------------------------------------------------ main
    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            doc._.outcomes = []
            return doc
        people = People(doc)
        matches = self._matches(doc)
        found: list[Found] = []
        for rule, start, end in matches:
            found.extend(self._read(doc, people, rule, start, end, found=found))
        kept = sorted(self._dedupe(self._superseded(found), people), key=lambda f: (f.start, f.end))
        doc._.outcomes = [self._record(doc, f, when) for f, when in zip(kept, self._dates(doc, people, kept))]
        return doc

    def explain(self, doc: Doc) -> list[tuple[str, str, str]]:
        """(rule id, matched text, what became of it) for every match: a debugging aid."""
        people = People(doc)
        out = []
        found: list[Found] = []
        for rule, start, end in self._matches(doc):
            reason: list[str] = []
            res = self._read(doc, people, rule, start, end, reason, found)
            found.extend(res)
            out.append((rule.id, doc[start:end].text, "; ".join(f"{f.outcome}:{f.subject}" for f in res)
                        if res else "refused: " + (reason[0] if reason else "?")))
        return out

    def _matches(self, doc: Doc) -> list[tuple[OutcomeRule, int, int]]:
        by_rule: dict[str, list] = {}
        for match_id, start, end in self.matcher(doc):
            by_rule.setdefault(doc.vocab.strings[match_id], []).append(doc[start:end])
        kept = []
        for rid, spans in by_rule.items():
            for span in filter_spans(spans):
                kept.append((self.rules[rid], span.start, span.end))
        kept.sort(key=lambda k: (k[1], k[2]))
        return kept

    @staticmethod
    def _superseded(found: list[Found]) -> list[Found]:
        """Drop an outcome that an overlapping, stronger reading of the same words replaces:
        'found guilty of gross misconduct' is not also a conviction."""
        return [f for f in found if not any(
            g is not f and f.outcome in g.rule.supersedes and g.trigger < f.trigger_end and f.trigger < g.trigger_end
            for g in found)]

    # ------------------------------------------------------------------ one match
    def _read(self, doc: Doc, people: People, rule: OutcomeRule, start: int, end: int,
              why: Optional[list] = None, found: Optional[list] = None) -> list[Found]:
        """The outcomes one match states (none, one, or one per person of the subject)."""
        why = why if why is not None else []
        lo, hi = people.sent_start(start), people.sent_end(start)
        refusal = self._context_refusal(doc, rule, start, end, lo, hi)
        chain_start, chain = self._verb_chain(doc, start, lo)
        refusal = refusal or self._chain_refusal(doc, rule, chain_start, chain, lo)
        if refusal:
            why.append(refusal)
            return []
        subjects = self._subjects(doc, people, rule, start, end, chain_start, chain, lo, hi, why, found or [])
        subjects = self._expand_groups(doc, people, subjects, found or [], people.sent_of[start])
        if not subjects:
            if not why:
                why.append("no subject")
            return []
        if any(t in self.w["habitual"] for t in chain):
            why.append("habitual")  # "an officer who is convicted is usually dismissed"
            return []
        first = subjects[0]
        if first.lead > lo and doc[first.lead - 1].lower_ == "or":
            why.append("either person")  # "an officer or staff member being dismissed"
            return []
        if chain == ["being"] and first.end == chain_start and first.det in ("indef", "generic", ""):
            why.append("not stated as having happened")  # "ended with an officer being dismissed"
            return []
        if chain and set(chain) <= self.w["present_aux"] | self.w["adverbs"] and \
                subjects[0].det in ("indef", "", "generic") and subjects[0].kind in ("desc", "generic"):
            why.append("generic present")  # "an officer who lies is dismissed"
            return []

        outcome = rule.outcome
        if rule.misconduct_outcome and self._misconduct_context(doc, people, start):
            outcome = rule.misconduct_outcome
        text_start = doc[chain_start].idx if chain_start < start else doc[start].idx
        text_end = _end_char(doc, end - 1)
        custodial = None
        if rule.sentence or rule.needs_length:
            length = self._length(doc, start, end, lo, hi)
            if length is None and rule.needs_length:
                why.append("no sentence length")
                return []
            if length is not None:
                custodial, len_end, suspended = length
                text_end = max(text_end, len_end)
                if suspended:
                    outcome = "suspended_sentence"
                    for j in range(end, min(hi, end + 16)):
                        if doc[j].lower_ == "suspended":
                            text_end = max(text_end, _end_char(doc, j))
                            break
        out = []
        for m in subjects:
            subject = self._validate(people, m, why, found or [], people.sent_of[start])
            if subject is False:
                continue
            s_end = max(text_end, _end_char(doc, m.end - 1)) if rule.subject == "of" else text_end
            out.append(Found(rule, outcome, text_start, s_end, subject, custodial, people.sent_of[start], start, end,
                             m.resolved()))
        return out

    def _context_refusal(self, doc: Doc, rule: OutcomeRule, start: int, end: int, lo: int, hi: int) -> str:
        """Why the words around the match say it is not an outcome here ('' when they do not)."""
        w = self.w
        low = [t.lower_ for t in doc[lo:hi]]
        at = lambda j: low[j - lo]  # noqa: E731
        nxt = end
        while nxt < hi and doc[nxt].is_space:
            nxt += 1
        following = " ".join(at(j) for j in range(nxt, min(hi, nxt + 4)) if not doc[j].is_space)
        for words_ in rule.not_before:
            if following == words_ or following.startswith(words_ + " "):
                return f"followed by '{words_}'"
        if doc[hi - 1].text == "?" or (hi - 2 >= lo and doc[hi - 2].text == "?"):
            return "a question"  # "In how many cases did the panel find that ...?"
        if any(at(j) in w["habitual"] for j in range(lo, start)):
            return "habitual"  # "this was usually because the investigation found no case to answer"
        clause = self._clause_start(doc, lo, start)
        if self._counted_context(doc, clause, start):
            return "counted cases"  # "in 21 the panel found the officer would have been dismissed"
        if rule.needs_finding and not any(at(k) in w["decision_verbs"] or at(k) in ("proven", "proved")
                                          for k in range(lo, start)):
            return "no finding verb"
        if not rule.modal_ok and self._conditional(doc, lo, start):
            return "conditional"
        if rule.modal_ok and self._conditional_on_finding(doc, lo, hi):
            return "conditional on a finding"  # "had he been convicted, he would have faced dismissal"
        if rule.not_after_sentence:
            clause = max(lo, start - 12)
            for j in range(start - 1, clause - 1, -1):
                if at(j) == ";" or (at(j) in ("and", "but", "while") and j > lo and at(j - 1) == ","):
                    clause = j
                    break
            if {at(j) for j in range(clause, start)} & _SENTENCE_WORDS or \
                    (end < hi and at(end) in ("sentence", "prison", "jail")):
                return "suspension of a sentence"
        return ""

    def _verb_chain(self, doc: Doc, start: int, lo: int) -> tuple[int, list[str]]:
        """The auxiliaries and adverbs before the match ('was also', 'has since been',
        'would have been', 'was found to have') and where they start."""
        w = self.w
        k = start - 1
        chain: list[str] = []
        while k >= lo:
            t = doc[k].lower_
            if t == "to" and k - 1 >= lo and doc[k - 1].lower_ in w["finding_to"]:
                k -= 2  # "was found to have no case to answer": a finding, not an intention
                continue
            if not (t in w["aux"] or t in w["adverbs"] or t in w["negators"] or t in w["modals"] or t == "to"):
                break
            chain.insert(0, t)
            k -= 1
        return k + 1, chain

    def _chain_refusal(self, doc: Doc, rule: OutcomeRule, chain_start: int, chain: list[str], lo: int) -> str:
        """Negation, modality or intention in the verb chain ('' when there is none)."""
        w = self.w
        k = chain_start - 1
        before = doc[k].lower_ if k >= lo else ""
        if any(t in w["negators"] for t in chain) or before in ("avoided", "escaped", "avoid"):
            return "negated"
        if before in ("or", "nor") and any(doc[j].lower_ in w["negators"] for j in range(max(lo, k - 5), k)):
            return "negated"  # "has not been arrested or charged"
        if "to" in chain or before in w["hypothetical_words"]:
            return "hypothetical"  # "is expected to be dismissed", "faces being sacked"
        if any(t in w["modals"] for t in chain) and not rule.modal_ok:
            decided = any(doc[j].lower_ in w["decision_verbs"] for j in range(max(lo, chain_start - 8), chain_start))
            if not (decided and "should" in chain):  # "a panel decided that he should be dismissed"
                return "modal"
        return ""

    def _subjects(self, doc: Doc, people: People, rule: OutcomeRule, start: int, end: int, chain_start: int,
                  chain: list[str], lo: int, hi: int, why: list, found: list) -> list[Mention]:
        passive = any(t in ("was", "were", "been", "being", "is", "are", "be") for t in chain)
        if rule.subject == "agent" and any(m.start <= start < m.end for m in people.mentions):
            why.append("inside a description")  # "a retired detective"
            return []
        obj = people.starting_at(end) if end < hi else None
        if rule.subject == "agent" and obj is not None and not passive:
            if not rule.active_object:
                why.append("attributive")
                return []
            if obj.kind == "pron" and people.ending_at(chain_start - 1) is not None:
                why.append("a person doing it to someone")  # "PC X arrested him"
                return []
            return [obj]  # "Kent Police has sacked a constable"
        if rule.active_object and not passive and end < hi and doc[end].lower_ in _DETERMINERS:
            why.append("done to a thing")  # "the inspector suspended the search"
            return []
        if rule.subject == "agent":
            m = self._agent(doc, people, chain_start, lo, why)
            return self._conjuncts(doc, people, m, lo) if m is not None else []
        if rule.subject == "patient":
            m = self._patient(doc, people, start, end, chain_start, lo, hi, why, found)
            return [m] if m is not None else []
        if rule.subject == "object":
            return [m for m in people.mentions if start < m.lead <= end + 1 and m.lead < hi][:1]
        return self._of_list(doc, people, end, hi)

    def _group(self, doc: Doc, people: People, m: Mention, found: list, sent: int) -> list[Mention]:
        """The people a plural anaphor stands for: 'PC A and PC B were dismissed. The panel
        found gross misconduct proven against both men, and they will be barred.' Only
        'they' / 'them', 'both (men|officers)', 'the pair' and 'the two/three ...', and only
        for the people of the latest outcome stated for several people at once in this or
        the two sentences before, with no other plural group of people in between."""
        if not m.plural:
            return []
        lead = doc[m.lead].lower_ if 0 <= m.lead < len(doc) else ""
        before = doc[m.lead - 1].lower_ if m.lead > 0 else ""
        size = None
        if m.kind == "generic" and m.head in ("they", "them") and m.end - m.start == 1:
            pass
        elif lead == "both":
            size = 2
        elif m.head in self.w["group_nouns"]:
            size = self.w["group_nouns"][m.head] if lead == "the" or before == "the" else None
            if size is None:
                return []
        elif m.det == "number" and m.count and before == "the":
            size = int(m.count)  # "the two officers"
        else:
            return []
        latest = None
        for f in reversed(found):
            if f.sent > sent or sent - f.sent > 2:
                continue
            members = [g.person for g in found if g.trigger == f.trigger and g.person is not None]
            if len({id(p) for p in members}) >= 2:
                latest = (f, members)
                break
        if latest is None:
            return []
        f, members = latest
        uniq = []
        for p in members:
            if all(p is not q for q in uniq):
                uniq.append(p)
        if size is not None and size != len(uniq):
            return []
        for other in people.mentions:
            if f.trigger_end <= other.start < m.start and other is not m and other.plural and \
                    other.kind in ("generic", "nonpolice") and other.head not in ("they", "them"):
                return []  # "Other officers in the group ... they": another group came between
        return uniq

    def _expand_groups(self, doc: Doc, people: People, subjects: list[Mention], found: list,
                       sent: int) -> list[Mention]:
        out: list[Mention] = []
        for m in subjects:
            members = self._group(doc, people, m, found, sent)
            for p in members or [m]:
                if all((p.resolved() or p) is not (q.resolved() or q) for q in out):
                    out.append(p)
        if len(out) > 1 and any(self._group(doc, people, m, found, sent) for m in subjects):
            out = [p for p in out if not p.plural]  # "both men, and they": the group once
        return out

    def _misconduct_context(self, doc: Doc, people: People, start: int) -> bool:
        """The sentence, or the one before, speaks of a misconduct hearing and not of a court."""
        sent = people.sent_of[start]
        lo = people.sent_bounds[max(0, sent - 1)][0]
        hi = people.sent_bounds[sent][1]
        text = _CRIME_OF_OFFICE.sub(" ", doc[lo:hi].text.lower())  # the crime is a court matter
        words_ = set(re.findall(r"[a-z]+", text))
        return bool(words_ & self.w["misconduct_context"]) and not words_ & self.w["court_context"]

    def _clause_start(self, doc: Doc, lo: int, start: int) -> int:
        for j in range(start - 1, lo - 1, -1):
            t = doc[j].lower_
            if t == ";" or t in self.w["clause_breaks"] or (t in ("and", "but") and j > lo and doc[j - 1].text == ","):
                return j + 1
        return lo

    @staticmethod
    def _counted_context(doc: Doc, lo: int, start: int) -> bool:
        """'In 21 of those cases ...', 'in 21 the panel found ...': a number of cases, not a person."""
        for j in range(lo + 1, start - 1):
            t = doc[j]
            if doc[j - 1].lower_ in ("in", "of") and is_number(t) and not re.fullmatch(r"(1[89]|20)\d\d", t.text) \
                    and doc[j + 1].lower_ in ("of", "the", ",", "cases", "a", "an", "instances", "per", "%"):
                return True
        return False

    @staticmethod
    def _inverted_condition(doc: Doc, k: int, lo: int) -> bool:
        """'Had he been convicted, ...', 'Were the allegation proven, ...': a condition
        stated by putting the auxiliary first, at the start of a clause."""
        if doc[k].lower_ not in ("had", "were", "should") or k + 1 >= len(doc):
            return False
        if k > lo and not (doc[k - 1].text in (",", ";", ":", "(", "-", "–", "—") or
                           doc[k - 1].lower_ in ("and", "but", "yet", "that")):
            return False
        nxt = doc[k + 1]
        return nxt.lower_ in ("he", "she", "they", "it", "the", "this", "that", "a", "an", "his", "her", "their") \
            or (nxt.text[:1].isupper() and nxt.is_alpha)

    def _conditional(self, doc: Doc, lo: int, start: int) -> bool:
        """An 'if' / 'unless' / 'whether', or a clause opened by 'Had he ...', earlier in the
        same clause: 'If convicted he could be jailed', 'Had he been convicted' but not
        '..., and he remains suspended'."""
        for k in range(start - 1, lo - 1, -1):
            t = doc[k].lower_
            if t in ("if", "unless", "whether") or self._inverted_condition(doc, k, lo):
                return True
            if t == ";" or (t in ("and", "but", "while") and k > lo and doc[k - 1].text == ","):
                return False
        return False

    def _conditional_on_finding(self, doc: Doc, lo: int, hi: int) -> bool:
        """A condition in the sentence that a conviction or a finding had been made: 'Had he
        been convicted, he would have faced dismissal', 'he would have been dismissed if the
        allegations had been proven'. A would-have-been-dismissed finding is conditional on
        the officer still serving ('had he not resigned', 'if still serving'), never on a
        finding that was not made."""
        for k in range(lo, hi):
            if not (doc[k].lower_ in ("if", "unless") or self._inverted_condition(doc, k, lo)):
                continue
            for j in range(k + 1, min(hi, k + 12)):
                t = doc[j].lower_
                if t in (",", ";", ":", ".") or t in self.w["modals"] or t in self.w["clause_breaks"] \
                        or t in ("before", "after"):
                    break
                if t in self.w["finding_words"]:
                    return True
        return False

    def _agent(self, doc: Doc, people: People, chain_start: int, lo: int, why: list,
               depth: int = 0) -> Optional[Mention]:
        w = self.w
        low = lambda j: doc[j].lower_  # noqa: E731
        k = chain_start - 1
        # "X was found to have committed misconduct ... and was given a final written warning":
        # a second verb with no subject of its own shares the subject of the verb before it
        if k > lo and low(k) in ("and", "but", "or") and low(chain_start) in _FINITE_AUX and depth < 2:
            for j in range(k - 1, lo - 1, -1):
                if low(j) in (";", ":") or low(j) in w["clause_breaks"]:
                    break
                if low(j) in _FINITE_AUX and (j == lo or low(j - 1) not in w["aux"] and low(j - 1) != "to"):
                    m = self._agent(doc, people, j, lo, [], depth + 1)
                    if m is not None:
                        return m
                    break
        # headline: "Jailed: former PC who ..."
        if chain_start == lo:
            m = self._colon_subject(doc, people, lo)
            if m is not None:
                return m
        # skip bracketed insertions: ", who ...," / ", 30, of Kent Police," / "(pictured)"
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
            if m is not None:
                return m
            k = j - 1
            if not (doc[k].like_num and k - 1 > lo and doc[k - 1].text == ","):
                break
            m = people.ending_at(k - 2)  # ", 30, of Kent Police,": the age is a second insertion
            if m is not None:
                return m
            k -= 1
        relative = False
        if k >= lo and low(k) in w["relative_pronouns"]:
            relative = True  # "... of PC X, who was jailed": the clause is about the nearest person
            k -= 1
            if k >= lo and doc[k].text == ",":
                k -= 1
        if k >= lo:
            m = people.ending_at(k)
            if m is not None and (relative or not (m.lead > lo and doc[m.lead - 1].lower_ in w["prepositions"])):
                return self._outside_relative(doc, people, m, lo)
            t = doc[k]
            if is_number(t) or low(k) in w["count_words"] or low(k) in w["generic_words"]:
                why.append("counted subject")
                return None
            if low(k) in w["non_person_subjects"]:
                why.append(f"subject is '{t.text}'")
                return None
        # "Outcome: Dismissed without notice." in a hearing notice: the officer it is about
        if k >= lo and doc[k].text == ":" and k - 1 >= lo and low(k - 1) in w["notice_labels"]:
            return people.topic_before(k, self.topic_window)
        # fall back: the first person in the clause
        clause = lo
        for j in range(chain_start - 1, lo - 1, -1):
            if low(j) in w["clause_breaks"] or low(j) in w["speaker_verbs"] or \
                    (low(j) in w["decision_verbs"] and j + 1 < len(doc) and low(j + 1) not in ("guilty", "to")):
                clause = j + 1
                break
        for m in people.mentions:
            if m.start < clause or m.end > chain_start:
                continue
            if m.det == "poss" or m.owner:
                continue
            if m.lead > lo and doc[m.lead - 1].lower_ in w["prepositions"]:
                continue
            return self._outside_relative(doc, people, m, lo)
        # "a former sergeant who groomed a woman he met while ... was jailed": the head of a
        # relative clause that a clause word inside it hid
        for m in reversed(people.mentions):
            if m.sent != people.sent_of[chain_start - 1] or m.end >= chain_start or m.end >= len(doc):
                continue
            if doc[m.end].lower_ == "who" and m.singular_person:
                return m
        why.append("no person left of the verb")
        return None

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
            if k - 1 < lo or doc[k].lower_ not in ("and", ","):
                break
            j = k - 1
            if doc[j].text == "," and doc[k].lower_ == "and":
                j -= 1
            if doc[j].like_num and j - 1 >= lo and doc[j - 1].text == ",":
                j -= 2  # "Sergeant Ian Platt, 51, and PC Sue Hay"
            prev = people.ending_at(j)
            if prev is None or prev in out:
                break
            out.insert(0, prev)
        return out

    def _outside_relative(self, doc: Doc, people: People, m: Mention, lo: int) -> Mention:
        """'A man who stalked an officer was jailed': the officer is inside the relative
        clause; the subject is the person the clause is about."""
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

    def _patient(self, doc: Doc, people: People, start: int, end: int, chain_start: int, lo: int, hi: int,
                 why: list, found: Optional[list] = None) -> Optional[Mention]:
        low = [t.lower_ for t in doc[lo:hi]]
        sent_mentions = [m for m in people.mentions if lo <= m.start < hi]
        # a count anywhere in the finding's sentence: "2 cases resulted in ...", "against 63 people"
        for j in range(lo, hi):
            t = doc[j]
            if (t.like_num and j + 1 < hi and doc[j + 1].lower_ in ("cases", "people", "officers", "individuals")):
                why.append("counted cases")
                return None
        # "against X" / "for X"
        for j in range(lo, hi - 1):
            word = low[j - lo]
            if word not in ("against", "for", "on") or (word != "against" and j < end):
                continue
            if word in ("for", "on") and j - end > 4:
                continue
            for off in (1, 2):
                m = people.starting_at(j + off) if j + off < hi else None
                if m is not None:
                    if m.kind in ("generic",) or m.plural:
                        if self._group(doc, people, m, found or [], people.sent_of[j]):
                            return m  # "against both men": the officers just named together
                        why.append("plural subject")
                        return None
                    return m
        # the subject of the clause, as for a verb ("PC X had no case to answer", "The sergeant
        # who ... was found to have no case to answer"), when that is an officer; not "they
        # amounted to gross misconduct": they are the allegations
        m = self._agent(doc, people, chain_start, lo, [])
        if m is not None and not m.speaker and m.singular_person:
            r = m.resolved()
            if r is not None and not r.speaker and people.is_police(r):
                return m
        # a police officer elsewhere in the sentence who is not chairing or speaking
        best = None
        for m in sent_mentions:
            if m.speaker or m.plural or m.kind in ("generic", "nonpolice"):
                continue
            r = m.resolved()
            if r is None or r.speaker or people.is_police(r) is not True:
                continue
            if m.end <= start or best is None:
                best = m
        if best is not None:
            return best
        if any(m.plural and m.kind == "generic" and m.police for m in sent_mentions):
            why.append("plural subject in sentence")
            return None
        topic = people.topic_before(start, self.topic_window)
        if topic is None:
            why.append("no officer in context")
        return topic

    def _of_list(self, doc: Doc, people: People, end: int, hi: int) -> list[Mention]:
        out = []
        j = end
        if j < hi and doc[j].lower_ == "of":
            j += 1
        if j < hi and doc[j].lower_ in ("the", "a", "an"):
            j += 1
        m = people.starting_at(j) if j < hi else None
        while m is not None:
            out.append(m)
            j = m.end
            if j < hi and doc[j].lower_ in ("and", ","):
                j += 1
                m = people.starting_at(j) if j < hi else None
            else:
                m = None
        return out

    def _validate(self, people: People, m: Mention, why: list, found: list, sent: int):
        """The subject's text, or False to refuse the outcome."""
        if m.plural or m.kind == "generic":
            why.append(f"plural or generic subject '{m.text}'")
            return False
        if m.det == "number" and m.count not in (None, 1):
            why.append(f"counted subject '{m.text}'")
            return False
        r = m.resolved()
        if r is None:
            why.append(f"unresolved '{m.text}'")
            return False
        police = people.is_police(r)
        if police is None and r is not m:
            police = people.is_police(m)
        if police is False or r.kind == "nonpolice":
            why.append(f"not police: '{r.text}'")
            return False
        if police is None and r.kind == "name" and self._names_earlier_officer(people, r, found, sent):
            r.police = True
            police = True
        if police is None:
            why.append(f"not known to be police: '{r.text}'")
            return False
        return r.text

    @staticmethod
    def _names_earlier_officer(people: People, name: Mention, found: list, sent: int) -> bool:
        """'A Sussex officer has been jailed ... Daniel Price, 29, was sentenced to ...':
        a name that is the subject of an outcome just after an outcome of an unnamed
        officer names that officer, when the name is new in that sentence (a person the
        article named before, in another role, is not the officer being introduced)."""
        surname = (name.name or name.text).split()[-1]
        if name.sent != sent or any(m.start < name.start and m.name and m.name.split()[-1] == surname
                                    for m in people.mentions):
            return False
        for f in reversed(found):
            if sent - f.sent > 2:
                break
            p = f.person
            if p is not None and p.kind in ("desc", "def") and p.police and not p.name and f.sent < sent:
                return True
        return False

    # ------------------------------------------------------------------ lengths
    def _length(self, doc: Doc, start: int, end: int, lo: int, hi: int):
        """(months or None for life, end char of the length, suspended?) or None."""
        w_start = start
        for j in range(start - 1, max(lo, start - 6) - 1, -1):
            if doc[j].lower_ in ("a", "an", "his", "her"):
                w_start = j
                break
            if doc[j].is_punct and doc[j].text not in ("-", "'", "’"):
                break
        w_end = end
        while w_end < hi and w_end - end < 12:
            t = doc[w_end].lower_
            if t in _LENGTH_STOPS or (t == "for" and w_end + 1 < hi and doc[w_end + 1].lower_.endswith("ing")):
                break
            w_end += 1
        a = doc[w_start].idx
        b = doc[w_end - 1].idx + len(doc[w_end - 1].text) if w_end > w_start else doc[end - 1].idx
        text = doc_text(doc)[a:b]
        tail_end = doc[min(hi, w_end + 10) - 1].idx + len(doc[min(hi, w_end + 10) - 1].text)
        suspended_zone = doc_text(doc)[a:tail_end].lower()
        suspended = bool(re.search(r"\bsuspended\b", suspended_zone))
        if re.search(r"\b(community|unpaid|curfew|probation|fine|fined)\b", text.lower()) and \
                not re.search(r"\b(prison|jail|imprisonment|custody|custodial)\b", text.lower()):
            return None
        for m in duration_regex().finditer(text):
            before = text[:m.start()].lower()
            after = text[m.end():].lower()
            if _NOT_CUSTODIAL_BEFORE.search(before):
                continue
            if re.match(r"[\s-]*(old|ago|service|of service|in the force|later|earlier|before|after)\b", after):
                continue
            months = duration_months(m.group(0))
            if months is None:
                continue
            return months, a + m.end(), suspended
        if re.search(r"\b(life|whole[- ]life)\b", text.lower()):
            return None, b, False
        return None

    # ------------------------------------------------------------------ output
    @staticmethod
    def _again(people: Optional[People], f: Found) -> bool:
        """'He was arrested again in June': a second outcome of the same kind, not a restatement."""
        if people is None:
            return False
        lo, hi = people.sent_bounds[f.sent]
        return any(t.lower_ in ("again", "re-arrested", "rearrested") for t in people.doc[lo:hi])

    @staticmethod
    def _same_person(a: Found, b: Found) -> bool:
        """The same person: the same resolved mention, or the same name."""
        if a.person is not None and a.person is b.person:
            return True
        na = a.person.name if a.person is not None else None
        nb = b.person.name if b.person is not None else None
        return bool(na and nb and na.split()[-1] == nb.split()[-1])

    def _dedupe(self, found: list[Found], people: Optional[People] = None) -> list[Found]:
        """One outcome per person per sentence; a restatement in the very next sentence
        ('the panel found the allegation not proven. PC X was cleared') is the same
        outcome too. Restatements further away are kept (headlines, summaries)."""
        out: list[Found] = []
        for f in sorted(found, key=lambda f: (f.start, -f.end)):
            twin = next((g for g in out if g.outcome == f.outcome and (
                (g.sent == f.sent and (g.subject or "").lower() == (f.subject or "").lower())
                or (f.sent - g.sent == 1 and g.subject and self._same_person(g, f)
                    and not self._again(people, f)))), None)
            if twin is None:
                out.append(f)
            elif twin.custodial is None and f.custodial is not None:
                twin.custodial = f.custodial
        return out

    def _record(self, doc: Doc, f: Found, when) -> Outcome:
        return Outcome(span=(f.start, f.end), text=doc_text(doc)[f.start:f.end], outcome=f.outcome,
                       subject=f.subject, custodial_months=f.custodial, date=when, rule=f.rule.id)

    @staticmethod
    def _nearby_day(doc: Doc, people: People, days: list, sent: int, words_: re.Pattern, back: int, ahead: int):
        """The day given by the nearest sentence (before first) that speaks of the hearing
        or the sentencing: 'A hearing was held on 8 November', 'was sentenced ... yesterday'."""
        order = [sent - d for d in range(1, back + 1)] + [sent + d for d in range(1, ahead + 1)]
        order.sort(key=lambda k: (abs(k - sent), k > sent))
        for k in order:
            if not 0 <= k < len(people.sent_bounds):
                continue
            lo, hi = people.sent_bounds[k]
            a, b = doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1].text)
            hits = [d for d in days if a <= d[0] and d[1] <= b]
            if hits and words_.search(doc_text(doc)[a:b]):
                return hits[-1][2]
        return None

    def _dates(self, doc: Doc, people: People, found: list[Found]) -> list:
        """When each outcome happened, where the article says so at the level of a day:
        a single-day date in its sentence; for a hearing's findings, the day a hearing
        sentence a little earlier gives ("A hearing was held on 8 November ..."), or the
        day another finding of the same hearing about the same person carries."""
        days = []
        for d in getattr(doc._, "dates", None) or []:
            span = getattr(d, "span", None)
            if span and d.date_from is not None and d.date_from == d.date_to:
                days.append((span[0], span[1], d.date_from))
        if not days:
            return [None] * len(found)

        def sent_chars(k: int) -> tuple[int, int]:
            lo, hi = people.sent_bounds[k]
            return doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1].text)

        out = []
        for f in found:
            a, b = sent_chars(f.sent)
            same = [d for d in days if a <= d[0] and d[1] <= b]
            others = [g for g in found if g is not f and g.sent == f.sent]
            if same and not (others and doc_text(doc)[f.start:f.end].split()[0].lower().endswith("ing")):
                out.append(min(same, key=lambda d: abs(d[0] - f.start))[2])
                continue
            when = None
            if f.outcome in _HEARING_OUTCOMES:
                when = self._nearby_day(doc, people, days, f.sent, _HEARING_WORDS, back=4, ahead=1)
            elif f.outcome in ("jailed", "suspended_sentence"):
                when = self._nearby_day(doc, people, days, f.sent, _SENTENCING_WORDS, back=2, ahead=2)
            out.append(when)
        # findings of one hearing share its day
        for i, f in enumerate(found):
            if out[i] is not None or f.outcome not in _HEARING_OUTCOMES or not f.subject:
                continue
            same_person = [(abs(g.sent - f.sent), out[j]) for j, g in enumerate(found)
                           if out[j] is not None and g.outcome in _HEARING_OUTCOMES and g.subject == f.subject
                           and abs(g.sent - f.sent) <= 8]
            if same_person:
                out[i] = min(same_person)[1]
        return out


_HEARING_WORDS = re.compile(r"\b(hearing|panel|tribunal|meeting)\b", re.I)
_SENTENCING_WORDS = re.compile(r"\b(sentenced|sentencing|jailed)\b", re.I)
_HEARING_OUTCOMES = frozenset({"dismissed", "would_have_been_dismissed", "final_written_warning", "written_warning",
                               "gross_misconduct_proven", "misconduct_proven", "misconduct_not_proven",
                               "no_case_to_answer", "other"})


# a length right after these is a suspension, a ban or an order, not time in custody
_NOT_CUSTODIAL_BEFORE = re.compile(
    r"(suspended\s+for(\s+a\s+period\s+of)?|(banned|disqualified)[^.;]{0,25}\bfor|period\s+of|"
    r"order\s+(for|of|lasting)|licence\s+for|probation\s+for|operational\s+period)\s*$")
_CRIME_OF_OFFICE = re.compile(r"\b(misconduct|misfeasance) in (a )?public office\b")
_SENTENCE_WORDS = frozenset({"sentence", "imprisonment", "prison", "jail", "custody", "term", "order", "sentenced",
                             "jailed", "imprisoned", "gaoled"})
_FINITE_AUX = frozenset({"was", "were", "is", "are", "has", "have", "had", "will"})
_DETERMINERS = frozenset({"a", "an", "the", "this", "that", "his", "her", "their", "its", "my", "your", "our"})


def _end_char(doc: Doc, i: int) -> int:
    return doc[i].idx + len(doc[i].text)


_LENGTH_STOPS = frozenset({"after", "before", "because", "when", "while", "who", "which", "following", "over",
                           ";", ".", "since", "but", "having", "as"})


@lru_cache(maxsize=1)
def duration_regex() -> re.Pattern:
    numbers = load_json("numbers.json")
    small = sorted((k for k in numbers["units"] if k not in ("a", "an", "nil", "none", "zero")), key=len, reverse=True)
    tens = sorted(numbers["tens"], key=len, reverse=True)
    num = (rf"(?:\d+(?:\.\d+)?|(?:{'|'.join(tens)})(?:[\s-](?:{'|'.join(small)}))?|{'|'.join(small)}|an?)")
    part = rf"{num}(?:[\s-]+and[\s-]+a[\s-]+half)?[\s-]+(?:year|month|week|day)s?(?:['’](?!s))?"
    return re.compile(rf"\b{part}(?:\s*(?:,|and)\s*{part})*", re.IGNORECASE)
