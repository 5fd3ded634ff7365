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

from .find import Candidate, FigureFinder, make_figures

__all__ = ["Candidate", "FigureFinder", "make_figures"]
