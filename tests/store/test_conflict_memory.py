"""What a batch's conflict query holds in memory does not grow with the copies the store
has of a count: a 100,000-article archive states the same counts thousands of times
over, and extract gives DuckDB a fixed --db-memory (256 MB by default)."""

from __future__ import annotations

import pytest
from conflict_stories import statements, story

from extractor.checks.keys import CONFLICT_TOLERANCE, OWN_PERIOD
from extractor.checks.recheck import save_batch
from extractor.errors import StoreError
from extractor.store import Store

COPIES = 200_000


@pytest.fixture(scope="module")
def copies(tmp_path_factory):
    path = tmp_path_factory.mktemp("copies") / "copies.duckdb"
    with Store(path) as store:
        save_batch(store, [story("412", 0)], "test")
        # the stored figure again in COPIES other articles, every tenth saying 530, each
        # with a long quote: what holding every copy at once would cost
        store.con.execute(
            "INSERT INTO figures SELECT f.* REPLACE (f.id || '-' || r.range AS id, "
            "printf('%016d', r.range) AS article_id, repeat('x', 200) AS quote, "
            "CASE WHEN r.range % 10 = 0 THEN 530 ELSE f.value END AS value) "
            "FROM figures f, range(?) r", [COPIES])
        # half of those saying 530 flagged already, by a conflict check on their span
        store.con.execute(
            "INSERT INTO checks SELECT 'c-' || id, article_id, 'conflict', repeat('y', 200), "
            "[[span_start, span_end]], 'test', 'test', now(), true FROM figures "
            "WHERE value = 530 AND right(article_id, 2)::INT % 20 = 0")
    return path


def neighbours(path, memory_limit: str):
    new = story("412", 9)
    with Store(path, memory_limit=memory_limit, threads=1) as store:
        return store.batch_neighbours(statements(new), sorted(OWN_PERIOD), CONFLICT_TOLERANCE,
                                      exclude=[new.article.id])


def test_many_copies_of_a_count_are_read_within_a_small_memory_limit(copies):
    # holding every copy the statement's count has (as a MATERIALIZED CTE did) needs more
    firsts, waiting = neighbours(copies, "32MB")
    # one row per value stated, and the copies the new 412 contradicts that no check flags
    assert sorted(g.value for _, g in firsts) == [412, 530]
    assert len(waiting) == COPIES // 20 and {g.value for _, g in waiting} == {530}


def test_running_out_of_memory_is_one_line_naming_the_limit_and_what_to_change(copies):
    with pytest.raises(StoreError) as raised:
        neighbours(copies, "4MB")
    message = str(raised.value)
    assert "\n" not in message
    assert "ran out of memory within its limit of 4MB (--db-memory)" in message
    assert "--batch-size" in message and "Possible solutions" not in message
