"""OutcomeFinder: the spaCy component that turns matches of models/outcome_patterns.jsonl
into Outcome records (see the package docstring for the steps)."""

from __future__ import annotations

from typing import Optional

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import filter_spans

from ...errors import RuleError
from ...records import Outcome
from .. import doc_text
from ..rules import AnchoredMatcher
from ..subjects import People, words
from .actors import Actors
from .context import Refusals
from .cues import cues
from .custodial import length_before, sentence_length
from .found import Found, _end_char
from .headline import without_restated_headlines
from .lists import ListItems
from .rows import with_layout
from .ruleset import PATTERNS_FILE, OutcomeRule, load_rules
from .stated import StatedRefusals
from .subject import SubjectFinder
from .when import Dating


@Language.factory("extractor_outcomes", default_config={"patterns": PATTERNS_FILE, "topic_window": 6})
def make_outcomes(nlp: Language, name: str, patterns: str, topic_window: int):
    return OutcomeFinder(nlp, patterns, topic_window)


class OutcomeFinder(StatedRefusals, Refusals, Actors, SubjectFinder, Dating, ListItems):
    def __init__(self, nlp: Language, patterns: str = PATTERNS_FILE, topic_window: int = 6):
        self.rules = {r.id: r for r in load_rules(patterns)}
        self.matcher = AnchoredMatcher(nlp.vocab)
        for rule in self.rules.values():
            try:
                self.matcher.add(rule.id, rule.patterns())
            except Exception as exc:  # spaCy raises several kinds for a malformed pattern
                raise RuleError(f"models/{patterns}: rule {rule.id}: {exc}") from exc
        self.topic_window = topic_window
        # rules whose plain words state an outcome wherever they stand: the figures read them too
        self._plain = frozenset(r.id for r in self.rules.values() if r.words and r.subject == "agent" and not (
            r.headline_only or r.sentence or r.needs_length or r.needs_finding or r.continues or r.restates))
        self.w = words()
        self.cues = cues()

    # ------------------------------------------------------------------ main
    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            doc._.outcomes, doc._.outcome_words = [], []
            return doc
        people = People(doc)
        matches = self._matches(doc)
        doc._.outcome_words = [(start, end, rule.outcome) for rule, start, end in matches if rule.id in self._plain]
        found: list[Found] = []
        for rule, start, end in matches:
            found.extend(self._read(doc, people, rule, start, end, found=found))
        if people.frame_changed:  # "Conor Twomey, who was suspended ..." in a caption before the story says who he is
            people.frame_changed = False
            found = []
            for rule, start, end in matches:
                found.extend(self._read(doc, people, rule, start, end, found=found))
        found = self._merge_together(doc, people, self._sentencing_kept(doc, people, found))  # together.py, terms.py
        kept = without_restated_headlines(self._one_level(self._superseded(found), doc), people, self._same_person)
        kept = sorted(self._restated(self._dedupe(kept, people)), key=lambda f: (f.start, f.end))
        doc._.outcomes = with_layout(doc, [self._record(doc, f, when) for f, when in
                                           zip(kept, self._dates(doc, people, kept))])  # rows.py: tables, entries
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

    def _one_level(self, found: list[Found], doc: Optional[Doc] = None) -> list[Found]:
        """'found gross misconduct allegations proven. PC F was found to have breached the
        standards of professional behaviour': the breach is the gross misconduct finding.
        'PC X was dismissed after a panel found he had breached the standards': the breach
        is the reason given for the sanction, not a second outcome."""
        return [f for f in found if not (f.rule.level_unstated and any(
            (g is not f and not g.rule.level_unstated and g.outcome == "gross_misconduct_proven" and
             abs(g.sent - f.sent) <= 1) or self._reason(doc, g, f)
            or self._level_stated(g, f) for g in found))]

    def _level_stated(self, g: Found, f: Found) -> bool:
        """'A panel decided PC X breached the standards ... . It concluded that the breaches
        amounted to misconduct': the finding is the one that states its level."""
        return g is not f and g.outcome == "misconduct_proven" and not g.rule.level_unstated and \
            abs(g.sent - f.sent) <= 1 and (g.person is None or f.person is None or self._same_person(g, f))

    def _reason(self, doc: Optional[Doc], sanction: Found, finding: Found) -> bool:
        if doc is None or sanction.sent != finding.sent or sanction.trigger_end > finding.trigger or \
                sanction.outcome in ("misconduct_proven", "misconduct_not_proven", "no_case_to_answer"):
            return False
        reasons = self.cues.words("decided", "reason")
        return any(doc[j].lower_ in reasons for j in range(sanction.trigger_end, finding.trigger))

    def _restated(self, found: list[Found]) -> list[Found]:
        """'Anders was arrested on Saturday ... Anders was booked into the Polk County Jail':
        the booking is a step of the arrest the article states for him (rules with restates).
        A headline's 'Special constable ... spared jail' restates the body's suspended sentence
        of 'a special constable': the same description is the same person here. 'Ex-deputy
        avoids jail' restates the probation or community service the body gives 'former
        deputy Ray Cole' (restated_by): no sentence was suspended."""
        return [f for f in found if not (f.rule.restates and any(
            g is not f and not g.rule.restates and (g.outcome == f.outcome and
            (self._same_person(g, f) or (g.subject or "").lower() == (f.subject or "").lower() != "") or
                                                     g.outcome in f.rule.restated_by and _same_role(f, g))
            for g in found))]

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
        if end >= len(doc) and (rule.active_object or rule.subject == "next"):
            if rule.subject == "next":  # "Sheriff fires" ending the text: no one after the words
                why.append("no one after the words")
                return []
            rule = rule.model_copy(update={"active_object": False})  # "Two deputies were fired" with no full stop
        lo, hi = people.sent_start(start), people.sent_end(start)
        refusal = "crosses a sentence end" if end > hi else self._context_refusal(doc, rule, start, end, lo, hi,
                                                                                             people.lowers)
        chain_start, chain = self._verb_chain(doc, start, lo)
        refusal = refusal or self._chain_refusal(doc, rule, chain_start, chain, lo, end, hi)
        if refusal:
            why.append(refusal)
            return []
        subjects = self._body_object(doc, people, rule, start, end, chain_start, chain, lo, hi) or \
            self._subjects(doc, people, rule, start, end, chain_start, chain, lo, hi, why, found or [])
        subjects = self._expand_groups(doc, people, subjects, found or [], people.sent_of[start])
        if not subjects:
            if not why:
                why.append("no subject")
            return []
        reason = self._stated_refusal(doc, rule, subjects, start, end, chain_start, chain, lo, hi, people)
        if reason:
            why.append(reason)
            return []
        outcome = rule.outcome
        if rule.misconduct_outcome and self._misconduct_context(doc, people, start):
            outcome = rule.misconduct_outcome
        if rule.level_unstated and outcome == "misconduct_proven" and self._gross_hearing(doc, people, start):
            outcome = "gross_misconduct_proven"
        text_start = doc[chain_start].idx if chain_start < start else doc[start + int(doc[start].is_punct)].idx
        read = self._custody(doc, rule, outcome, start, end, lo, hi, why)
        if read is None:
            return []
        outcome, custodial, text_end = read
        out = []
        for m in subjects:
            subject = self._validate(people, m, why, found or [], people.sent_of[start])
            if subject is False and self._served(doc, rule, end, hi):
                subject = self._served_subject(m) or False  # "The man, who has since retired from the police"
            if subject is False:
                continue
            s_end = max(text_end, _end_char(doc, m.end - 1)) if rule.subject == "of" else text_end
            out.append(Found(rule, outcome, text_start, s_end, subject, custodial, people.sent_of[start], start, end,
                             m.resolved()))
        if rule.continues and out:
            out.extend(self._list_items(doc, people, rule, outcome, end, lo, hi, why, found or []))
        return out

    def _gross_hearing(self, doc: Doc, people: People, start: int) -> bool:
        """'PC X faced a gross misconduct hearing. The panel found all three allegations
        proven': a finding that states no level, in a sentence that names a gross misconduct
        hearing or right after one, is at that level (cue kind level)."""
        sent = people.sent_of[start]
        lo, hi = people.sent_bounds[max(0, sent - 1)][0], people.sent_bounds[sent][1]
        text = " ".join(doc[lo:hi].text.lower().split())
        return any(p in text for p in self.cues.words("level", "sentence")) and \
            not any(p in text for p in self.cues.words("level", "sentence_end"))

    @staticmethod
    def _custody(doc: Doc, rule: OutcomeRule, outcome: str, start: int, end: int, lo: int, hi: int,
                 why: list) -> Optional[tuple[str, Optional[float], int]]:
        """(outcome, months in custody, end char of the words) for a match, reading a prison
        sentence's length; None when a rule that needs a length finds none."""
        text_end = _end_char(doc, end - 1)
        custodial = None
        if rule.sentence or rule.needs_length:
            length = sentence_length(doc, start, end, lo, hi)
            if length is None and outcome == "suspended_sentence" and rule.subject == "patient":
                held = length_before(doc, lo, start)  # "imposed 45 days ... but stayed the jail term"
                custodial = held[0] if held else None
            if length is None and rule.needs_length:
                why.append("no sentence length")
                return None
            if length is not None:
                custodial, len_end, suspended = length
                text_end = max(text_end, len_end)
                if suspended:
                    outcome = "suspended_sentence"
                    for j in range(end, min(hi, end + 16)):
                        if doc[j].lower_ == "suspended":
                            text_end = max(text_end, _end_char(doc, j))
                            break
        return outcome, custodial, text_end

    # ------------------------------------------------------------------ output
    def _again(self, people: Optional[People], f: Found) -> bool:
        """'He was arrested again in June': a second outcome of the same kind, not a
        restatement; so is the outcome of the next row of a table of cases."""
        if people is None:
            return False
        lo, hi = people.sent_bounds[f.sent]
        seps = self.w["table_cells"]["separators"]
        return any(t.lower_ in ("again", "re-arrested", "rearrested") or t.text in seps for t in people.doc[lo:hi])

    @staticmethod
    def _same_person(a: Found, b: Found) -> bool:
        """The same person: the same resolved mention, or the same name."""
        if a.person is not None and a.person is b.person:
            return True
        na = a.person.name if a.person is not None else None
        nb = b.person.name if b.person is not None else None
        fa, fb = (n.split()[0].lower() if n and len(n.split()) > 1 else "" for n in (na, nb))
        if fa and fb and fa[0] != fb[0] or len(fa) > 2 and len(fb) > 2 and "." not in fa + fb and fa != fb:
            return False  # "William Ferguson" and his brother "Joseph Ferguson" (not "J. Ferguson")
        return bool(na and nb and na.split()[-1] == nb.split()[-1])

    @staticmethod
    def _title_repeat(people: Optional[People], a: Found, b: Found) -> bool:
        """'OFFICER SACKED - Site' then 'OFFICER SACKED': a page title that repeats the
        headline states the headline's outcome once."""
        if people is None or b.sent - a.sent != 1:
            return False
        first, second = (people.doc[slice(*people.sent_bounds[s])].text.strip().lower() for s in (a.sent, b.sent))
        return bool(second) and first.startswith(second) and (a.subject or "").lower() == (b.subject or "").lower()

    def _dedupe(self, found: list[Found], people: Optional[People] = None) -> list[Found]:
        """One outcome per person per sentence; a restatement in the very next sentence
        ('the panel found the allegation not proven. PC X was cleared') is the same
        outcome too. Restatements further away are kept (summaries); a headline the story restates
        was dropped before (headline.py)."""
        out: list[Found] = []
        for f in sorted(found, key=lambda f: (f.start, -f.end)):
            twin = next((g for g in out if g.outcome == f.outcome and (
                (g.sent == f.sent and (g.subject or "").lower() == (f.subject or "").lower())
                or (f.sent - g.sent == 1 and g.subject and self._same_person(g, f)
                    and not self._again(people, f)) or self._title_repeat(people, g, f))), None)
            if twin is None:
                out.append(f)
            elif twin.custodial is None and f.custodial is not None:
                twin.custodial = f.custodial
        return out

    def _record(self, doc: Doc, f: Found, when) -> Outcome:
        return Outcome(span=(f.start, f.end), text=doc_text(doc)[f.start:f.end], outcome=f.outcome,
                       subject=f.subject, custodial_months=f.custodial, date=when, rule=f.rule.id)


def _same_role(headline: Found, body: Found) -> bool:
    """'Ex-deputy' and 'Former deputy Ray Cole': the headline's role noun is among the body
    subject's words (the headline names no one, so the role is all it has)."""
    role = _role_words(headline.subject)
    return bool(role) and role[-1] in _role_words(body.subject)


def _role_words(subject: Optional[str]) -> list[str]:
    """A subject's words in lower case, 'ex-' taken off ('Ex-deputy' is a deputy)."""
    return [w.removeprefix("ex-") for w in (subject or "").lower().split()]
