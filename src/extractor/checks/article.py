"""Checks on one article's records: what a fact-checker should look at twice.
``article_checks`` runs them all and never flags twice what an
earlier check flagged. (A figure another article states otherwise: cross_article.py.)

Pure: records and the article's text in, Check records out, no I/O.

    unresolved_date  a relative date ("this year") in an article with no publication date
    sum_mismatch     figures for consecutive sub-periods that do not add up to the figure
                     stated for their union ("more than 400" vs 100 + 172 + 43 = 315) (sums.py)
    share_mismatch   a word of proportion ("the majority", "a third", "73 per cent") that
                     the counts it rests on do not bear out, or a part larger than its whole
                     (proportions.py)
    comparison_mismatch  "more than double X" where X is in the article and the figures do
                     not bear it out (claims.py; unverifiable comparisons stay claims)
    change_mismatch  "a 590% rise", "more than doubled", "rose by 5%" (of a share that went
                     from 10% to 15%) where both figures are in the article and do not bear
                     it out (change.py, which documents its tolerances)
    contradiction    one article giving the same officer incompatible outcomes, or the same
                     count incompatible values (contradictions.py); a headline's sanction
                     the body replaces (headline.py); more officers sanctioned than the
                     count said to be disciplined (discipline.py)
    share_mismatch   also a share beside the count it restates, and a share of a workforce
                     or population against its count (shares.py, base_shares.py, bases.py)
    sum_mismatch     also a breakdown against its total, and yearly parts (a table's rows)
                     against a 'since 2019' total (parts.py, table_rows.py), and a total of
                     cases broken down by kind in the sentences after it (kinds.py)
    span_mismatch    'in the last two years' over three yearly figures (spans.py)
    weekday_mismatch 'Friday (3 March)' in a 2019 story (weekdays.py)

The rules and tolerances of the checks added with issue 17 are data in models/checks.json
(settings.py validates it).

Tolerances (documented so a reader can argue with them):
    exact      the parts must add up to the total exactly
    about      within 5% of the total (at least 1)
    more_than / at_least / fewer_than / at_most: the sum must satisfy the inequality
    shares     a stated percentage must round to the computed one (±0.5 points, ±1 for
               whole numbers the article may have rounded); "a third" and other fractions
               within 12% of their value; "nearly"/"almost" a share: at most 5 points under it;
               "more than"/"less than" a share: strictly above / below it.
"""

from __future__ import annotations

from .base_shares import base_mismatches
from .contradictions import contradictions
from .headline import headline_mismatches
from .discipline import discipline_mismatches
from .kinds import kind_mismatches
from .parts import breakdown_mismatches, since_mismatches
from .proportions import share_mismatches
from .shares import restated_counts, stated_shares
from .spans import span_mismatches
from .sums import sum_mismatches
from .weekdays import weekday_mismatches
from .keys import OWN_PERIOD, agree, sentence_of, sentence_spans  # noqa: F401 (tests read OWN_PERIOD and agree here)
from ..records import ArticleResult, Check


def unresolved_dates(result: ArticleResult) -> list[Check]:
    if result.article.published is not None:
        return []
    checks = []
    sents = sentence_spans(result.article.text)
    for mention in result.dates:
        if mention.relative and mention.date_from is None and mention.date_to is None:
            # the figures of its sentence whose period it would have given
            s, e = sentence_of(sents, mention.span)
            figs = [f for f in result.figures if s <= f.span[0] < e and f.period_from is None and f.period_to is None]
            also = (f"; so is the period of {', '.join('“' + f.text + '”' for f in figs)}" if figs else "")
            checks.append(Check(
                kind="unresolved_date",
                message=(f"“{mention.text}” is relative to the publication date, and the article "
                         f"gives none: the period it names cannot be resolved{also}."),
                spans=[mention.span] + [f.span for f in figs],
                rule="unresolved_date",
            ))
    return checks


# the check a failing claim raises, by the claim's kind
_CLAIM_CHECKS = {"comparison": "comparison_mismatch", "change": "change_mismatch"}


def claim_mismatches(result: ArticleResult) -> list[Check]:
    """A comparison (claims.py) or stated change (change.py) whose two figures are both
    in the article and do not bear it out."""
    return [Check(kind=_CLAIM_CHECKS[c.kind], message=c.message, spans=[c.span], rule=c.rule or c.kind)
            for c in result.claims if c.status == "fails"]


def article_checks(result: ArticleResult) -> list[Check]:
    sums, shares, contradicting = sum_mismatches(result), share_mismatches(result), contradictions(result)
    stated = stated_shares(result)
    restating, restated = restated_counts(result, stated)
    # the checks added since (shares.py, base_shares.py, parts.py, spans.py, weekdays.py,
    # headline.py) come after the first ones, and never flag again what those flagged
    return (unresolved_dates(result) + sums + shares + claim_mismatches(result) + contradicting
            + _new(shares, restating + base_mismatches(result, restated, stated))
            + _new(sums, breakdown_mismatches(result) + since_mismatches(result) + kind_mismatches(result))
            + span_mismatches(result) + weekday_mismatches(result) + headline_mismatches(result, contradicting)
            + _new(contradicting, discipline_mismatches(result)))


def _new(old: list[Check], new: list[Check]) -> list[Check]:
    """The checks of ``new`` whose words no check of ``old`` has already flagged."""
    flagged = {tuple(c.spans[0]) for c in old if c.spans}
    return [c for c in new if tuple(c.spans[0]) not in flagged]
