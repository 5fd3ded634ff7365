"""Whose figures they are: the organisation a sentence or the article names."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from spacy.tokens import Doc, Span

from .. import doc_text, token_lowers
from ...rulefiles import lexicon
from ...normalise.numbers import parse_number
from ...records import Figure
from ..rules import matches_by_label
from .base import _ACRONYM, _DATA_WORDS, _ORG_HEADS, Candidate
from .org_forms import org_forms, source_words
from .org_prosecutors import defendants_owner
from .org_frame import OrgFrameMixin
from .org_refs import (UNSET_FRAME, OrgRefsMixin, back_references, employer, examined, in_full, investigator, of_a_state,
                       people_counts, plain, people_references, pronoun_references)
from .org_voice import UNSET, OrgVoiceMixin
from .org_publisher import OrgPublisherMixin
from .org_agent import OrgAgentMixin, agent_references, subject_areas

# "Sedgwick County deputies", "a Baker County sheriff's deputy": the county's sheriff's office
# "X, with 173", "X was second with 69", "followed by X with 52": one entry of a ranking
# "X topped the list with 104, ahead of Y on 61", "followed by Florissant (214)"
_RANK_LEAD = r",?\s*(?:(?:(?:was|is|came|ranked|finished|topped|led)\s+(?:\w+\s+){0,2})?(?:with|on|at)\s+|\(\s*)"
_RANKED = re.compile(_RANK_LEAD + r"\Z")
_RANKED_AT = re.compile(_RANK_LEAD + r"(?=\d)")
# "the Office of the Inspector General (OIG)", "the Attorney General (AG)": a body's acronym too
_ACRONYM_HEADS = _ORG_HEADS | {"general"}
_COUNTY_DEPUTIES = re.compile(r"\b((?:[A-Z][a-z]+ ){1,3}County)(?: sheriff['’]s)? deput(?:y|ies)\b")



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




@lru_cache(maxsize=1)
def _officer_words() -> frozenset[str]:
    """The one-word nouns of officers (models/lexicon.json counted.officer)."""
    return frozenset(w for w in lexicon()["counted"]["officer"] if " " not in w)


class OrgsMixin(OrgFrameMixin, OrgVoiceMixin, OrgRefsMixin, OrgPublisherMixin, OrgAgentMixin):
    """FigureFinder's organisation methods (the article's frame and bodies by their form: org_frame.py;
    the page's own publisher: org_publisher.py)."""

    def _org_mentions(self, doc: Doc) -> list[tuple[str, Span]]:
        found = []
        self._recipients: list[tuple[str, Span]] = []
        self._own_starts: set[int] = set()  # figures that are the publisher's own count
        self._own_sents: dict[int, bool] = {}  # sentence start -> it states the publisher's own count
        self._voice = UNSET  # the body a first-person release speaks as, once asked
        self._own_frame = UNSET_FRAME  # the outlet whose own analysis the opening reports, once asked
        self._asked: dict[int, tuple] = {}  # sentence start -> (the outlet that obtained its figures, an unnamed study)
        self._narrating: dict[int, bool] = {}  # sentence start -> it speaks in the page's first person
        self._uk_story = False
        self._agents: dict[int, list] = {}  # sentence start -> its agent subjects (org_agent.py)
        self._agent_index = None  # sentence start -> the bodies it names, once asked
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
        found = [of_a_state(label, span) for label, span in found]
        found = self._form_mentions(doc, found)
        # "referred to agencies such as the X", "the X declined to comment": where cases went, who spoke
        aside = [m for m in found if source_words().another_role(doc, m[1])]
        self._recipients += aside
        found = [m for m in found if m not in aside]
        taken = {i for _, span in found for i in range(span.start, span.end)}
        found += source_words().people_mentions(doc, taken)
        found += people_counts(doc, {i for _, span in found for i in range(span.start, span.end)})
        self._area_list = self._areas(doc, taken)
        subject_areas = self._subject_areas(doc, taken)  # "Merseyside paid £2m to 66 officers"
        self._area_subjects = {span.start for _label, span in subject_areas}  # its clause's, not the article's
        found += self._acronym_mentions(doc)
        found = in_full(found)
        refs = back_references(doc, found + self._recipients)
        refs += pronoun_references(doc, sorted(found, key=lambda m: m[1].start))
        refs += people_references(doc, found)
        refs += agent_references(doc, found)
        self._ref_starts = {span.start for _label, span in refs}  # "the force": no frame of its own
        found += refs
        found += subject_areas  # after the references: "the force" is not the area named in passing
        self._mention_ends = {span.end for _label, span in found}
        return sorted(found, key=lambda m: m[1].start)

    def _acronym_mentions(self, doc: Doc) -> list[tuple[str, Span]]:
        """'The Office of Police Integrity (OPI)': an acronym a body's name is given with in
        brackets, and every later use of it."""
        found = []
        known = self.org_names  # the aliases, lower case
        for m in _ACRONYM.finditer(doc_text(doc)):
            expansion, acronym = m.group(1), m.group(2)
            if acronym.lower() in known or expansion.lower() in known:
                continue
            words = expansion.split()
            if words[-1].lower() not in _ACRONYM_HEADS:
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
        return found

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

    def _subject_areas(self, doc: Doc, taken: set[int]) -> list[tuple[str, Span]]:
        """A force's area as a clause's subject ('Merseyside paid ...'), in a UK story only where
        another country shares the place name."""
        shared = set(self._ctx.cues.shared_place_names)
        areas = [(label, span) for label, span in matches_by_label(self.area_matcher, doc)
                 if self._uk_story or span.text not in shared]
        return subject_areas(doc, areas, taken) if areas else []

    def _area_org(self, doc: Doc, cand: Candidate) -> Optional[str]:
        """The force whose area the figure's own clause names ('in Kent 19 officers')."""
        if not self._area_list or self._ctx.national(self._sent(cand.span)):
            return None
        # right before it ("in Kent 19 officers", "In Lancashire, 43 ...") or right after ("19 in Kent")
        return next((label for label, span in self._area_list
                     if 0 <= cand.start - span.end <= 1 or 0 <= span.start - cand.span.end <= 2), None)

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
        tail = " " + plain(name)  # "Sheriff’s Office" after "the Portsmouth Sheriff's Office": one name
        longer = [s.text for s in named if plain(s.text).endswith(tail)]
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

    def _sources(self, doc: Doc, mentions) -> list:
        """Mentions that name a body as the source of data: 'Home Office statistics',
        'figures from the IOPC', 'according to the College of Policing', 'supplied by the
        Wessex Police Professional Standards Department'."""
        out = []
        lowers = token_lowers(doc)
        for label, span in mentions:
            block = self._ctx.block_index(span.start_char)
            if block is not None and self._ctx.blocks[block].kind in ("caption", "furniture"):
                continue  # a photo's caption is not where the article says whose figures it reports
            after = set(lowers[span.end: span.end + 2])
            before = " ".join(lowers[max(0, span.start - 3): span.start])
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
        if self._overseen(span) or examined(span):
            return True  # "the Inspector General for the Chicago Police Department", "of X's files"
        while i >= 0 and doc[i].lower_ in ("the", "an", "a", "state", "federal", "county", "city"):
            i -= 1
        if i < 0 or source_words().before_is_source(doc, span.start):
            return False  # "data obtained from the X": the source, whatever the word before it
        if source_words().about_body(doc, span.start):
            return True
        if not (doc[i].lower_ in self._ctx.cues.org_bystanders
                or i >= 1 and f"{doc[i - 1].lower_} {doc[i].lower_}" in self._ctx.cues.org_bystanders):
            return False
        if doc[i].lower_ == "from" and i >= 1 and (doc[i - 1].lower_ in _officer_words()
                                                   or doc[i - 1].lower_ in org_forms().leaving_verbs):
            return False  # "Eleven officers from the Marston Police Department", "resigned from the X": their own body
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
        """Whose a figure is; a prosecutor never for the people its case charged (org_prosecutors.py)."""
        return defendants_owner(self._read_org(doc, cand, sent, previous), cand.extras.get("counted"), sent)

    def _read_org(self, doc: Doc, cand: Candidate, sent: Span, previous: Optional[Figure]) -> Optional[str]:
        """Whose a figure is, in order: the force whose area its clause names; the nearest
        body its sentence names; the publisher's own count ('our analysis found'), and the
        figures carrying on from one; the figure's before it; a national body for a national
        figure, else the article's frame; a body named only as a recipient."""
        area = self._area_org(doc, cand)
        if area:
            return area
        agent = self._agent_org(doc, cand, sent)  # "the agency received 600 complaints against X"
        if agent:
            return agent
        carried = None if self._listed_place(doc, cand) or self._cell(cand) or not self._carries(previous, sent) \
            else previous
        named = self._org(cand, sent, self._org_list, None)
        if named:
            return named
        asked = self._named_own(sent) or None
        named = asked or self._weak_org(cand, sent, self._org_list)
        if not named and self._named_body(asked := self._sentence_words(sent)[0]) is None:
            named = asked  # "figures obtained by The Yorkshire Post show": a total no force is named for
        if named:
            if named == asked:
                self._own_starts.add(doc[cand.start].idx)  # the sentences that carry on are the outlet's too
            return named  # weak: "More than 300 members of An Garda Síochána were disciplined"
        if carried is not None and self._area_subjects and all(
                span.start in self._area_subjects for label, span in self._org_list if label == carried.org):
            carried = None  # "Cumbria recorded the lowest, with 8 officers": that clause's, not the next sentence's
        if carried is not None and self._in_passing(carried, cand):
            carried = None  # a body named once in a side paragraph owns only that paragraph's figures
        own = self._own_sents.get(sent.start)
        if own is None:  # once a sentence: a sentence of thousands of numbers is read once, not once a number
            own = self._own_sents[sent.start] = source_words().own_count(sent.text)
        if own or carried is not None and carried.span[0] in self._own_starts:
            self._own_starts.add(doc[cand.start].idx)
            if isinstance(own, str) and own:
                return own  # "BBC analysis of FOI data suggests": the publisher it names
            if not own and carried.org:
                return carried.org
            # "we" on a body's own page is that body; "this newspaper" the outlet the opening names
            return self._publisher(doc) or self._masthead_body() or self._opening_own(doc)
        if self._sentence_words(sent)[1]:
            return None  # "A 2019 study of officers in Georgia found": no body's count
        if self._narrates(sent) and self._voice_body(doc):
            return self._voice_body(doc)  # "we referred 71 cases" in a watchdog's release
        return ((carried.org if carried is not None else None) or self._opening_own(doc)
                or (self._national_body() if self._ctx.national(sent) else self._main)
                or self._org(cand, sent, self._recipients, None, bystanders=True) or self._complained_of(cand, sent))

    def _complained_of(self, cand: Candidate, sent: Span) -> Optional[str]:
        """'There were 1,204 complaints made against Mercia Police in 2016/17', no source
        named and no frame: the force complained of keeps its own complaints' count."""
        best = None
        for label, span in self._org_list:
            i = span.start - 1
            while i >= 0 and span.doc[i].lower_ == "the":
                i -= 1
            if self._sent(span) == sent and i >= 0 and span.doc[i].lower_ == "against" \
                    and (best is None or abs(span.start - cand.start) < abs(best[1].start - cand.start)):
                best = (label, span)
        return best[0] if best else None

    def _in_passing(self, carried: Figure, cand: Candidate) -> bool:
        """'The Department of Finance sanctioned only two posts' in a paragraph about
        staffing, and the frame's body ('Gsoc's annual report') named again before the next
        count: a body the article names once, past its opening, owns the figures of its own
        sentence; once the frame's body is named again, the counts after are the frame's.
        A ranking's entry ('the Department of Corrections, with 173') owns its own number."""
        if self._main is None or carried.org == self._main:
            return False
        if any(_RANKED.match(self._ctx.text, span.end_char, carried.span[0])
               for _label, span in self._org_list if 0 < carried.span[0] - span.end_char < 30):
            return True
        spans = [span for label, span in self._org_list if label == carried.org and span.start not in self._ref_starts]
        if len(spans) != 1 or any(a <= spans[0].start_char < b for a, b in self._opening()):
            return False
        return any(label == self._main and carried.span[1] < span.start_char < cand.span.start_char
                   for label, span in self._org_list)

    def _ranked(self, span: Span, cand: Candidate) -> Optional[bool]:
        """'Topping the list was the Columbus Police Department, with 88, followed by the
        county jails with 41', 'Sussex Police was second at 44, behind Kent Police': a
        ranking's entry owns the number it is given (True), no other (False); None: no entry."""
        text, end = self._ctx.text, span.end_char
        m = _RANKED_AT.match(text, end, min(len(text), end + 30))
        return None if m is None else m.end() == cand.span.start_char

    def _org(self, cand: Candidate, sent: Span, mentions, previous: Optional[Figure],
             bystanders: bool = False) -> Optional[str]:
        """The nearest body the sentence names, else the previous figure's; a body named
        only as a recipient or source counts when ``bystanders`` (the last resort)."""
        best, best_dist = None, None
        for label, span in mentions:
            if self._sent(span) != sent or (not bystanders and (self._bystander(span) or employer(span)
                                                                 or self._other_clause(cand, span)
                                                                 # "20 had the suspension lifted after investigations by GSOC":
                                                                 # the investigator's, only if it counts investigations
                                                                 or cand.extras.get("counted") == "officer" and investigator(span))):
                continue
            ranked = self._ranked(span, cand)
            if ranked is False:
                continue
            dist = -1 if ranked else abs(span.start - cand.span.start)
            if best_dist is None or dist < best_dist:
                best, best_dist = label, dist
        if best:
            return best
        return previous.org if previous is not None else None
