"""Whose figures they are when the article's words, not a list of names, say so: bodies
known by their form ("the Kansas Highway Patrol", "the Vermont Criminal Justice
Council"), a force named as its people ("figures released by gardaí"), and the words
that make a body the source of the figures beside it ("data obtained from ...",
"... the department said"). The rules are models/org_forms.json."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from pydantic import BaseModel, ConfigDict
from spacy.tokens import Doc, Span

from ...modelfiles import FigureRule
from ...rulefiles import load_json
from .. import doc_text, token_lowers

ORG_FORMS_FILE = "org_forms.json"
# "Internal Affairs data", "the department's records", "police figures" right before "obtained by"
_BODYS_DATA = re.compile(r"(?:affairs|standards|police|department|force|sheriff|office|agency|patrol|garda)(?:['’]s?)?"
                         r" (?:data|records|figures|files|statistics|numbers|reports)\s*\Z", re.I)

_PREPOSITIONS = ("in", "of", "from", "by", "to", "for", "at", "on", "with", "into", "against", "about")


class Country(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    body: str                        # a name of models/orgs.jsonl: "PIRC"
    words: list[str]                 # words that place a story there: "Police Scotland", "Scottish"
    successor: str = ""              # the body that replaced it ("Fiosrú" for GSOC), when the text names it


class Watchdogs(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    names: list[str]                 # "the police watchdog": a different body in each country
    countries: list[Country]


class OrgForms(BaseModel):
    """models/org_forms.json."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    about: str = ""
    forms: list[FigureRule]          # token rules of family "org": a body by its form
    people: dict[str, str]           # "gardaí" -> "An Garda Síochána"
    people_count_words: frozenset[str] = frozenset()  # "two serving gardaí": words between a number and its people
    source_before: list[str]         # "obtained from" the body: it is the figures' source
    source_from: list[str]           # "records obtained by the Tribune from" the body
    source_after: list[str]          # the body's "figures"
    said_after: list[str]            # the body "said": its sentence's source, not the article's
    about_before: list[str]          # complaints "about" the body: who they concern
    own_analysis: list[str]          # "our analysis found": the publisher's own count
    own_analysis_nouns: list[str]    # "An Enquirer analysis found": the same, by name
    own_analysis_by: list[str] = []  # "court records reviewed by The Inquirer": the same, by name
    watchdogs: Watchdogs             # "the police watchdog" of the story's own country
    case_actor_after: list[str] = []  # "FBI agents", "the FBI began": the case's investigator
    states: list[str] = []           # "Colorado police": a state's many bodies, not one's name
    back_references: dict[str, list[str]] = {}  # "the force" -> a body named before it of that kind
    employer_after: list[str] = []   # "Met officers": the force named as its people's employer
    pronoun_verbs: list[str] = []    # "It said 40 of its members": the body opening the sentence before
    units: list[str] = []            # "Office of Professional Standards": a department's own unit
    not_publishers: list[str] = []   # "Police analysis found": a first word that names no publisher
    unnamed_studies: list[str] = []  # "A 2019 study of officers found": nobody's count
    people_references: dict[str, list[str]] = {}  # "Auditors examined 880 complaints": the auditor
    obtained_by: list[str] = []      # "figures obtained by The Yorkshire Post": the outlet that asked
    leaving_verbs: list[str] = []    # "resigned from the X Police Department": the body they served
    goal_links: list[str] = []       # "referred to agencies such as" the body: where cases went
    goal_nouns: list[str] = []       # "to other agencies" such as the body: the goal's head noun
    not_goal_to: list[str] = []      # "according to": a "to" that names no destination
    commenting_after: list[str] = []  # the body "declined to comment": it speaks, it gave no count
    own_analysis_verbs: list[str] = []  # "the Tribune analyzed records": the publisher's own count
    own_analysis_people: list[str] = []  # "the Star's reporters reviewed": the same
    prosecutor_words: list[str] = []  # "U.S. Attorney", "State's Attorney": a body that prosecutes
    court_steps: list[str] = []  # "indicted", "sentenced": a court's step against the people counted
    agent_verbs: list[str] = []  # "the agency received" 600 complaints: its subject's count (org_agent.py)
    agent_between: list[str] = []  # "the board has also received": words between subject and verb
    agent_not_subject: list[str] = []  # complaints "against" the body: no verb's subject
    agent_clause_breaks: list[str] = []  # "; but": the end of the subject's clause
    agent_references: dict[str, list[str]] = {}  # "the agency" -> the latest body named as an agent
    agent_reference_verbs: list[str] = []  # "X published its report. The agency ...": X spoke
    agent_newsrooms: list[str] = []  # "the newspaper identified": the newsroom named before it
    area_subject_verbs: list[str] = []  # "South Yorkshire, which paid ... to 11 officers": the area is its force


@lru_cache(maxsize=1)
def org_forms() -> OrgForms:
    data = load_json(ORG_FORMS_FILE)  # checked against OrgForms as it is read
    return OrgForms.model_validate({k: v for k, v in data.items() if not k.endswith("__note")})


def form_rules() -> list[FigureRule]:
    return list(org_forms().forms)


class SourceWords:
    """The source cues as token tuples, looked up by the words right before or after a body."""

    def __init__(self, forms: OrgForms):
        self.before = {tuple(p.lower().split()) for p in forms.source_before}
        self.after = frozenset(w.lower() for w in forms.source_after)
        self.said = frozenset(w.lower() for w in forms.said_after)
        self.about = frozenset(w.lower() for w in forms.about_before)
        self.from_words = frozenset(w.lower() for w in forms.source_from)
        self.longest = max((len(p) for p in self.before), default=0)
        self.people = {k.lower(): v for k, v in forms.people.items()}
        self.people_words = re.compile(r"\b(?:%s)\b" % "|".join(map(re.escape, self.people)), re.I) \
            if self.people else None
        self.watchdog_names = frozenset(n.lower() for n in forms.watchdogs.names)
        self.case_actor = frozenset(w.lower() for w in forms.case_actor_after)
        self.states = frozenset(w.lower() for w in forms.states)
        self.successors = {c.body: c.successor for c in forms.watchdogs.countries if c.successor}
        self.countries = [(c.body, re.compile(r"\b(?:%s)\b" % "|".join(re.escape(w) for w in c.words), re.I))
                          for c in forms.watchdogs.countries]
        self.own = re.compile(r"\b(?:%s)\b" % "|".join(re.escape(p.lower()) for p in forms.own_analysis)) \
            if forms.own_analysis else None
        # "An Enquirer analysis of ... found", not "an APSP-related investigation"
        # ... and "BBC analysis of FOI data suggests", "according to an Associated Press review of"
        self.own_named = re.compile(r"(?:\b[Aa]n? |^|(?<=[,;] )|(?<=according to an )|(?<=according to a ))"
                                    r"((?:[A-Z0-9][A-Za-z0-9.'’&-]* ){0,3}[A-Z][A-Za-z.'’&-]*) (?:%s) "
                                    r"(?:of|into|found|finds|shows|showed|suggests|suggested|by)\b"
                                    % "|".join(map(re.escape, forms.own_analysis_nouns))) \
            if forms.own_analysis_nouns else None
        # "according to The Intercept's analysis of", "The Post's review found": the owner named
        # after "the" or "according to" (a person's "Smith's review" has neither)
        self.own_possessive = re.compile(r"(?:\b[Tt]he |(?<=[Aa]ccording to ))((?:[A-Z0-9][A-Za-z0-9.&-]* ){0,3}"
                                         r"[A-Z][A-Za-z.&-]*)['’]s (?:%s)(?: (?:of|into|found|finds|shows|showed|"
                                         r"suggests|suggested|begins|began|covers|covered)\b|,)"
                                         % "|".join(map(re.escape, forms.own_analysis_nouns))) \
            if forms.own_analysis_nouns else None
        self.not_publishers = frozenset(forms.not_publishers)
        self.obtained = re.compile(r"\b(?:%s) ((?:[Tt]he )?(?:[A-Z][A-Za-z.'’&-]* ){0,3}[A-Z][A-Za-z.'’&-]*)"
                                   % "|".join(map(re.escape, forms.obtained_by))) if forms.obtained_by else None
        self.study = re.compile(r"\b[Aa] (?:(?:\d{4}|recent|new|national|separate|federal|university|academic)"
                                r" )?(?:%s) (?:of|found|published)\b(?![^.]{0,80}\bby [A-Z])"
                                % "|".join(map(re.escape, forms.unnamed_studies))) if forms.unnamed_studies else None
        # "the Tribune collected and analyzed", "The Star's reporters reviewed"; never "the Board reviewed"
        self.own_verb = re.compile(r"\b[Tt]he ((?:[A-Z][A-Za-z.'’&-]* ){0,3}[A-Z][A-Za-z.&-]*)(?:['’]s)?"
                                   r"(?: (?:%s))? (?:(?:collected|obtained|gathered|requested) and |ha[sd] |have )?"
                                   r"(?:%s)\b" % ("|".join(map(re.escape, forms.own_analysis_people)),
                                                 "|".join(map(re.escape, forms.own_analysis_verbs)))) \
            if forms.own_analysis_verbs else None
        self.kinds = frozenset(w for k in forms.back_references for w in k.lower().split())
        self.links = sorted((tuple(p.lower().split()) for p in forms.goal_links), key=len, reverse=True)
        self.goal_nouns = frozenset(w.lower() for w in forms.goal_nouns)
        self.not_goal_to = frozenset(w.lower() for w in forms.not_goal_to)
        self.commenting = {tuple(p.lower().split()) for p in forms.commenting_after}
        # "records reviewed by The Inquirer": a capitalised name after the verb, never "the X Police"
        # ("an analysis by the campaign group Justice Watch": two lower-case words may come between)
        self.own_by = re.compile(r"\b(?:%s) (?:[Tt]he )?(?:[a-z]+ ){0,2}[A-Z]"
                                 % "|".join("[%s%s]%s" % (p[0].upper(), p[0], re.escape(p[1:]))
                                            for p in forms.own_analysis_by)) \
            if forms.own_analysis_by else None

    def before_is_source(self, doc: Doc, start: int) -> bool:
        """'according to (the) X', 'data obtained from (the) X'."""
        lowers = token_lowers(doc)
        i = start - (start > 0 and lowers[start - 1] == "the")
        if i > 0 and lowers[i - 1] == "from" and self._fetched(doc, i - 1):
            return True
        for n in range(1, self.longest + 1):
            if i - n >= 0 and tuple(lowers[i - n: i]) in self.before:
                # "due to be published by the College": a publication to come is no source yet
                return not (i - n >= 1 and lowers[i - n - 1] == "be")
        return False

    def _fetched(self, doc: Doc, at: int) -> bool:
        """'records obtained by the Tribune from': a word of fetching data a few words before
        'from', with no clause mark or number between ('43 referrals from' the body are
        what came from it)."""
        for i in range(at - 1, max(-1, at - 7), -1):
            if doc[i].lower_ in self.from_words:
                return True
            if doc[i].is_punct or doc[i].is_sent_start or doc[i].like_num:
                return False
        return False

    def after_is_source(self, doc: Doc, end: int, said: bool = False) -> bool:
        """'X figures show'; with ``said``, 'X said' too."""
        return end < len(doc) and (doc[end].lower_ in self.after or said and doc[end].lower_ in self.said)

    def is_source(self, doc: Doc, span: Span, said: bool = False) -> bool:
        return self.before_is_source(doc, span.start) or self.after_is_source(doc, span.end, said)

    def _link_before(self, doc: Doc, i: int) -> int:
        """How many words of a goal link ('such as', 'and', ',') end at ``i``; 0 for none."""
        lowers = token_lowers(doc)
        for link in self.links:
            n = len(link)
            if i - n + 1 >= 0 and all(lowers[i - n + 1 + k] == w for k, w in enumerate(link)):
                return n
        return 0

    def _to_at(self, doc: Doc, i: int) -> bool:
        return doc[i].lower_ == "to" and not (i >= 1 and doc[i - 1].lower_ in self.not_goal_to)

    def _goal_start(self, doc: Doc, i: int) -> int:
        """Back over one member of a goal's list ending at ``i``: a body's name ('the Ohio
        Attorney General's office', 'the CPS') or up to three lower-case words ending in a goal
        noun ('other agencies', 'county prosecutors'); where it starts, or -1 when no such member."""
        if doc[i].lower_ in self.goal_nouns and not doc[i].is_title:
            lower = 0
            while i >= 1 and doc[i - 1].is_alpha and doc[i - 1].is_lower and lower < 2 \
                    and not self._to_at(doc, i - 1) and doc[i - 1].lower_ not in ("the", "a", "an"):
                i, lower = i - 1, lower + 1
        elif doc[i].is_title or doc[i].is_upper or doc[i].lower_ in ("'s", "’s"):
            start = i
            while i >= 1 and start - i < 8 and (doc[i - 1].is_title or doc[i - 1].is_upper or doc[i - 1].lower_
                                                 in ("'s", "’s", "of", "for", "&")) and not doc[i - 1].is_sent_start:
                i -= 1
            if doc[i].is_sent_start:
                return -1
        else:
            return -1
        return i - 1 if i >= 1 and doc[i - 1].lower_ in ("the", "a", "an") else i

    def goal_of_transfer(self, doc: Doc, span: Span) -> bool:
        """'referred to other agencies such as the district attorney's office', 'sent to county
        prosecutors and the attorney general's office': a body in a list after 'to', reached
        through a goal link, is where the cases went. The single 'to the X' is read where
        the body is found (OrgsMixin._is_recipient); this reads the lists."""
        i = span.start - 1
        while i >= 1 and span.start - i <= 3 and doc[i].is_title and not doc[i].is_sent_start:
            i -= 1  # "the Ohio Attorney General's office" found from "Attorney": the name's first words too
        i -= i >= 0 and doc[i].lower_ in ("the", "a", "an")
        for _member in range(4):  # "to the FBI, the DEA or" the body: a few members back at most
            n = self._link_before(doc, i) if i >= 1 else 0
            n += bool(n) and i - n >= 1 and doc[i - n].text == ","  # "other agencies, such as the X"
            start = self._goal_start(doc, i - n) if n and i - n >= 1 else -1
            if start < 1:
                return False
            if self._to_at(doc, start - 1):
                return True
            i = start - 1
        return False

    def comments(self, doc: Doc, span: Span) -> bool:
        """'The Justice Department declined to comment', 'the FBI did not respond': the body
        speaks about the figures (or will not); it did not give them."""
        words = tuple(token_lowers(doc)[span.end: span.end + 5])
        return any(words[:len(p)] == p for p in self.commenting)

    def another_role(self, doc: Doc, span: Span) -> bool:
        """The body is where the cases went or who commented, not whose count it is."""
        return self.goal_of_transfer(doc, span) or self.comments(doc, span)

    def about_body(self, doc: Doc, start: int) -> bool:
        """'complaints about (the) X': the body the figures concern."""
        i = start - 1 - (start > 0 and doc[start - 1].lower_ == "the")
        return i >= 0 and doc[i].lower_ in self.about

    def watchdog_of(self, text: str, opening_end: int) -> Optional[str]:
        """The body 'the police watchdog' is in this story: that of the first country whose
        words the opening names, or the text names twice; None when no country is named."""
        for country, pattern in self.countries:
            hits = [m.start() for m in pattern.finditer(text)]
            if len(hits) >= 2 or hits and hits[0] < opening_end:
                later = self.successors.get(country)  # "the police ombudsman" in a story naming Fiosrú
                return later if later and re.search(r"\b%s\b" % re.escape(later), text, re.I) else country
        return None

    def own_count(self, sentence: str) -> bool | str:
        """'Our analysis of court records found ...', 'cases we examined': the publisher's own
        count (True), or the publisher's name where the sentence gives it ('a Gazette analysis
        of its orders found' -> 'Gazette'), unless said inside quotation marks (a body's
        spokesman saying 'we'); False when the sentence states no own count."""
        lower = sentence.lower()
        name = None
        m = self.own.search(lower) if self.own is not None else None
        if m is None and self.own_named is not None:
            m = self.own_named.search(sentence)
            name = m.group(1) if m is not None else None
            if name and name.split()[0] in ("The", "the") and re.search(r"\S['’]s$", name):
                name = name[4:-2]  # "The Gazette's review of": the Gazette's, as "A Gazette review of"
            name = name if name and name.split()[0] not in self.not_publishers else None
        if m is None and self.own_possessive is not None:
            m = self.own_possessive.search(sentence)
            name = m.group(1) if m is not None and self._a_publisher(m.group(1)) else None
            m = m if name else None
        if m is None and self.own_by is not None:
            m = self.own_by.search(sentence)
        if m is None and self.own_verb is not None:
            m = next(self.own_verbs(sentence), None)
            name = m.group(1) if m is not None and self._a_publisher(m.group(1)) else None
            m = m if name else None
        if m is None or any(q in lower[:m.start()] for q in ('"', "“", "‘")):
            return False
        return name or True

    def own_verbs(self, text: str):
        """own_verb's matches, but for a name after a preposition: 'officers in the U.S.
        identified' names no subject of the verb."""
        for m in self.own_verb.finditer(text):
            before = text[max(0, m.start() - 9):m.start()].split()
            if not before or before[-1].lower() not in _PREPOSITIONS:
                yield m

    def _a_publisher(self, name: str) -> bool:
        """'Tribune', 'Associated Press': not 'Police Department', 'Board' (a body's kind)."""
        words = name.split()
        return words[0] not in self.not_publishers and not self.kinds.intersection(w.lower() for w in words)

    def obtained_by(self, sentence: str) -> Optional[str]:
        """'figures obtained by The Yorkshire Post show': the outlet that asked (its name
        without 'The'), unless said inside quotation marks."""
        m = self.obtained.search(sentence) if self.obtained is not None else None
        if m is None or any(q in sentence[:m.start()] for q in ('"', "“", "‘")):
            return None
        if _BODYS_DATA.search(sentence[max(0, m.start() - 40):m.start()]):
            return None  # "Internal Affairs data obtained by the Leaf-Chronicle": the unit's data
        name = m.group(1).removeprefix("the ").removeprefix("The ")
        return None if name.split()[0] in self.not_publishers else name

    def unnamed_study(self, sentence: str) -> bool:
        """'A 2019 study of officers in Georgia found ...': a study no one is named as making."""
        return self.study is not None and self.study.search(sentence) is not None

    def people_mentions(self, doc: Doc, taken: set[int]) -> list[tuple[str, Span]]:
        """'Figures released by gardaí', 'Garda figures show', 'Gardaí suspended 45 members':
        a force named as its people is whose figures they are where it is their source or the
        subject that acts; elsewhere ('complaints about gardaí') it is only who they concern."""
        out = []
        if self.people_words is None:
            return out
        # found in the text, not word by word: a Python loop over every token costs more
        for m in self.people_words.finditer(doc_text(doc)):  # doc.text joins every token again
            span = doc.char_span(m.start(), m.end())
            if span is None or len(span) != 1 or span.start in taken:
                continue
            tok = span[0]
            acts = tok.is_sent_start and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_.endswith("ed") \
                and doc[tok.i + 1].lower_ not in ("accused", "injured", "involved")
            if acts or self.is_source(doc, span, said=True):
                out.append((self.people[tok.lower_], span))
        return out


@lru_cache(maxsize=1)
def source_words() -> SourceWords:
    return SourceWords(org_forms())
