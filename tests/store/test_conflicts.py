"""What a batch's conflicts read from the store, in one query (Store.batch_neighbours)."""

from __future__ import annotations

import pytest
from conflict_stories import statements, story

from extractor.checks.keys import CONFLICT_TOLERANCE, OWN_PERIOD
from extractor.checks.recheck import save_batch
from extractor.store import Store


def neighbours(store, result):
    return store.batch_neighbours(statements(result), sorted(OWN_PERIOD), CONFLICT_TOLERANCE,
                                  exclude=[result.article.id])


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "s.duckdb") as s:
        # three copies that agree, stored one batch each: none is flagged
        for i in range(3):
            save_batch(s, [story("412", i)], "test")
        yield s


def test_the_first_statement_of_each_value_is_read_once_whatever_the_copies(store):
    firsts, _ = neighbours(store, story("412", 9))
    assert [g.value for _, g in firsts] == [412]
    assert firsts[0][0] == min(story("412", i).article.id for i in range(3))
    assert firsts[0][1].text == "412" and firsts[0][1].noun == "complaints"


def test_a_statement_that_contradicts_unflagged_figures_reads_every_copy_of_them(store):
    _, waiting = neighbours(store, story("530", 9))
    assert sorted(aid for aid, _ in waiting) == sorted(story("412", i).article.id for i in range(3))
    assert {g.value for _, g in waiting} == {412}


@pytest.mark.parametrize("stated", ["412", "about 400", "more than 400"])
def test_a_statement_that_agrees_reads_nothing_to_flag(store, stated):
    _, waiting = neighbours(store, story(stated, 9))
    assert waiting == []


def test_figures_flagged_already_are_not_read_again(store):
    # flags the three copies, and is flagged itself for what they said before it
    save_batch(store, [story("530", 8)], "test")
    firsts, waiting = neighbours(store, story("600", 9))
    assert sorted(g.value for _, g in firsts) == [412, 530]
    assert waiting == []


def test_an_article_being_saved_again_is_not_its_own_neighbour(store):
    again = story("412", 0)
    firsts, _ = neighbours(store, again)
    assert again.article.id not in {aid for aid, _ in firsts}
