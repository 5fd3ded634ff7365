"""Whose figures they are by the clause's grammar (org19). SPEC's org is whose figures: the body
that compiled, received, recorded, reviewed or found the count. English states that body as the
subject of such a verb ("The agency received 600 complaints against officers of the X Police
Department", "In 2022 the board closed 4,600 complaints against NYPD officers and substantiated
520", "An investigation by the Herald found 88 deputies of the X Sheriff's Office had lied"), and
names the other bodies of the clause after a preposition: whom the count concerns, whose files
were read, where cases went. The nearest body is then the wrong one; the subject is whose.

The words are data: models/org_forms.json agent_verbs, agent_between, agent_not_subject,
agent_clause_breaks and agent_references ("the agency", "the commissioner": the latest body
named as an agent before it)."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from spacy.tokens import Doc, Span

from .. import doc_text, token_lowers
from .org_forms import org_forms, source_words
from .org_refs import _fits, employer

_ARTICLES = frozenset({"the", "a", "an", "its", "this"})


@dataclass(frozen=True)
class AgentWords:
    verbs: frozenset
    spoke: frozenset  # agent_reference_verbs: what makes a body the antecedent of "the agency"
    between: frozenset
    not_subject: frozenset
    breaks: frozenset
    refs: dict
    ref_pattern: Optional[re.Pattern]
    by_name: Optional[re.Pattern]  # "An investigation by the Riverside Herald found"
    newsroom: Optional[re.Pattern]  # "the newspaper identified", "The station's reporters found"
    named_newsroom: Optional[re.Pattern]  # "The Courier-Journal obtained records": a newsroom's name


@lru_cache(maxsize=1)
def agent_words() -> AgentWords:
    forms = org_forms()
    refs = {k.lower(): tuple(w.lower() for w in v) for k, v in forms.agent_references.items()}
    keys = "|".join(re.escape(k) for k in sorted(refs, key=len, reverse=True))
    verbs = "|".join(map(re.escape, forms.agent_verbs))
    nouns = "|".join(map(re.escape, forms.own_analysis_nouns))
    return AgentWords(
        frozenset(w.lower() for w in forms.agent_verbs),
        frozenset(w.lower() for w in forms.agent_verbs + forms.agent_reference_verbs),
        frozenset(w.lower() for w in forms.agent_between),
        frozenset(w.lower() for w in forms.agent_not_subject), frozenset(w.lower() for w in forms.agent_clause_breaks),
        refs, re.compile(r"\b[Tt]he ((?i:%s))\b(?![-’'])" % keys) if refs else None,
        re.compile(r"\b[Aa]n? (?:%s) by (?:[Tt]he )?((?:[A-Z][A-Za-z.'’&-]* ){0,3}[A-Z][A-Za-z.&-]*) (?:%s)\b"
                   % (nouns, verbs)) if nouns and verbs else None,
        re.compile(r"\b[Tt]he (?:%s)(?:['’]s)? (?:(?:%s) )?(?:ha[sd] |have |also )?(?:%s)\b"
                   % ("|".join(map(re.escape, forms.agent_newsrooms)), "|".join(map(re.escape, forms.own_analysis_people)),
                      verbs)) if forms.agent_newsrooms and verbs else None,
        re.compile(r"\b[Tt]he ((?:[A-Z][A-Za-z.'’&-]* ){0,3}[A-Z][A-Za-z.&-]*)(?:['’]s)? (?:(?:%s) )?(?:ha[sd] )?"
                   r"(?:%s|obtained|requested)\b" % ("|".join(map(re.escape, forms.own_analysis_people)),
                                                     "|".join(map(re.escape, forms.own_analysis_verbs)))))


def _subject(doc: Doc, start: int, words: AgentWords) -> bool:
    """No preposition (an article between is skipped) stands right before the body: it may be
    a verb's subject ('complaints against the X Police Department' names whom they concern)."""
    i = start - 1
    while i >= 0 and doc[i].lower_ in _ARTICLES:
        i -= 1
    return i < 0 or doc[i].lower_ not in words.not_subject


def _verb_after(doc: Doc, end: int, limit: int, words: AgentWords, verbs: frozenset = frozenset()) -> Optional[int]:
    """The index of the agent verb right after a body ('has also received', 'last year closed',
    "'s reporters identified"), None when none follows."""
    j, n = end, 0
    if j + 1 < limit and doc[j].lower_ in ("in", "for", "of") and doc[j + 1].is_title:
        j += 1  # "The Office of the Inspector General for Lakeview found": the body's place
        while j < limit and doc[j].is_title and j - end < 4:
            j += 1
    while j < limit and n < 4 and (doc[j].lower_ in words.between or doc[j].like_num and len(doc[j].text) == 4):
        j, n = j + 1, n + 1
    return j if j < limit and doc[j].lower_ in (verbs or words.verbs) else None


def agent_references(doc: Doc, mentions: list[tuple[str, Span]]) -> list[tuple[str, Span]]:
    """'The agency received 600 complaints', 'the commissioner opened 61 investigations': the
    latest body named before it that fits the word and was named as the subject of a verb of
    compiling or of speaking (agent_reference_verbs), not as whom complaints are against
    ('officers of the X Police Department') nor as doing anything else ('the FBI is also
    investigating')."""
    words = agent_words()
    found = list(words.ref_pattern.finditer(doc_text(doc))) if words.ref_pattern is not None else []
    if not found:
        return []  # most articles: no "the agency", nothing to resolve
    agents = sorted((m for m in mentions if _subject(doc, m[1].start, words)
                     and _verb_after(doc, m[1].end, len(doc), words, words.spoke) is not None), key=lambda m: m[1].end_char)
    ends = [span.end_char for _label, span in agents]
    taken = {i for _, span in mentions for i in range(span.start, span.end)}
    out = []
    for m in found:
        span = doc.char_span(m.start(1), m.end(1), alignment_mode="contract")
        if span is None or taken.intersection(range(span.start, span.end)):
            continue
        if span.end < len(doc) and doc[span.end].is_title and not doc[span.end].is_sent_start:
            continue  # "the Agency for Police Standards": a name
        heads = words.refs[m.group(1).lower()]
        at = bisect.bisect_right(ends, m.start())
        before = next((agents[k][0] for k in range(at - 1, max(-1, at - 31), -1) if _fits(agents[k][0], heads)), None)
        if before:
            out.append((before, span))
    return out


class OrgAgentMixin:
    """OrgsMixin's reading of the subject of a verb of compiling as whose its clause's counts are."""

    def _agent_org(self, doc: Doc, cand, sent: Span) -> Optional[str]:
        """The body standing as the subject of an agent verb before the figure in its clause;
        None where the clause ends first, another body stands as a subject between them, or a
        body after the figure says it ('..., the department said')."""
        agents = self._agents.get(sent.start)
        if agents == []:
            return None  # most sentences: read once, no agent
        if agents is None:
            agents = self._agents[sent.start] = self._sentence_agents(doc, sent)
        words = agent_words()
        before = [a for a in agents if a[0] < cand.start]
        if not before:
            return None
        verb, label, _own = before[-1]
        if any(doc[i].lower_ in words.breaks for i in range(verb + 1, cand.start)):
            return None
        for other, span in self._sentence_mentions(sent):
            if verb < span.start < cand.start and other != label and _subject(doc, span.start, words) \
                    and not employer(span) and not self._complement(doc, span.start):
                return None  # "the board reviewed 40 cases, and the department fired 9": a clause of its own
            if span.start >= cand.span.end and other != label and source_words().is_source(doc, span, said=True):
                return None
        if _own:
            self._own_starts.add(doc[cand.start].idx)  # the newsroom's count: the sentences after carry it
        return label

    def _sentence_mentions(self, sent: Span) -> list:
        """The bodies named in a sentence, indexed once an article: a page of thousands of
        numbers and names is not walked once a number."""
        if self._agent_index is None:
            self._agent_index = {}
            for label, span in self._org_list:
                self._agent_index.setdefault(self._sent(span).start, []).append((label, span))
        return self._agent_index.get(sent.start, [])

    @staticmethod
    def _complement(doc: Doc, start: int) -> bool:
        """'The office found that the department had failed to finish 38 percent': a body opening
        the clause the agent's verb takes is part of what the agent found."""
        i = start - 1
        while i >= 0 and doc[i].lower_ in _ARTICLES:
            i -= 1
        return i >= 0 and doc[i].lower_ == "that"

    def _sentence_agents(self, doc: Doc, sent: Span) -> list[tuple[int, str, bool]]:
        """(verb index, body, whether it is a newsroom) for each body standing as the subject
        of an agent verb in the sentence, in the order of their verbs."""
        words = agent_words()
        out = []
        if words.verbs.isdisjoint(token_lowers(doc)[sent.start:sent.end]):
            return out  # most sentences: no verb of compiling, nothing to read
        for label, span in self._sentence_mentions(sent):
            if not _subject(doc, span.start, words):
                continue
            verb = _verb_after(doc, span.end, sent.end, words)
            if verb is not None:
                out.append((verb, label, False))
        text, base = doc_text(doc)[sent.start_char:sent.end_char], sent.start_char
        sw = source_words()
        found = []
        if sw.own_verb is not None:  # "The Denverton Post compiled a list of 466 officers"
            found += [(m, m.group(1)) for m in sw.own_verbs(text) if sw._a_publisher(m.group(1))]
        if words.by_name is not None:  # "An investigation by the Riverside Herald found"
            found += [(m, m.group(1)) for m in words.by_name.finditer(text) if sw._a_publisher(m.group(1))]
        if words.newsroom is not None:  # "The newspaper identified 312 officers"
            found += [(m, self._newsroom_before(doc, base + m.start(), words)) for m in words.newsroom.finditer(text)]
        for m, name in found:
            if not name or self._named_body(name) is not None or any(q in text[:m.start()] for q in ('"', "“")):
                continue
            tok = doc.char_span(base + m.end() - 1, base + m.end(), alignment_mode="expand")
            first = doc.char_span(base + m.start(), base + m.start() + 1, alignment_mode="expand")
            if tok is not None and first is not None and _subject(doc, first.start, words):
                out.append((tok.start, self._newsroom_in_full(doc, name), True))
        return sorted(out)

    def _newsroom_before(self, doc: Doc, at: int, words: AgentWords) -> Optional[str]:
        """The newsroom 'the newspaper' points to: the latest named before it as the subject of
        a verb of its reporting ('The Courier-Journal obtained records'), else the publisher."""
        sw = source_words()
        names = [m.group(1) for m in words.named_newsroom.finditer(doc_text(doc)[:at])
                 if sw._a_publisher(m.group(1)) and self._named_body(m.group(1)) is None]
        return names[-1] if names else self._publisher(doc)

    def _newsroom_in_full(self, doc: Doc, name: str) -> str:
        """'the Post compiled' in a story that names The Denver Post: a newsroom's one-word
        short name is the longer name the article gives it."""
        if " " in name:
            return name
        m = re.search(r"\b((?:[A-Z][\w'’.&-]+ ){1,3})%s\b" % re.escape(name), doc_text(doc))
        if m is None:
            return name
        full = (m.group(1) + name).removeprefix("The ")
        return full if self._named_body(full) is None and source_words()._a_publisher(full) else name


_AREA_BETWEEN = frozenset({",", "who", "which", "has", "have", "had", "also", "then"})


def subject_areas(doc: Doc, areas: list[tuple[str, Span]], taken: set[int]) -> list[tuple[str, Span]]:
    """'Merseyside paid £2m to 66 officers', 'South Yorkshire, which paid ...': a force's area
    standing as the subject of a verb a force does (models/org_forms.json area_subject_verbs)
    names the force, as 'in Kent 19 officers' does; not after a preposition ('officers in Kent')
    unless a relative clause makes it the subject ('followed by Kent, which paid ...')."""
    verbs = frozenset(w.lower() for w in org_forms().area_subject_verbs)
    if not verbs:
        return []
    words, out = agent_words(), []
    for label, span in areas:
        if taken.intersection(range(span.start, span.end)):
            continue
        relative = span.end + 1 < len(doc) and doc[span.end].text == "," and doc[span.end + 1].lower_ in ("who", "which")
        if not relative and not _subject(doc, span.start, words):
            continue  # "officers in Kent"; but "led by Kent, which paid ...": the relative's subject
        if span.start > 0 and doc[span.start - 1].is_title and not doc[span.start - 1].is_sent_start:
            continue  # "North Kent": part of another name
        j = span.end
        while j < len(doc) and j - span.end < 4 and doc[j].lower_ in _AREA_BETWEEN:
            j += 1
        if j < len(doc) and doc[j].lower_ in verbs:
            out.append((label, span))
    return out
