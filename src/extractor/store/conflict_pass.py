"""Cross-article conflicts for the whole store in one SQL query, grouped by the
conflict key (checks.article.count_key): what figure contradicts what, for
``checks --recompute`` and after a merge (checks.recheck builds the checks).

Two readings of "stated otherwise", both of checks.cross_article.disagreeing:

  everything  each comparable figure against every other article (what
              recheck_all computes article by article);
  ordered     the articles of a merge, in their input position, after the articles
              stored before it (a temporary table ``merged_positions``): each figure
              against what came before it, else flagged by the first article after
              it that states otherwise; stored figures no conflict check points at
              yet are flagged by the first merged article against them. That is
              what ``extract`` stores when it reads the same articles in that order
              (checks.recheck.save_batch).

A statement is reduced to the first of each value in each article before any pair
is formed, and in ``everything`` to the two lowest article ids of each value (one
may be the figure's own article), so the pairs grow with the values stated, not
with the copies stating them.
"""

from __future__ import annotations

from typing import Sequence

from ..review.decisions import HUMAN_PREFIX

# checks.article.count_key in SQL: the noun lower-cased, each word without one trailing s
_NOUN = ("array_to_string(list_transform(string_split_regex(regexp_replace(lower(f.noun), "
         "'^\\s+|\\s+$', '', 'g'), '\\s+'), lambda w: CASE WHEN suffix(w, 's') "
         "THEN substr(w, 1, length(w) - 1) ELSE w END), ' ')")
KEY = ("org", "category", "counted", "outcome", "unit", "nn", "period_from", "period_to")
_SAME_KEY = " AND ".join(f"f.{c} IS NOT DISTINCT FROM g.{c}" for c in KEY)
_BY_VALUE = ", ".join((*KEY, "value", "qualifier"))


def bounds_sql(f: str, low: str, high: str) -> str:
    """checks.keys.bounds in SQL, as columns lo and hi, of the figure row ``f``; ``low``
    and ``high`` hold 1 - and 1 + an 'about' figure's tolerance."""
    return (f"CASE {f}.qualifier WHEN 'exact' THEN {f}.value WHEN 'about' THEN {f}.value * {low} "
            f"WHEN 'more_than' THEN {f}.value + 1e-9 WHEN 'at_least' THEN {f}.value "
            f"ELSE '-inf'::DOUBLE END AS lo, "
            f"CASE {f}.qualifier WHEN 'exact' THEN {f}.value WHEN 'about' THEN {f}.value * {high} "
            f"WHEN 'fewer_than' THEN {f}.value - 1e-9 WHEN 'at_most' THEN {f}.value "
            f"ELSE 'inf'::DOUBLE END AS hi")


def _comparable(ordered: bool) -> str:
    """Current extractor figures that checks.article.comparable() admits, with their
    key, the bounds their qualifier allows (checks.article.bounds) and, ordered,
    their position (-1: stored before the merge)."""
    pos = "coalesce(p.position, -1)" if ordered else "0"
    join = "LEFT JOIN merged_positions p ON p.article_id = f.article_id" if ordered else ""
    return f"""SELECT f.article_id AS a, f.id, f.span_start AS s, f.span_end AS e, f.value, f.qualifier,
        f.org, f.category, f.counted, f.outcome, f.unit, {_NOUN} AS nn, f.period_from, f.period_to,
        {bounds_sql('f', '$1', '$2')},
        {pos} AS pos
    FROM figures f {join}
    WHERE f.current AND f.rule NOT LIKE '{HUMAN_PREFIX}%' AND f.value IS NOT NULL
      AND f.qualifier <> 'vague' AND f.out_of IS NULL AND coalesce(f.org, '') <> ''
      AND coalesce(f.category, '') <> '' AND coalesce(f.counted, '') <> ''
      AND coalesce(f.noun, '') <> '' AND list_contains($3::VARCHAR[], f.period_source)"""


def _first_per_value(pairs: str, named: int) -> str:
    """Of ``pairs`` (f, g): per figure and value g states, its first statement (lowest
    article id, then span); per figure the ``named`` first of those."""
    return f"""SELECT * FROM (
        SELECT *, row_number() OVER (PARTITION BY fid ORDER BY ga, gs, ge) AS n FROM (
            SELECT *, row_number() OVER (PARTITION BY fid, gv, gq ORDER BY ga, gs, ge) AS r
            FROM ({pairs})) WHERE r = 1) WHERE n <= {int(named)}"""


def conflict_sql(ordered: bool, named: int) -> str:
    """The query: rows (figure id, its article, its span, the named figure id, its
    article, n) with n the place of the named statement in the check's message."""
    pair = (f"SELECT f.id AS fid, f.a AS fa, f.s AS fs, f.e AS fe, f.pos AS fpos, g.id AS gid, g.a AS ga, "
            f"g.s AS gs, g.e AS ge, g.pos AS gpos, g.value AS gv, g.qualifier AS gq "
            f"FROM cmp f JOIN {{g}} g ON {_SAME_KEY} AND g.a <> f.a "
            f"AND greatest(f.lo, g.lo) > least(f.hi, g.hi)")
    head = f"""WITH cmp AS ({_comparable(ordered)}),
    stmt AS (SELECT * FROM (SELECT *, row_number() OVER (PARTITION BY {_BY_VALUE}, a ORDER BY s, e, id) AS r1
                            FROM cmp) WHERE r1 = 1)"""
    cols = "fid, fa, fs, fe, gid, ga, n"
    if not ordered:
        lowest = (f"(SELECT * FROM (SELECT *, row_number() OVER (PARTITION BY {_BY_VALUE} ORDER BY a) AS r2 "
                  f"FROM stmt) WHERE r2 <= 2)")
        return f"{head} SELECT {cols} FROM ({_first_per_value(pair.format(g=lowest), named)}) ORDER BY fa, fid, n"
    flagged = ("SELECT article_id, spans[1][1] AS s, spans[1][2] AS e FROM checks "
               "WHERE kind = 'conflict' AND current")
    return f"""{head},
    pairs AS ({pair.format(g='stmt')}),
    earlier AS (SELECT * FROM pairs WHERE fpos >= 0 AND gpos < fpos),
    waiting AS (SELECT * FROM pairs p WHERE gpos > fpos
                AND NOT EXISTS (SELECT 1 FROM earlier x WHERE x.fid = p.fid)
                AND (fpos >= 0 OR NOT EXISTS (SELECT 1 FROM ({flagged}) c
                                              WHERE c.article_id = p.fa AND c.s = p.fs AND c.e = p.fe))),
    first_after AS (SELECT * FROM waiting w WHERE gpos = (SELECT min(gpos) FROM waiting v WHERE v.fid = w.fid))
    SELECT {cols} FROM ({_first_per_value('SELECT * FROM earlier', named)})
    UNION ALL SELECT {cols} FROM ({_first_per_value('SELECT * FROM first_after', named)})
    ORDER BY fa, fid, n"""


class ConflictPass:
    """The set-based conflict query of Store (see store/__init__.py)."""

    def conflict_pairs(self, periods: Sequence[str], tolerance: float, named: int,
                       ordered: bool = False) -> list[tuple]:
        """Run conflict_sql over the store: ``periods`` the period sources compared
        (checks.article.OWN_PERIOD), ``tolerance`` an 'about' figure's,
        ``named`` the statements a check names at most."""
        return self._query(conflict_sql(ordered, named), [1 - tolerance, 1 + tolerance, sorted(periods)])
