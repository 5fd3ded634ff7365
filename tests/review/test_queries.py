"""The page's reads, a page at a time, over a real store: pages put together are
the whole queue in order, filters and counts agree with folding every item."""

from __future__ import annotations

from extractor.review.service import ReviewDesk, load_reviewed
from extractor.store import Store


def test_pages_of_the_queue_put_together_are_the_whole_queue_in_order(corpus_db):
    with Store(corpus_db) as store:
        desk = ReviewDesk(store)
        whole = desk.queue(limit=500)
        assert whole["total"] == len(whole["items"]) > 20
        paged, offset = [], 0
        while True:
            page = desk.queue(limit=7, offset=offset)
            assert page["total"] == whole["total"]
            if not page["items"]:
                break
            paged += [i["id"] for i in page["items"]]
            offset += 7
        assert paged == [i["id"] for i in whole["items"]]
        expected = [i.id for i in load_reviewed(store) if i.current]
        assert paged == expected  # the order every reader of the store uses


def test_status_filters_and_progress_follow_the_decisions(corpus_db):
    with Store(corpus_db) as store:
        desk = ReviewDesk(store)
        first, second, third = desk.queue(limit=3)["items"]
        desk.decide(item_id=first["id"], decision="accept", reviewer="Ann", version=0)
        desk.decide(item_id=second["id"], decision="reject", reviewer="Ann", version=0, reason="a year")
        undone = desk.decide(item_id=third["id"], decision="accept", reviewer="Bob", version=0)
        desk.decide(item_id=third["id"], decision="undo", reviewer="Bob", version=undone.version)
        assert [i["id"] for i in desk.queue(status="accepted")["items"]] == [first["id"]]
        assert [i["id"] for i in desk.queue(status="rejected")["items"]] == [second["id"]]
        unreviewed = desk.queue(status="unreviewed", limit=500)
        assert third["id"] in {i["id"] for i in unreviewed["items"]}
        assert first["id"] not in {i["id"] for i in unreviewed["items"]}
        items = [i for i in load_reviewed(store) if i.current]
        progress = desk.progress()
        assert (progress["reviewed"], progress["total"]) == (2, len(items))
        assert unreviewed["total"] == len(items) - 2


def test_other_editors_decisions_come_back_as_changes_since_a_log_entry(corpus_db):
    with Store(corpus_db) as store:
        ann, bob = ReviewDesk(store), ReviewDesk(store)  # two servers on one store
        seen = ann.overview()["log_last"]
        item = bob.queue(limit=1)["items"][0]
        bob.decide(item_id=item["id"], decision="accept", reviewer="Bob", version=0)
        changes = ann.changes(seen)
        assert [(i["id"], i["status"], i["reviewer"]) for i in changes["items"]] == [(item["id"], "accepted", "Bob")]
        assert ann.changes(changes["log_last"])["items"] == []


def test_articles_are_searched_and_sorted_without_their_text(corpus_db):
    with Store(corpus_db) as store:
        desk = ReviewDesk(store)
        every = desk.articles(limit=50)
        assert every["total"] == 4 and all("text" not in a for a in every["articles"])
        found = desk.articles(search="pennine")
        assert found["total"] == 2 and all("pennine" in a["source"].lower() for a in found["articles"])
        assert desk.articles(search="100%_")["total"] == 0  # LIKE's wildcards are searched as text
        titles = [a["title"] or "" for a in desk.articles(sort="title")["articles"]]
        assert titles == sorted(titles, key=lambda t: (t == "", t))


def test_a_check_resting_on_a_corrected_value_is_marked_stale_and_rechecked(corpus_db):
    """The gazette's parts (61 + 83 + 112 = 256) against its stated total "265"."""
    with Store(corpus_db) as store:
        desk = ReviewDesk(store)
        checks = desk.queue(kind="check", check_kind="sum_mismatch", limit=50)["items"]
        assert checks and not any(c["stale"] for c in checks)
        check = checks[0]
        figures = {tuple(f["values"]["span"]): f for f in desk.queue(kind="figure", article=check["article_id"],
                                                                      limit=500)["items"]}
        total = figures[tuple(check["spans"][0])]
        assert total["values"]["value"] == 265
        corrected = desk.decide(item_id=total["id"], decision="correct", reviewer="Ann", version=0,
                                values={"value": 300}, reason="misread")
        assert corrected.status == "corrected" and corrected.standing.reason == "misread"
        again = {c["id"]: c for c in desk.queue(kind="check", check_kind="sum_mismatch", limit=50)["items"]}
        assert again[check["id"]]["stale"] and again[check["id"]]["recheck"]["still"]
        assert "(300)" in again[check["id"]]["recheck"]["message"]
        assert not any(c["stale"] for c in again.values() if c["article_id"] != check["article_id"])
        desk.decide(item_id=total["id"], decision="correct", reviewer="Ann", version=corrected.version,
                    values={"value": 256}, reason="the parts are right")
        again = {c["id"]: c for c in desk.queue(kind="check", check_kind="sum_mismatch", limit=50)["items"]}
        assert again[check["id"]]["recheck"] == {"still": False, "message": None}


def test_the_unfiltered_queue_counts_items_reviewers_added_and_withdrew(corpus_db):
    with Store(corpus_db) as store:
        desk = ReviewDesk(store)
        before = desk.queue()["total"]
        article = store.article(store.article_ids()[0])
        start = article.text.index(" ") + 1
        added = desk.add(article_id=article.id, kind="outcome", span=(start, start + 4),
                         values={"outcome": "other"}, reviewer="Ann")
        desk.decide(item_id=added.id, decision="undo", reviewer="Ann", version=added.version)
        whole = desk.queue(limit=500)
        assert whole["total"] == before + 1 == len(whole["items"])
        assert whole["total"] == len([i for i in load_reviewed(store) if i.current])
        assert desk.progress()["total"] == before  # a withdrawn addition is no work to do
