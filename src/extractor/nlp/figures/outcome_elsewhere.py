"""A count's outcome stated outside its own clause, where English puts it for a subject.

A count that opens its sentence as the subject of a verb further on takes that verb's outcome,
whatever stands between: an apposition or aside closed by the mark that opened it ('Nine
officers - two sergeants and seven constables - were dismissed', 'Eleven deputies, who had
been on duty that night, were suspended', 'Four constables (two of them probationers) were
sacked'); the counts inside the aside are of the same people, in the same outcome. And a
count whose own sentence says nothing of what became of it may have it said in the next
sentence by a plural anaphor that refers to it ('Six officers were at the scene. They have
all been suspended.', '... All of them were later dismissed.'), or asked in the question it
answers ('How many officers were dismissed? 14.'). The count may open its main clause after a
fronted phrase or a reporting word ('In 2022, 40 officers, including ..., were dismissed',
'Figures show 12 gardai - ... - were suspended'); a count in a dashed or bracketed aside after a
subject that is no count is in that subject's verb too ('Most of them - 14 in all - were sacked')."""

from __future__ import annotations

from bisect import bisect_left
from typing import Optional

from spacy.tokens import Doc, Span

from ...rulefiles import word_set
from .. import token_lowers
from .base import Candidate

# the marks that open an aside, and the marks that may close each; a closed class
_CLOSERS = {",": (",",), "(": (")",), "-": ("-", "\u2013", "\u2014"), "\u2013": ("-", "\u2013", "\u2014"),
            "\u2014": ("-", "\u2013", "\u2014")}
# words that may stand before a count opening its sentence: determiners and focus words, closed
_OPENERS = frozenset({"the", "all", "another", "a", "further", "some", "only", "just", "and", "but", "other", "remaining"})
# auxiliaries that open a finite verb chain: closed-class grammar
_FINITE = frozenset({"have", "has", "had", "were", "was", "are", "is", "will", "would", "been"})
# plural anaphors that may open the next sentence for a counted group (pronouns and
# quantifiers, a closed class): 'They', 'All of them', 'Each of the officers'
_ANAPHORS = (("they",), ("all", "of", "them"), ("each", "of", "them"), ("both", "of", "them"),
             ("all", "of", "those"), ("all", "of", "these"), ("all", "of", "the"), ("each", "of", "the"),
             ("both", "of", "the"), ("these",), ("those",), ("the",))
_ANAPHOR_OPENERS = frozenset(words[0] for words in _ANAPHORS)
# words that open a reported clause, which a count may open as its subject: models/outcome_words.json
_REPORTING = word_set("outcome_words.json", "reporting_words")
# what may stand between the anaphor and the outcome: auxiliaries, floating quantifiers and
# time adverbs ('They have all since been suspended'); models/outcome_words.json
_BETWEEN = word_set("outcome_words.json", "anaphor_chain")
# auxiliaries of the passive: with one, the anaphor undergoes the verb ('They were charged')
_PASSIVE = frozenset({"were", "was", "are", "is", "been", "being", "be", "get", "got"})
# what may follow an active outcome verb with no object: narrower than asides.py's list, as a
# pronoun's verb is often another sense ('They charged at the crowd'; models/outcome_words.json)
_AFTER_INTRANSITIVE = word_set("outcome_words.json", "after_anaphor_verb")
_MAX_ASIDE = 30  # tokens an aside may run before the verb it leads to
_MAX_NOUN = 5    # words of the count's noun phrase before the aside opens
_MAX_FRONTED = 8  # words of a phrase fronted before the count's clause ('In the year to March,')


class OutcomeElsewhereMixin:
    """FigureFinder's reading of an outcome stated for a count outside its clause."""

    def _outcome_elsewhere(self, doc: Doc, cand: Candidate) -> Optional[str]:
        if self._cell(cand) is not None:
            return None
        sent = self._sent(cand.span)
        opens = self._opens_sentence(doc, cand, sent)  # asked once: each reading below needs it
        return self._outcome_past_aside(doc, cand, sent, opens) \
            or opens and (self._outcome_by_anaphor(doc, cand, sent) or self._outcome_asked(doc, cand, sent)) or None

    def _figures_in(self, start: int, end: int) -> tuple[int, int]:
        """The range of ``_starts_sorted`` of the figures starting in [start, end): found by
        bisection, so a page of many figures costs no more a figure than a short one."""
        return bisect_left(self._starts_sorted, start), bisect_left(self._starts_sorted, end)

    # ------------------------------------------------------------------ asides
    def _opens_sentence(self, doc: Doc, cand: Candidate, sent: Span) -> bool:
        """The count opens its sentence, or its main clause after a fronted phrase that is
        closed by a comma and holds no verb and no count ('In 2022, 40 officers, ...',
        'Last year, six deputies ...')."""
        k = cand.start
        while k > sent.start and cand.start - k < 2 and doc[k - 1].lower_ in _OPENERS:
            k -= 1
        if k == sent.start or doc[k - 1].lower_ in _REPORTING:
            return True  # 'Figures show 40 officers, including ..., were dismissed': the reported clause
        if doc[k - 1].text != "," or k - 1 - sent.start > _MAX_FRONTED or k - 1 == sent.start:
            return False
        lo, hi = self._figures_in(sent.start, k)
        return lo == hi and not any(t.lower_ in _FINITE or self._verb_after_aside(t) or t.text in _CLOSERS
                                    for t in doc[sent.start:k - 1])

    def _aside_after(self, doc: Doc, cand: Candidate, sent: Span) -> Optional[tuple[int, int]]:
        """(open, close) of an aside right after the noun phrase of a count opening its
        sentence, with a finite verb right after the close; else None."""
        i = cand.span.end
        while i < sent.end and i - cand.span.end <= _MAX_NOUN and doc[i].text not in _CLOSERS:
            t = doc[i]
            if not t.is_alpha or t.lower_ in _FINITE or self._verb_after_aside(t) or t.like_num:
                return None  # the count's own verb comes first: its own clause
            i += 1
        if i >= sent.end or doc[i].text not in _CLOSERS or (doc[i].text == "," and i == cand.span.end):
            return None  # '19, including ...' after a bare count is a list of numbers more often than an aside
        closers = _CLOSERS[doc[i].text]
        k = i + 1
        while k < min(sent.end, i + _MAX_ASIDE) and doc[k].text not in closers:
            if doc[k].text in (";", ":") or "\n" in doc[k].text:
                return None
            k += 1
        if k + 1 >= sent.end or doc[k].text not in closers or k == i + 1 or not self._verb_after_aside(doc[k + 1]):
            return None
        return i, k

    @staticmethod
    def _verb_after_aside(t) -> bool:
        """A finite verb: an auxiliary, or a past tense ('Eleven deputies, ..., resigned')."""
        low = t.lower_
        return low in _FINITE or (t.is_alpha and t.is_lower and len(low) > 4 and low.endswith("ed"))

    def _outcome_past_aside(self, doc: Doc, cand: Candidate, sent: Span, opens: bool) -> Optional[str]:
        """The outcome of the verb after an aside that follows the subject count of its
        sentence, for that count and for any count inside the aside."""
        subject = cand
        if not opens:
            first = self._figures_in(sent.start, cand.start)
            subject = self._by_start.get(self._starts_sorted[first[0]]) if first[0] < first[1] else None
            if subject is None or not self._opens_sentence(doc, subject, sent):
                return self._outcome_in_marked_aside(doc, cand, sent) if first[0] == first[1] else None
        aside = self._aside_after(doc, subject, sent)
        if aside is None or (subject is not cand and not aside[0] < cand.start < aside[1]):
            return None
        verb = aside[1] + 1
        return self._strongest_outcome(doc, verb, self._next_break(doc, verb, sent), cand)

    def _outcome_in_marked_aside(self, doc: Doc, cand: Candidate, sent: Span) -> Optional[str]:
        """'The majority of them - 73 per cent (38) - have been barred', 'Most of the officers
        (14) were dismissed': a count in an aside set off by dashes or brackets right after a
        subject with no count of its own takes the outcome of the verb after the aside."""
        lowers = token_lowers(doc)  # a mark's lower form is its text
        k = cand.start - 1
        while k > sent.start and cand.start - k <= 4 and lowers[k] not in _CLOSERS:
            k -= 1
        if lowers[k] not in _CLOSERS or lowers[k] == "," or k - sent.start > _MAX_NOUN + 3 or k == sent.start:
            return None
        if any(not t.is_alpha or t.lower_ in _FINITE or self._verb_after_aside(t) for t in doc[sent.start:k]):
            return None  # the subject is a noun phrase: words only, no verb of its own
        closers = _CLOSERS[doc[k].text]
        close = cand.span.end
        while close < min(sent.end, k + _MAX_ASIDE) and doc[close].text not in closers:
            if doc[close].text in (";", ":") or "\n" in doc[close].text:
                return None
            close += 1
        if close + 1 >= sent.end or doc[close].text not in closers or not self._verb_after_aside(doc[close + 1]):
            return None
        return self._strongest_outcome(doc, close + 1, self._next_break(doc, close + 1, sent), cand)

    # ------------------------------------------------------------------ anaphors
    def _outcome_by_anaphor(self, doc: Doc, cand: Candidate, sent: Span) -> Optional[str]:
        """'Six officers were at the scene. They have all been suspended.': the outcome the
        next sentence states for a plural anaphor that opens it, when the count is the
        subject of its own sentence and the only count there (another would be an antecedent
        too) and the next sentence counts nothing of its own."""
        if sent.end >= len(doc) or (cand.value or 0) < 2 or token_lowers(doc)[sent.end] not in _ANAPHOR_OPENERS:
            return None
        lo, hi = self._figures_in(sent.start, sent.end)
        if hi - lo > 1:
            return None
        nxt = self._sent(doc[sent.end])
        k = self._anaphor_end(doc, nxt, cand)
        if k is None:
            return None
        chain = k
        while chain < nxt.end and chain - k < 6 and doc[chain].lower_ in _BETWEEN:
            chain += 1
        end = self._next_break(doc, chain, nxt)
        lo, hi = self._figures_in(nxt.start, nxt.end)
        if chain >= end or hi > lo:
            return None
        matches = self._outcome_matches(doc, chain, end)
        if not matches or matches[0][0] != chain:
            return None  # the outcome must be the anaphor's own verb: 'They said two were sacked' is not
        if not any(doc[j].lower_ in _PASSIVE for j in range(k, chain)) and not self._intransitive(doc, matches[0][1]):
            return None  # 'They arrested two men', 'They have dismissed the claims': done by them, not to them
        found = self._strongest_outcome(doc, chain, end, cand)
        if found is not None:  # not_conduct.py: officers in an account of one event, whose outcome is told next
            cand.extras["outcome_said_later"] = True
        return found

    # ------------------------------------------------------------------ answers
    def _outcome_asked(self, doc: Doc, cand: Candidate, sent: Span) -> Optional[str]:
        """'How many officers were dismissed? 14, up from nine.', 'So how many gardai were
        suspended last year? Twenty-two.': a count opening the sentence right after a 'how
        many' question answers it, with the outcome the question asks about."""
        lowers = token_lowers(doc)
        if sent.start == 0 or "?" not in lowers[max(0, sent.start - 2):sent.start]:
            return None
        question = self._sent(doc[sent.start - 1])
        k = next((j for j in range(question.start, question.end - 1) if lowers[j] == "how" and lowers[j + 1] == "many"), None)
        if k is None:
            return None
        return self._strongest_outcome(doc, k + 2, question.end, cand)

    @staticmethod
    def _intransitive(doc: Doc, e: int) -> bool:
        """An active verb with no object after it ('They resigned in March', 'They have
        both quit.'): what a pronoun did that is an outcome of its own."""
        return e >= len(doc) or doc[e].is_punct or doc[e].lower_ in _AFTER_INTRANSITIVE

    @staticmethod
    def _anaphor_end(doc: Doc, nxt: Span, cand: Candidate) -> Optional[int]:
        """Where the plural anaphor opening ``nxt`` ends, if it opens with one that can refer
        to the count: a pronoun, or a determiner and the count's own noun ('The officers')."""
        head = (cand.noun or "").split()[-1:] if cand.noun else []
        for words in _ANAPHORS:
            n = len(words)
            if nxt.end - nxt.start <= n or [t.lower_ for t in doc[nxt.start:nxt.start + n]] != list(words):
                continue
            if words[-1] in ("the", "these", "those"):
                if not head or doc[nxt.start + n].lower_ != head[0].lower():
                    continue
                return nxt.start + n + 1
            return nxt.start + n
        return None
