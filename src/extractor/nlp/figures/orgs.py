"""Whose figures they are: the organisation a sentence or the article names."""

from __future__ import annotations

import re
from typing import Optional

from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from .. import doc_text
from ...normalise.numbers import parse_number
from ...records import Figure
from ..rules import matches_by_label
from .base import _ACRONYM, _DATA_WORDS, _ORG_HEADS, Candidate
from .org_forms import source_words

_CITY_MASTHEAD = re.compile(r"\s*(?:The\s+)?City of ([A-Z][\w.'’ -]*?)(?:,\s*[A-Z][\w. ]*?)?\s*[|–—-]\s*"
                            r"(Police Department|Sheriff['’]s Office|Department of Police)\b")
# A city's own site: 'City of DeKalb, Illinois' alone on the first line, and a page that
# speaks of "the police department": that city's department publishes its figures.
_CITY_LINE = re.compile(r"\s*(?:The\s+)?City of ([A-Z][\w.'’ -]*?)(?:,\s*[A-Z][\w. ]*?)?[ \t]*\n")
_THE_POLICE_DEPARTMENT = re.compile(r"\b[Tt]he [Pp]olice [Dd]epartment\b")
# "Sedgwick County deputies", "a Baker County sheriff's deputy": the county's sheriff's office
_COUNTY_DEPUTIES = re.compile(r"\b((?:[A-Z][a-z]+ ){1,3}County)(?: sheriff['’]s)? deput(?:y|ies)\b")
# Rules that find a body by its kind alone ("the Sheriff's Office"): it is the one the
# article names in full, if it does.
_BARE_BODIES = {"org_us_sheriffs_office"}
# Rules that find a body by its place and a common noun ("Memphis police"): it is the body
# of that place the article names in full, if it does ("Memphis Police Department").
_PLACE_BODIES = {"orgform_place_police_lowercase"}
_DEPARTMENT_WORDS = {"department", "dept", "dept."}
# "Tulsa's police department": the body is named "Tulsa Police Department"
_POSSESSIVE_BODIES = {"orgform_place_possessive_department"}
# "Six Kern County sheriff's deputies": the county's sheriff's body the article names in full
_DEPUTIES_BODIES = {"orgform_county_deputies", "orgform_place_people"}
_PEOPLE_WORDS = {"police", "sheriff", "'s", "’s", "officer", "officers", "deputy", "deputies", "trooper", "troopers",
                 "detective", "detectives", "sergeant", "sergeants", "constable", "constables"}


def _possessive_name(span: Span) -> str:
    """'Tulsa's police department' -> 'Tulsa Police Department'; 'Kern County's sheriff's
    office' -> "Kern County Sheriff's Office"."""
    cut = next(t.i for t in span if t.text in ("'s", "’s"))
    place = span.doc[span.start: cut].text
    rest = [t.text if t.text in ("'s", "’s") else t.text[:1].upper() + t.text[1:] for t in span.doc[cut + 1: span.end]]
    return (place + " " + " ".join(rest)).replace(" 's", "'s").replace(" ’s", "’s")


def _place_in_full(name: str, named: list[Span], found: list[tuple[str, Span]]) -> str:
    place = name.lower()
    fuller = [s.text for s in named if s.text.lower().startswith(place) and len(s.text) > len(name)]
    fuller += [label for label, s in found if s.text.lower().startswith(place) and len(s.text) > len(name)]
    return min(fuller, key=len) if fuller else name


def _longest_names(found: list[tuple[str, Span]]) -> list[tuple[str, Span]]:
    """'the garda ombudsman' names the ombudsman, not the Garda inside its name: of two
    bodies' names that overlap, the longer is the one written."""
    def words(span: Span) -> int:  # "the Garda" is one word of a name, not two
        return len(span) - (span[0].lower_ == "the")
    ordered = sorted(found, key=lambda m: m[1].start)
    dropped = set()
    for a, (label, span) in enumerate(ordered):
        b = a + 1  # only names starting inside this one overlap it: a walk, not all pairs
        while b < len(ordered) and ordered[b][1].start < span.end:
            other, o = ordered[b]
            if other != label and words(o) != words(span):
                shorter = (label, span) if words(o) > words(span) else (other, o)
                dropped.add((shorter[0], shorter[1].start, shorter[1].end))
            b += 1
    return [(label, span) for label, span in found if (label, span.start, span.end) not in dropped]


def _not_inside_a_department(found: list[tuple[str, Span]], forces: list[Span]) -> list[tuple[str, Span]]:
    """'The Metropolitan Police Department in Washington': a listed name ('Metropolitan
    Police', London's) with 'Department' after it is the start of a US department's name."""
    ends = {(span.start, span.end) for span in forces}
    return [(label, span) for label, span in found
            if not (span.end < len(span.doc) and span.doc[span.end].lower_ in _DEPARTMENT_WORDS
                    and any((a, b) in ends for a in range(span.start - 3, span.start + 1)
                            for b in (span.end + 1, span.end + 2)))]


class OrgsMixin:
    """FigureFinder's organisation methods."""

    def _org_mentions(self, doc: Doc) -> list[tuple[str, Span]]:
        found = []
        self._recipients: list[tuple[str, Span]] = []
        self._own_starts: set[int] = set()  # figures that are the publisher's own count
        self._uk_story = False
        written: dict[str, str] = {}  # a force's name as the article first writes it in full
        for label, span in matches_by_label(self.org_matcher, doc):
            alias = self.org_names.get(span.text.lower(), (label, span.text))[1]
            cues = self._ctx.cues
            self._uk_story = self._uk_story or label in self._uk_forces() or label in cues.national_bodies \
                or label in cues.uk_bodies
            if any(c.isupper() for c in alias) and not span.text[:1].isupper() and not alias.startswith("the "):
                continue
            if alias.isupper() and span.text != alias and self._inside_a_name(doc, span):
                continue  # "Gsoc said" is GSOC; "the Washington Post" is not POST
            if label in self.as_written and span[-1].is_title:
                written.setdefault(label, span.text)
            if self._is_recipient(doc, span):
                self._recipients.append((label, span))
                continue
            found.append((label, span))
        found = self._of_the_country(doc, [(written.get(label, label), span) for label, span in _longest_names(found)])
        # Any "<Place> Police" / "<Place> Constabulary" is a force, listed or not.
        forces = [Span(doc, span.start, span.end, label=label) for label, span in self._org_matches
                  if not (span.end < len(doc) and (doc[span.end].lower_ in (self.rules[label].not_followed_by or ())
                                                   or self._headline_people(doc[span.end])))]
        found = _not_inside_a_department(found, forces)
        taken = {i for _, span in found for i in range(span.start, span.end)}
        people = [span for span in forces if span.label_ in _DEPUTIES_BODIES]  # never in place of a body's name
        named = [span for span in filter_spans([f for f in forces if f.label_ not in _DEPUTIES_BODIES])
                 if not taken.intersection(range(span.start, span.end))]
        for span in named:
            if span.label_ in _BARE_BODIES:
                found.append((self._in_full(span.text, named, doc_text(doc)), span))
            elif span.label_ in _PLACE_BODIES:
                found.append((_place_in_full(span.text, named, found), span))
            elif span.label_ in _POSSESSIVE_BODIES:
                found.append((_possessive_name(span), span))
            else:
                found.append((span.text, span))
        taken = {i for _, span in found for i in range(span.start, span.end)}
        found += self._deputies_bodies([span for span in filter_spans(people)
                                        if not taken.intersection(range(span.start, span.end))], found)
        taken = {i for _, span in found for i in range(span.start, span.end)}
        found += source_words().people_mentions(doc, taken)
        self._area_list = self._areas(doc, taken)
        known = {alias for alias in self.org_names}
        for m in _ACRONYM.finditer(doc_text(doc)):
            expansion, acronym = m.group(1), m.group(2)
            if acronym.lower() in known or expansion.lower() in known:
                continue
            words = expansion.split()
            if words[-1].lower() not in _ORG_HEADS:
                continue
            # "The Office of Police Integrity (OPI)": the expansion may start later than the match.
            if not any("".join(w[0] for w in words[k:] if w[0].isupper()).upper() == acronym.upper()
                       for k in range(len(words))):
                continue
            span = doc.char_span(m.start(2), m.end(2), alignment_mode="expand")
            if span is not None:
                found.append((acronym, span))
                for tok in doc:
                    if tok.text == acronym and tok.i != span.start:
                        found.append((acronym, doc[tok.i: tok.i + 1]))
        return sorted(found, key=lambda m: m[1].start)

    def _areas(self, doc: Doc, taken: set[int]) -> list[tuple[str, Span]]:
        """'In Lancashire, 43 officers ...', 'in Kent 19 officers ...': a force's area after
        'in' names the force, in a story about UK forces (a US story's 'in Durham' does not)."""
        shared = set(self._ctx.cues.shared_place_names)
        out = []
        for label, span in matches_by_label(self.area_matcher, doc):
            if span.start == 0 or doc[span.start - 1].lower_ != "in" or taken.intersection(range(span.start, span.end)):
                continue
            if span.end < len(doc) and doc[span.end].is_title:
                continue  # "in Kent County", "in Durham Crown Court"
            if span.text in shared and not self._uk_story:
                continue
            out.append((label, span))
        return out

    def _area_org(self, doc: Doc, cand: Candidate) -> Optional[str]:
        """The force whose area the figure's own clause names ('in Kent 19 officers')."""
        if not self._area_list or self._ctx.national(self._sent(cand.span)):
            return None
        # right before it ("in Kent 19 officers", "In Lancashire, 43 ...") or right after ("19 in Kent")
        return next((label for label, span in self._area_list
                     if 0 <= cand.start - span.end <= 1 or 0 <= span.start - cand.span.end <= 2), None)

    @staticmethod
    def _deputies_bodies(deputies: list[Span], found: list[tuple[str, Span]]) -> list[tuple[str, Span]]:
        """'Six Kern County sheriff's deputies': the county's sheriff's office or department,
        as the article names it in full (or resolves its bare 'the sheriff's department');
        'five Memphis officers': the place's body the article names in full."""
        out = []
        for span in deputies:
            words = [t for t in span if t.lower_ not in _PEOPLE_WORDS]
            while words and parse_number(words[0].text) is not None:
                words = words[1:]  # "Eleven Carver officers": the count is no part of the place
            if not words:
                continue
            place = span.doc[words[0].i: words[-1].i + 1].text.lower() + " "
            sheriff = span.label_ == "orgform_county_deputies"
            full = [label for label, _s in found if label.lower().startswith(place)
                    and ("sheriff" in label.lower()) == sheriff]
            if full:
                out.append((min(full, key=len), span))
        return out

    def _of_the_country(self, doc: Doc, found: list[tuple[str, Span]]) -> list[tuple[str, Span]]:
        """'Scotland's police watchdog', 'the Office of the Police Ombudsman' in a Belfast
        story: a name each country's watchdog goes by is the watchdog of the story's country."""
        words = source_words()
        if not any(span.text.lower().removeprefix("the ") in words.watchdog_names for _label, span in found):
            return found
        text = doc_text(doc)
        body = words.watchdog_of(text, self._opening()[-1][1] if self._opening() else 300)
        if body is None:
            return found
        return [(body if span.text.lower().removeprefix("the ") in words.watchdog_names else label, span)
                for label, span in found]

    def _uk_forces(self) -> set[str]:
        """Listed forces with an area ('Kent' of 'Kent Police'): a story naming one is British."""
        if not hasattr(self, "_uk_force_names"):
            self._uk_force_names = {o.name for o in self.orgs if o.as_written
                                    and any(a.endswith((" Police", " Constabulary")) for a in o.aliases)}
        return self._uk_force_names

    @staticmethod
    def _headline_people(token) -> bool:
        """'Over 1,000 London Police Officers Suspended': in a headline's capitals a place
        before 'Police Officers' need not be a force's name."""
        return token.lower_ in ("officer", "officers", "staff") and token.is_title

    @staticmethod
    def _in_full(name: str, named: list[Span], text: str = "") -> str:
        """'the Sheriff's Office' after 'the Portsmouth Sheriff's Office': the body named in
        full; else the county whose deputies the article names ('Two Sedgwick County deputies
        have been fired' ... 'the sheriff's office policy')."""
        tail = " " + name.lower()
        longer = [s.text for s in named if s.text.lower().endswith(tail)]
        if longer:
            return min(longer, key=len)
        county = _COUNTY_DEPUTIES.search(text)
        if county and name.lower().startswith("sheriff"):
            words = county.group(1).split()
            while len(words) > 2 and (words[0] in ("The", "A", "An", "Former") or parse_number(words[0]) is not None):
                words = words[1:]  # "Three Harlan County deputies": the count is no part of the name
            return " ".join(words + [w[:1].upper() + w[1:] for w in name.split()])
        return name

    @staticmethod
    def _is_recipient(doc: Doc, span: Span) -> bool:
        """'Referrals to the IOPC': a body figures were sent to is not whose figures they are
        ('according to the IOPC' still is)."""
        i = span.start - 1
        if i >= 0 and doc[i].lower_ == "the":
            i -= 1
        return i >= 1 and doc[i].lower_ == "to" and doc[i - 1].lower_ != "according"

    def _publisher(self, doc: Doc) -> Optional[str]:
        site = (doc._.site_name or "").strip()
        known = self.org_names.get(site.lower())
        if known is None:
            return site if site and self._names_a_body(site) else self._masthead(doc)
        name, _alias = known
        return site if name in self.as_written else name

    @staticmethod
    def _masthead(doc: Doc) -> Optional[str]:
        """A US city's page opens 'City of Independence, Missouri | Police Department', or
        'City of Dover, Delaware' alone on a line with 'the police department' below: the
        department of that city publishes its own figures."""
        text = doc_text(doc)
        m = _CITY_MASTHEAD.match(text[:300])
        if m:
            return f"{m.group(1)} {m.group(2)}"
        m = _CITY_LINE.match(text[:120])
        return f"{m.group(1)} Police Department" if m and _THE_POLICE_DEPARTMENT.search(text) else None

    def _names_a_body(self, name: str) -> bool:
        """A site named for a body the rules know as one ('Middlesex Police Department',
        'Massachusetts POST Commission'), not a newspaper ('Daily Press')."""
        words = self._make_doc(name)
        return any(self.rules[label].family == "org" and span.start == 0 and span.end == len(words)
                   for label, span in matches_by_label(self.org_matcher_rules, words))

    def _sources(self, doc: Doc, mentions) -> list:
        """Mentions that name a body as the source of data: 'Home Office statistics',
        'figures from the IOPC', 'according to the College of Policing', 'supplied by the
        Wessex Police Professional Standards Department'."""
        out = []
        for label, span in mentions:
            block = self._ctx.block_index(span.start_char)
            if block is not None and self._ctx.blocks[block].kind in ("caption", "furniture"):
                continue  # a photo's caption is not where the article says whose figures it reports
            after = {t.lower_ for t in doc[span.end: span.end + 2]}
            before = " ".join(t.lower_ for t in doc[max(0, span.start - 3): span.start])
            if after & _DATA_WORDS or source_words().is_source(doc, span) or re.search(r"(figures|data|statistics|numbers) (from|by|published by)( the)?$"
                                                r"|according to( the)?$|(supplied|provided|compiled|released) by( the)?$", before):
                out.append((label, span))
        return out

    @staticmethod
    def _main_org(mentions) -> Optional[str]:
        """The organisation an article names most (the earliest on a tie): whose figures
        a sentence that names nobody most likely reports."""
        counts: dict[str, int] = {}
        last_end: dict[str, int] = {}
        for label, span in sorted(mentions, key=lambda m: (m[1].start, -m[1].end)):
            # One naming read as several overlapping names ('His Majesty's Inspectorate
            # of Constabulary and Fire & Rescue Services') is named once.
            if span.start < last_end.get(label, -1):
                continue
            last_end[label] = span.end
            counts[label] = counts.get(label, 0) + 1
        if not counts:
            return None
        return max(counts, key=lambda name: counts[name])  # dicts keep first-seen order on ties

    def _article_org(self, mentions) -> Optional[str]:
        """Whose figures a sentence that names nobody reports: the body the article names
        most, of those its opening names (title, standfirst, first paragraph) or that it
        names more than once. A body named once past the opening (one item of a round-up,
        a photo's caption, a quote) sets no frame."""
        opening = self._opening()
        counts: dict[str, int] = {}
        for label, _span in mentions:
            counts[label] = counts.get(label, 0) + 1
        framed = [(label, span) for label, span in mentions
                  if counts[label] > 1 or any(a <= span.start_char < b for a, b in opening)]
        if not framed and len(counts) == 1 and not all(self._in_list(span) for _label, span in mentions):
            return mentions[0][0]  # the one body the article names, outside a list of places
        return self._main_org(framed)

    def _in_list(self, span: Span) -> bool:
        block = self._ctx.block_index(span.start_char)
        return block is not None and self._ctx.blocks[block].kind == "list_item"

    def _opening(self) -> list[tuple[int, int]]:
        """The article's opening: its masthead, title (or the heading it opens with),
        standfirst and first paragraph of a sentence's length ('by: Staff' is none); its
        first 300 characters when it has no blocks."""
        if not self._ctx.blocks:
            return [(0, 300)]
        spans, text = [], self._ctx.text
        for block in self._ctx.blocks:
            if block.kind in ("title", "standfirst", "heading") or block.kind == "furniture" and not spans:
                spans.append(block.span)
            elif block.kind == "paragraph" and text.count(" ", *block.span) >= 10 \
                    and text[block.span[0]:block.span[1]].rstrip().endswith((".", "”", '"', "’", ":")):
                spans.append(block.span)
                break
        return spans

    @staticmethod
    def _inside_a_name(doc: Doc, span: Span) -> bool:
        before = doc[span.start - 1] if span.start > 0 else None
        after = doc[span.end] if span.end < len(doc) else None
        return any(t is not None and t.is_title and not t.is_sent_start for t in (before, after))

    def _bystander(self, span: Span) -> bool:
        """'43 referrals from the Garda Commissioner', 'the body that oversees An Garda
        Síochána', 'a member of the Garda': a body the figures came from, are about or a
        person belongs to is not whose figures they are."""
        doc, i = span.doc, span.start - 1
        while i >= 0 and doc[i].lower_ in ("the", "an", "a", "state", "federal", "county", "city"):
            i -= 1
        if i < 0 or source_words().before_is_source(doc, span.start):
            return False  # "data obtained from the X": the source, whatever the word before it
        if source_words().about_body(doc, span.start):
            return True
        if not (doc[i].lower_ in self._ctx.cues.org_bystanders
                or i >= 1 and f"{doc[i - 1].lower_} {doc[i].lower_}" in self._ctx.cues.org_bystanders):
            return False
        # "figures from the IOPC", "data supplied to the BBC by ...": the body is the source
        return not (i >= 1 and (doc[i - 1].lower_ in _DATA_WORDS or doc[i - 1].lower_ in ("numbers", "according")))

    @staticmethod
    def _other_clause(cand: Candidate, span: Span) -> bool:
        """'Nine were fired, and the Justice Department opened an inquiry': a body that is the
        subject of another clause of the sentence is not whose the figure is, unless it is the
        figure's source ('..., the department said')."""
        doc = span.doc
        a, b = (span.end, cand.start) if span.end <= cand.start else (cand.span.end, span.start)
        for i in range(a, b):
            word = doc[i].lower_
            if word in (";", "but", "while", "whereas") or word == "," and i + 1 < b and doc[i + 1].lower_ == "and":
                return not source_words().is_source(doc, span, said=True)
        return False

    def _figure_org(self, doc: Doc, cand: Candidate, sent: Span, previous: Optional[Figure]) -> Optional[str]:
        """Whose a figure is, in order: the force whose area its clause names; the nearest
        body its sentence names; the publisher's own count ('our analysis found'), and the
        figures carrying on from one; the figure's before it; a national body for a national
        figure, else the article's frame; a body named only as a recipient."""
        area = self._area_org(doc, cand)
        if area:
            return area
        carried = None if self._listed_place(doc, cand) or self._cell(cand) or not self._carries(previous, sent) \
            else previous
        named = self._org(cand, sent, self._org_list, None)
        if named:
            return named
        if source_words().own_count(sent.text) or carried is not None and carried.span[0] in self._own_starts:
            self._own_starts.add(doc[cand.start].idx)
            return self._publisher(doc)
        return ((carried.org if carried is not None else None)
                or (self._national_body() if self._ctx.national(sent) else self._main)
                or self._org(cand, sent, self._recipients, None, bystanders=True))

    def _org(self, cand: Candidate, sent: Span, mentions, previous: Optional[Figure],
             bystanders: bool = False) -> Optional[str]:
        """The nearest body the sentence names, else the previous figure's; a body named
        only as a recipient or source counts when ``bystanders`` (the last resort)."""
        best, best_dist = None, None
        for label, span in mentions:
            if self._sent(span) != sent or (not bystanders and (self._bystander(span)
                                                                 or self._other_clause(cand, span))):
                continue
            dist = abs(span.start - cand.span.start)
            if best_dist is None or dist < best_dist:
                best, best_dist = label, dist
        if best:
            return best
        return previous.org if previous is not None else None
