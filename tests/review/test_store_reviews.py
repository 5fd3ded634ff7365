"""The review log: decisions appended, states folded, stale versions refused,
undo as a new entry, decisions surviving re-extraction, human-added items."""

from __future__ import annotations

from datetime import date

import duckdb
import pytest

from extractor.review.decisions import HUMAN_RULE, field_specs
from extractor.errors import ConflictError, ReviewError, StoreError
from extractor.records import Article, ArticleResult, Check, DateMention, Figure, Outcome
from extractor.review.service import ReviewDesk, load_reviewed
from extractor.store import Store

TEXT = ("The IOPC said 172 referrals were made from April 2016 to March 2017. "
        "More than 400 complaints followed. PC John Smith was jailed for 10 months "
        "on 2 October 2019. Two officers were dismissed.")


def span(part: str) -> tuple[int, int]:
    start = TEXT.index(part)
    return (start, start + len(part))


def result(*, drop_400: bool = False, category_172: str = "apsp") -> ArticleResult:
    figures = [Figure(span=span("172"), text="172", value=172, counted="referral",
                      category=category_172, org="IOPC", rule="test",
                      period_from=date(2016, 4, 1), period_to=date(2017, 3, 31))]
    if not drop_400:
        figures.append(Figure(span=span("More than 400"), text="More than 400", value=400,
                              qualifier="more_than", counted="complaint", rule="test"))
    return ArticleResult(
        article=Article.from_text(TEXT, source="derbyshire.txt"),
        figures=figures,
        outcomes=[Outcome(span=span("jailed for 10 months"), text="jailed for 10 months",
                          outcome="jailed", subject="PC John Smith", custodial_months=10, rule="test")],
        dates=[DateMention(span=span("2 October 2019"), text="2 October 2019",
                           date_from=date(2019, 10, 2), date_to=date(2019, 10, 2), rule="test")],
        checks=[Check(kind="change_mismatch", message="a kind this module has never heard of",
                      spans=[span("172"), span("More than 400")])],
    )


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "review.duckdb") as store:
        store.save(result(), "v1")
        yield store


@pytest.fixture
def desk(store):
    return ReviewDesk(store)


def item(desk: ReviewDesk, kind: str, text: str):
    found = [i for i in load_reviewed(desk.store) if i.kind == kind
             and (i.values.get("text") == text or i.values.get("message") == text)]
    assert len(found) == 1, found
    return found[0]


def log_rows(store: Store) -> list[tuple]:
    return store.con.execute("SELECT id, item_id, reviewer, decision, reason FROM reviews ORDER BY id").fetchall()


# -- the queue ------------------------------------------------------------------

def test_every_item_starts_unreviewed_at_version_0(desk):
    items = load_reviewed(desk.store)
    assert {i.kind for i in items} == {"figure", "outcome", "date", "check"}
    assert all(i.status == "unreviewed" and i.version == 0 for i in items)
    assert desk.queue()["progress"]["text"] == "0 of 5 reviewed"


def test_an_unknown_check_kind_is_reviewed_like_any_other(desk):
    check = item(desk, "check", "a kind this module has never heard of")
    assert desk.queue(check_kind="change_mismatch")["items"][0]["id"] == check.id
    assert desk.overview()["check_kinds"] == ["change_mismatch"]
    desk.decide(item_id=check.id, decision="accept", reviewer="Ann", version=0)
    assert desk.item(check.id).status == "accepted"


def test_the_queue_filters_by_status_kind_and_article(desk):
    fig = item(desk, "figure", "172")
    desk.decide(item_id=fig.id, decision="reject", reviewer="Ann", version=0, reason="a year")
    assert [i["id"] for i in desk.queue(status="rejected")["items"]] == [fig.id]
    assert len(desk.queue(kind="figure")["items"]) == 2
    assert desk.queue(article="nope")["items"] == []
    assert desk.queue()["progress"]["text"] == "1 of 5 reviewed"
    with pytest.raises(ReviewError, match="unknown status 'done'"):
        desk.queue(status="done")


# -- decisions ------------------------------------------------------------------

def test_accept_appends_who_when_before_and_after(desk, store):
    fig = item(desk, "figure", "172")
    reviewed = desk.decide(item_id=fig.id, decision="accept", reviewer="Ann Editor", version=0)
    assert reviewed.status == "accepted" and reviewed.version > 0
    (entry,) = store.review_log(fig.id)
    assert (entry.reviewer, entry.decision, entry.item_kind) == ("Ann Editor", "accept", "figure")
    assert entry.before["status"] == "unreviewed" and entry.after["status"] == "accepted"
    assert entry.after["values"]["value"] == 172


def test_reject_keeps_its_reason(desk, store):
    out = item(desk, "outcome", "jailed for 10 months")
    desk.decide(item_id=out.id, decision="reject", reviewer="Ann", version=0, reason="  not police  ")
    assert store.review_log(out.id)[0].reason == "not police"
    assert desk.item(out.id).status == "rejected"


def test_a_correction_keeps_machine_values_beside_the_human_ones(desk, store):
    fig = item(desk, "figure", "172")
    reviewed = desk.decide(item_id=fig.id, decision="correct", reviewer="Ann", version=0,
                           values={"category": "corruption", "period_to": "2017-03-30"})
    assert reviewed.status == "corrected"
    assert reviewed.changed_fields == ["category", "period_to"]
    assert reviewed.values["category"] == "corruption"
    # the item row still holds what the extractor said
    assert store.con.execute("SELECT category FROM figures WHERE id = ?", [fig.id]).fetchone() == ("apsp",)
    assert reviewed.machine.category == "apsp"


def test_accepting_a_corrected_item_keeps_it_corrected(desk):
    fig = item(desk, "figure", "172")
    corrected = desk.decide(item_id=fig.id, decision="correct", reviewer="Ann", version=0,
                            values={"org": "Home Office"})
    accepted = desk.decide(item_id=fig.id, decision="accept", reviewer="Bob", version=corrected.version)
    assert accepted.status == "corrected" and accepted.values["org"] == "Home Office"
    assert not accepted.machine_changed


def test_a_correction_can_move_the_span_and_takes_the_quote_from_the_article(desk):
    fig = item(desk, "figure", "More than 400")
    start, end = span("400")
    reviewed = desk.decide(item_id=fig.id, decision="correct", reviewer="Ann", version=0,
                           values={"span_start": str(start), "span_end": str(end), "qualifier": "exact"})
    assert reviewed.values["text"] == "400" and reviewed.values["span"] == [start, end]


@pytest.mark.parametrize("values, message", [
    ({"value": "lots"}, "invalid figure: value: Input should be a valid number"),
    ({"qualifier": "roughly"}, "qualifier: Input should be 'exact'"),
    ({"period_from": "2018-01-01"}, "period_from is after period_to"),
    ({"value": ""}, "a figure has a value exactly when its qualifier is not 'vague'"),
    ({"colour": "red"}, "a figure has no editable field colour"),
    ({"span_start": "10", "span_end": "5"}, "span 10..5 is not within the article"),
    ({"span_start": "x"}, "span must be two whole numbers"),
    ({}, "a correction needs at least one field"),
])
def test_a_bad_correction_is_refused_with_a_message_naming_the_field(desk, store, values, message):
    fig = item(desk, "figure", "172")
    with pytest.raises(ReviewError, match=message.replace("(", r"\(").replace(")", r"\)")):
        desk.decide(item_id=fig.id, decision="correct", reviewer="Ann", version=0, values=values)
    assert log_rows(store) == []


def test_an_outcome_correction_is_validated_by_the_outcome_model(desk):
    out = item(desk, "outcome", "jailed for 10 months")
    with pytest.raises(ReviewError, match="custodial_months: Input should be greater than or equal to 0"):
        desk.decide(item_id=out.id, decision="correct", reviewer="Ann", version=0,
                    values={"custodial_months": "-3"})


def test_every_decision_needs_a_reviewer_and_a_version(desk):
    fig = item(desk, "figure", "172")
    with pytest.raises(ReviewError, match="a reviewer name is required"):
        desk.decide(item_id=fig.id, decision="accept", reviewer="  ", version=0)
    with pytest.raises(ReviewError, match="must carry the item version"):
        desk.decide(item_id=fig.id, decision="accept", reviewer="Ann", version=None)
    with pytest.raises(ReviewError, match="no item 'nope'"):
        desk.decide(item_id="nope", decision="accept", reviewer="Ann", version=0)
    with pytest.raises(ReviewError, match="unknown decision 'delete'"):
        desk.decide(item_id=fig.id, decision="delete", reviewer="Ann", version=0)


# -- conflicts ------------------------------------------------------------------

def test_a_decision_on_a_stale_version_is_refused_and_the_newer_one_stands(desk, store):
    fig = item(desk, "figure", "172")
    seen_by_both = fig.version
    desk.decide(item_id=fig.id, decision="accept", reviewer="Ann", version=seen_by_both)
    with pytest.raises(ConflictError, match=r"decided again \(accept by Ann at .*\) after you loaded it"):
        desk.decide(item_id=fig.id, decision="reject", reviewer="Bob", version=seen_by_both)
    assert desk.item(fig.id).status == "accepted"
    assert [row[2:4] for row in log_rows(store)] == [("Ann", "accept")]


def test_a_decision_on_the_fresh_version_goes_through(desk):
    fig = item(desk, "figure", "172")
    first = desk.decide(item_id=fig.id, decision="accept", reviewer="Ann", version=0)
    second = desk.decide(item_id=fig.id, decision="reject", reviewer="Bob", version=first.version)
    assert second.status == "rejected" and second.standing.reviewer == "Bob"
    assert [e.reviewer for e in second.history] == ["Ann", "Bob"]


# -- undo -----------------------------------------------------------------------

def test_undo_is_a_new_entry_restoring_the_state_before(desk, store):
    fig = item(desk, "figure", "172")
    accepted = desk.decide(item_id=fig.id, decision="accept", reviewer="Ann", version=0)
    corrected = desk.decide(item_id=fig.id, decision="correct", reviewer="Ann",
                            version=accepted.version, values={"org": "Home Office"})
    undone = desk.decide(item_id=fig.id, decision="undo", reviewer="Ann", version=corrected.version)
    assert undone.status == "accepted" and undone.values["org"] == "IOPC"
    # only the editor whose decision stands may take it back
    with pytest.raises(ReviewError, match="the decision standing is Ann's .accept.; only they can undo it"):
        desk.decide(item_id=fig.id, decision="undo", reviewer="Bob", version=undone.version)
    undone = desk.decide(item_id=fig.id, decision="undo", reviewer="Ann", version=undone.version)
    assert undone.status == "unreviewed" and undone.standing is None
    rows = log_rows(store)
    assert [r[3] for r in rows] == ["accept", "correct", "undo", "undo"]
    assert rows[2][4] == f"undo of decision #{rows[1][0]} (correct)"
    with pytest.raises(ReviewError, match="there is no decision to undo"):
        desk.decide(item_id=fig.id, decision="undo", reviewer="Ann", version=undone.version)


def test_an_undo_on_a_stale_version_is_refused_too(desk):
    fig = item(desk, "figure", "172")
    mine = desk.decide(item_id=fig.id, decision="accept", reviewer="Ann", version=0)
    desk.decide(item_id=fig.id, decision="reject", reviewer="Bob", version=mine.version)
    with pytest.raises(ConflictError):
        desk.decide(item_id=fig.id, decision="undo", reviewer="Ann", version=mine.version)
    assert desk.item(fig.id).status == "rejected"


def test_the_log_cannot_be_rewritten_by_a_later_decision(desk, store):
    fig = item(desk, "figure", "172")
    first = desk.decide(item_id=fig.id, decision="accept", reviewer="Ann", version=0)
    before = store.review_log(fig.id)
    desk.decide(item_id=fig.id, decision="reject", reviewer="Bob", version=first.version)
    assert store.review_log(fig.id)[: len(before)] == before


# -- re-extraction --------------------------------------------------------------

def test_decisions_survive_re_extraction_and_dropped_items_are_orphaned(desk, store):
    kept, dropped = item(desk, "figure", "172"), item(desk, "figure", "More than 400")
    desk.decide(item_id=kept.id, decision="accept", reviewer="Ann", version=0)
    desk.decide(item_id=dropped.id, decision="accept", reviewer="Ann", version=0)
    store.save(result(drop_400=True, category_172="corruption"), "v2")

    kept_now = desk.item(kept.id)
    assert kept_now.current and kept_now.status == "accepted"
    # the accepted values stand; the page says the machine has since changed its mind
    assert kept_now.values["category"] == "apsp" and kept_now.machine.category == "corruption"
    assert kept_now.machine_changed
    orphan = desk.item(dropped.id)
    assert not orphan.current and orphan.status == "accepted"
    assert dropped.id not in [i["id"] for i in desk.queue()["items"]]
    assert [i["id"] for i in desk.queue(status="orphaned")["items"]] == [dropped.id]
    assert desk.queue(status="orphaned")["items"][0]["current"] is False
    assert desk.queue()["progress"]["text"] == "1 of 4 reviewed"


# -- items a reviewer adds --------------------------------------------------------

def test_an_added_outcome_is_stored_accepted_with_its_add_entry(desk, store):
    aid = store.article_ids()[0]
    added = desk.add(article_id=aid, kind="outcome", span=span("were dismissed"),
                     values={"outcome": "dismissed", "subject": "Two officers"}, reviewer="Ann")
    assert added.status == "accepted" and added.machine.rule == HUMAN_RULE
    assert added.values["text"] == "were dismissed"
    row = store.con.execute("SELECT quote, rule, extractor_version, current FROM outcomes WHERE id = ?",
                            [added.id]).fetchone()
    assert row == ("were dismissed", HUMAN_RULE, "human", True)
    assert [e.decision for e in store.review_log(added.id)] == ["add"]


def test_an_added_item_survives_re_extraction(desk, store):
    aid = store.article_ids()[0]
    added = desk.add(article_id=aid, kind="figure", span=span("Two"),
                     values={"value": "2", "counted": "officer", "outcome": "dismissed"}, reviewer="Ann")
    store.save(result(), "v2")
    assert desk.item(added.id).current and desk.item(added.id).status == "accepted"
    # the extractor's own view of the article stays the machine's
    assert added.id not in [f.id for f in store.load(aid).figures]
    assert added.id not in [f.id for _, f in store.figures()]


def test_undoing_an_addition_withdraws_it(desk):
    aid = desk.store.article_ids()[0]
    added = desk.add(article_id=aid, kind="figure", span=span("Two"), values={"value": "2"},
                     reviewer="Ann")
    undone = desk.decide(item_id=added.id, decision="undo", reviewer="Ann", version=added.version)
    assert undone.status == "rejected"
    assert desk.queue()["progress"]["text"] == "0 of 5 reviewed"


def test_fields_left_empty_in_an_addition_take_the_models_defaults(desk, store):
    aid = store.article_ids()[0]
    blank = {s["name"]: "" for s in field_specs("figure") if not s["name"].startswith("span")}
    added = desk.add(article_id=aid, kind="figure", span=span("Two"),
                     values={**blank, "value": "2", "counted": "officer"}, reviewer="Ann")
    assert (added.machine.qualifier, added.machine.unit, added.machine.counted) == ("exact", "count", "officer")
    assert added.machine.category is None
    assert {s["name"]: s.get("default") for s in field_specs("figure")}["qualifier"] == "exact"


@pytest.mark.parametrize("kind, where, values, message", [
    ("figure", (5, 2), {"value": "2"}, "span 5..2 is not within the article"),
    ("figure", None, {"value": "2"}, "select the words of the article"),
    ("figure", "Two", {"value": "two"}, "value: Input should be a valid number"),
    ("outcome", "Two", {}, "outcome: Field required"),
    ("date", "Two", {}, "only a figure or outcome can be added"),
])
def test_a_bad_addition_is_refused_and_writes_nothing(desk, store, kind, where, values, message):
    aid = store.article_ids()[0]
    before = store.counts()
    where = span(where) if isinstance(where, str) else where
    with pytest.raises(ReviewError, match=message):
        desk.add(article_id=aid, kind=kind, span=where, values=values, reviewer="Ann")
    assert store.counts() == before


def test_the_same_addition_twice_is_refused(desk, store):
    aid = store.article_ids()[0]
    desk.add(article_id=aid, kind="figure", span=span("Two"), values={"value": "2"}, reviewer="Ann")
    before = store.counts()
    with pytest.raises(ReviewError, match="was already added"):
        desk.add(article_id=aid, kind="figure", span=span("Two"), values={"value": "2"}, reviewer="Bob")
    assert store.counts() == before


def test_an_addition_to_an_unknown_article_is_refused(desk):
    with pytest.raises(ReviewError, match="no article 'nope'"):
        desk.add(article_id="nope", kind="figure", span=(0, 3), values={"value": "2"}, reviewer="Ann")


# -- the form ---------------------------------------------------------------------

def test_the_form_offers_each_kind_its_model_fields():
    figure = {s["name"]: s for s in field_specs("figure")}
    assert figure["qualifier"]["type"] == "enum" and "more_than" in figure["qualifier"]["options"]
    assert figure["period_from"]["type"] == "date" and figure["value"]["type"] == "number"
    assert figure["span_start"]["type"] == "number"
    assert {s["name"] for s in field_specs("check")} == {"kind", "message"}
    assert [s["type"] for s in field_specs("date") if s["name"] == "relative"] == ["bool"]


def test_the_log_is_readable_after_reopening_the_file(tmp_path):
    path = tmp_path / "r.duckdb"
    with Store(path) as store:
        store.save(result(), "v1")
        fig = item(ReviewDesk(store), "figure", "172")
        ReviewDesk(store).decide(item_id=fig.id, decision="accept", reviewer="Ann", version=0)
    con = duckdb.connect(str(path), read_only=True)
    try:
        assert con.execute("SELECT reviewer, decision FROM reviews").fetchall() == [("Ann", "accept")]
    finally:
        con.close()


def test_the_article_alone_is_read_without_its_items(store):
    aid = store.article_ids()[0]
    assert store.article(aid) == store.load(aid).article
    with pytest.raises(StoreError, match="no article nope"):
        store.article("nope")
