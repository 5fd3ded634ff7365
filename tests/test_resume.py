"""A run killed at any point, then run again, stores exactly what one uninterrupted
run stores: every batch is one transaction, and the next run skips what is stored."""

import os
import random
import signal
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import duckdb
import pytest
from processes import hears_ctrl_c

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
TIMESTAMPS = {"extracted_at", "decided_at"}

pytestmark = pytest.mark.skipif(not CORPUS.is_dir(), reason="needs corpus/")


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    """Corpus articles, each twice with its own closing line. Where the line falls
    outside a page's main text the two copies read the same: a repeated article,
    which a run stores once whether or not it was interrupted between them."""
    folder = tmp_path_factory.mktemp("archive")
    files = sorted(p for p in CORPUS.iterdir() if p.suffix in (".txt", ".html"))
    for copy in range(2):
        for path in files:
            text = path.read_text(encoding="utf-8")
            line = f"Reference {copy}-{path.stem}."
            text = text.replace("</body>", f"<p>{line}</p></body>") if path.suffix == ".html" \
                else text + "\n" + line + "\n"
            (folder / f"{copy}-{path.name}").write_text(text, encoding="utf-8")
    return folder


def extract(folder, db, *extra):
    return subprocess.Popen(
        [sys.executable, "-m", "extractor.cli", "extract", str(folder), "--db", str(db),
         "--format", "jsonl", "--batch-size", "3", *extra],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT)


def rows(db) -> dict[str, list[tuple]]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        out = {}
        for (table,) in con.execute("SELECT table_name FROM information_schema.tables "
                                    "WHERE table_schema = 'main' ORDER BY 1").fetchall():
            cols = [c for (c,) in con.execute(
                "SELECT column_name FROM information_schema.columns WHERE table_name = ? "
                "ORDER BY ordinal_position", [table]).fetchall() if c not in TIMESTAMPS]
            out[table] = sorted(map(repr, con.execute(
                f"SELECT {', '.join(cols)} FROM {table}").fetchall()))
        return out
    finally:
        con.close()


@pytest.fixture(scope="module")
def uninterrupted(archive, tmp_path_factory):
    db = tmp_path_factory.mktemp("whole") / "whole.duckdb"
    proc = extract(archive, db, "--workers", "1")
    out, err = proc.communicate(timeout=300)
    assert proc.returncode == 0, err
    return rows(db), len(out.splitlines())


def interrupt(archive, db, sig, after_lines: int, *extra):
    """Start a run and send ``sig`` once ``after_lines`` articles have been written."""
    proc = extract(archive, db, *extra)
    for _ in range(after_lines):
        if not proc.stdout.readline():
            break
    proc.send_signal(sig)
    _, err = proc.communicate(timeout=120)
    return proc.returncode, err


def test_killed_then_rerun_gives_the_rows_of_one_whole_run(archive, uninterrupted, tmp_path):
    whole, n = uninterrupted
    seed = random.randrange(10 ** 6)
    after = random.Random(seed).randrange(1, n // 2)
    db = tmp_path / "killed.duckdb"
    code, _ = interrupt(archive, db, signal.SIGKILL, after, "--workers", "1")
    assert code == -signal.SIGKILL, f"seed {seed}: the run ended before the kill"
    partial = rows(db)
    assert 0 < len(partial["articles"]) < n, f"seed {seed}"
    proc = extract(archive, db, "--workers", "1")
    _, err = proc.communicate(timeout=300)
    assert proc.returncode == 0, err
    assert "already stored" in err
    assert rows(db) == whole, f"seed {seed}: killed after {after} articles"


@pytest.fixture()
def slow_url():
    """A page on 127.0.0.1 that takes 120 s to answer: a run holding it cannot end
    before the test has interrupted it, however busy the machine (20 s was not enough
    with two test runs and an extraction on two cores)."""
    class Slow(BaseHTTPRequestHandler):
        def do_GET(self):
            time.sleep(120)
            self.send_response(404)
            self.end_headers()

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Slow)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/slow.html"
    server.shutdown()



@pytest.mark.skipif(not hasattr(os, "fork"), reason="workers need fork here")
def test_ctrl_c_leaves_a_consistent_store_and_says_so(archive, uninterrupted, tmp_path, slow_url):
    whole, _n = uninterrupted
    db = tmp_path / "stopped.duckdb"
    proc = subprocess.Popen(
        [sys.executable, "-m", "extractor.cli", "extract", str(archive), slow_url, "--db", str(db),
         "--format", "jsonl", "--batch-size", "3", "--workers", "2", "--timeout", "60"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT, preexec_fn=hears_ctrl_c)
    for _ in range(3):
        assert proc.stdout.readline()
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 130, err
    assert "interrupted" in err and "Run the same command again to carry on" in err
    assert "Traceback" not in err
    proc = extract(archive, db, "--workers", "2")
    _, err = proc.communicate(timeout=300)
    assert proc.returncode == 0, err
    assert rows(db) == whole
