"""Lists that say the verb once: 'The judge sentenced A, 37, to four years in prison; B,
31, to a year and two months behind bars and C, 25, to a year and a day.' A rule with
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
            if not (k < hi and doc[k].lower_ == "to"):
                continue
            length = sentence_length(doc, j + 1, k + 1, lo, hi)
            if length is None or length[0] is None:
                continue
            subject = self._validate(people, m, why, found, people.sent_of[j])
            if subject is False:
                continue
            out.append(Found(rule, outcome, doc[j + 1].idx, length[1], subject, length[0], people.sent_of[j],
                             j + 1, k + 1, m.resolved()))
        return out
