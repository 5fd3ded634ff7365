"""Worker processes: a worker that dies (killed, out of memory) costs at most its own
input, never the run. Real spawned workers; the pages are served on 127.0.0.1."""

from __future__ import annotations

import multiprocessing
import os
import signal
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from extractor.pipeline import Failure, Task
from extractor.records import ArticleResult
from extractor.workers import run_tasks

STORY = "<html><body><article><h1>{title}</h1><p>PC {name} was dismissed in March 2021.</p></article></body></html>"


def _kill_workers() -> None:
    for child in multiprocessing.active_children():
        os.kill(child.pid, signal.SIGKILL)


def _process_on_port(port: int) -> int | None:
    """The worker whose socket has this local port (Linux /proc), so that a page can
    kill the one process reading it, as the out-of-memory killer would."""
    inodes = set()
    for line in Path("/proc/net/tcp").read_text().splitlines()[1:]:
        fields = line.split()
        if int(fields[1].split(":")[1], 16) == port:
            inodes.add(f"socket:[{fields[9]}]")
    for child in multiprocessing.active_children():
        fds = Path(f"/proc/{child.pid}/fd")
        try:
            if any(os.readlink(fd) in inodes for fd in fds.iterdir()):
                return child.pid
        except OSError:
            continue
    return None


@pytest.fixture
def pages():
    """/slow.html answers after 3 s, and the first time every worker is killed while
    one of them waits for it; /deadly.html kills the worker that asks for it, each
    time (what the kernel's out-of-memory killer does to the worker reading an
    enormous page)."""
    asked: dict[str, int] = {}

    class Pages(BaseHTTPRequestHandler):
        def do_GET(self):
            asked[self.path] = asked.get(self.path, 0) + 1
            if self.path == "/deadly.html":
                pid = _process_on_port(self.client_address[1])
                if pid:
                    os.kill(pid, signal.SIGKILL)
                return
            if self.path == "/slow.html":
                if asked[self.path] == 1:  # the first worker to ask is killed while it waits
                    threading.Timer(0.5, _kill_workers).start()
                time.sleep(3)
            body = STORY.format(title=self.path, name="Slow" if "slow" in self.path else "Quick").encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Pages)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}", asked
    server.shutdown()


def _within(seconds: float, run):
    """run() in a thread; a stalled run fails the test instead of hanging the suite."""
    out: dict = {}

    def target():
        try:
            out["value"] = run()
        except BaseException as exc:  # noqa: BLE001 - handed to the test
            out["error"] = exc

    thread = threading.Thread(target=target, daemon=True)
    thread.start()
    thread.join(seconds)
    assert not thread.is_alive(), f"the run stalled for {seconds} s"
    if "error" in out:
        raise out["error"]
    return out["value"]


def _stories(tmp_path, n: int) -> list[str]:
    paths = []
    for i in range(n):
        path = tmp_path / f"story-{i}.txt"
        path.write_text(f"Officer dismissed\n\nPC Example {i} was dismissed in March 2021 after a hearing.\n")
        paths.append(str(path))
    return paths


def test_workers_killed_mid_run_lose_nothing_and_the_run_goes_on(tmp_path, pages):
    base, asked = pages
    files = _stories(tmp_path, 6)
    sources = files[:3] + [f"{base}/slow.html"] + files[3:]
    results = _within(120, lambda: list(run_tasks([Task(s) for s in sources], workers=2, chunk=1)))
    assert [type(r) for r in results] == [ArticleResult] * len(sources)
    assert [r.article.source for r in results] == sources  # in the inputs' order
    assert "PC Slow was dismissed" in results[3].article.text
    assert asked["/slow.html"] == 2  # read again by a new worker


def test_an_input_that_kills_its_worker_twice_is_a_failure_naming_it(tmp_path, pages):
    base, asked = pages
    deadly = f"{base}/deadly.html"
    sources = _stories(tmp_path, 2) + [deadly] + _stories(tmp_path, 5)[2:]
    results = _within(120, lambda: list(run_tasks([Task(s) for s in sources], workers=2, chunk=2)))
    failures = [r for r in results if isinstance(r, Failure)]
    assert [f.source for f in failures] == [deadly]
    assert "worker process" in failures[0].message and deadly in failures[0].message
    assert [r.article.source for r in results if isinstance(r, ArticleResult)] == [s for s in sources if s != deadly]
    assert asked["/deadly.html"] >= 2  # in its chunk, then alone in the quarantine


def test_one_worker_runs_in_this_process_and_gives_the_same_results(tmp_path):
    sources = _stories(tmp_path, 5)
    alone = [r.article.id for r in run_tasks([Task(s) for s in sources], workers=1)]
    pooled = [r.article.id for r in run_tasks([Task(s) for s in sources], workers=2, chunk=2)]
    assert alone == pooled
