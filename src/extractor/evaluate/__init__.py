"""SPEC section 3: score extractor output against the gold files in a directory.

gold.py reads and checks the gold files and folds text; fields.py compares one
field; match.py pairs gold with predicted items; score.py scores an article;
report.py adds articles up and prints the report.

Scoring works on plain SPEC JSON dicts (``ArticleResult.to_spec()``), so it does
not depend on how the extractor is built::

    golds = load_gold(Path("eval"))                  # [GoldFile]
    score = score_article(gold_dict, predicted_dict)  # ArticleScore
    report = aggregate([score, ...])                  # Report
    report = evaluate_dir(Path("eval"), extract)      # all of the above
    print(format_report(report)); report.to_json()

How the SPEC's rules are read, and what is chosen where it is silent:

Folding. Every text comparison lowercases, turns each run of white space and
``|`` into one space and strips the ends. A pipe counts as a cell separator
(``a|b`` folds to ``a b``) rather than being deleted, so a table linearised
without spaces still matches evidence written with them. Nothing else is folded
(no typographic quotes or dashes): every evidence and text in the 28 gold files
of ``shared/eval`` is found in its input under this folding alone.

Locating gold in the article. Gold items have no spans, predictions do. Each
gold ``evidence`` (for dates: ``text``, narrowed to occurrences inside its
``evidence`` when it has one) is located in the folded ``article.text``,
preferring occurrences at word boundaries. A prediction whose span is valid
(``text[start:end] == item text``) is then compared by position:

- figure: the prediction lies inside an occurrence of the gold evidence. This is
  the SPEC's "text lies inside the evidence" read at the prediction's place, so
  a "3" from another table row does not match the "3" of this row;
- outcome: the prediction overlaps an occurrence of the evidence;
- date: the prediction overlaps an occurrence of the gold text.

When a gold quote is not in the article text or a prediction has no valid span,
the comparison falls back to folded strings: figure text inside the evidence;
outcome text and evidence (or date text and gold text) one inside the other.

Matching is one to one: a maximum matching (Hungarian algorithm), so results do
not depend on order; among maximum matchings the one with the most right fields
wins. Required gold items are matched first; predictions left over may then
absorb ``optional`` gold items. A prediction absorbed by an optional item counts
neither as right nor as wrong, its fields are not scored, and an unmatched
optional item is not a miss.

Fields. A gold field may be a list of acceptable answers. A field absent from a
gold item is not scored for that item, with one exception: a figure without
``outcome`` expects null (the gold files omit it on figures that count
referrals, allegations and the like, which are not outcomes). Whole numbers
compare within 1e-6, a number that is not whole within 0.05 ("two-thirds" as
66.67 or 66.7; ``custodial_months`` within 0.1); dates compare as ISO strings;
null equals null. ``subject`` is right when every word of the gold subject is a
word of the predicted one; a null gold subject is right only against null.

Complete matches. A figure is complete when all eight scored fields are right;
an outcome when ``subject`` and ``custodial_months`` are. The outcome ``date``
(in few gold items) is reported as an extra accuracy under ``field_counts``
but is not part of completeness, as the SPEC scores outcomes on the two fields.

Dates. P/R/F1 count correct matches only: a date matched by position but with a
wrong ``date_from`` or ``date_to`` counts once as a false positive and once as a
miss; the per-article report lists it under ``wrong``, not under missed or
spurious.

Ratios. A ratio with a zero denominator is 0.0, except that P, R and F1 are 1.0
when there is neither a gold nor a predicted item. ``field_counts`` and
``counts`` in the JSON carry the numerators and denominators.

Errors. An exception from ``extract`` for one article is recorded and the article
is scored as predicting nothing (its ``published`` counts as wrong). In
``load_gold``, a JSON file without an ``input`` key is not a gold file and is
skipped with a warning; a gold file that cannot be read, names a missing input,
or has a malformed item raises ``EvalError`` naming the file.
"""

from __future__ import annotations

from .gold import FIGURE_FIELDS, KINDS, OUTCOME_FIELDS, GoldFile, fold, load_gold
from .report import Report, aggregate, evaluate_dir, format_report
from .score import ArticleScore, KindScore, score_article

__all__ = ["FIGURE_FIELDS", "KINDS", "OUTCOME_FIELDS", "GoldFile", "fold", "load_gold", "Report", "aggregate",
           "evaluate_dir", "format_report", "ArticleScore", "KindScore", "score_article"]
