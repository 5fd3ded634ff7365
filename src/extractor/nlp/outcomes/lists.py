"""Lists that say the verb once: 'The judge sentenced A, 37, to four years in prison; B,
31, to a year and two months behind bars and C, 25, to a year and a day.' (or with the verb
left out: '; B, a 12-month sentence', 'and C 18 months'). A rule with
`continues` (the words that open the next item: ";", "and") states the same outcome for
each later item of its sentence that is a person, an optional age, then "to" and a
length. A mixin of OutcomeFinder."""

from __future__ import annotations

from spacy.tokens import Doc

from ..subjects import People, is_number
from .custodial import sentence_length
from .found import Found
from .ruleset import OutcomeRule


class ListItems:
    """Needs self._validate (SubjectFinder)."""

    @staticmethod
    def _gapped(doc: Doc, k: int, hi: int) -> bool:
        """A length right after the person (or after a comma): 'B, a 12-month sentence',
        'C 18 months', 'D, three years'."""
        if k < hi and doc[k].text == ",":
            k += 1
        if k < hi and doc[k].lower_ in ("a", "an"):
            k += 1
        return k + 1 < hi and is_number(doc[k]) and (not doc[k + 1].is_punct or doc[k + 1].text == "-") or \
            k < hi and doc[k].lower_ in ("year", "month") and doc[k - 1].lower_ in ("a", "an")

    def _list_items(self, doc: Doc, people: People, rule: OutcomeRule, outcome: str, end: int, lo: int, hi: int,
                    why: list, found: list) -> list[Found]:
        out: list[Found] = []
        for j in range(end, hi - 2):
            if doc[j].lower_ not in rule.continues:
                continue
            m = people.starting_at(j + 1)
            if m is None or m.lead != j + 1:
                continue
            k = m.end
            if k + 2 < hi and doc[k].text == "," and is_number(doc[k + 1]) and doc[k + 2].text == ",":
                k += 3  # ", 31,": the age
            if k < hi and doc[k].lower_ == "to":
                length = sentence_length(doc, j + 1, k + 1, lo, hi)
            elif self._gapped(doc, k, hi):  # "; B, a 12-month sentence", "and C 18 months": the verb left out
                k += int(doc[k].text == ",")
                length = sentence_length(doc, k, k + 1, lo, hi)
            else:
                continue
            if length is None or length[0] is None:
                continue
            subject = self._validate(people, m, why, found, people.sent_of[j])
            if subject is False:
                continue
            out.append(Found(rule, outcome, doc[j + 1].idx, length[1], subject, length[0], people.sent_of[j],
                             j + 1, k + 1, m.resolved()))
        return out
