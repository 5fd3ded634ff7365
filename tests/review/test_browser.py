"""The review page in headless Chromium (Debian's /usr/bin/chromium driven by
Playwright, no browser download), over a real server and a real DuckDB file.
Every step uses the keyboard where the page has a shortcut, and the store is
read after each step to see that the decision landed exactly as shown."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from extractor import __version__
from extractor.review.decisions import HUMAN_RULE, field_specs
from extractor.review.service import load_reviewed
from extractor.store import Store
from review_browser import browser, editors  # noqa: F401 - fixtures


def log(server) -> list[tuple]:
    with server.desk.session():
        rows = server.desk.store.con.execute(
            "SELECT item_id, reviewer, decision, reason, CAST(after AS VARCHAR) FROM reviews ORDER BY id"
        ).fetchall()
    return [(item, who, decision, reason, json.loads(after) if after else None)
            for item, who, decision, reason, after in rows]


def reviewed(server, item_id: str):
    with server.desk.session():
        return server.desk._item(item_id)


def progress(server) -> str:
    with server.desk.session():
        items = load_reviewed(server.desk.store)
    current = [i for i in items if i.current and not (i.human and i.status == "rejected")]
    done = sum(1 for i in current if i.status != "unreviewed")
    return f"{done} of {len(current)} reviewed"


def orphan_one_figure(db: Path) -> str:
    """Save the first article again without its first figure, as a new
    extractor version would; returns the id of the figure left orphaned."""
    with Store(db) as store:
        article_id = next(aid for aid in store.article_ids() if store.figures(article_id=aid))
        result = store.load(article_id)
        dropped = result.figures.pop(0)
        store.save(result, __version__ + "+next")
    return dropped.id


# -- the whole round, by keyboard -----------------------------------------------------

def test_accept_reject_correct_add_undo_and_filters_by_keyboard(corpus_db, serve, editors):
    orphan = orphan_one_figure(corpus_db)
    server = serve(corpus_db)
    ann = editors(server.url)
    page = ann.page

    # asked for a name once, before anything else
    assert page.is_visible("#reviewer-dialog")
    ann.type("Ann Editor")
    ann.press("Enter")
    assert page.is_hidden("#reviewer-dialog") and ann.text("#reviewer-name") == "Ann Editor"
    assert ann.text("#progress") == progress(server) and progress(server).startswith("0 of ")

    # a: accept the first item; the page moves on to the next
    first = ann.selected()
    ann.press("a")
    assert log(server) == [(first, "Ann Editor", "accept", None, log(server)[0][4])]
    assert log(server)[0][4]["status"] == "accepted"
    assert ann.selected() != first
    assert ann.text("#progress") == progress(server) and progress(server).startswith("1 of ")
    assert "accept recorded by Ann Editor" in ann.text("#message")

    # x: reject with a reason typed into the form, Enter to send
    second = ann.selected()
    ann.press("x")
    assert page.is_visible("#reject-form")
    ann.type("a year, not a count")
    ann.press("Enter")
    assert log(server)[-1][:4] == (second, "Ann Editor", "reject", "a year, not a count")
    assert reviewed(server, second).status == "rejected"

    # j / k: next and previous
    here = ann.selected()
    ids = ann.shown_ids()
    ann.press("j")
    assert ann.selected() == ids[ids.index(here) + 1]
    ann.press("k")
    assert ann.selected() == here

    # e: correct a figure's org; Tab through the form, Enter saves
    ann.filter("kind", "figure")
    figure = ann.selected()
    machine_org = reviewed(server, figure).machine.org
    ann.press("e")
    assert page.is_visible("#edit-form")
    org_at = [s["name"] for s in field_specs("figure")].index("org")
    ann.press(*["Tab"] * org_at)
    assert page.evaluate("document.activeElement.name") == "org"
    ann.press("Control+A")
    ann.type("Home Office")
    ann.press("Enter")
    entry = log(server)[-1]
    assert entry[:3] == (figure, "Ann Editor", "correct")
    assert entry[4]["status"] == "corrected" and entry[4]["values"]["org"] == "Home Office"
    now = reviewed(server, figure)
    assert now.values["org"] == "Home Office" and now.machine.org == machine_org  # side by side
    ann.press("k") if ann.selected() != figure else None
    assert ann.selected() == figure
    assert page.is_visible("#values tr.changed")
    assert "Home Office" in ann.text("#values tr.changed") and "org" in ann.text("#values tr.changed")

    # a bad value: the model's message in the page, nothing written, the form stays
    before = len(log(server))
    ann.press("e")
    value_at = [s["name"] for s in field_specs("figure")].index("value")
    ann.press(*["Tab"] * value_at, "Control+A")
    ann.type("lots")
    ann.press("Enter")
    assert "invalid figure: value: Input should be a valid number" in ann.text("#message")
    assert page.is_visible("#edit-form") and len(log(server)) == before
    ann.press("Escape")
    assert page.is_hidden("#edit-form")

    # u: undo the correction, as a new entry; the machine's org is back
    ann.press("u")
    assert log(server)[-1][:3] == (figure, "Ann Editor", "undo")
    assert len(log(server)) == before + 1
    assert reviewed(server, figure).status == "unreviewed"
    assert reviewed(server, figure).values["org"] == machine_org

    # n: add a figure from words selected in the article
    article_id = reviewed(server, figure).article_id
    with server.desk.session():
        text = server.desk.store.load(article_id).article.text
    words = "three occasions" if "three occasions" in text else text.split(".")[0][:12]
    page.evaluate("""(words) => {
        const context = document.getElementById("context");
        const walker = document.createTreeWalker(context, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const at = node.data.indexOf(words);
            if (at < 0) continue;
            const range = document.createRange();
            range.setStart(node, at);
            range.setEnd(node, at + words.length);
            getSelection().removeAllRanges();
            getSelection().addRange(range);
            return;
        }
        throw new Error("words not in the article: " + words);
    }""", words)
    ann.press("n")
    assert page.is_visible("#add-form") and ann.text("#add-quote") == words
    assert page.evaluate("document.activeElement.id") == "add-kind"
    ann.press("Tab")  # kind figure (the first) -> its value field
    assert page.evaluate("document.activeElement.name") == "value"
    ann.type("3")
    ann.press("Enter")
    entry = log(server)[-1]
    assert entry[2] == "add", ann.text("#message")
    assert entry[1:3] == ("Ann Editor", "add") and entry[4]["values"]["value"] == 3
    added = reviewed(server, entry[0])
    assert added.human and added.machine.rule == HUMAN_RULE and added.status == "accepted"
    start = text.index(words)
    assert tuple(added.machine.span) == (start, start + len(words))
    assert ann.selected() == added.id

    # u again: the addition is withdrawn, by a new entry
    ann.press("u")
    assert log(server)[-1][:3] == (added.id, "Ann Editor", "undo")
    assert reviewed(server, added.id).status == "rejected"

    # filters: status, kind, article, check kind, orphaned
    ann.filter("kind", "")
    ann.filter("status", "accepted")
    assert ann.shown_ids() == [first]
    ann.filter("status", "rejected")
    assert set(ann.shown_ids()) == {second, added.id}
    ann.filter("status", "orphaned")
    assert ann.shown_ids() == [orphan]
    assert "orphaned" in ann.text("#item-meta")
    ann.filter("status", "")
    ann.filter("kind", "check")
    ann.filter("check-kind", "sum_mismatch")
    shown = ann.shown_ids()
    assert shown and all(reviewed(server, i).machine.kind == "sum_mismatch" for i in shown)
    assert page.locator("#context mark").count() >= 2  # a check marks every figure it rests on
    ann.filter("check-kind", "")
    ann.filter("kind", "")
    ann.filter("article", article_id)
    assert {reviewed(server, i).article_id for i in ann.shown_ids()} == {article_id}
    assert ann.text("#progress") == progress(server)

    # ?: the keys, Escape closes them
    ann.press("?")
    assert page.is_visible("#help")
    ann.press("Escape")
    assert page.is_hidden("#help")
    assert ann.dialogs == []


def test_the_reviewer_from_the_command_line_is_not_asked_and_signs_every_decision(corpus_db, serve, editors):
    server = serve(corpus_db, reviewer="Dee Desk")
    dee = editors(server.url)
    assert dee.page.is_hidden("#reviewer-dialog") and dee.text("#reviewer-name") == "Dee Desk"
    item = dee.selected()
    dee.press("a", "k")
    assert dee.selected() == item
    assert "by Dee Desk" in dee.text("#item-meta") and "accept by Dee Desk" in dee.text("#history")
    assert [row[1] for row in log(server)] == ["Dee Desk"]


def test_an_article_with_nothing_to_review_is_shown_so_a_missed_figure_can_be_added(corpus_db, serve, editors):
    server = serve(corpus_db, reviewer="Ann")
    ann = editors(server.url)
    with server.desk.session():
        article_id = server.desk.store.article_ids()[0]
    ann.filter("article", article_id)
    ann.filter("status", "corrected")  # nothing corrected yet
    assert ann.shown_ids() == [] and ann.page.is_visible("#context")
    assert ann.page.is_hidden("#do-accept")


# -- safety -----------------------------------------------------------------------------

def test_script_and_onerror_in_an_article_never_run(corpus_db, serve, editors):
    server = serve(corpus_db, reviewer="Ann")
    ann = editors(server.url)
    page = ann.page
    page.evaluate("window.__pwned = undefined")
    with server.desk.session():
        hostile = next(aid for aid in server.desk.store.article_ids()
                       if "<script>" in server.desk.store.load(aid).article.text)
    ann.filter("article", hostile)
    assert ann.shown_ids()
    # a rejection reason is untrusted too, shown back in the history
    ann.press("x")
    ann.type('<img src=x onerror="window.__pwned=\'reason\'">')
    ann.press("Enter")
    for _ in ann.shown_ids():  # every item of the article drawn in turn
        ann.press("j")
    ann.filter("status", "rejected")
    assert len(ann.shown_ids()) == 1
    context = ann.text("#context")
    assert "<script>window.__pwned" in context and "onerror=" in context
    assert "onerror=" in ann.text("#history")
    for where in ("#context", "#queue", "#history", "#item-title", "#item-meta"):
        assert page.locator(f"{where} script, {where} img, {where} svg").count() == 0, where
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert ann.dialogs == []


def test_two_editors_on_one_item_the_later_stale_decision_is_refused(corpus_db, serve, editors):
    server = serve(corpus_db)
    url = server.url
    ann, bob = editors(url), editors(url)
    for editor, name in ((ann, "Ann"), (bob, "Bob")):
        editor.type(name)
        editor.press("Enter")
    item = ann.selected()
    assert bob.selected() == item  # both see the same item at the same version

    ann.press("a")
    bob.press("x")
    bob.type("I think not")
    bob.press("Enter")

    assert [row[1:3] for row in log(server)] == [("Ann", "accept")]
    assert reviewed(server, item).status == "accepted"
    message = bob.page.locator("#message")
    assert message.get_attribute("class") == "conflict"
    assert "decided again (accept by Ann" in message.text_content()
    assert "yours was not recorded" in message.text_content()
    # Bob's page now shows the decision that stands, at its new version, and keeps
    # what he typed: Enter records it on top of Ann's
    assert bob.selected() == item and "status: accepted" in bob.text("#item-meta")
    assert bob.page.input_value("#reject-reason") == "I think not" and "is kept" in message.text_content()
    bob.press("Enter")
    assert [row[1:4] for row in log(server)] == [("Ann", "accept", None), ("Bob", "reject", "I think not")]


def test_with_a_token_the_printed_url_opens_the_page_and_a_bare_one_does_not(corpus_db, serve, editors, browser):
    server = serve(corpus_db, reviewer="Ann", token="desk-token-0123456789")
    ann = editors(server.url)  # ?token=... once; the page and its calls then carry the cookie
    item = ann.selected()
    ann.press("a")
    assert log(server)[0][:3] == (item, "Ann", "accept")
    bare = browser.new_page()
    try:
        response = bare.goto(server.url.split("?")[0])
        assert response.status == 403 and "needs its token" in bare.content()
    finally:
        bare.close()


def test_without_a_mouse_an_addition_takes_its_span_typed_in_the_form(corpus_db, serve, editors):
    server = serve(corpus_db, reviewer="Ann")
    ann = editors(server.url)
    item = reviewed(server, ann.selected())
    with server.desk.session():
        text = server.desk.store.load(item.article_id).article.text
    start = text.index(". ") + 2  # the second sentence's first words
    words = text[start:start + 8]
    ann.press("n")  # nothing selected: the form asks for the span
    assert ann.page.is_visible("#add-form")
    ann.press("Tab")
    assert ann.page.evaluate("document.activeElement.name") == "span_start"
    ann.press("Control+A")
    ann.type(str(start))
    ann.press("Tab", "Control+A")
    ann.type(str(start + len(words)))
    ann.press("Tab")
    assert ann.page.evaluate("document.activeElement.name") == "value"
    ann.type("12")
    ann.press("Enter")
    entry = log(server)[-1]
    assert entry[2] == "add", ann.text("#message")
    added = reviewed(server, entry[0])
    assert added.machine.text == words and added.machine.value == 12 and added.human
