"""The figures component: every number an article states about police conduct.

For each number phrase (models/figure_patterns.jsonl) that no exclusion covers
and that is not part of a date, it decides, from the words around it:

    value, unit, qualifier   the phrase and the qualifier just before it
    counted                  the head noun after it ("172 referrals"), the noun before a
                             bracketed count ("constables (342)"), or, when the clause
                             is elliptical ("This increased to 172"), the figure before
    category                 the nearest conduct phrase in the sentence, else the figure
                             before, else the article's topic, else "all"
    outcome                  the strongest outcome phrase in the figure's clause
    out_of                   "118 out of 490", "38 of the 52", "Of the 87 ..., 22"
    period                   a date in the clause, else a non-comparative date in the
                             sentence, else the running period of the article
    org                      the nearest organisation in the sentence, else the figure before

A number whose head noun is not about conduct ("43 forces", "17 bags") is dropped.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Optional

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from ..rulefiles import lexicon
from . import doc_text
from ..normalise.numbers import parse_number, parse_share
from ..records import DateMention, Figure
from .tables import Cell, table_cells
from .rules import (build_matcher, kept, load_orgs, load_token_rules, matches_by_label,
                    phrase_matcher)

RULES_FILE = "figure_patterns.jsonl"
# Words that end the search for a figure's head noun: verbs and clause openers.
_STOP_WORDS = {
    "was", "were", "is", "are", "be", "been", "being", "have", "has", "had", "will", "would", "could",
    "should", "may", "might", "did", "do", "does", "led", "involved", "required", "came", "said",
    "faced", "remain", "remained", "who", "which", "that", "while", "whereas", "but", "compared",
    "up", "down", "rose", "fell", "increased", "decreased", "in", "from", "to", "by", "during", "over",
    "since", "between", "after", "before", "on", "at", "for", "with", "as", "than", "per",
}
_DETERMINERS = {"the", "a", "an", "this", "that", "these", "those", "each", "every"}
_SKIP_WORDS = {"of", "the", "these", "those", "them", "all", "its", "their", "such", "this", "that"}
_CLAUSE_BREAKS = {",", ";", ":", "(", ")", "—", "–", "\n", "but", "while", "whereas", "compared"}
_COMPARATIVE_DATE = re.compile(r"\b(before|previous|prior|preceding|earlier)\b", re.I)
_RELATIVE_THIS = re.compile(r"\bthis\b", re.I)
_ACRONYM = re.compile(r"((?:[A-Z][\w’'&-]*)(?:\s+(?:of|for|and|the|&|[A-Z][\w’'&-]*)){1,8})\s+\(([A-Z][A-Za-z&]{1,9})\)")
# An expansion names an organisation only if it ends in a word for one; a force's own
# department ("Professional Standards Department") reports the force's figures.
_ORG_HEADS = {"office", "commission", "council", "authority", "agency", "inspectorate", "federation",
              "bureau", "board", "committee", "college", "association", "ombudsman", "commissioner",
              "constabulary", "police", "service", "panel", "institute", "union", "watchdog", "network"}
_PERSONAL_OUTCOMES = {"jailed", "suspended_sentence", "convicted", "charged", "acquitted", "dismissed",
                      "would_have_been_dismissed", "resigned", "retired", "barred", "suspended", "arrested"}
_DATA_WORDS = {"figures", "statistics", "data", "stats", "report", "reports", "annual", "research", "analysis",
               "disclosed", "revealed", "published", "released", "recorded", "logged"}
_VERBS_AFTER_LIST = {"were", "was", "is", "are", "have", "has", "had", "led", "made", "involved", "concerned"}
_CHANGE_VERBS = {"rose", "risen", "rising", "fell", "fallen", "falling", "increased", "decreased", "dropped",
                 "climbed", "grew", "reached", "stood", "jumped", "doubled", "totalled", "came"}
_UP_TO = re.compile(r"\b(up to|to|until|till|by)\s*$", re.I)


_NUMBER_OF_REACH = 60  # tokens between "the number of" and its figure, at most


@dataclass
class Candidate:
    span: Span                      # the number words, without qualifier
    rule: str
    unit: str
    kind: str
    value: Optional[float]
    qualifier: str = "exact"
    start: int = 0                  # token index where the figure's text starts (qualifier included)
    counted: Optional[str] = None
    counted_found: bool = False
    noun: Optional[str] = None
    out_of: Optional[float] = None
    extras: dict = field(default_factory=dict)


def _looks_verbal(token) -> bool:
    """Without a tagger: a finite verb or participle, as far as news English goes."""
    return token.lower_ in _STOP_WORDS and token.lower_ not in ("of", "in", "from", "to", "by", "with", "for", "at", "on") \
        or (token.lower_.endswith("ed") and len(token) > 4)


def _inside(mention: DateMention, period) -> bool:
    return period is not None and period[0] <= mention.date_from and mention.date_to <= period[1] \
        and (mention.date_from, mention.date_to) != tuple(period)


@Language.factory("extractor_figures")
def make_figures(nlp: Language, name: str):
    return FigureFinder(nlp)


class FigureFinder:
    def __init__(self, nlp: Language):
        rules = load_token_rules(RULES_FILE)
        self.rules = {r.id: r for r in rules}
        self.matcher = build_matcher(nlp, rules, RULES_FILE)
        lex = lexicon()
        self.counted = phrase_matcher(nlp, lex["counted"])
        self.not_conduct = phrase_matcher(nlp, {"not_conduct": lex["not_conduct"]})
        self.categories = phrase_matcher(nlp, lex["categories"])
        self.outcome_rank = {o["phrase"]: (o["rank"], o["outcome"]) for o in lex["figure_outcomes"]}
        self.outcomes = phrase_matcher(nlp, {o["phrase"]: [o["phrase"]] for o in lex["figure_outcomes"]})
        self._outcome_words = {o["phrase"].split()[-1] for o in lex["figure_outcomes"]}
        self.orgs = load_orgs()
        self.org_names = {}
        self.as_written = {org.name for org in self.orgs if org.as_written}
        for org in self.orgs:
            for alias in org.aliases:
                self.org_names[alias.lower()] = (org.name, alias)
        self.org_matcher = phrase_matcher(nlp, {o.name: o.aliases for o in self.orgs})

    # ------------------------------------------------------------------ driver
    def _sent(self, span) -> Span:
        """The sentence of a span or token; Span.sent walks the whole Doc each time."""
        return self._sents[self._sent_index[span.start if isinstance(span, Span) else span.i]]

    def __call__(self, doc: Doc) -> Doc:
        self._sents = list(doc.sents)
        self._sent_index = [0] * len(doc)
        for n, sent in enumerate(self._sents):
            for i in range(sent.start, sent.end):
                self._sent_index[i] = n
        # One run of the token patterns serves both the numbers and the force names.
        self._matches = matches_by_label(self.matcher, doc)
        self._cells = table_cells(doc)
        spans = doc._.date_spans if Doc.has_extension("date_spans") else None
        self._carried_spans = {(sp.start_char, sp.end_char) for sp in spans or [] if sp.label_ == "carry_over"}
        candidates = self._candidates(doc)
        self._figure_starts = {c.start for c in candidates}
        self._figure_ends = {c.span.end - 1 for c in candidates}
        # Sorted too, and each sentence's context found once: a sentence of thousands of
        # figures would otherwise cost quadratic time.
        self._starts_sorted, self._ends_sorted = sorted(self._figure_starts), sorted(self._figure_ends)
        self._sent_context: dict[tuple[int, int], bool] = {}
        self._figure_span_end = {c.start: c.span.end for c in candidates}
        self._by_start = {c.start: c for c in candidates}
        self._attach_out_of(doc, candidates)
        org_mentions = self._org_mentions(doc)
        # A body publishing its own figures (a force's FOI reply, the College's release)
        # is whose figures they are when a sentence names nobody.
        main_org = self._publisher(doc) or self._main_org(self._sources(doc, org_mentions)) \
            or self._main_org(org_mentions)
        cat_mentions = sorted(matches_by_label(self.categories, doc), key=lambda m: m[1].start)
        topic = self._topic_category(doc, cat_mentions)
        dates = list(doc._.dates or [])
        figures: list[Figure] = []
        previous: Optional[Figure] = None
        prev_sent = None
        running: Optional[tuple[date, date]] = None
        date_idx = 0
        for cand in candidates:
            sent = self._sent(cand.span)
            # The running period: the last non-comparative period named before this figure.
            while date_idx < len(dates) and dates[date_idx].span[1] <= doc[cand.start].idx:
                d = dates[date_idx]
                if d.date_from and d.date_to and d.date_from != d.date_to and not _COMPARATIVE_DATE.search(d.text) \
                        and not self._carried(d) and not _inside(d, running):
                    running = (d.date_from, d.date_to)  # a sub-period narrows only its own clause
                date_idx += 1
            near_previous = previous is not None and prev_sent is not None and sent.start - prev_sent.end < 80
            counted, noun = cand.counted, cand.noun
            if not cand.counted_found:
                counted, noun = self._subject_noun(doc, cand) or (
                    (previous.counted, previous.noun) if near_previous and self._elliptical(doc, cand)
                    else (None, None))
            if counted is None and cand.unit == "count" and not self._has_conduct_context(doc, sent, cand):
                continue
            outcome = self._outcome(doc, cand)
            if counted is None and outcome in _PERSONAL_OUTCOMES:
                counted = "officer"  # "2019 | 7" under "Resigned or retired": only people resign
            figure = Figure(
                span=(doc[cand.start].idx, cand.span.end_char),
                text=doc_text(doc)[doc[cand.start].idx: cand.span.end_char],
                value=cand.value,
                qualifier=cand.qualifier,
                unit=cand.unit,
                counted=counted,
                category=self._category(cand, sent, cat_mentions, previous if near_previous else None, topic),
                outcome=outcome,
                out_of=cand.out_of,
                org=(self._org(cand, sent, org_mentions,
                               None if self._listed_place(doc, cand) or self._cell(cand) else previous)
                     or main_org or self._org(cand, sent, self._recipients, None)),
                noun=noun,
                rule=cand.rule,
            )
            period = self._period(doc, cand, dates, running, previous)
            if period:
                figure.period_from, figure.period_to, figure.period_source = period
            figures.append(figure)
            previous, prev_sent = figure, sent
        doc._.figures = figures
        return doc

    # ------------------------------------------------------------ candidates
    def _candidates(self, doc: Doc) -> list[Candidate]:
        numbers, excluded, qualifiers = [], set(), {}
        for label, span in self._matches:
            rule = self.rules[label]
            if rule.family == "number":
                numbers.append(kept(span, rule.keep))
                numbers[-1].label_ = label
            elif rule.family == "exclude":
                excluded.update(range(span.start, span.end))
            elif rule.family == "qualifier":
                if span.end not in qualifiers or qualifiers[span.end][0] > span.start:
                    qualifiers[span.end] = (span.start, rule.qualifier)
        date_chars = [(d.span[0], d.span[1]) for d in (doc._.dates or [])]
        out = []
        for span in filter_spans(numbers):
            rule = self.rules[span.label_]
            if any(i in excluded for i in range(span.start, span.end)) and rule.kind != "vague":
                continue
            if any(s < span.end_char and span.start_char < e for s, e in date_chars):
                continue
            value = self._value(span, rule.kind)
            if value is None and rule.kind != "vague":
                continue
            cand = Candidate(span=span, rule=rule.id, unit=rule.unit or "count", kind=rule.kind or "digits",
                             value=value, start=span.start)
            if rule.kind == "vague":
                cand.qualifier = "vague"
            elif rule.kind == "share":
                cand.qualifier = "about"
            if span.start in qualifiers and rule.kind != "vague":
                cand.start, cand.qualifier = qualifiers[span.start]
            if self._is_list_marker(span) or self._is_bare_year(span, value):
                continue
            self._head_noun(doc, cand)
            if cand.counted == "not_conduct" and cand.unit == "percent" and not self._is_bracketed(doc, span):
                cand.counted, cand.counted_found = None, True  # "1 per cent of the workforce" is still a share
            if cand.counted == "not_conduct":
                continue
            if span.text.lower() in ("one", "zero"):
                continue  # 'one of', 'more than one', 'zero tolerance': idioms far more often than figures
            out.append(cand)
        return out

    @staticmethod
    def _value(span: Span, kind: str) -> Optional[float]:
        if kind == "vague":
            return None
        if kind == "share":
            return parse_share(span.text)
        words = [t.text for t in span if t.text not in ("%",) and t.lower_ not in ("per", "cent", "percent")]
        return parse_number(" ".join(words).replace(" - ", "-"))

    def _is_list_marker(self, span: Span) -> bool:
        """'1.' or '2)' opening a line is a list number, not a figure."""
        first = span[0]
        at_line_start = first.i == self._sent(first).start or "\n" in span.doc[first.i - 1].text_with_ws[-1:]
        nxt = span.doc[span.end] if span.end < len(span.doc) else None
        return at_line_start and nxt is not None and nxt.text in (".", ")") and len(span) == 1

    @staticmethod
    def _is_bare_year(span: Span, value: Optional[float]) -> bool:
        return (len(span) == 1 and span[0].text.isdigit() and len(span[0].text) == 4
                and value is not None and 1900 <= value <= 2100)

    # ------------------------------------------------------------ head noun
    def _phrase_at(self, matcher, doc: Doc, start: int, end: int):
        # A PhraseMatcher run on a Span reports token offsets in the Doc.
        for match_id, s, e in matcher(doc[start:end]):
            if s == start:
                return doc.vocab.strings[match_id], e
        return None

    def _cell(self, cand: Candidate) -> Optional[Cell]:
        return self._cells.get(cand.span.start)

    def _label(self, doc: Doc, cell: Cell) -> Span:
        return doc.char_span(*cell.row_label, alignment_mode="expand") or doc[0:0]

    def _head_noun(self, doc: Doc, cand: Candidate) -> None:
        span = cand.span
        cell = self._cell(cand)
        if cell is not None:
            # A table cell counts what its row label names ("Complaints received | 3").
            # else what the table's caption names ("Table 1: Allegations ... by force").
            places = [self._label(doc, cell)]
            if cell.column_label:
                places.append(doc.char_span(*cell.column_label, alignment_mode="expand"))
            if cell.caption:
                places.append(doc.char_span(*cell.caption, alignment_mode="expand"))
            # The first noun named is the head ("Allegations of theft, by force and year"); a row
            # label that names only a scope ("All five forces") leaves it to the caption.
            scoped = False
            for place in places:
                if place is None:
                    continue
                hits = sorted((s, doc.vocab.strings[m], e) for m, s, e in self.counted(place))
                blocked = [(s, "not_conduct", e) for _, s, e in self.not_conduct(place)]
                if hits and (not blocked or min(hits) < min(blocked)):
                    start, cand.counted, end = hits[0]
                    for s2, label2, e2 in hits[1:]:  # "Complaint allegations": the last noun is the head,
                        if s2 == end and label2 != "case":  # but "Complaint cases" are complaints
                            cand.counted, end = label2, e2
                    cand.counted_found = True
                    cand.noun = doc[start:end].text
                    return
                scoped = scoped or bool(blocked)
            if scoped:
                cand.counted, cand.counted_found = "not_conduct", True
            return
        # A bracketed count names its noun before the bracket: "constables (342)".
        if self._is_bracketed(doc, span):
            if span.start >= 2 and doc[span.start - 2].lower_ in ("cent", "%", "percent") or cand.unit == "percent":
                return  # "73 per cent (38)", "a quarter (27%)": a share and its count go together
            closing = doc[span.end].text  # the tokenizer keeps "):" as one token
            after = doc[span.end + 1].text if span.end + 1 < len(doc) else ""
            line_start = span.start == 1 or "\n" in doc[span.start - 2].whitespace_
            if line_start or ":" in (closing[1:], after) or doc[span.start - 2].text == ".":
                cand.counted, cand.counted_found = "not_conduct", True
                return  # "Misconduct (1):", "(2) Gross misconduct means": footnote markers
            for i in range(span.start - 2, max(span.start - 6, -1), -1):
                hit = self._label_ending_at(doc, i)
                if hit:
                    cand.counted, cand.counted_found = hit, True
                    cand.noun = doc[i].text
                    return
            if span.start >= 2 and (doc[span.start - 2].is_title or self._phrase_at(self.outcomes, doc, span.start - 2, span.start - 1)
                                    or doc[span.start - 2].lower_ in self._outcome_words):
                return  # "Derbyshire (seven)", "were dismissed (29)": the count carries what the list counts
            cand.counted, cand.counted_found = "not_conduct", True
            return
        i = span.end
        # "118 out of 490 overall referrals", "38 of the 52 officers": look past the base.
        limit = min(len(doc), span.end + 8)
        steps = 0
        while i < limit and steps < 6:
            tok = doc[i]
            if tok.is_punct and tok.text not in ("-", "'", "’") or "\n" in tok.text:
                break
            for matcher, label in ((self.not_conduct, "not_conduct"), (self.counted, None)):
                hit = self._phrase_at(matcher, doc, i, min(len(doc), i + 4))
                if hit:
                    if label is None:  # "complaint allegations": the last noun is the head...
                        nxt = self._phrase_at(self.counted, doc, hit[1], min(len(doc), hit[1] + 4))
                        while nxt and nxt[0] != "case":  # ...but "complaint cases" are complaints
                            hit, nxt = nxt, self._phrase_at(self.counted, doc, nxt[1], min(len(doc), nxt[1] + 4))
                    cand.counted = label or hit[0]
                    cand.counted_found = True
                    cand.noun = doc[i:hit[1]].text
                    return
            if tok.lower_ in _STOP_WORDS and not (tok.lower_ in ("out", "of") or tok.like_num):
                break
            if tok.lower_ in _DETERMINERS and doc[i - 1].lower_ != "of":
                break  # "299 the year before": a determiner starts another noun phrase
            if tok.lower_ in ("them", "those", "these", "whom", "which") and doc[i - 1].lower_ == "of":
                break  # "four of them": the noun is the antecedent's
            if tok.lower_ not in _SKIP_WORDS and not tok.like_num and tok.lower_ != "out":
                steps += 1
            i += 1
        self._number_of(doc, cand)

    def _elliptical(self, doc: Doc, cand: Candidate) -> bool:
        """'This rose to 172 in ...', 'Seventy were investigated': no noun follows the
        number at all. '120 new homes' has one, just not a noun about conduct."""
        if self._cell(cand) is not None or self._is_bracketed(doc, cand.span):
            return True
        nxt = doc[cand.span.end] if cand.span.end < len(doc) else None
        return nxt is None or nxt.is_punct or nxt.is_space or nxt.is_stop or nxt.lower_ in _STOP_WORDS \
            or nxt.like_num or _looks_verbal(nxt) or nxt.lower_ in self._outcome_words \
            or (nxt.lower_.endswith("ly") and len(nxt) > 4)  # "48,204 informally"

    def _subject_noun(self, doc: Doc, cand: Candidate):
        """'Referrals to the IOPC rose to 80': with no noun of its own, a figure that
        a change verb reaches counts the clause's subject, if the clause names one."""
        if self._cell(cand) is not None or cand.start < 1 or doc[cand.start - 1].lower_ not in ("to", "at"):
            return None
        start, _ = self._clause(doc, cand)
        words = {t.lower_ for t in doc[start:cand.start]}
        if not words & _CHANGE_VERBS:
            return None
        hits = [(s, doc.vocab.strings[m], e) for m, s, e in self.counted(doc[start:cand.start])]
        if not hits:
            return None
        s_, label, e = min(hits)
        return label, doc[s_:e].text

    def _number_of(self, doc: Doc, cand: Candidate) -> None:
        """'The number of officers placed on the list was 394': the noun comes
        after 'number of' earlier in the sentence."""
        sent = self._sent(cand.span)
        # Looked for within _NUMBER_OF_REACH tokens: over a whole sentence, a sentence of
        # thousands of numbers took quadratic time (3,000 numbers: 10 s).
        for i in range(cand.span.start - 2, max(sent.start, cand.span.start - _NUMBER_OF_REACH), -1):
            if doc[i].lower_ == "of" and doc[i - 1].lower_ in ("number", "numbers", "total", "count"):
                hit = self._phrase_at(self.counted, doc, i + 1, min(sent.end, i + 5))
                for j in range(i + 1, min(sent.end, i + 5)):
                    hit = hit or self._phrase_at(self.counted, doc, j, min(sent.end, j + 4))
                if hit:
                    cand.counted, cand.counted_found = hit[0], True
                    cand.noun = doc[i + 1: hit[1]].text
                return

    def _listed_place(self, doc: Doc, cand: Candidate) -> bool:
        """'Merseyside (19)': a count listed against a place, whose own figures they are."""
        return self._is_bracketed(doc, cand.span) and cand.span.start >= 2 and doc[cand.span.start - 2].is_title

    def _opens_aside(self, doc: Doc, span: Span) -> bool:
        """'(15 cases are still pending)': a bracketed aside, not a count in brackets."""
        return span.start > 0 and doc[span.start - 1].text == "(" and not self._is_bracketed(doc, span)

    @staticmethod
    def _is_bracketed(doc: Doc, span: Span) -> bool:
        return (span.start > 0 and doc[span.start - 1].text == "(" and span.end < len(doc)
                and doc[span.end].text.startswith(")"))

    def _label_ending_at(self, doc: Doc, i: int) -> Optional[str]:
        for match_id, s, e in self.counted(doc[max(0, i - 3): i + 1]):
            if e == i + 1:
                return doc.vocab.strings[match_id]
        return None

    def _has_conduct_context(self, doc: Doc, sent: Span, cand: Candidate) -> bool:
        key = (sent.start, sent.end)
        if key not in self._sent_context:
            self._sent_context[key] = bool(self.categories(sent) or self.counted(sent) or self.outcomes(sent))
        if self._sent_context[key]:
            return True
        cell = self._cell(cand)
        if cell is None:
            return False
        # a table cell's context is also its headings and caption
        places = [doc.char_span(*b, alignment_mode="expand") for b in (cell.column_label, cell.caption) if b]
        return any(p is not None and (self.categories(p) or self.counted(p) or self.outcomes(p)) for p in places)

    # ---------------------------------------------------------------- out_of
    def _attach_out_of(self, doc: Doc, cands: list[Candidate]) -> None:
        by_start = {c.span.start: c for c in cands}
        for c in cands:
            j = c.span.end
            words = [t.lower_ for t in doc[j: j + 3]]
            if words[:2] == ["out", "of"]:
                base = by_start.get(j + 2)
            elif words[:2] == ["of", "the"]:
                base = by_start.get(j + 2)
            elif words[:1] == ["of"]:
                base = by_start.get(j + 1)
            else:
                base = None
            if base is not None and base.value and c.value is not None and c.unit == "count" and base.value >= c.value:
                c.out_of = base.value
        # "14 officers ..., four of them in the year to March": a part of the figure before it.
        # "Hearings were held in 26 of those cases", "Of these, 127 were dismissed": also across sentences.
        for prev, c in zip(cands, cands[1:]):
            words = [t.lower_ for t in doc[c.span.end: c.span.end + 2]]
            opening = [t.lower_ for t in doc[max(self._sent(c.span).start, c.start - 3): c.start]]
            pointer = words in (["of", "them"], ["of", "those"], ["of", "these"]) or \
                opening[-3:] in (["of", "these", ","], ["of", "those", ","], ["of", "them", ","])
            if pointer and c.out_of is None and prev.value and c.value is not None \
                    and prev.unit == c.unit == "count" and prev.value >= c.value \
                    and self._sent(c.span).start - self._sent(prev.span).end < 60:
                c.out_of = prev.value
                if opening[-3:] in (["of", "these", ","], ["of", "those", ","], ["of", "them", ","]):
                    for other in cands:  # "Of those, six were ..., and seven ...": all of them
                        if other.span.start > c.span.end and self._sent(other.span) == self._sent(c.span) \
                                and other.out_of is None and other.unit == "count" and other.value is not None \
                                and other.value <= prev.value:
                            other.out_of = prev.value
        # "Of the 87 allegations, 22 involved ...": the sentence's base applies to the numbers after it.
        for c in cands:
            s = self._sent(c.span)
            if c.span.start >= 2 and doc[c.span.start - 1].lower_ == "the" and doc[c.span.start - 2].lower_ == "of" \
                    and c.span.start - 2 == s.start:
                for other in cands:
                    if other is not c and self._sent(other.span) == s and other.span.start > c.span.end \
                            and not self._opens_aside(doc, other.span) \
                            and other.value is not None and c.value and other.value <= c.value and other.unit == "count":
                        other.out_of = c.value
                        break

    # -------------------------------------------------------------- category
    def _list_end(self, doc: Doc, cand: Candidate) -> int:
        """Where the noun phrase after a figure ends: at its verb, the next figure or the sentence end."""
        sent = self._sent(cand.span)
        i = cand.span.end
        while i < sent.end and i not in self._figure_starts and doc[i].lower_ not in _VERBS_AFTER_LIST:
            i += 1
        return i

    @staticmethod
    def _listed(doc: Doc, start: int, end: int) -> bool:
        words = [t.lower_ for t in doc[start:end]]
        return words.count(",") >= 1 and ("and" in words or "or" in words)

    def _topic_category(self, doc: Doc, mentions) -> Optional[str]:
        """The conduct the headline names, if it names one."""
        if not self._sents:
            return None
        end = self._sents[0].end
        for label, span in mentions:
            if span.start < end and label != "all":
                return label
        return None

    def _category(self, cand: Candidate, sent: Span, mentions, previous: Optional[Figure], topic) -> str:
        cell = self._cell(cand)
        if cell is not None:
            for bounds in (cell.row_label, cell.column_label, cell.caption):
                for label, span in mentions:
                    if bounds and bounds[0] <= span.start_char and span.end_char <= bounds[1]:
                        return label
            return previous.category if previous is not None and previous.category else (topic or "all")
        # The conduct a figure's own clause names after it ("18 to fraud and 24 to drugs")...
        doc = cand.span.doc
        _, clause_end = self._clause(doc, cand)
        # "54,714 allegations of rudeness, corruption, assault and malpractice": every kind.
        list_end = self._list_end(doc, cand)
        listed = {label for label, span in mentions
                  if cand.span.end <= span.start and span.end <= list_end and label != "all"}
        if len(listed) >= 2 and self._listed(doc, cand.span.end, list_end):
            return "all"
        after = [(span.start, label) for label, span in mentions
                 if cand.span.end <= span.start and span.end <= clause_end]
        if after:
            return min(after)[1]
        # ...else the nearest the sentence names between this figure's neighbours
        # ("Of the 112 allegations, 41 involved abuse of position": 41's, not 112's).
        before = bisect_left(self._ends_sorted, cand.start)  # the figure ends before this one
        lo = max(self._ends_sorted[before - 1] + 1 if before else sent.start, sent.start)
        base_end = self._base_end(doc, cand)  # "41 of the 112 concerned ...": the base belongs to the figure
        after = bisect_left(self._starts_sorted, base_end)  # the figure starts from base_end on
        hi = min(self._starts_sorted[after] if after < len(self._starts_sorted) else sent.end, sent.end)
        best, best_dist = None, None
        for label, span in mentions:
            if span.start < lo or span.end > hi:
                continue
            dist = cand.span.start - span.end if span.end <= cand.span.start else span.start - cand.span.end
            dist = dist + 0.5 if span.end <= cand.span.start else dist  # prefer the words after the number
            if best_dist is None or dist < best_dist:
                best, best_dist = label, dist
        if best:
            return best
        if previous is not None and previous.category:
            return previous.category
        return topic or "all"

    # --------------------------------------------------------------- outcome
    def _clause(self, doc: Doc, cand: Candidate) -> tuple[int, int]:
        """The figure's clause: bounded by punctuation, clause words and the
        figures either side (dates hold numbers too, so any number won't do)."""
        cell = self._cell(cand)
        if cell is not None:
            span = doc.char_span(*cell.bounds, alignment_mode="expand")
            return span.start, span.end
        sent = self._sent(cand.span)
        start = cand.start
        while start > sent.start and doc[start - 1].lower_ not in _CLAUSE_BREAKS and (start - 1) not in self._figure_ends:
            start -= 1
        end = self._base_end(doc, cand)
        while end < sent.end and doc[end].lower_ not in _CLAUSE_BREAKS and end not in self._figure_starts:
            end += 1
        # "115 officers and 43 members of staff were found guilty": coordinated figures share
        # the words that follow the last of them.
        if end in self._by_start and doc[end - 1].lower_ == "and" and end > cand.span.end \
                and self._noun_phrase_only(doc, cand.span.end, end - 1):
            return start, self._clause(doc, self._by_start[end])[1]
        return start, end

    @staticmethod
    def _noun_phrase_only(doc: Doc, start: int, end: int) -> bool:
        """No verb between two figures ('61 officers and 19 staff were ...'), so they
        are coordinated; '2 officers attended a meeting and 1 resigned' are not."""
        words = doc[start:end]
        return len(words) <= 5 and not any(_looks_verbal(t) for t in words)

    def _base_end(self, doc: Doc, cand: Candidate) -> int:
        """Where a figure's words end, counting a base stated with it ('31 of the 299')."""
        end = cand.span.end
        if cand.out_of is not None:
            for skip in (1, 2, 3):
                if end + skip in self._figure_starts and all(
                        t.lower_ in ("of", "the", "out") for t in doc[end: end + skip]):
                    return self._figure_span_end.get(end + skip, end + skip + 1)
        return end

    def _outcome(self, doc: Doc, cand: Candidate) -> Optional[str]:
        """The outcome its clause states, after the number first ("four resigned"),
        else before it ("misconduct was proven against 63 people"); the
        strongest where several are stated ("prosecuted and found guilty").
        A bracketed figure ("207 of the 266 (78 per cent)") states the outcome
        of the words before its bracket."""
        if self._is_bracketed(doc, cand.span):
            sent = self._sent(cand.span)
            before = [c for s_, c in self._by_start.items() if s_ < cand.start and self._sent(c.span) == sent]
            if before:
                parts = [c for c in before if c.out_of is not None]  # "207 of the 266 (78 per cent)": the part
                return self._outcome(doc, max(parts or before, key=lambda c: c.start))
            # "Forces that dismissed most officers included Kent (19)": the words before the list
            return self._strongest_outcome(doc, sent.start, cand.start, cand)
        cell = self._cell(cand)
        if cell is not None:
            found = None
            for bounds in (cell.row_label, cell.column_label):
                place = doc.char_span(*bounds, alignment_mode="expand") if bounds else None
                if place is not None and found is None:
                    found = self._strongest_outcome(doc, place.start, place.end, cand)
            return found
        start, end = self._clause(doc, cand)
        return self._strongest_outcome(doc, start, end, cand)

    def _strongest_outcome(self, doc: Doc, start: int, end: int, cand: Candidate) -> Optional[str]:
        after, before = None, None
        for match_id, s, e in self.outcomes(doc[start:end]):
            if s >= 2 and doc[s - 1].lower_ == "the" and doc[s - 2].lower_ in ("for", "behind"):
                continue  # "523 reasons are recorded for the dismissals": what the reasons are for
            rank, outcome = self.outcome_rank[doc.vocab.strings[match_id]]
            if s >= cand.span.start:
                if after is None or rank > after[0]:
                    after = (rank, outcome)
            elif before is None or rank > before[0]:
                before = (rank, outcome)
        best = after or before
        if best is None and self._is_comparison(doc, cand):
            earlier = [c for st, c in self._by_start.items() if st < cand.start and self._sent(c.span) == self._sent(cand.span)]
            if earlier:
                return self._outcome(doc, max(earlier, key=lambda c: c.start))
        return best[1] if best else None

    @staticmethod
    def _is_comparison(doc: Doc, cand: Candidate) -> bool:
        """'... up from 179 the year before', 'compared with 68 officers': the same
        measure as the figure it is compared with."""
        before = " ".join(t.lower_ for t in doc[max(0, cand.start - 3): cand.start])
        return bool(re.search(r"\b(up|down|rising|falling|rose|fell) from$|compared (with|to)$|against$|"
                              r"\bversus$|\bvs\.?$|\bfrom$", before))

    # ------------------------------------------------------------------- org
    def _org_mentions(self, doc: Doc) -> list[tuple[str, Span]]:
        found = []
        self._recipients: list[tuple[str, Span]] = []
        written: dict[str, str] = {}  # a force's name as the article first writes it in full
        for label, span in matches_by_label(self.org_matcher, doc):
            alias = self.org_names.get(span.text.lower(), (label, span.text))[1]
            if any(c.isupper() for c in alias) and not span.text[:1].isupper() and not alias.startswith("the "):
                continue
            if label in self.as_written and span[-1].is_title:
                written.setdefault(label, span.text)
            if self._is_recipient(doc, span):
                self._recipients.append((label, span))
                continue
            found.append((label, span))
        found = [(written.get(label, label), span) for label, span in found]
        # Any "<Place> Police" / "<Place> Constabulary" is a force, listed or not.
        taken = {i for _, span in found for i in range(span.start, span.end)}
        forces = [span for label, span in self._matches
                  if self.rules[label].family == "org" and not (
                      span.end < len(doc) and doc[span.end].lower_ in (self.rules[label].not_followed_by or ()))]
        for span in filter_spans(forces):
            if not taken.intersection(range(span.start, span.end)):
                found.append((span.text, span))
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
            return None
        name, _alias = known
        return site if name in self.as_written else name

    @staticmethod
    def _sources(doc: Doc, mentions) -> list:
        """Mentions that name a body as the source of data: 'Home Office statistics',
        'figures from the IOPC', 'according to the College of Policing'."""
        out = []
        for label, span in mentions:
            after = {t.lower_ for t in doc[span.end: span.end + 2]}
            before = " ".join(t.lower_ for t in doc[max(0, span.start - 3): span.start])
            if after & _DATA_WORDS or re.search(r"(figures|data|statistics|numbers) (from|by|published by)( the)?$"
                                                r"|according to( the)?$", before):
                out.append((label, span))
        return out

    @staticmethod
    def _main_org(mentions) -> Optional[str]:
        """The organisation an article names most (the earliest on a tie): whose figures
        a sentence that names nobody most likely reports."""
        counts: dict[str, int] = {}
        for label, _span in mentions:
            counts[label] = counts.get(label, 0) + 1
        if not counts:
            return None
        return max(counts, key=lambda name: counts[name])  # dicts keep first-seen order on ties

    def _org(self, cand: Candidate, sent: Span, mentions, previous: Optional[Figure]) -> Optional[str]:
        best, best_dist = None, None
        for label, span in mentions:
            if self._sent(span) != sent:
                continue
            dist = abs(span.start - cand.span.start)
            if best_dist is None or dist < best_dist:
                best, best_dist = label, dist
        if best:
            return best
        return previous.org if previous is not None else None

    # ---------------------------------------------------------------- period
    def _carried(self, mention: DateMention) -> bool:
        """A period carried on from an earlier one ("the following 12 months")."""
        return mention.span in self._carried_spans

    def _period(self, doc: Doc, cand: Candidate, dates: list[DateMention], running, previous: Optional[Figure]):
        cell = self._cell(cand)
        if cell is not None:
            head = cell.header or cell.row_date
            if head is not None and head.date_from and head.date_to:
                return head.date_from, head.date_to, "table"
        start_char = doc[cand.start].idx
        end_char = cand.span.end_char
        c_start, c_end = self._clause(doc, cand)
        clause = (doc[c_start].idx, doc[c_end - 1].idx + len(doc[c_end - 1]))
        sent = self._sent(cand.span)
        in_clause, in_sent = [], []
        for d in dates:
            if clause[0] <= d.span[0] and d.span[1] <= clause[1]:
                in_clause.append(d)
            elif sent.start_char <= d.span[0] and d.span[1] <= sent.end_char and not _COMPARATIVE_DATE.search(d.text):
                in_sent.append(d)
        for source, group in (("clause", in_clause), ("sentence", in_sent)):
            if not group:
                continue
            # English puts a figure's date after it ("100 referrals in 2017/18") more often than before.
            after = [d for d in group if d.span[0] >= end_char]
            d = min(after or group, key=lambda d: min(abs(d.span[0] - end_char), abs(start_char - d.span[1])))
            if d.date_from is None:
                return None  # a relative date with no anchor: the period is unknown, not the running one
            if d.date_from == d.date_to:
                before = doc_text(doc)[max(0, d.span[0] - 12): d.span[0]]
                if _UP_TO.search(before) and previous is not None and previous.period_to and previous.period_to < d.date_to:
                    return previous.period_to + timedelta(days=1), d.date_to, "series"
                continue
            return d.date_from, d.date_to, ("series" if self._carried(d) else source)
        return (*running, "running") if running else None
