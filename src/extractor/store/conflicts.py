"""The store's side of cross-article conflicts: which stored figures a new
statement must be compared with, and which it must flag (checks.recheck decides).
"""

from __future__ import annotations

from datetime import date
from typing import NamedTuple, Sequence

from ..review.decisions import HUMAN_PREFIX
from ..records import Figure, Span
from .conflict_pass import bounds_sql
from .schema import COUNT_COLUMNS, LOOKUP_COLUMNS

# What a batch's statement is matched on in SQL: its count but for the noun, which
# Python compares as checks.keys.count_key normalises it.
STATEMENT_COLUMNS = ("org", "category", "counted", "outcome", "unit", "period_from", "period_to")


class Stated(NamedTuple):
    """A stored figure as conflicts read it: the Figure fields checks.keys and
    checks.cross_article.conflict_check use, without building (and validating) a Figure
    for each of the hundreds of rows a batch reads."""
    id: str
    span: Span
    text: str
    value: float
    qualifier: str
    unit: str
    counted: str | None
    category: str | None
    outcome: str | None
    out_of: float | None
    period_from: date | None
    period_to: date | None
    org: str | None
    noun: str | None
    period_source: str | None


class ConflictQueries:
    """Conflict lookups of Store (see store/__init__.py)."""

    def _keyed(self, keys: Sequence[tuple], columns: Sequence[str], exclude: Sequence[str],
               periods: Sequence[str]) -> tuple[str, list]:
        """A query for the current extractor figures whose ``columns`` equal one of
        ``keys`` (nulls equal), of articles not in ``exclude``, that state a definite
        value of a whole count for a period whose ``period_source`` is one of
        ``periods`` (what checks.comparable asks). The keys go in as one list per
        column and are joined, which DuckDB hashes (a chain of ORs it tests row by row)."""
        types = self._column_types("figures")
        keyed = ", ".join(f"unnest(?::{types[c]}[]) AS {c}" for c in columns)
        on = " AND ".join(f"f.{c} IS NOT DISTINCT FROM k.{c}" for c in columns)
        sql = (f"SELECT f.* FROM figures f SEMI JOIN (SELECT {keyed}) k ON {on} "
               f"WHERE f.current AND f.rule NOT LIKE '{HUMAN_PREFIX}%' "
               f"AND f.value IS NOT NULL AND f.qualifier <> 'vague' AND f.out_of IS NULL "
               f"AND f.noun <> '' AND list_contains(?::VARCHAR[], f.period_source) "
               f"AND NOT list_contains(?::VARCHAR[], f.article_id)")
        return sql, [*(list(column) for column in zip(*keys)), list(periods), list(exclude)]

    def figure_groups(self, keys: Sequence[tuple], periods: Sequence[str],
                      exclude: Sequence[str] = ()) -> list[tuple[str, Figure]]:
        """For stored figures whose (org, category, counted, unit, period_from,
        period_to) is one of ``keys``, outside the articles ``exclude`` names, that
        state a value for a period from one of ``periods`` (see _keyed): one
        (article id, figure) per count and value stated, that of the lowest article id.
        All a new figure needs to know what the store says against it (checks.disagreeing),
        in rows that grow with the values stated, not with the copies stating them."""
        keys = list(dict.fromkeys(keys))
        if not keys:
            return []
        keyed, params = self._keyed(keys, LOOKUP_COLUMNS, exclude, periods)
        group = ", ".join((*COUNT_COLUMNS, "value", "qualifier"))
        # An aggregate keeps one small row per value; a window over the same rows would
        # hold every copy whole (quotes included), so its memory grew with the store
        # until a 32 MB limit refused it at ~30,000 archive articles.
        first = (f"SELECT arg_min(id, {{'a': article_id, 's': span_start, 'e': span_end, 'i': id}}) "
                 f"FROM ({keyed}) GROUP BY {group}")
        rows_of = f"SELECT * FROM ({keyed}) WHERE id IN ({first})"
        return [(aid, f) for aid, _, f in self._records("figures", "true", [*params, *params],
                                                        rows_of=rows_of)]

    def unflagged_figures(self, groups: Sequence[tuple], periods: Sequence[str],
                          exclude: Sequence[str] = ()) -> list[tuple[str, Figure]]:
        """Stored (article id, figure) whose count and value, (org, category, counted,
        outcome, unit, noun, period_from, period_to, value, qualifier), is one of
        ``groups``, outside the articles ``exclude`` names, stated for a period from one
        of ``periods`` (see _keyed), that no current conflict
        check of their article points at yet: those a new statement against them must
        flag. A figure is flagged once, so over a run these rows grow with the store."""
        groups = list(dict.fromkeys(groups))
        if not groups:
            return []
        keyed, params = self._keyed(groups, (*COUNT_COLUMNS, "value", "qualifier"), exclude, periods)
        # Only the conflicts of the articles stating these values are read: an anti join
        # hashes its right side, and all the store's conflicts made that grow with the
        # store (~110,000 rows at 90,000 archive articles).
        flagged = ("SELECT article_id, spans[1][1] AS s, spans[1][2] AS e FROM checks "
                   "WHERE kind = 'conflict' AND current AND article_id IN (SELECT article_id FROM k)")
        unflagged = (f"WITH k AS ({keyed}) SELECT f.* FROM k f ANTI JOIN ({flagged}) c "
                     f"ON c.article_id = f.article_id AND c.s = f.span_start AND c.e = f.span_end")
        return [(aid, f) for aid, _, f in self._records("figures", "true", params, rows_of=unflagged)]

    def batch_neighbours(self, statements: Sequence[tuple], periods: Sequence[str], tolerance: float,
                         exclude: Sequence[str]) -> tuple[list[tuple[str, Stated]], list[tuple[str, Stated]]]:
        """What a batch's statements need from the store, in one query over one scan:
        ``statements`` are (*STATEMENT_COLUMNS, lo, hi), the batch's comparable figures
        with the bounds their qualifiers allow. Returns two lists of (article id, stored
        figure), outside the articles ``exclude`` names, stated for a period from one of
        ``periods``, each by article then span:
          - of each count and value stated, the statement of the lowest article id,
            for the counts whose LOOKUP_COLUMNS a statement shares (figure_groups);
          - the figures no current conflict check of their article points at yet whose
            value a statement of the same STATEMENT_COLUMNS contradicts (``tolerance``:
            an 'about' figure's): those the batch may flag, and a few it may not, as
            the noun is compared in Python (unflagged_figures needed to be told the
            contradicted values first, a second query)."""
        if not statements:
            return [], []
        types = self._column_types("figures")
        given = ", ".join(f"unnest(${n}::{kind}[]) AS {c}" for n, (c, kind) in enumerate(
            [*((c, types[c]) for c in STATEMENT_COLUMNS), ("lo", "DOUBLE"), ("hi", "DOUBLE")], start=5))
        lookup = " AND ".join(f"f.{c} IS NOT DISTINCT FROM k.{c}" for c in LOOKUP_COLUMNS)
        same = " AND ".join(f"g.{c} IS NOT DISTINCT FROM b.{c}" for c in STATEMENT_COLUMNS)
        fields = ", ".join(f"f.{c}" for c in Stated._fields if c not in ("id", "span", "text"))
        listed = "article_id, id, span_start, span_end, quote, " + fields.replace("f.", "")
        group = ", ".join((*COUNT_COLUMNS, "value", "qualifier"))
        row = ", ".join(f"'{c}': {c}" for c in listed.split(", "))
        first = "{'a': article_id, 's': span_start, 'e': span_end, 'i': id}"
        flagged = ("SELECT article_id, spans[1][1] AS s, spans[1][2] AS e FROM checks "
                   "WHERE kind = 'conflict' AND current")
        # Nothing here holds the store's copies of a count at once: a batch of 256 archive
        # articles touches most counts, so those copies grew with the store (~96,000 rows
        # at 59,000 articles), and held whole (MATERIALIZED) they ran a 64 MB limit out of
        # memory. Each scan streams instead: firsts keeps one row per value (arg_min of
        # the whole row), and the copies a statement contradicts (said) go straight into
        # the anti join, whose hash is one narrow row per current conflict check (asking
        # first which articles said them took a second pass and more memory).
        sql = f"""WITH b AS (SELECT {given}),
        near AS NOT MATERIALIZED (
            SELECT f.article_id, f.id, f.span_start, f.span_end, f.quote, {fields}, {bounds_sql('f', '$1', '$2')}
            FROM figures f SEMI JOIN (SELECT DISTINCT {', '.join(LOOKUP_COLUMNS)} FROM b) k ON {lookup}
            WHERE f.current AND f.rule NOT LIKE '{HUMAN_PREFIX}%' AND f.value IS NOT NULL
              AND f.qualifier <> 'vague' AND f.out_of IS NULL AND f.noun <> ''
              AND list_contains($3::VARCHAR[], f.period_source)
              AND NOT list_contains($4::VARCHAR[], f.article_id)),
        firsts AS (SELECT unnest(arg_min({{{row}}}, {first})) FROM near GROUP BY {group}),
        said AS NOT MATERIALIZED (SELECT g.* FROM near g SEMI JOIN b ON {same}
                              AND greatest(b.lo, g.lo) > least(b.hi, g.hi)),
        waiting AS (SELECT g.* FROM said g ANTI JOIN ({flagged}) c ON c.article_id = g.article_id
                    AND c.s = g.span_start AND c.e = g.span_end)
        SELECT 0 AS w, {listed} FROM firsts UNION ALL SELECT 1 AS w, {listed} FROM waiting
        ORDER BY w, article_id, span_start, span_end, id"""
        params = [1 - tolerance, 1 + tolerance, list(periods), list(exclude),
                  *(list(column) for column in zip(*statements))]
        found: tuple[list, list] = ([], [])
        for w, aid, fid, start, end, quote, *values in self._query(sql, params):
            found[w].append((aid, Stated(fid, (start, end), quote, *values)))
        return found

    def conflicts_naming(self, article_id: str, exclude: Sequence[str] = ()) -> list[str]:
        """Ids of the articles, outside ``exclude``, with a current conflict check that
        names ``article_id`` (checks.conflict_check writes it in brackets)."""
        return [aid for (aid,) in self._query(
            "SELECT DISTINCT article_id FROM checks WHERE kind = 'conflict' AND current "
            "AND contains(message, ?) AND NOT list_contains(?::VARCHAR[], article_id) ORDER BY 1",
            [f"[{article_id}]", list(exclude)])]
