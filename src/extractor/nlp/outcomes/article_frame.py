"""What the page as a whole reports: one case, or counts across many. A mixin of OutcomeFinder.

A count of officers says nothing of itself about whether it is a few people in one event
or a tally: "Six deputies were suspended without pay" is one event in a story that opens on
a jail death and a tally on a page that opens on a sheriff's annual figures. English sets
that frame at the top of the page (the headline and the first sentences) and keeps it:

    one case     "Deputies suspended after inmate dies in county jail"   an incident named
                 "Ex-officers plead guilty in beating of motorist"        a court step
                 "Officer Jane Doe ... and six colleagues"               a person named
    a tally      "Misconduct figures: 45 officers dismissed"             statistics words
                 "Annual report shows rise in sackings"                   a report's frame
                 a table of counts, or many different counts of officers in the page

groups.py asks this when a sentence's own words say neither ("Seven officers have been
placed on administrative leave."). The sentence still rules where it speaks: a period, a
total, an approximation or a comparison on the count is a tally on any page (_tally).
The words are models/subjects.json `group_outcome` `page_frame`.
"""

from __future__ import annotations

from spacy.tokens import Doc

from .. import doc_text
from ..subjects import People


class PageFrame:
    """Needs self.w (models/subjects.json)."""

    def _page_frame(self, doc: Doc, people: People) -> str:
        """'one case', 'tally' or '' (the opening says neither); read once a page."""
        frame = getattr(people, "page_frame", None)
        if frame is None:
            frame = people.page_frame = self._read_page_frame(doc, people)
        return frame

    def _read_page_frame(self, doc: Doc, people: People) -> str:
        rule = self.w["group_outcome"]
        words = rule["page_frame"]
        bounds = people.sent_bounds[:words["opening_sentences"]]
        if not bounds:
            return ""
        hi = min(bounds[-1][1], words["opening_tokens"])
        lows = [t.lower_ for t in doc[:hi]]
        text = f" {' '.join(lows)} "
        tally_words = set(words["tally_words"])
        if any(t in tally_words for t in lows) or any(f" {p} " in text for p in words["tally_phrases"]):
            return "tally"  # "Annual figures show ...", "obtained under Freedom of Information"
        if any(b.kind == "table" and len(b.rows) >= words["table_rows"] and any(c.isdigit() for c in _text(doc, b.span))
               for b in doc._.blocks or ()):
            return "tally"  # a page that sets its counts out in a table (not a menu laid out as one)
        counts = {p.count for p in people.mentions if p.police is True and p.det == "number" and (p.count or 0) >= 2}
        if len(counts) > words["max_counts"]:
            return "tally"  # "45 officers ..., 12 were ..., 30 ...": the counts of many cases
        case = set(rule["event_nouns"]) | set(rule["event_agents"]) | set(rule["event_days"]) | set(words["case_words"])
        if any(t in case for t in lows):
            return "one case"  # "after inmate's death", "plead guilty", "on Tuesday"
        if any(p.kind == "name" and not p.speaker and p.start < hi for p in people.mentions):
            return "one case"  # a person named: the story of what happened to them
        return ""


def _text(doc: Doc, span) -> str:
    return doc_text(doc)[span[0]:span[1]]
