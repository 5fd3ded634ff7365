"""Which outcome words a figure's clause states as done, and which count each one governs.

The words are models/lexicon.json `figure_outcomes`; whether one is done, or only threatened,
wished, hypothetical or denied, is read with the outcome recogniser's own cue words
(models/outcome_cues.jsonl: modals, threats and wishes, negators), so "could be dismissed" and
"faced dismissal" are refused for a count as they are for a named officer."""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from typing import Optional

from spacy.tokens import Doc

from ...rulefiles import lexicon, word_set
from .. import token_lowers
from ..context import context_cues
from ..outcomes.cues import cues
from .asides import reason_after_outcome, compared_pair
from .base import Candidate
from .outcome_elsewhere import OutcomeElsewhereMixin

# words that open the object of a verb: "officers who arrested him", "who fired the man";
# this list and _CHAIN, _OF_WORDS are pronouns, determiners and auxiliaries, closed classes kept in the code
_OBJECTS = frozenset({"him", "her", "them", "the", "a", "an", "his", "their", "its", "two", "three"})
# a verb chain's auxiliaries and adverbs, read back past to the word that governs it; "result in" and
# "lead to" carry the chain too ("could result in findings that", "may lead to dismissal")
_CHAIN = frozenset({"be", "been", "being", "was", "were", "is", "are", "has", "have", "had", "to", "get", "got",
                    "later", "also", "then", "still", "all", "each", "result", "in", "lead"})
# words that may stand between a count and "none of" / "not one of" before it
_OF_WORDS = frozenset({"of", "the", "these", "those", "them", "its", "their"})


@lru_cache(maxsize=1)
def _not_done() -> frozenset[str]:
    """A word before an outcome's verb chain that makes it not done: the recogniser's modals,
    threats and wishes and negators, and a denied count ('none were sacked')."""
    c = cues()
    return frozenset(c.words("modal", "chain") | c.words("hypothetical", "before_chain")
                     | c.words("negation", "chain") | c.words("negation", "before_chain")
                     | {w for w in context_cues().denied_counts if " " not in w})


@lru_cache(maxsize=1)
def _alleging() -> frozenset[str]:
    """Words that make a finding only alleged ('accused of having violated policy'); not a
    leaving or a sanction ('officers that were accused have resigned')."""
    return frozenset(context_cues().alleged_findings)


@lru_cache(maxsize=1)
def _sought() -> tuple[str, ...]:
    """Words right before an outcome that ask for it (models/context.json sought_outcomes)."""
    return tuple(" " + w for w in context_cues().sought_outcomes)


# outcome kinds of records.py, not words
_FINDINGS = frozenset({"misconduct_proven", "gross_misconduct_proven"})


@lru_cache(maxsize=1)
def _outcome_ranks() -> dict[str, int]:
    """Each outcome at the highest rank the lexicon gives a phrase of it."""
    ranks: dict[str, int] = {}
    for o in lexicon()["figure_outcomes"]:
        ranks[o["outcome"]] = max(ranks.get(o["outcome"], 0), o["rank"])
    return ranks


@lru_cache(maxsize=1)
def _not_instead() -> tuple[str, ...]:
    """The recogniser's words for an outcome not taken: 'in lieu of', 'rather than', 'instead of'."""
    return tuple(w for w in cues().words("negation", "before_chain") if " " in w)


_COMPARED_BEFORE = re.compile(r"\b(up|down|rising|falling|rose|fell) from$|compared (with|to)$|against$|"
                              r"\bversus$|\bvs\.?$|\bfrom$"
                              # "fewer than the 23 in 2021/22", "peaking at 11 in 2022" (not "more than 20": a qualifier)
                              r"|\b(fewer|more|less|higher|lower) than the$|\bpeak(ed|ing)? at$|\ba peak of$")
# words that may stand between a comparison and its count: "up from just one in 2021"
_COMPARED_FILLERS = word_set("outcome_words.json", "compared_fillers")


class OutcomeWordsMixin(OutcomeElsewhereMixin):
    """FigureFinder's choice of the outcome words of a span for a figure."""

    def _strongest_outcome(self, doc: Doc, start: int, end: int, cand: Candidate) -> Optional[str]:
        matches = self._outcome_matches(doc, start, end)
        if not matches:
            return self._best_or_compared(doc, cand, None)
        if self._denied(doc, cand):
            return None  # "None of the 19 officers was dismissed"
        in_process = self._in_process(doc, cand)
        if in_process and not start <= cand.start < end:
            return None  # "Total Open Cases: 45" under a decertification heading: cases, not outcomes
        after, before, base_said, e_prev, before_end = None, None, None, -1, -1
        # "allowed to retire in lieu of": a word of another phrase does not make this one not done
        covered = {k for s, e, _ in matches for k in range(s, e)} if len(matches) > 1 else ()
        for s, e, (rank, outcome) in matches:
            if s >= 2 and doc[s - 1].lower_ == "the" and doc[s - 2].lower_ in ("for", "behind") \
                    and not (e < len(doc) and doc[e].lower_ == "of" and e < cand.start <= e + 3):
                continue  # "523 reasons are recorded for the dismissals" (not "the reason for the suspension of 17 officers")
            if any(doc[k].lower_ in ("not", "never", "n't") for k in range(max(start, s - 2), s)) or self._not_done(doc, s, covered, outcome):
                continue  # "troopers who were not criminally charged", "could be dismissed", "faced dismissal"
            if self._of_complaints(doc, s, e):
                continue  # "Of the 1,940 complaints finalised, 402 were upheld": the service found wanting
            if in_process and cand.span.end <= s <= cand.span.end + 1 and e < len(doc) \
                    and doc[e].lower_ in context_cues().case_nouns:
                continue  # "opened 80 decertification cases": the kind of case, not what became of it
            if cand.span.end < s <= cand.span.end + 4 and doc[s - 1].lower_ in ("who", "that") \
                    and e < len(doc) and doc[e].lower_ in _OBJECTS:
                continue  # "the two officers who arrested him": what they did to someone, not their outcome
            if reason_after_outcome(doc, s, start, e_prev):
                continue  # "were revoked after domestic violence convictions": the cause, not the outcome
            e_prev = max(e_prev, e)
            if s >= cand.span.end and (e in self._figure_starts or self._given_to_another(doc, e)):
                continue  # 'fired three officers and suspended 12', 'gave warnings to 40 more': the later number's
            if before is not None and s >= cand.span.end \
                    and bisect_left(self._starts_sorted, cand.span.end) < bisect_left(self._starts_sorted, s):
                continue  # 'fired four deputies and 19 others received suspensions': the later count's verb
            if s >= cand.span.start:
                if self._describes_base(doc, cand, s, e):
                    base_said = base_said or (rank, outcome)
                    continue  # "9 of 40 sustained cases led to a suspension": the base's outcome, not the part's
                if after is None or rank > after[0]:
                    after = (rank, outcome)
                continue
            if before is not None and self._own_object_between(doc, before_end, s, e, cand):
                before = None  # "fired one deputy and suspended seven others": the verb nearest governs the seven
            if before is None or rank > before[0]:
                before, before_end = (rank, outcome), e
        return self._best_or_compared(doc, cand, after or before or base_said)

    def _outcome_matches(self, doc: Doc, start: int, end: int) -> list[tuple[int, int, tuple[int, str]]]:
        """The span's outcome words: the lexicon's, and the outcome recogniser's plain words
        (doc._.outcome_words: "were let go", "placed on leave", "stepped down"), each at the
        rank the lexicon gives its outcome; a recogniser's words the lexicon also matches are one."""
        found = [(s, e, self.outcome_rank[doc.vocab.strings[m]]) for m, s, e in self.outcomes.within(doc, start, end)]
        if getattr(self, "_said_for", None) is not doc:  # the doc's recogniser words, sorted once
            self._said_for, self._said = doc, sorted(doc._.outcome_words or ())
            self._said_starts = [w[0] for w in self._said]
        i = bisect_left(self._said_starts, start)
        said = []
        while i < len(self._said) and self._said[i][0] < end:
            said.append(self._said[i])
            i += 1
        if said:
            taken = {k for s, e, _ in found for k in range(s, e)}
            found += [(s, e, (_outcome_ranks().get(o, 1), o)) for s, e, o in said
                      if e <= end and not any(k in taken for k in range(s, e))]
        return sorted(found, key=lambda m: m[0])

    def _best_or_compared(self, doc: Doc, cand: Candidate, best) -> Optional[str]:
        paired = compared_pair(self._by_start, self._starts_sorted, cand, self._sent(cand.span).start,
                               self._is_comparison) if best is None else None
        if paired is not None:
            return self._outcome(doc, paired) if self._same_measure(cand, paired) else None
        if best is None and self._is_comparison(doc, cand):
            earlier = [c for st, c in self._by_start.items() if st < cand.start and self._sent(c.span) == self._sent(cand.span)]
            if earlier:
                other = max(earlier, key=lambda c: c.start)
                return self._outcome(doc, other) if self._same_measure(cand, other) else None
        return best[1] if best else None

    @staticmethod
    def _same_measure(cand: Candidate, other: Candidate) -> bool:
        """'36 officers were suspended, compared with 400 complaints': a count compared with
        another that names a noun of its own counts another thing, with no outcome of that one."""
        return not (cand.counted_found and other.counted_found and cand.counted != other.counted)

    def _own_object_between(self, doc: Doc, before_end: int, s: int, e: int, cand: Candidate) -> bool:
        """An earlier outcome word that has its own count or object before the next one, which
        governs the figure: 'fired three officers and suspended 12', 'fired one deputy and suspended seven'."""
        if bisect_left(self._starts_sorted, before_end) < bisect_left(self._starts_sorted, s):
            return True
        between = [t.lower_ for t in doc[before_end:s]]
        return cand.start - e <= 2 and "and" in between and any(w not in ("and", ",", "or") for w in between)

    def _given_to_another(self, doc: Doc, e: int) -> bool:
        """'... and gave final written warnings to 40 more': the words are given to the count after 'to'."""
        return e + 1 < len(doc) and doc[e].lower_ == "to" and (e + 1 in self._figure_starts or e + 2 in self._figure_starts)

    @staticmethod
    def _not_done(doc: Doc, s: int, covered, outcome: str = "") -> bool:
        """A modal, threat, wish or negator before the outcome word's verb chain: 'could be
        dismissed', 'would face the sack', 'faced dismissal', 'none were sacked'."""
        stops = _not_done() | _alleging() if outcome in _FINDINGS else _not_done()
        k, floor = s - 1, max(0, s - 6)
        lowers = token_lowers(doc)
        while k >= floor and (lowers[k] in _CHAIN or lowers[k].endswith("ly")) \
                and lowers[k] not in stops:  # "allegedly violated": an adverb that alleges stops the walk
            k -= 1
        if k >= floor and k not in covered and lowers[k] in stops:
            return True
        said = " ".join(lowers[max(0, k - 2): k + 1])  # "in lieu of being fired": the one not taken
        return any(said.endswith(w) for w in _not_instead()) \
            or (" " + said).endswith(_sought())  # "is seeking termination": asked for, not done

    def _of_complaints(self, doc: Doc, s: int, e: int) -> bool:
        """A service finding ('upheld') whose nearest noun before it in its sentence is a complaint."""
        cues_ = context_cues()
        if doc[e - 1].lower_ not in cues_.service_findings:
            return False
        for k in range(s - 1, self._sent(doc[s]).start - 1, -1):
            if doc[k].lower_ in cues_.service_nouns:
                return True
            if doc[k].lower_ in cues_.finding_nouns:
                return False
        return False

    @staticmethod
    def _denied(doc: Doc, cand: Candidate) -> bool:
        """'None of the 19 officers', 'not one of the 44 allegations': a count of what did not happen."""
        k = cand.start - 1
        while k >= 0 and cand.start - k <= 3 and doc[k].lower_ in _OF_WORDS:
            k -= 1
        if k == cand.start - 1:
            return False
        said = " ".join(t.lower_ for t in doc[max(0, k - 3): k + 1])
        return any(said == w or said.endswith(" " + w) for w in context_cues().denied_counts)

    @staticmethod
    def _in_process(doc: Doc, cand: Candidate) -> bool:
        """A case state in the count's own words ('Total Open Cases: 45', 'opened 80 cases',
        '98 were still pending'): cases in process, not what became of them."""
        states = context_cues().case_states
        k = cand.start - 1
        while k >= max(0, cand.start - 8) and "\n" not in doc[k].text and (doc[k].text in (":", "/") or not doc[k].is_punct):
            if doc[k].lower_ in states:
                return True
            k -= 1
        for t in doc[cand.span.end: min(len(doc), cand.span.end + 6)]:
            if t.is_punct or "\n" in t.text:
                return False
            if t.lower_ in states:
                return True
        return False

    @staticmethod
    def _is_comparison(doc: Doc, cand: Candidate) -> bool:
        """'... up from 179 the year before', 'compared with 68 officers': the same
        measure as the figure it is compared with."""
        words = token_lowers(doc)[max(0, cand.start - 4): cand.start]  # a new list: popped below
        if words and words[-1] in _COMPARED_FILLERS:
            words.pop()
        return bool(_COMPARED_BEFORE.search(" ".join(words[-3:])))
