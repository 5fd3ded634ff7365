"""A newsroom at one store, with real processes: `extractor review` serving the
page while `extract` adds new articles, `export` and `checks` run and a notebook
reads. Everything succeeds, and every decision made meanwhile, in headless
Chromium and by plain POSTs, is in the review log."""

from __future__ import annotations

import http.client
import json
import re
import subprocess
import sys
import threading
import time
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from extractor.store import access
from review_browser import browser, editors  # noqa: F401 - fixtures

CORPUS = Path(__file__).resolve().parents[2] / "corpus"
NEW_ARTICLES = ("court-pc-acquitted-nightclub-arrest-2023.txt", "hearing-outcomes-notice-2023.txt",
                "iopc-apsp-proceedings-release-2021.txt")


def command(*args: str) -> list[str]:
    return [sys.executable, "-m", "extractor.cli", *args]


@pytest.fixture
def review_process(corpus_db):
    """`extractor review` in a process of its own; yields its URL."""
    server = subprocess.Popen(command("review", "--db", str(corpus_db), "--port", "0"),
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    line = server.stdout.readline()
    found = re.search(r"(http://127\.0\.0\.1:\d+/)", line)
    assert found, (line, server.stderr.read() if server.poll() is not None else "")
    yield found.group(1)
    server.terminate()
    server.wait(timeout=10)


def post_decision(url: str, csrf: str, item: dict, reviewer: str) -> int:
    parts = urlsplit(url)
    con = http.client.HTTPConnection(parts.hostname, parts.port, timeout=120)
    try:
        body = json.dumps({"item_id": item["id"], "decision": "reject", "reviewer": reviewer,
                           "version": item["version"], "reason": "not a count"})
        con.request("POST", "/api/decide", body=body, headers={
            "Content-Type": "application/json", "X-CSRF-Token": csrf, "Host": parts.netloc})
        return con.getresponse().status
    finally:
        con.close()


def get_json(url: str, path: str):
    parts = urlsplit(url)
    con = http.client.HTTPConnection(parts.hostname, parts.port, timeout=120)
    try:
        con.request("GET", path, headers={"Host": parts.netloc})
        return json.loads(con.getresponse().read())
    finally:
        con.close()


def test_extract_export_checks_and_a_reader_run_while_editors_review(corpus_db, review_process, editors,
                                                                      tmp_path):
    url = review_process
    queue = get_json(url, "/api/queue?status=unreviewed&kind=date")["items"]
    assert len(queue) >= 4
    ann = editors(url)
    csrf = ann.page.get_attribute('meta[name="csrf-token"]', "content")
    ann.type("Ann Editor")
    ann.press("Enter")

    writer = subprocess.Popen(command("extract", *(str(CORPUS / n) for n in NEW_ARTICLES), "--db",
                                      str(corpus_db), "--format", "jsonl", "--workers", "1",
                                      "--batch-size", "1"),
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    others: list[tuple[str, int, str]] = []

    def run_others():
        # export, checks and a notebook's read, over and over while the writer runs
        rounds = 0
        while writer.poll() is None or rounds < 1:
            rounds += 1
            for name, args in (("export", command("export", "--db", str(corpus_db), "--status", "all",
                                                  "-o", str(tmp_path / f"out{rounds}.csv"))),
                               ("checks", command("checks", "--db", str(corpus_db), "--format", "json")),
                               ("notebook", [sys.executable, "-c",
                                             "import sys; from extractor.store.access import rows; "
                                             "print(rows(sys.argv[1], 'SELECT count(*) FROM reviews'))",
                                             str(corpus_db)])):
                done = subprocess.run(args, capture_output=True, text=True, timeout=300)
                others.append((name, done.returncode, done.stderr))

    side = threading.Thread(target=run_others)
    side.start()
    # Bob decides over plain HTTP on the dates; Ann accepts figures with the keyboard
    bob_statuses = [post_decision(url, csrf, item, "Bob") for item in queue[:4]]
    ann.filter("kind", "figure")
    accepted = 0
    while writer.poll() is None or accepted < 3:
        ann.press("a")
        assert "recorded" in ann.text("#message"), ann.text("#message")
        accepted += 1
        if accepted >= 40:
            break
    writer.wait(timeout=300)
    side.join(timeout=600)

    assert writer.returncode == 0, writer.stderr.read()
    assert bob_statuses == [200] * 4
    assert others and all(code == 0 for _, code, _ in others), others
    assert {name for name, _, _ in others} == {"export", "checks", "notebook"}
    log = access.rows(corpus_db, "SELECT reviewer, decision, count(*) FROM reviews GROUP BY ALL ORDER BY 1")
    assert log == [("Ann Editor", "accept", accepted), ("Bob", "reject", 4)]
    sources = {s for (s,) in access.rows(corpus_db, "SELECT source FROM articles")}
    assert all(any(s.endswith(name) for s in sources) for name in NEW_ARTICLES)


def test_the_server_holds_the_store_between_requests_and_lets_a_waiting_process_in(corpus_db, review_process):
    """Right after a request the server still holds the file (the next request is
    cheaper for it); a process that needs the file says so and is let in at once,
    not after the server's idle time, and the page goes on working after it."""
    url = review_process
    code = ("import sys, time; from extractor.store.access import connect; "
            "con = connect(sys.argv[1], wait=30); t = time.monotonic(); con.close(); print(t)")
    for _ in range(3):
        get_json(url, "/api/queue?limit=5")
        started = time.monotonic()
        done = subprocess.run([sys.executable, "-c", code, str(corpus_db)], capture_output=True, text=True,
                              timeout=60)
        assert done.returncode == 0, done.stderr
        assert float(done.stdout) - started < 5.0  # process start included; the idle lease is 0.5 s
    assert get_json(url, "/api/queue?limit=5")["items"]


def test_a_desk_that_would_hold_the_store_a_minute_lets_go_when_a_process_waits(corpus_db, monkeypatch):
    from extractor.review import service

    monkeypatch.setattr(service, "IDLE", 60.0)
    desk = service.ReviewDesk(corpus_db)
    try:
        assert desk.queue(limit=5)["items"]
        assert desk._lease is not None  # held after the request
        code = ("import sys, time; from extractor.store.access import connect; t = time.monotonic(); "
                "con = connect(sys.argv[1], wait=30, say=None); print(time.monotonic() - t); con.close()")
        done = subprocess.run([sys.executable, "-c", code, str(corpus_db)], capture_output=True,
                              text=True, timeout=60)
        assert done.returncode == 0, done.stderr
        assert float(done.stdout) < 5.0  # not the minute the desk would have held it
        assert desk._lease is None
        assert desk.queue(limit=5)["items"]  # and the desk takes it up again
    finally:
        desk.close()


def test_a_store_busy_past_the_wait_is_a_503_with_the_holder_and_the_page_goes_on(corpus_db):
    from extractor.review.app import make_server
    from extractor.store.access import configure

    holder = subprocess.Popen([sys.executable, "-c", "import sys, time, duckdb; con = duckdb.connect(sys.argv[1]); "
                               "print('holding', flush=True); time.sleep(30)", str(corpus_db)],
                              stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "holding"
    configure(0.3)
    server = make_server(corpus_db, port=0)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{server.server_address[1]}/"
    try:
        parts = urlsplit(url)
        con = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
        con.request("GET", "/api/queue?limit=5", headers={"Host": parts.netloc})
        answer = con.getresponse()
        body = json.loads(answer.read())
        con.close()
        assert answer.status == 503
        assert "the store is busy" in body["error"] and f"PID {holder.pid}" in body["error"]
        holder.kill()
        holder.wait()
        assert get_json(url, "/api/queue?limit=5")["items"]  # its turn came
    finally:
        configure(None)
        holder.kill()
        server.shutdown()
        server.server_close()
        thread.join()
