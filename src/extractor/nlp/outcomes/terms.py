"""Prison terms given name by name after a sentencing. A mixin of OutcomeFinder.

US court stories state the sentencing once and then each term with a plain verb:

    "Five guards were sentenced to federal prison on Tuesday. Smith received 18 months plus
    two years' supervised release; Jones and Lee both received 120 months; Brown, a 12-month
    sentence."

"received 18 months" is a prison term only because a sentencing was stated in its sentence
or just before it (models/subjects.json `sentencing_frame`: its words and how many sentences
back); a rule with `after_sentencing` (models/outcome_patterns.jsonl) is kept only there.
Supervised release, probation, home confinement and fines are not custody: a term whose
length is followed by one of `not_custody` is dropped ("Smith received two years'
supervised release").

A name first met in such a term, after a counted group of officers ("Five guards were
sentenced ... Smith received 18 months"), is one of the group: an officer.
"""

from __future__ import annotations

from spacy.tokens import Doc

from ..subjects import Mention, People
from .found import Found


class SentencingTerms:
    """Needs self.w (models/subjects.json)."""

    def _sentencing_kept(self, doc: Doc, people: People, found: list[Found]) -> list[Found]:
        return [f for f in found if not f.rule.after_sentencing or
                (self._sentencing_frame(people, f.sent, f.trigger) and not self._not_custody(doc, f))]

    def _sentencing_frame(self, people: People, sent: int, before: int) -> bool:
        """A sentencing stated in this sentence before the term, or in one of the few sentences
        before it ('were sentenced in September 2010; both received 120 months')."""
        frame = self.w["sentencing_frame"]
        words = frame["words"]
        lows = people.lowers
        lo = people.sent_bounds[max(0, sent - frame["back"])][0]
        return any(lows[j] in words for j in range(lo, before))

    def _not_custody(self, doc: Doc, f: Found) -> bool:
        """The length is of supervised release, probation or confinement at home."""
        rest = doc.text[f.end:f.end + 40].lower().lstrip(" '’")
        if rest.startswith("of "):
            rest = rest[3:]
        return any(rest.startswith(p) for p in self.w["sentencing_frame"]["not_custody"])

    def _one_of_sentenced_group(self, people: People, name: Mention, sent: int) -> bool:
        """'Five guards were sentenced on Tuesday. Smith received 18 months': a name first
        met as the subject of a term after a sentencing of a counted group of officers."""
        if name.sent != sent or not self._sentencing_frame(people, sent, name.start):
            return False
        lo = people.sent_bounds[sent][0]
        if name.lead > lo and people.lowers[name.lead - 1] not in (";", ",", "and"):
            return False  # the subject of its clause, not "sentenced to prison for Assaulting Handcuffed Man"
        surname = (name.name or name.text).split()[-1]
        if any(m.start < name.start and m.name and m.name.split()[-1] == surname for m in people.mentions):
            return False  # named before, in whatever role
        back = self.w["sentencing_frame"]["back"]
        return any(g.plural and g.police is True and g.det in ("number", "def") and g.start < name.start and
                   sent - g.sent <= back for g in people.mentions)
