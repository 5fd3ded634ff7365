"""What kind of conduct a count is when its clause states the kind in words the lexicon
may not have ('three related to officer attitude'), and when a figure's kind does not
carry to the figures after it (a part of one kind, the account of one case, another
bullet of findings)."""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from typing import Optional

from spacy.tokens import Doc

from ...records import Figure
from ...rulefiles import lexicon
from .. import token_lowers
from ..docarrays import span_text
from ..context import context_cues
from .base import Candidate
from .causes import action_nouns, count_anaphors, event_named, noun_at, place_end, qualifiers


@lru_cache(maxsize=1)
def _label_links() -> tuple[tuple[str, ...], ...]:
    """What joins a kind to the count it labels ("excessive force for 71", "neglect of duty
    (38%)"), longest first."""
    return _longest_first(context_cues().kind_label_links)


def _longest_first(phrases) -> tuple[tuple[str, ...], ...]:
    """A cue list's phrases as lower-case word tuples, longest first, so the longest match wins."""
    return tuple(sorted((tuple(p.lower().split()) for p in phrases), key=len, reverse=True))


def _phrase_end(doc: Doc, i: int, stop: int, phrases) -> Optional[int]:
    """The token after the first of ``phrases`` (word tuples) that starts at i and ends at or
    before ``stop``, or None."""
    # the words from the Doc's list of lower cases: doc[i] built a Token per phrase tried
    # (~22,000 tries over the bench's articles, most failing on the first word)
    lowers = token_lowers(doc)
    for phrase in phrases:
        n = len(phrase)
        if i + n <= stop and lowers[i:i + n] == list(phrase):
            return i + n
    return None


def _link_end(doc: Doc, i: int) -> Optional[int]:
    """The token after a label link starting at i, with a word after it, or None."""
    return _phrase_end(doc, i, len(doc) - 1, _label_links())


@lru_cache(maxsize=1)
def _conduct_leads() -> tuple[tuple[str, ...], ...]:
    """What links a count to the conduct that defines it ("accused of"), longest first."""
    return _longest_first(context_cues().conduct_leads)


@lru_cache(maxsize=1)
def _cause_links() -> tuple[tuple[str, ...], ...]:
    """What joins an outcome count to its cause ("for", "following", "in connection with"), longest first."""
    return _longest_first(context_cues().cause_links)


@lru_cache(maxsize=1)
def _cause_not_heads() -> frozenset[str]:
    return frozenset(context_cues().cause_not_heads)


def _cause_end(doc: Doc, i: int, end: int) -> Optional[int]:
    """The token after a cause link starting at i, with a word of the clause after it, or None."""
    return _phrase_end(doc, i, end - 1, _cause_links())


@lru_cache(maxsize=1)
def _outcome_phrases() -> dict[str, tuple[tuple[str, ...], ...]]:
    """The lexicon's many-word outcome phrases by their first word, longest first:
    "placed" -> ("placed", "on", "administrative", "leave"), ..."""
    by_first: dict[str, list] = {}
    for p in _longest_first({o["phrase"] for o in lexicon()["figure_outcomes"]}):
        if len(p) > 1:
            by_first.setdefault(p[0], []).append(p)
    return {w: tuple(ps) for w, ps in by_first.items()}


def _outcome_phrase_end(doc: Doc, i: int, end: int) -> Optional[int]:
    """The token after a many-word outcome phrase starting at i ("placed on leave"), or None."""
    return _phrase_end(doc, i, end, _outcome_phrases().get(doc[i].lower_, ()))


# where the noun phrase after a cause link ends: "a crash on the interstate" is a crash
_PHRASE_ENDS = frozenset({"of", "in", "on", "at", "with", "by", "to", "into", "from", "for", "and", "or", "that",
                          "which", "who", "where", "when", "while", "after", "before"})


def _names_process(doc: Doc, j: int, end: int) -> bool:
    """The noun phrase at j names a step of the process or a time ("an IOPC investigation",
    "a month"), not a conduct."""
    for t in doc[j: min(end, j + 4)]:
        if not t.is_alpha or (t.i > j and t.lower_ in _PHRASE_ENDS):
            return False
        if t.lower_ in _cause_not_heads() or t.lower_.rstrip("s") in _cause_not_heads():
            return True
    return False


# "Theft, assault and drink driving are some of the reasons why 45 gardaí were suspended":
# kinds named as some of the reasons for a count are examples; the count is of every kind.
_SOME_OF_THE_REASONS = re.compile(r"\b(?:(?:some|a few|several|one|two|three|examples) of the|among(?:st)? the)"
                                  r" (?:main |many |most common )?reasons?(?: why| for which| that)?\W*$")


# what may stand between a count and the conduct that defines it: "12 who had been caught"
_RELATIVE = frozenset({"who", "that", "had", "have", "has", "were", "was", "are", "is", "been", "being", "allegedly"})

# the auxiliaries between a count and its outcome verb: "were", "have been"
_AUXILIARIES = frozenset({"were", "was", "had", "been", "have", "has"})

# verbs of breaking a rule, read past to the rule broken: "breached discipline" is general, "breached a court order" not
_BREACHING = frozenset({"breached", "breaching", "broke", "broken", "breaking", "violated", "violating", "committed",
                        "committing"})


class KindsMixin:
    """FigureFinder's methods for the kind a count's own words state and where it stops."""

    @staticmethod
    def _kinds_are_some_reasons(doc: Doc, cand: Candidate, sent_start: int) -> bool:
        """The words right before the count say the kinds named are some of its reasons."""
        start = max(sent_start, cand.start - 8)
        return bool(_SOME_OF_THE_REASONS.search(span_text(doc[start: cand.start]).lower()))

    def _carried_category(self, cand: Candidate, previous: Optional[Figure]) -> Optional[str]:
        """The kind the figure before gives this one: its own, unless it was a share or part
        of one kind (then its whole's) or this one counts another thing after the account of
        one case or in another bullet ("The 17 files" after "two gardaí were cautioned for
        assault" are of their own kind)."""
        if previous is None or self._another_count(cand, previous):
            return None
        if previous.category and previous.span[0] not in self._kind_shares:
            return previous.category
        return self._kind_base.get(previous.span[0])

    def _part_kind(self, cand: Candidate, category: str) -> str:
        """'Of these, 41 alleged excessive force': a part of a count, of one kind, is no kind
        for the figures after it that are not its parts ('The year before, it received 298')."""
        base = cand.extras.get("base")
        doc = cand.span.doc
        # "Of those, 31 were for dishonesty. Another 12 involved ...": one more part of a breakdown
        more = cand.start > 0 and doc[cand.start - 1].lower_ in ("another", "further") \
            and self._built and self._built[max(self._built)].span[0] in self._kind_shares
        if category not in ("all", None) and (base is not None or cand.out_of is not None or more
                                              or self._with_part(cand)):
            at = cand.span.doc[cand.start].idx
            self._kind_shares.add(at)
            whole = self._built.get(base.start) if base is not None else None
            self._kind_base[at] = whole.category if whole is not None else None
        return category

    def _with_part(self, cand: Candidate) -> bool:
        """'110 gardaí are suspended, with 17 suspended under the heading of sexual offences':
        a count after 'with' that follows a count of its sentence is a part of that count."""
        doc = cand.span.doc
        if cand.start == 0 or doc[cand.start - 1].lower_ != "with":
            return False
        sent = self._sent(cand.span)
        return any(sent.start <= s < cand.start for s in self._built)

    def _another_count(self, cand: Candidate, previous: Figure) -> bool:
        """A figure that counts another thing than the one before it, where that one's kind was
        the account of one case ('In a second case, two gardaí were cautioned for assault.
        The 17 files ...') or
        stood in another item of a list of findings."""
        counted = cand.extras.get("counted")
        if counted is None or previous.counted is None or counted == previous.counted:
            return False
        if self._one_case(previous):
            return True
        mine, theirs = self._ctx.block_index(cand.span.start_char), self._ctx.block_index(previous.span[0])
        return mine is not None and mine != theirs and self._ctx.blocks[mine].kind == "list_item"

    def _one_case(self, figure: Figure) -> bool:
        """Whether a figure's sentence opens as the account of one case ('In a second case, ...')."""
        if self._sent_chars is None:
            self._sent_chars = [sent.start_char for sent in self._sents]
        k = bisect_right(self._sent_chars, figure.span[0]) - 1
        start = self._sent_chars[k] if k >= 0 else 0
        opening = self._ctx.text[start:start + 40].lower()
        return any(opening.startswith(o) for o in self._ctx.cues.one_case_openers)

    def _kind_stated_after(self, doc: Doc, cand: Candidate, clause_end: int) -> bool:
        """'three related to officer attitude', '45 complaints of discourtesy', 'two alleged
        excessive use of force': a count of complaints or allegations whose clause goes on to
        state their kind, in words right after the figure and its noun."""
        if (cand.counted or cand.extras.get("counted")) not in ("complaint", "allegation"):
            return False
        i = self._figure_span_end.get(cand.start, cand.span.end)
        if i < len(doc) and doc[i].lower_ == "of" and cand.noun:
            i += 1  # "thousands of claims": the noun, not a kind, follows
        if cand.noun and i < len(doc) and doc[i:i + len(cand.noun.split())].text == cand.noun:
            i += len(cand.noun.split())
        words = [t.lower_ for t in doc[i:min(clause_end, i + 4)]]
        for n in (2, 1):
            if len(words) > n and " ".join(words[:n]) in self._kind_verbs:
                j = i + n
                while j < min(clause_end, i + n + 3) and doc[j].lower_ in self._kind_modifiers:
                    j += 1  # "complaints of alleged garda misconduct": the head names no kind
                nxt = doc[min(j, len(doc) - 1)]
                return j < clause_end and nxt.is_alpha and not nxt.like_num and nxt.lower_ not in self._not_a_kind
        return False

    def _unnamed_kind_after(self, doc: Doc, cand: Candidate, clause_end: int) -> bool:
        """A kind the lexicon has no word for, stated after the count: as a kind, a reason or
        the conduct that defines what is counted."""
        return self._kind_stated_after(doc, cand, clause_end) or self._reason_stated_after(doc, cand, clause_end) \
            or self._conduct_stated_after(doc, cand, clause_end)

    def _conduct_stated_after(self, doc: Doc, cand: Candidate, clause_end: int) -> bool:
        """'34 officers accused of having a relationship with a witness', '12 who had failed
        to declare gifts', 'nine facing allegations of leaking data': a count of officers or
        cases defined by a conduct (models/context.json conduct_leads) the lexicon has no
        word for is another kind, not every kind. A general word ('accused of misconduct')
        or a pointer ('accused of the offences') names none."""
        if (cand.counted or cand.extras.get("counted")) not in ("officer", "case", None) or cand.unit == "percent":
            return False
        i = self._figure_span_end.get(cand.start, cand.span.end)
        if cand.noun:
            at = noun_at(doc, cand, i, clause_end)
            i = at + len(cand.noun.split()) if at is not None else i
        while i < clause_end and doc[i].lower_ in _RELATIVE:
            i += 1  # "12 who had been caught ...": the relative word and auxiliaries
        j = _phrase_end(doc, i, clause_end - 1, _conduct_leads())
        if j is None:
            return False
        while j < clause_end and (doc[j].lower_ in self._kind_modifiers and doc[j].lower_ != "other"
                                  or doc[j].lower_ in _BREACHING):
            j += 1  # "found to have breached discipline": a general breach names no kind
        nxt = doc[min(j, len(doc) - 1)]
        return j < clause_end and nxt.is_alpha and nxt.lower_ not in self._not_a_kind \
            and not self._phrase_at(self.not_conduct, doc, j, min(len(doc), j + 3))

    def _breakdown_kind(self, cand: Candidate, sent, category: str) -> str:
        """'18 for sexual misconduct, 9 for theft and 15 for lying': counts of one sentence
        that each state a kind after them are parts of a breakdown. A part's kind is its own,
        never the kind of a count in a later sentence ('The council also suspended 40
        officers'), which goes on from the count the parts break down."""
        at = cand.span.doc[cand.start].idx
        earlier = self._own_kinds.get(sent.start)
        # (two counts of one kind are a count and its part: "Twelve of the 121 ... involved X")
        if earlier is not None and earlier[1] != category:
            for part in (earlier[0], at):
                self._kind_shares.add(part)
                self._kind_base.setdefault(part, None)
        self._own_kinds[sent.start] = (at, category)
        return category

    def _reason_stated_after(self, doc: Doc, cand: Candidate, clause_end: int, people: bool = False) -> bool:
        """'15 for lying in an official report', '63 were dismissed for other reasons',
        '12 over racist messages': a reason after a count, or after its outcome verb, in
        words the lexicon has no kind for, is another kind, not the kind of the count
        before it. Not a general word ('for misconduct', 'for gross misconduct'), a time
        ('for two years') or a person ('for the officers')."""
        i = self._figure_span_end.get(cand.start, cand.span.end)
        noun = False
        # "two corrections officers were fired for ...", "8 sustained violations for ...": the noun
        # may follow a word or two that qualify it
        at = noun_at(doc, cand, i, clause_end) if cand.noun else None
        qualified = False  # "8 sustained violations for ...": an outcome word before the noun says it
        if at is not None and qualifiers(doc[i:at]):
            qualified = any(t.lower_ in self._outcome_words for t in doc[i:at])
            i, noun = at + len(cand.noun.split()), True
        elif at is None and i < clause_end and doc[i].lower_ in count_anaphors():
            i, noun = i + 1, True  # "suspended three others following ...": people the story has named
        people = people or (cand.counted or cand.extras.get("counted")) == "officer"
        skipped, outcome = 0, qualified or people and self._acted_on(doc, cand)
        while i < clause_end and skipped < 3 and _cause_end(doc, i, clause_end) is None:
            phrase_end = _outcome_phrase_end(doc, i, clause_end)  # "placed on administrative leave following ..."
            if phrase_end is not None:
                i, skipped, outcome = phrase_end, skipped + 1, True
                continue
            if noun and (past := place_end(doc, i, clause_end)) is not None:
                i, skipped = past, skipped + 1  # "six officers in Baltimore over ...": where they serve
                continue
            if not (doc[i].lower_ in self._outcome_words or doc[i].lower_ in _AUXILIARIES):
                break
            outcome = outcome or doc[i].lower_ in self._outcome_words
            i, skipped = i + 1, skipped + 1
        j = _cause_end(doc, i, clause_end) if i < clause_end else None
        nxt = self._coordinated_next(doc, i) if j is None and outcome else None
        if nxt is not None:
            # "fired five officers and suspended three others following ...": the cause after the
            # last of coordinated outcome counts is the cause of each
            return self._reason_stated_after(doc, nxt, self._clause(doc, nxt)[1], people)
        if j is None or (noun and not outcome):
            return False  # "900 claims for legal help": what the claims are for, not a reason for an outcome
        if outcome and event_named(doc, j, clause_end):
            return True  # "charged over the death of a man": one event named as the cause
        # "fired following a violent arrest": a cause other than 'for'/'over', or one brought in by
        # 'a'/'an', names a conduct unless its words name a step of the process or a time
        plain = j == i + 1 and doc[i].lower_ in ("for", "over")
        if doc[j].lower_ in ("a", "an") and j + 1 < clause_end:
            j, plain = j + 1, False
        if not plain and (not outcome or _names_process(doc, j, clause_end)):
            return False
        while j < clause_end and doc[j].lower_ in self._kind_modifiers and doc[j].lower_ != "other":
            j += 1
        if j < clause_end and doc[j].lower_ == "other":
            return j + 1 < clause_end and doc[j + 1].lower_ in ("reasons", "reason", "matters", "conduct", "offences")
        nxt = doc[min(j, len(doc) - 1)]
        return j < clause_end and nxt.is_alpha and nxt.lower_ not in self._not_a_kind \
            and not self._phrase_at(self.not_conduct, doc, j, min(len(doc), j + 3))

    def _acted_on(self, doc: Doc, cand: Candidate) -> bool:
        """'The chief fired two officers following ...': an outcome verb before a count of people,
        in the active voice; or an outcome's noun against them ('filed charges against six officers')."""
        return any(t.lower_.endswith("ed") and t.lower_ in self._outcome_words
                   for t in doc[max(0, cand.start - 2): cand.start]) \
            or cand.start >= 2 and doc[cand.start - 1].lower_ == "against" \
            and doc[cand.start - 2].lower_ in action_nouns()

    def _coordinated_next(self, doc: Doc, i: int) -> Optional[Candidate]:
        """'fired five officers and suspended three ...', 'Five were dismissed and three
        suspended ...': the count joined to this one by 'and' and outcome words, if any."""
        if i >= len(doc) or doc[i].lower_ != "and":
            return None
        k = i + 1
        while k < min(len(doc), i + 4) and (doc[k].lower_ in self._outcome_words or doc[k].lower_ in _AUXILIARIES):
            k += 1
        return self._by_start.get(k)

    def _item_kind(self, cand: Candidate, mentions) -> Optional[str]:
        """A list whose items are labelled by kinds of conduct ('- Neglect of duty: 1,420',
        '- sexual conduct: 23'): an item whose label the lexicon has no word for is another
        kind, not the kind of the item above it; a 'Total' item is every kind. Read like the
        rows of a table (CategoryMixin._rows_name_conduct)."""
        run = self._ctx.list_run(cand.span.start_char)
        if run is None:
            return None
        if run not in self._conduct_items:
            named, labels = 0, True
            for k in range(run[0], run[1] + 1):
                s, e = self._ctx.blocks[k].span
                labels = labels and len(self._ctx.text[s:e].split()) <= 10  # a label and its count, not a finding
                named += any(label != "all" and s <= span.start_char and span.end_char <= e for label, span in mentions)
            self._conduct_items[run] = labels and named >= 2
        return "other" if self._conduct_items[run] else None

    def _neighbours_clause_end(self, doc: Doc, cand: Candidate, sent) -> int:
        """Where the clause of the figure before this one in its sentence ends: a kind named
        there ('Nine ... had been found guilty of sexual misconduct, and five had lied') is
        that figure's, never its neighbour's."""
        k = bisect_right(self._starts_sorted, cand.start - 1) - 1
        if k < 0 or self._starts_sorted[k] < sent.start:
            return sent.start
        end = self._clause_of(doc, self._by_start[self._starts_sorted[k]])[1]
        return end if end <= cand.start else sent.start

    def _labels_next(self, doc: Doc, span) -> bool:
        """'Improper stops accounted for 96 complaints and excessive force for 71', 'most
        commonly of neglect of duty (38%)', 'with sexual misconduct accounting for 7%': a kind
        right before a link (models/context.json kind_label_links) and a number labels that
        number, not the total its sentence also states."""
        end = _link_end(doc, span.end)
        return end is not None and end in self._figure_starts

    def _labelled_by(self, doc: Doc, cand: Candidate, mentions) -> Optional[str]:
        """The kind that labels this figure directly ('excessive force for 71', 'Theft: 12')."""
        for label, span in mentions:
            if label != "all" and span.end < cand.start <= span.end + 3 and _link_end(doc, span.end) == cand.start:
                return label
        return None

