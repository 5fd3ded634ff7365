"""Whose figures they are, from the article as a whole: bodies found by their form and
named as the article writes them (or as the body it names in full), the watchdog of the
story's own country, a body's own page, and the article's frame (the body its opening
names). The rules are models/org_forms.json and figure_patterns.jsonl's family org."""

from __future__ import annotations

import re
from typing import Optional

from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from .. import doc_text
from ...normalise.numeric_order import origin_counts
from ...normalise.numbers import parse_number
from .org_forms import source_words

# Rules that find a body by its kind alone ("the Sheriff's Office"): it is the one the
# article names in full, if it does.
_BARE_BODIES = {"org_us_sheriffs_office"}
# Rules that find a body by its place and a common noun ("Memphis police"): it is the body
# of that place the article names in full, if it does ("Memphis Police Department").
_PLACE_BODIES = {"orgform_place_police_lowercase"}
_DEPARTMENT_WORDS = {"department", "dept", "dept."}
# "Tulsa's police department": the body is named "Tulsa Police Department"
_POSSESSIVE_BODIES = {"orgform_place_possessive_department"}
# "the Professional Standards Division", "the Lothian and Borders force": a body named on its own, matched with its article
_THE_BODIES = {"orgform_conduct_unit", "orgform_place_force"}
# "Six Kern County sheriff's deputies": the county's sheriff's body the article names in full
_DEPUTIES_BODIES = {"orgform_county_deputies", "orgform_place_people"}
_PEOPLE_WORDS = {"police", "sheriff", "'s", "’s", "officer", "officers", "deputy", "deputies", "trooper", "troopers",
                 "detective", "detectives", "sergeant", "sergeants", "constable", "constables"}


# "Police Department", "Sheriff's Office", "State Patrol": a US body's kind, whatever its place
_US_BODY = re.compile(r"\b(?:Police Department|Police Dept|Sheriff['’]s (?:Office|Department)|State Patrol|"
                      r"Highway Patrol|Department of Corrections?)\b")


_INNER_ACRONYM = re.compile(r"^[^()]*\(([A-Z]{2,6})\)\s+(?=\S)")


def _short_name(name: str) -> str:
    """'Peace Officer Standards and Training (POST) Board' -> 'POST Board': a name written
    with its acronym inside is known by the acronym and the words after it."""
    return _INNER_ACRONYM.sub(r"\1 ", name)


def _us_story(text: str) -> bool:
    """The text names more US places and institutions than UK and Irish ones, or names a
    US body by its kind and no UK or Irish place."""
    us, uk = origin_counts(text.lower())
    return us > uk or uk == 0 and _US_BODY.search(text) is not None


def _possessive_name(span: Span) -> str:
    """'Tulsa's police department' -> 'Tulsa Police Department'; 'Kern County's sheriff's
    office' -> "Kern County Sheriff's Office"."""
    cut = next(t.i for t in span if t.text in ("'s", "’s"))
    place = span.doc[span.start: cut].text
    rest = [t.text if t.text in ("'s", "’s") else t.text[:1].upper() + t.text[1:] for t in span.doc[cut + 1: span.end]]
    return (place + " " + " ".join(rest)).replace(" 's", "'s").replace(" ’s", "’s")


def _cut_at_conjunction(span: Span) -> int:
    """'the Vermont Department of Public Safety and the State Police Advisory Commission':
    two bodies joined by 'and'; a name never ends on the conjunction ('Department of Health
    and Human Services' goes on past it)."""
    end = span.end
    while end - span.start > 1 and span.doc[end - 1].lower_ in ("and", "&", "or", ","):
        end -= 1
    return end


def _place_in_full(name: str, named: list[Span], found: list[tuple[str, Span]]) -> str:
    place = name.lower()
    fuller = [s.text for s in named if s.text.lower().startswith(place) and len(s.text) > len(name)]
    fuller += [label for label, s in found if s.text.lower().startswith(place) and len(s.text) > len(name)]
    return min(fuller, key=len) if fuller else name


def _not_inside_a_department(found: list[tuple[str, Span]], forces: list[Span]) -> list[tuple[str, Span]]:
    """'The Metropolitan Police Department in Washington': a listed name ('Metropolitan
    Police', London's) with 'Department' after it is the start of a US department's name."""
    ends = {(span.start, span.end) for span in forces}
    return [(label, span) for label, span in found
            if not (span.end < len(span.doc) and span.doc[span.end].lower_ in _DEPARTMENT_WORDS
                    and any((a, b) in ends for a in range(span.start - 3, span.start + 1)
                            for b in (span.end + 1, span.end + 2)))]


def _case_actor(span: Span) -> bool:
    """'once the FBI began looking into the case', 'FBI agents later found': a body named as
    the investigator of the story's own case, not as the publisher of its counts."""
    doc, actors = span.doc, source_words().case_actor
    nxt = doc[span.end: span.end + 2]
    return bool(len(nxt)) and (nxt[0].lower_ in actors or len(nxt) > 1 and nxt[0].lower_ in ("then", "later")
                               and nxt[1].lower_ in actors)


class OrgFrameMixin:
    """OrgsMixin's methods that read the article as a whole."""

    def _form_mentions(self, doc: Doc, found: list[tuple[str, Span]]) -> list[tuple[str, Span]]:
        """Bodies found by their form, listed or not (figure_patterns.jsonl family org and
        org_forms.json), added to the listed ones ``found``: each named as the article writes
        it, or as the body it names in full."""
        # Any "<Place> Police" / "<Place> Constabulary" is a force, listed or not.
        forces = [Span(doc, span.start, _cut_at_conjunction(span), label=label) for label, span in self._org_matches
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
                if self._capital_of_position(span):
                    continue
                name = _place_in_full(span.text, named, found)
                if name != span.text or span[:-1].text.lower() not in source_words().states:
                    found.append((name, span))  # "Colorado police" alone names no one body
            elif span.label_ in _POSSESSIVE_BODIES:
                found.append((_possessive_name(span), span))
            elif span.label_ in _THE_BODIES:
                found.append((self._listed_force(span) or span[1:].text, span))  # matched with its "the"
            else:
                found.append((_short_name(span.text), span))
        taken = {i for _, span in found for i in range(span.start, span.end)}
        people = [span for span in filter_spans(people) if not taken.intersection(range(span.start, span.end))]
        return found + self._deputies_bodies(people, found)

    def _listed_force(self, span: Span) -> Optional[str]:
        """'the Kent force' is the listed Kent Police (or Constabulary), when one is listed."""
        if span[-1].text != "force":
            return None
        place = span[1:-1].text.lower()
        for suffix in (" police", " constabulary"):
            known = self.org_names.get(place + suffix)
            if known is not None:
                return known[0]
        return None

    def _capital_of_position(self, span: Span) -> bool:
        """'Assault police keep their jobs', 'Rogue police kept on': a one-word place that
        opens a headline or sentence, and that the text writes in lower case elsewhere ('convicted
        of assault'), is a common word capitalised by its position, not a place, unless a listed
        body starts with it ('Kent police') or the text capitalises it mid-sentence too."""
        first = span[0]
        if len(span) != 2 or not (first.is_sent_start or first.i == 0 or "\n" in span.doc[first.i - 1].whitespace_
                                  or span.doc[first.i - 1].is_space):
            return False
        word = first.lower_
        if not hasattr(self, "_org_first_words"):
            self._org_first_words = frozenset(name.split(" ", 1)[0] for name in self.org_names)
        if word in self._org_first_words or word in source_words().states:
            return False
        text = doc_text(span.doc)
        return re.search(rf"\b{re.escape(word)}\b", text) is not None \
            and re.search(rf"[a-z,;] {re.escape(first.text)}\b", text) is None

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
        if body is None and _us_story(text):
            # "Police watchdog report" over a US city's figures: the IOPC is England's watchdog
            return [(label, span) for label, span in found
                    if span.text.lower().removeprefix("the ") not in words.watchdog_names]
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

    def _masthead_body(self) -> Optional[str]:
        """A body's own page: its first line is the body's name as the rules know it
        ('Independent Office for Police Conduct', 'Kent Police | News'): 'we' there is it
        (though not every figure on it is its: a PCC's page reports the force's)."""
        blocks = self._ctx.blocks
        if not blocks or blocks[0].kind not in ("furniture", "title"):
            return None
        line = self._ctx.text[blocks[0].span[0]:blocks[0].span[1]].split("|")[0].strip()
        known = self.org_names.get(line.lower())
        if known is None:  # a headline is never a body's name alone; a masthead may be one by its form
            return line if blocks[0].kind == "furniture" and len(line) < 80 and self._names_a_body(line) else None
        return line if known[0] in self.as_written else known[0]

    def _article_org(self, mentions) -> Optional[str]:
        """Whose figures a sentence that names nobody reports: the body the article names
        most, of those its opening names (title, standfirst, first paragraph) or that it
        names more than once. A body named once past the opening (one item of a round-up,
        a photo's caption, a quote) sets no frame."""
        opening = self._opening()
        # "the force" says which body a sentence means, not which body the article is about
        mentions = [m for m in mentions if m[1].start not in getattr(self, "_ref_starts", ()) and not self._aside(m[1])]
        counts: dict[str, int] = {}
        for label, _span in mentions:
            counts[label] = counts.get(label, 0) + 1
        framed = [(label, span) for label, span in mentions
                  if (any(a <= span.start_char < b for a, b in opening) or counts[label] > 1)
                  and not _case_actor(span)]
        if not framed and len(counts) == 1 and not all(self._in_list(span) or _case_actor(span) for _label, span in mentions):
            return mentions[0][0]  # the one body the article names, outside a list of places
        return self._main_org(framed)

    def _aside(self, span: Span) -> bool:
        """'Related: Police watchdog under pressure ...', a photo's caption: furniture past the
        masthead and captions name no body the article is about."""
        block = self._ctx.block_index(span.start_char)
        return block is not None and block > 0 and self._ctx.blocks[block].kind in ("furniture", "caption")

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
