"""The figures component: finds the number phrases and builds a Figure for each."""

from __future__ import annotations

from datetime import date
from itertools import repeat
from typing import Optional

from spacy.language import Language
from spacy.tokens import Doc, Span

from ...rulefiles import lexicon, load_json
from .. import doc_text
from ...records import Figure
from ..context import Context, acronym_mentions, context_cues
from ..tables import table_cells, total_parts
from ..rules import build_matcher, load_orgs, load_token_rules, matches_by_label, phrase_matcher
from .base import _COMPARATIVE_DATE, _PERSONAL_OUTCOMES, Candidate, TokenMarks, _inside
from .candidates import CandidatesMixin

# outcomes only a person undergoes: a count of them with no noun counts people
_PEOPLE_ONLY = {"convicted", "jailed", "suspended_sentence", "resigned", "retired", "would_have_been_dismissed", "arrested", "barred"}
from .fields import FieldsMixin
from .kinds import KindsMixin
from .lead_ins import LeadInsMixin
from .links import LinksMixin
from .lists import ListsMixin
from .markers import MarkersMixin
from .not_conduct import NotConductMixin
from .nouns import NounsMixin
from .org_forms import form_rules
from .orgs import OrgsMixin
from .out_of import OutOfMixin
from .periods import PeriodsMixin, within_report_year
from .phrases import DocPhrases
from .public import PublicMixin

RULES_FILE = "figure_patterns.jsonl"


def _one_per_words(mentions):
    """Conduct mentions in text order, one for words named twice ('Excessive force allegations'
    holds 'excessive force' and 'force allegations'): the first, longest."""
    out = []
    for label, span in sorted(mentions, key=lambda m: (m[1].start, -len(m[1]))):
        if out and span.start < out[-1][1].end:
            continue
        out.append((label, span))
    return out


@Language.factory("extractor_figures")
def make_figures(nlp: Language, name: str):
    return FigureFinder(nlp)


class FigureFinder(CandidatesMixin, NounsMixin, OutOfMixin, FieldsMixin, ListsMixin, KindsMixin, LeadInsMixin, OrgsMixin, PeriodsMixin, NotConductMixin, LinksMixin, PublicMixin, MarkersMixin):
    def __init__(self, nlp: Language):
        rules = load_token_rules(RULES_FILE)
        self.rules = {r.id: r for r in rules}
        # Bodies' names run in a matcher of their own: their reaches (runs of capitalised
        # words) merged with the numbers' made windows of rare pattern sets, each a new
        # spaCy Matcher to build.
        self.matcher = build_matcher(nlp, [r for r in rules if r.family != "org"], RULES_FILE)
        org_rules = [r for r in rules if r.family == "org"] + form_rules()  # bodies by their form: org_forms.json
        self.rules.update({r.id: r for r in org_rules})
        self.org_matcher_rules = build_matcher(nlp, org_rules, RULES_FILE)
        self._make_doc = nlp.make_doc
        lex = lexicon()
        self.counted = DocPhrases(phrase_matcher(nlp, lex["counted"]))
        self.not_conduct = DocPhrases(phrase_matcher(nlp, {"not_conduct": lex["not_conduct"]}))
        self.categories = DocPhrases(phrase_matcher(nlp, lex["categories"]))
        self.outcome_rank = {o["phrase"]: (o["rank"], o["outcome"]) for o in lex["figure_outcomes"]}
        self.outcomes = DocPhrases(phrase_matcher(nlp, {o["phrase"]: [o["phrase"]] for o in lex["figure_outcomes"]}))
        self._outcome_words = {o["phrase"].split()[-1] for o in lex["figure_outcomes"]}
        self.orgs = load_orgs()
        self._share_words = {"cent", "%", "percent", *load_json("numbers.json")["denominators"]}
        self.org_names = {}
        self._incident_verbs = frozenset(context_cues().incident_verbs)
        self._crowd_nouns = frozenset(context_cues().crowd_nouns)
        self._crowd_verbs = frozenset(context_cues().crowd_verbs)
        self._kind_verbs = frozenset(context_cues().kind_verbs)
        self._not_a_kind = frozenset(context_cues().not_a_kind)
        self._kind_modifiers = frozenset(context_cues().kind_modifiers)
        # the first words of a kind stated after a count with no noun of its own: "541 relating to ..."
        self._kind_heads = frozenset([v.split()[0] for v in context_cues().kind_verbs if v.split()[0] != "of"] + ["for"])
        self.as_written = {org.name for org in self.orgs if org.as_written}
        for org in self.orgs:
            for alias in org.aliases:
                self.org_names[alias.lower()] = (org.name, alias)
        self.org_matcher = phrase_matcher(nlp, {o.name: o.aliases for o in self.orgs})
        # "In Kent, 19 officers were arrested": a force's area names the force
        areas = {o.name: [a.rsplit(" ", 1)[0] for a in o.aliases if a.endswith((" Police", " Constabulary"))]
                 for o in self.orgs if o.as_written}
        self.area_matcher = phrase_matcher(nlp, areas, attr="ORTH")
        self._clause_memo: Optional[dict] = None  # set per Doc by _prepare

    # ------------------------------------------------------------------ driver
    def _sent(self, span) -> Span:
        """The sentence of a span or token; Span.sent walks the whole Doc each time."""
        return self._sents[self._sent_index[span.start if isinstance(span, Span) else span.i]]

    def __call__(self, doc: Doc) -> Doc:
        candidates = self._prepare(doc)
        org_mentions = self._org_mentions(doc)
        # A body publishing its own figures (a force's FOI reply) is whose they are when a sentence names nobody.
        framing = [m for m in org_mentions if m[1].start not in self._area_subjects]  # "Kent paid ...": its clause's
        self._source = self._publisher(doc) or self._main_org(self._sources(doc, framing))
        self._main = self._source or self._article_org([m for m in framing if not self._bystander(m[1])])
        if not self._source and self._main not in self._ctx.cues.national_bodies and self._ctx.survey_article():
            self._main = None  # a broadcaster's FOI survey across forces is not the force named in passing
        self._org_list = org_mentions
        self._cat_mentions = self._one_persons(doc, self._inside_general(acronym_mentions(
            doc, _one_per_words(matches_by_label(self.categories, doc)))))
        self._topic = self._topic_category(doc, self._cat_mentions)
        dates = self._read_dates(doc)
        self._built: dict[int, Figure] = {}
        self._column_last: dict[tuple[int, int], Figure] = {}
        self._table_entry: dict[int, tuple] = {}
        self._conduct_rows: dict[int, bool] = {}
        self._outcome_rows: dict[int, bool] = {}  # a table -> its row labels state outcomes
        self._conduct_items: dict[tuple[int, int], bool] = {}  # a run of list items -> its labels name kinds
        self._listed_on: set[int] = set()  # figures whose outcome is the one listed before them
        self._kind_shares: set[int] = set()  # shares of one kind of complaint, by first character
        self._kind_base: dict[int, Optional[str]] = {}  # a part of one kind -> its whole's category
        self._own_kinds: dict[int, tuple[int, str]] = {}  # a sentence -> its last count that states its kind
        figures: list[Figure] = []
        previous: Optional[Figure] = None
        prev_sent = None
        running: Optional[tuple[date, date]] = None
        date_idx = 0
        for cand in candidates:
            sent = self._sent(cand.span)
            # The running period: the last non-comparative period named before this figure.
            while date_idx < len(dates) and dates[date_idx].span[1] <= doc[cand.start].idx:
                running = self._running_after(doc, dates[date_idx], running)
                date_idx += 1
            near_previous = previous is not None and prev_sent is not None and sent.start - prev_sent.end < 80 \
                and self._ctx.carries(previous.span[0], sent)
            cell = self._cell(cand)
            if cell is not None:  # a cell goes on from the cell above it, not the one to its left
                above = self._column_last.get((cell.table, cell.col))
                # ...and a cell of the first row from the figure before the table
                before = self._table_entry.setdefault(cell.table, (previous, near_previous))
                fields = self._figure(doc, cand, sent, above, True) if above is not None \
                    else self._figure(doc, cand, sent, *before)
            else:
                fields = self._figure(doc, cand, sent, previous, near_previous)
            if fields is None:
                continue
            if period := self._period(doc, cand, dates, running, previous):  # validated as the Figure is made
                fields.update(period_from=period[0], period_to=period[1], period_source=period[2])
            figure = Figure(**fields)
            self._table_role(cand, figure)
            if cell is not None:
                self._column_last[(cell.table, cell.col)] = figure
            if not self._restated_base(doc, cand, figure, figures):  # a restated base is read, not listed again
                figures.append(figure)
            self._built[cand.start] = figure
            previous, prev_sent = figure, sent
        doc._.figures = figures
        return doc

    def _running_after(self, doc: Doc, d, running):
        """The running period once the date ``d`` has been read: ``d`` itself if it names a
        period figures are counted over, nothing once an unresolved 'the past year' has
        moved the article on, else the period that ran before it."""
        if d.date_from and d.date_to and d.date_from != d.date_to and not _COMPARATIVE_DATE.search(d.text) \
                and not self._carried(d) and (not _inside(d, running) or self._restates(doc, d)) \
                and not self._ctx.dates_an_event(d.span[0]) and not self._ctx.compared_date(d.span[0]) \
                and not self._in_comparison(doc, d) and not self._bracketed_aside(doc, d) and not self._standing(doc, d) \
                and self._may_run(doc, d) and not (d.relative and within_report_year(d, running)):
            return self._so_far(doc, d)  # a sub-period narrows only its own clause
        if self._ctx.ends_running(d) and not _COMPARATIVE_DATE.search(d.text) \
                and not self._ctx.compared_date(d.span[0]) and not self._in_comparison(doc, d):
            return None
        return running

    def _may_run(self, doc: Doc, mention) -> bool:
        """A date may become the running period if it names a stretch of time figures are
        counted over (a quarter, a year, a range), or stands in a sentence with a figure:
        'In February 2020 the system was reformed' dates an event, not the figures after it."""
        if (mention.date_to - mention.date_from).days >= 80:
            return True
        tok = doc.char_span(mention.span[0], mention.span[1], alignment_mode="expand")
        sent = self._sent(tok) if tok is not None else None
        return sent is not None and any(sent.start <= s < sent.end for s in self._by_start)

    def _table_role(self, cand: Candidate, figure: Figure) -> None:
        """A cell in a totals row or column, and the cells it sums."""
        cell = self._cell(cand)
        if cell is None:
            return
        if cell.bounds in self._totals:
            figure.role, figure.total_of = "total", self._totals[cell.bounds]
        elif cell.bounds in self._part_of:
            figure.role, figure.part_of = "part", self._part_of[cell.bounds]

    def _heading_place(self, doc: Doc, cand: Candidate) -> Optional[Span]:
        if self._cell(cand) is not None or not self._ctx.short_item(cand.span.start_char):
            return None  # a table cell reads its own labels; a paragraph of prose states its own
        bounds = self._ctx.heading_span(cand.span.start_char)
        return doc.char_span(*bounds, alignment_mode="expand") if bounds else None

    def _heading_counted(self, doc: Doc, cand: Candidate):
        """What the heading over a figure, or its list's lead-in ('Of those officers:'), counts."""
        place = self._heading_place(doc, cand)
        hits = sorted((s, doc.vocab.strings[m], e) for m, s, e in self.counted(place)) if place is not None else []
        return (hits[0][1], doc[hits[0][0]:hits[0][2]].text) if hits else None

    def _heading_outcome(self, doc: Doc, cand: Candidate) -> Optional[str]:
        """The outcome the heading over a figure names ('Dismissed', 'Outcome: final written warning')."""
        place = self._heading_place(doc, cand)
        return self._strongest_outcome(doc, place.start, place.end, cand) if place is not None else None

    def _carries(self, previous: Optional[Figure], sent: Span) -> bool:
        return previous is not None and self._ctx.carries(previous.span[0], sent)

    def _national_body(self) -> Optional[str]:
        """Whose a national figure is when its sentence names nobody: a national body the
        article names (the IOPC, the Home Office), never a force."""
        bodies = self._ctx.cues.national_bodies
        return next((name for name in (self._source, self._main) if name in bodies), None)

    def _token_marks(self, doc: Doc) -> TokenMarks:
        if self._marks is None:
            self._marks = TokenMarks(doc)
        return self._marks

    def _prepare(self, doc: Doc) -> list[Candidate]:
        """Index the sentences, run the patterns once, and find the candidates and their bases."""
        self._sents = list(doc.sents)
        self._sent_chars: Optional[list[int]] = None  # sentences' first characters, when asked
        self._marks: Optional[TokenMarks] = None
        self._clause_memo: Optional[dict] = None  # fields.py _clause: kept once the figures are indexed
        self._sent_index = []  # the sentences cover the Doc, in order: each token's sentence number
        for n, sent in enumerate(self._sents):
            self._sent_index.extend(repeat(n, sent.end - sent.start))
        self._matches = matches_by_label(self.matcher, doc)
        self._org_matches = matches_by_label(self.org_matcher_rules, doc)
        self._cells = table_cells(doc)
        self._totals = total_parts(self._cells)
        self._part_of = {part: total for total, parts in self._totals.items() for part in parts}
        self._ctx = Context(doc)
        spans = doc._.date_spans if Doc.has_extension("date_spans") else None
        self._carried_spans = {(sp.start_char, sp.end_char) for sp in spans or [] if sp.label_ == "carry_over"}
        self._list_walks: dict[int, tuple[int, bool]] = {}  # numbers listed before one noun
        self._sizes: set[int] = set()  # counts read as a body's size (not_conduct.py)
        candidates = self._candidates(doc)
        self._figure_starts = {c.start for c in candidates}
        self._figure_ends = {c.span.end - 1 for c in candidates}
        # Sorted too, and each sentence's context found once: a sentence of thousands of
        # figures would otherwise cost quadratic time.
        self._starts_sorted, self._ends_sorted = sorted(self._figure_starts), sorted(self._figure_ends)
        self._sent_context: dict[tuple[int, int], bool] = {}
        self._hypotheticals: dict[tuple[int, int], bool] = {}
        self._demographic_sents: dict[tuple[int, int], bool] = {}  # public.py
        self._clauses: dict[int, tuple[int, int]] = {}  # a figure's start -> its clause
        self._figure_span_end = {c.start: c.span.end for c in candidates}
        self._by_start = {c.start: c for c in candidates}
        self._attach_out_of(doc, candidates)
        self._clause_memo = {}
        return candidates

    def _figure(self, doc: Doc, cand: Candidate, sent: Span, previous: Optional[Figure],
                near_previous: bool) -> Optional[dict]:
        """The fields of the Figure a candidate states, all but its period; None when it is not about conduct."""
        counted, noun = cand.counted, cand.noun
        outcome = self._outcome(doc, cand) or self._heading_outcome(doc, cand)
        if not cand.counted_found:
            counted, noun = self._subject_noun(doc, cand) or self._counted_from_context(doc, cand, sent) \
                or self._people_by_outcome(doc, cand, sent, outcome) or self._sentence_noun(doc, cand, sent) or (
                (previous.counted, previous.noun) if near_previous and self._elliptical(doc, cand)
                else self._heading_counted(doc, cand) or (None, None))
        again = None if cand.counted_found else self._restating_subject(doc, cand, sent)
        if again is not None:  # "That is up from 50 in 2021": what the count before it counted
            counted, noun, outcome = counted or again.counted, noun or again.noun, outcome or again.outcome
        if counted is None and outcome is None and cand.unit == "count" \
                and not self._has_conduct_context(doc, sent, cand):
            return None
        if self._victims(doc, cand, sent) or self._crowd(doc, cand) or self._people_in_story(doc, cand, sent, outcome) \
                or self._workforce(doc, cand, outcome) \
                or self._informants(doc, cand, sent, outcome, counted) \
                or self._named_group(doc, cand, sent, outcome, counted) \
                or self._officers_at_work(doc, cand, sent, outcome) \
                or self._share_of_workforce(doc, cand, sent, outcome, counted) \
                or self._in_the_incident(doc, cand, sent, outcome, counted) \
                or self._not_a_figure(doc, cand, sent, outcome) \
                or (not cand.counted_found and (self._part_of_not_conduct(doc, cand, sent)
                                                or self._beside_not_conduct(doc, cand, sent))):
            return None
        twin = self._equivalent(doc, cand, sent)
        if twin is not None:  # "The year before, the equivalent figures were 68 and 25"
            counted, noun = counted or twin.counted, noun or twin.noun
            outcome = outcome or twin.outcome
        changed = self._changed_figure(doc, cand, sent)
        if changed is not None:  # "81,142 complaints – an 8% increase": the 8% measures complaints too
            counted, noun = counted or changed.counted, noun or changed.noun
            outcome = outcome or changed.outcome
        outcome = outcome or self._listed_after(doc, cand, sent, previous) \
            or self._another_outcome(doc, cand, previous, near_previous) \
            or self._reason_part(doc, cand, previous, near_previous) or self._base_outcome(cand, counted) \
            or self._ranked_outcome(doc, cand, sent) or self._included_outcome(doc, cand, sent)
        if counted is None and outcome in _PERSONAL_OUTCOMES:
            counted = "officer"  # "2019 | 7" under "Resigned or retired": only people resign
        cand.extras["counted"] = counted  # what it counts, however found: its category asks
        return dict(
            span=(doc[cand.start].idx, cand.span.end_char),
            text=doc_text(doc)[doc[cand.start].idx: cand.span.end_char],
            value=cand.value,
            qualifier=cand.qualifier,
            unit=cand.unit,
            counted=counted,
            category=self._category(cand, sent, self._cat_mentions, previous if near_previous else None,
                                    self._topic),
            outcome=outcome,
            out_of=cand.out_of,
            org=self._figure_org(doc, cand, sent, previous),
            noun=noun,
            rule=cand.rule,
        )

    def _people_by_outcome(self, doc: Doc, cand: Candidate, sent: Span, outcome):
        """'..., with more than 150 found guilty', 'Eight resigned': a count with no noun of
        its own whose own verb only people undergo counts people, whatever nouns its sentence
        named before it ('convictions after a misconduct investigation')."""
        if outcome in _PEOPLE_ONLY and self._elliptical(doc, cand) and self._cell(cand) is None:
            return "officer", None
        return None
