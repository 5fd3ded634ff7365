"""Taking turns at the store file, with real processes: one holds the file, the
others wait their turn, or give up after --wait with a line naming the holder."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import duckdb
import pytest

from extractor.errors import StoreBusy
from extractor.store import access
from extractor.store import SCHEMA_VERSION, Store

CORPUS = Path(__file__).resolve().parents[2] / "corpus"


def hold(db: Path, seconds: float) -> subprocess.Popen:
    """Another process that opens the store file, says so, and keeps it ``seconds``."""
    code = textwrap.dedent(f"""
        import sys, time, duckdb
        con = duckdb.connect({str(db)!r})
        print("holding", flush=True)
        time.sleep({seconds})
        con.close()
    """)
    holder = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "holding"
    return holder


def extractor(*args: str, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "extractor.cli", *args], capture_output=True,
                          text=True, timeout=300, **kwargs)


@pytest.fixture
def db(tmp_path) -> Path:
    path = tmp_path / "shared.duckdb"
    Store(path).close()
    return path


def test_a_connection_waits_while_another_process_holds_the_file(db):
    holder = hold(db, 1.0)
    started = time.monotonic()
    heard: list[str] = []
    con = access.connect(db, wait=30, say=heard.append)
    waited = time.monotonic() - started
    con.close()
    holder.wait()
    assert 0.5 < waited < 10
    # a wait under a second goes unmentioned; this one was about a second
    assert all("busy" in line and f"PID {holder.pid}" in line for line in heard)


def test_running_out_of_wait_names_the_holder_and_its_command(db):
    holder = hold(db, 5.0)
    try:
        with pytest.raises(StoreBusy) as refused:
            access.connect(db, wait=0.3, say=None)
    finally:
        holder.kill()
        holder.wait()
    message = str(refused.value)
    assert f"PID {holder.pid}" in message and "import sys, time, duckdb" in message
    assert "--wait" in message and "\n" not in message


def test_a_read_only_reader_takes_its_turn_too(db):
    holder = hold(db, 0.5)
    assert access.rows(db, "SELECT value FROM meta WHERE key = 'schema_version'", wait=30) == [(str(SCHEMA_VERSION),)]
    holder.wait()


def test_a_command_out_of_wait_exits_2_with_one_line(db):
    holder = hold(db, 10.0)
    try:
        done = extractor("export", "--db", str(db), "--wait", "0.5")
    finally:
        holder.kill()
        holder.wait()
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "the store is busy" in lines[0] and f"PID {holder.pid}" in lines[0]


def test_a_command_waits_for_its_turn_and_then_runs(db):
    holder = hold(db, 5.0)  # longer than the command takes to start on a busy machine
    done = extractor("checks", "--db", str(db), "--wait", "30")
    holder.wait()
    assert done.returncode == 0, done.stderr
    assert "busy" in done.stderr  # it said why it waited


def test_the_wait_comes_from_the_environment_when_not_given(db, monkeypatch):
    monkeypatch.setenv(access.ENV_WAIT, "7.5")
    access.configure(None)
    assert access.wait_bound() == 7.5
    monkeypatch.setenv(access.ENV_WAIT, "soon")
    with pytest.raises(Exception, match="EXTRACTOR_WAIT"):
        access.wait_bound()


def table_rows(db: Path) -> dict[str, list[str]]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return {t: sorted(map(repr, con.execute(f"SELECT * EXCLUDE (extracted_at) FROM {t}").fetchall()))
                for t in ("articles", "figures", "outcomes", "dates", "claims", "checks")}
    finally:
        con.close()


def test_killing_a_writer_mid_run_leaves_a_store_that_a_rerun_completes(tmp_path):
    """SIGKILL between or inside batches: the store opens, holds whole batches only,
    and running the same command again stores exactly what one clean run does."""
    sources = sorted(str(p) for p in [*CORPUS.glob("*.txt"), *CORPUS.glob("*.html")])
    clean, killed = tmp_path / "clean.duckdb", tmp_path / "killed.duckdb"
    assert extractor("extract", *sources, "--db", str(clean), "--format", "jsonl",
                     "--workers", "1").returncode == 0
    # Kill it from its own output: a line is written only after its batch's commit. Asking
    # the store instead let a busy machine's writer finish the run while the reader waited
    # its turn for the file.
    writer = subprocess.Popen([sys.executable, "-m", "extractor.cli", "extract", *sources, "--db",
                               str(killed), "--format", "jsonl", "--workers", "1", "--batch-size", "1"],
                              stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    for _ in range(2):
        assert writer.stdout.readline()
    os.kill(writer.pid, signal.SIGKILL)
    writer.wait()
    writer.stdout.close()
    partial = table_rows(killed)
    assert 2 <= len(partial["articles"]) < len(sources)
    assert extractor("extract", *sources, "--db", str(killed), "--format", "jsonl",
                     "--workers", "1").returncode == 0
    assert table_rows(killed) == table_rows(clean)


def test_a_new_store_is_written_in_a_format_duckdb_1_opens(db):
    (tags,) = access.rows(db, "SELECT tags FROM duckdb_databases() WHERE NOT internal")[0]
    assert tags["storage_version"] == "v1.0.0+" == access.STORAGE_VERSION + "+"


def test_a_writer_keeps_the_store_between_quick_batches_and_gives_it_to_a_waiting_process(db):
    store = Store(db)
    turns = access.Turns(store)
    try:
        turns.take()
        turns.give()
        assert turns.held  # nobody waits and the batch came at once: kept
        access.announce(db)
        turns.take()
        turns.give()
        assert not turns.held and store._con is None  # someone waits: let go
        turns.take()
        assert turns.held
        turns.idle_since -= 2 * access.Turns.SLOW
        turns.take()
        turns.give()
        assert not turns.held  # the batch was slow to come: nobody is made to wait on it
    finally:
        store.close()
