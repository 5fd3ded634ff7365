"""The one-query conflict pass gives the checks the article-by-article paths give."""

from __future__ import annotations

import copy

import pytest

from extractor.checks.recheck import flag_merged, recheck_all, recheck_conflicts, save_batch
from extractor.pipeline import extract_article
from extractor.records import Article
from extractor.store import Store

BODY = ("Published: {day} September 2021\n\nWestshire Police recorded {n} allegations of corruption "
        "in the three years to March 2021.{more}\n")
MORE = " Eastshire Constabulary dismissed {m} officers for gross misconduct in 2019."

# Copies of two counts that agree, disagree, or state a value only roughly.
STORIES = [(2, "256", 12), (3, "265", 12), (4, "256", 14), (5, "about 250", None),
           (6, "300", 14), (7, "265", None), (8, "more than 400", 15)]


@pytest.fixture(scope="module")
def results():
    out = []
    for day, n, m in STORIES:
        text = BODY.format(day=day, n=n, more="" if m is None else MORE.format(m=m))
        out.append(extract_article(Article.from_text(text, source=f"story-{day}.txt")))
    conflicting = [r for r in out if any(c.kind == "conflict" for c in r.checks)]
    assert not conflicting  # an article's own checks never hold conflicts
    return out


def current_checks(store: Store, kind: str | None = "conflict") -> list[tuple]:
    return sorted((aid, c.id, c.message, [tuple(s) for s in c.spans]) for aid, c in store.checks(kind=kind))


def test_the_recompute_query_gives_what_recheck_all_gives(tmp_path, results):
    with Store(tmp_path / "a.duckdb") as one, Store(tmp_path / "b.duckdb") as other:
        for store in (one, other):
            save_batch(store, copy.deepcopy(results), "v")
        recheck_all(one, "v")
        assert recheck_conflicts(other, "v") == len(STORIES)
        assert len(current_checks(one)) > 4
        assert current_checks(other) == current_checks(one)
        assert current_checks(other, None) == current_checks(one, None)
        stale = "SELECT count(*) FROM checks WHERE NOT current"
        assert other.con.execute(stale).fetchone() == one.con.execute(stale).fetchone()


@pytest.mark.parametrize("order", [[0, 1, 2, 3, 4, 5, 6], [6, 5, 4, 3, 2, 1, 0], [3, 0, 6, 1, 5, 2, 4]])
@pytest.mark.parametrize("stored_first", [0, 3])
def test_the_merge_query_gives_what_extract_stores_reading_in_order(tmp_path, results, order, stored_first):
    """The first ``stored_first`` articles are in the store before; the rest are merged
    with their positions, as shards are."""
    ordered = [copy.deepcopy(results[i]) for i in order]
    with Store(tmp_path / "extract.duckdb") as extract, Store(tmp_path / "merge.duckdb") as merge:
        for result in ordered:
            save_batch(extract, [result], "v")
        save_batch(merge, copy.deepcopy(ordered[:stored_first]), "v")
        rest = copy.deepcopy(ordered[stored_first:])
        merge.save_many(rest, "v")  # own checks only, as a shard holds them
        merge.con.execute("CREATE TEMP TABLE merged_positions (article_id VARCHAR, position BIGINT)")
        merge.con.executemany("INSERT INTO merged_positions VALUES (?, ?)",
                              [(r.article.id, 10 + i) for i, r in enumerate(rest)])
        flag_merged(merge, "v")
        assert current_checks(merge, None) == current_checks(extract, None)
        assert len(current_checks(merge)) > 4


@pytest.mark.parametrize("noun", ["complaints", "Complaints", "misconduct cases", "  police  officers ",
                                  "gross misconduct hearings", "bus", "ss", "s", "Officers' Complaints"])
def test_the_query_reads_a_noun_as_count_key_does(noun):
    import duckdb

    from extractor.checks.keys import _noun
    from extractor.records import Figure
    from extractor.store.conflict_pass import _NOUN

    con = duckdb.connect()
    in_sql = con.execute(f"SELECT {_NOUN} FROM (SELECT ? AS noun) f", [noun]).fetchone()[0]
    assert in_sql == _noun(Figure(span=(0, 1), text="1", value=1, noun=noun))
