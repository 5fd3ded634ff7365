"""A data editor at the page in headless Chromium, keyboard only: a median corpus
article reviewed item by item, an item added from words selected with keys, and
the page's manners (filters keep their keys, a chosen name stays, a narrow window)."""

from __future__ import annotations

import json

from conftest import CORPUS, extract_into
from review_browser import browser, editors  # noqa: F401 - fixtures

# 16 items, the median of the corpus's 54 articles (figures, outcomes, dates, checks)
MEDIAN = "solicitors-misconduct-case-roundup-2024.html"


def log(server) -> list[tuple]:
    with server.desk.session() as store:
        rows = store.con.execute("SELECT item_id, reviewer, decision, reason, CAST(after AS VARCHAR) "
                                 "FROM reviews ORDER BY id").fetchall()
    return [(i, who, d, r, json.loads(a) if a else None) for i, who, d, r, a in rows]


def test_a_median_article_is_reviewed_with_the_keyboard_alone(tmp_path, serve, editors):
    db = tmp_path / "median.duckdb"
    extract_into(db, CORPUS / MEDIAN)
    server = serve(db)
    ann = editors(server.url)
    ann.type("Ann Editor")
    ann.press("Enter")
    keys: list[str] = []

    def press(*pressed):
        keys.extend(pressed)
        ann.press(*pressed)

    def type_(text):
        keys.extend(text)
        ann.type(text)
        ann.idle()

    shown = ann.shown_ids()
    assert 10 <= len(shown) <= 30
    for i in range(len(shown)):
        if i % 4 == 3:  # every fourth one is wrong
            press("x")
            type_("not a count")
            press("Enter")
        else:
            press("a")
    decided = log(server)
    assert [d[0] for d in decided] == shown  # each in turn, none twice, none skipped
    assert {d[2] for d in decided} == {"accept", "reject"}

    # a figure the extractor missed: select words with keys, then add it
    press("k", "v", "]")
    selected = ann.page.evaluate("window.getSelection().toString()")
    assert selected.strip()
    press("n", "Tab")
    type_("7")
    press("Enter")
    added = log(server)[-1]
    assert added[2] == "add" and added[4]["values"]["text"] == selected and added[4]["values"]["value"] == 7
    per_item = len(keys) / (len(shown) + 1)
    print(f"\nkeys: {len(keys)} for {len(shown)} items reviewed and 1 added ({per_item:.2f} a item)")
    assert per_item < 5


def test_keys_typed_in_a_filter_never_decide_and_a_chosen_name_stays(corpus_db, serve, editors):
    server = serve(corpus_db, reviewer="Server Default")
    ann = editors(server.url)
    assert ann.text("#reviewer-name") == "Server Default"
    ann.page.focus("#f-search")
    ann.type("ax")  # letters typed into the search are a search, not accept and reject
    ann.idle()
    assert log(server) == []
    ann.page.keyboard.press("Escape")
    ann.page.click("#change-reviewer")
    ann.page.fill("#reviewer-input", "Ann Chosen")
    ann.press("Enter")
    ann.page.reload()
    ann.page.wait_for_selector("body[data-ready=true]")
    assert ann.text("#reviewer-name") == "Ann Chosen"  # this browser's choice, not the server's
    ann.press("a")
    assert log(server)[0][1] == "Ann Chosen"


def test_at_420_pixels_the_item_pane_and_its_buttons_fit(corpus_db, serve, editors):
    server = serve(corpus_db, reviewer="Ann")
    ann = editors(server.url, width=420)
    pane = ann.page.locator("#detail").bounding_box()
    assert pane["width"] >= 380
    for button in ("#do-accept", "#do-reject", "#do-edit", "#do-undo", "#do-add"):
        box = ann.page.locator(button).bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= 420, button
    ann.press("a")
    assert log(server)[0][2] == "accept"


def test_an_open_page_keeps_working_across_a_server_restart(corpus_db, editors):
    import threading

    from extractor.review.app import make_server

    def start(port: int):
        server = make_server(corpus_db, port=port)
        thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        thread.start()
        return server, thread

    def stop(server, thread):
        server.shutdown()
        server.server_close()
        thread.join()

    server, thread = start(0)
    port = server.server_address[1]
    ann = editors(server.url)
    ann.type("Ann")
    ann.press("Enter")
    ann.press("a")
    assert "recorded" in ann.text("#message")
    stop(server, thread)
    ann.press("a")
    assert "does not answer" in ann.text("#message")
    server, thread = start(port)  # a new CSRF token: the page fetches it and goes on
    try:
        ann.press("a")
        assert "recorded" in ann.text("#message"), ann.text("#message")
        assert len(log(server)) == 2
    finally:
        stop(server, thread)
