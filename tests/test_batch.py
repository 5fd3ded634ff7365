"""batch: one bad input never stops a run. Inputs planted to raise in each stage
(reading, a library, a rule, the pipeline, the store, the output) fail one line
each, and every good input beside them is stored.

The run is the real thing: the `extractor` command in its own process, two
spawned workers, a DuckDB file on disk. The faults are planted with a
``sitecustomize`` module on PYTHONPATH, which every process of the run (the
writer and each spawned worker) imports at start-up: each fault fires only on
an input carrying its marker, and raises what no code there foresees.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import duckdb
import pytest

from pdfmaker import REPORT_PAGES, encrypt_pdf, make_pdf

from extractor.batch import extract_many
from extractor.records import ArticleResult

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
GOOD = sorted(CORPUS.glob("*.txt"))[:5] + [CORPUS / "force-press-release-pc-dismissed.html"]

FAULTS = textwrap.dedent('''
    import struct

    import extractor.ingest.read as read
    import extractor.nlp as nlp
    import extractor.pipeline as pipeline
    import pypdf
    from extractor.store import Store
    from spacy.language import Language

    find_published = read.find_published

    def planted_find_published(text, *args, **kwargs):  # ingest: reading a text file
        if "PLANT-INGEST" in text:
            raise IndexError("list index out of range")
        return find_published(text, *args, **kwargs)

    read.find_published = planted_find_published

    def planted_extract_text(self, *args, **kwargs):  # a library: pypdf, on every PDF
        raise struct.error("unpack requires a buffer of 4 bytes")

    pypdf.PageObject.extract_text = planted_extract_text

    @Language.component("planted_rule")
    def planted_rule(doc):  # a rule: one more spaCy component
        if "PLANT-RULE" in doc.text:
            raise RuntimeError("the rule broke")
        return doc

    build_nlp = nlp.build_nlp

    def planted_build_nlp():
        built = build_nlp()
        built.add_pipe("planted_rule")
        return built

    nlp.build_nlp = planted_build_nlp

    article_checks = pipeline.article_checks

    def planted_checks(result):  # the pipeline, after the components
        if "PLANT-PIPELINE" in result.article.text:
            raise KeyError("period")
        return article_checks(result)

    pipeline.article_checks = planted_checks

    save_many = Store.save_many

    def planted_save_many(self, results, *args, **kwargs):  # the writer: the store refuses it
        if any("PLANT-STORE" in r.article.text for r in results):
            raise ValueError("the store refused this article")
        return save_many(self, results, *args, **kwargs)

    Store.save_many = planted_save_many

    import extractor.render as rendering

    render = rendering.render

    def planted_render(results, fmt):  # the output: one article cannot be rendered
        if any("PLANT-OUTPUT" in r.article.text for r in results):
            raise UnicodeEncodeError("utf-8", "x", 0, 1, "surrogates not allowed")
        return render(results, fmt)

    rendering.render = planted_render
''')

PLANTED = {
    "ingest.txt": ("PLANT-INGEST", "IndexError", "reading"),
    "rule.txt": ("PLANT-RULE", "RuntimeError", "extracting"),
    "pipeline.txt": ("PLANT-PIPELINE", "KeyError", "extracting"),
    "store.txt": ("PLANT-STORE", "ValueError", "storing"),
    "output.txt": ("PLANT-OUTPUT", "UnicodeEncodeError", "writing"),  # stored, but not shown
}


def stored_sources(db: Path) -> set[str]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return {Path(row[0]).name for row in con.execute("SELECT source FROM articles").fetchall()}
    finally:
        con.close()


@pytest.fixture
def planted(tmp_path) -> Path:
    folder = tmp_path / "inputs"
    folder.mkdir()
    for path in GOOD:
        shutil.copy(path, folder / path.name)
    for name, (marker, _, _) in PLANTED.items():
        (folder / name).write_text(f"Two officers were dismissed in 2021. {marker}\n"
                                   f"Planted input {name} for the isolation test.\n", encoding="utf-8")
    (folder / "library.pdf").write_bytes(make_pdf(REPORT_PAGES))
    (tmp_path / "faults").mkdir()
    (tmp_path / "faults" / "sitecustomize.py").write_text(FAULTS, encoding="utf-8")
    return folder


def test_an_input_raising_in_any_stage_fails_alone_and_every_good_one_is_stored(tmp_path, planted):
    db = tmp_path / "run.duckdb"
    env = dict(os.environ, PYTHONPATH=str(tmp_path / "faults"))
    done = subprocess.run([sys.executable, "-m", "extractor.cli", "extract", str(planted), "--workers", "2",
                           "--db", str(db), "--format", "jsonl", "--batch-size", "3"],
                          capture_output=True, text=True, env=env, timeout=300)
    assert done.returncode == 1, done.stderr
    assert stored_sources(db) == {p.name for p in GOOD} | {"output.txt"}
    lines = [line for line in done.stderr.splitlines() if line.startswith("extractor: ")]
    for name, (_, kind, stage) in PLANTED.items():
        assert f"extractor: {planted / name}: failed while {stage} ({kind}: " in done.stderr, name
    assert f"extractor: {planted / 'library.pdf'}: corrupt or unreadable PDF" not in done.stderr
    assert f"extractor: {planted / 'library.pdf'}: failed while reading (struct.error: unpack requires" in done.stderr
    assert f"6 of {len(GOOD) + 6} inputs failed; the others were stored" in lines[-1]
    assert "Traceback" not in done.stderr
    printed = [line for line in done.stdout.splitlines() if line.strip()]
    assert len(printed) == len(GOOD)


def test_a_run_in_this_process_yields_each_failure_in_input_order(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("Three officers were dismissed in 2022.\n", encoding="utf-8")
    locked = tmp_path / "missing.txt"
    run = extract_many([str(good), str(locked), "ftp://example.org/a.txt"], store=tmp_path / "s.duckdb",
                       batch_size=10)
    came_back = []  # as each input comes back, before its batch is stored: a progress bar's count
    run.on_input = lambda item: came_back.append((item.source if hasattr(item, "source")
                                                  else item.article.source, run.stored))
    items = list(run)
    assert came_back == [(str(good), 0), (str(locked), 0), ("ftp://example.org/a.txt", 0)]
    assert isinstance(items[0], ArticleResult)
    assert [i.message for i in items[1:]] == [f"{locked}: no such file",
                                             "ftp://example.org/a.txt: unsupported scheme 'ftp' "
                                             "(http and https only)"]
    assert (run.total, run.done, run.stored, len(run.failures)) == (3, 1, 1, 2)


def extract_dir(folder: Path, db: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "extractor.cli", "extract", str(folder), "--workers", "2",
                           "--db", str(db), "--format", "jsonl"], capture_output=True, text=True, timeout=300)


def test_pdfs_restricted_but_open_to_all_are_read_among_fifteen_articles(tmp_path):
    folder = tmp_path / "reports"
    folder.mkdir()
    texts = sorted(CORPUS.glob("*.txt"))
    assert len(texts) == 15
    for path in texts:
        shutil.copy(path, folder / path.name)
    second = [["Annual vetting report", "", "Nine officers failed vetting in 2022 and four were dismissed."]]
    (folder / "printing-restricted-aes128.pdf").write_bytes(
        encrypt_pdf(make_pdf(REPORT_PAGES), owner_password="no-printing", algorithm="AES-128"))
    (folder / "printing-restricted-aes256.pdf").write_bytes(
        encrypt_pdf(make_pdf(second), owner_password="no-printing", algorithm="AES-256"))
    done = extract_dir(folder, tmp_path / "open.duckdb")
    assert done.returncode == 0, done.stderr
    assert len(stored_sources(tmp_path / "open.duckdb")) == 17

    for path in folder.glob("*.pdf"):
        path.unlink()
    (folder / "locked.pdf").write_bytes(encrypt_pdf(make_pdf(REPORT_PAGES), user_password="s3cret"))
    done = extract_dir(folder, tmp_path / "locked.duckdb")
    assert done.returncode == 1
    assert stored_sources(tmp_path / "locked.duckdb") == {p.name for p in texts}
    assert done.stderr.splitlines() == [f"extractor: {folder / 'locked.pdf'}: encrypted PDF (needs a password)",
                                        "extractor: 1 of 16 inputs failed; the others were stored"]


# -- an article stored before is shown as the store has it -----------------------

PAGE = """<html><head><title>Dismissals at Wessex Police</title></head>
<body><article><h1>Dismissals at Wessex Police</h1><p>Published 3 May 2023</p>
<h2>The force dismissed more officers in 2022 than in any year since 2015, its figures show.</h2>
<p>Dismissed officers</p>
<table><tr><th>Outcome</th><th>2021</th><th>2022</th><th>Total</th></tr>
<tr><td>Dismissed</td><td>4</td><td>6</td><td>10</td></tr>
<tr><td>Resigned</td><td>2</td><td>1</td><td>3</td></tr>
<tr><td>Total</td><td>6</td><td>7</td><td>13</td></tr></table></article></body></html>"""


def test_a_stored_page_is_shown_with_the_layout_its_markup_gave_and_its_table_totals(tmp_path):
    from extractor.ingest.layout import text_blocks

    page = tmp_path / "wessex.html"
    page.write_text(PAGE, encoding="utf-8")
    (first,) = extract_many([str(page)], store=tmp_path / "s.duckdb")
    run = extract_many([str(page)], store=tmp_path / "s.duckdb")
    (shown,) = run
    assert run.skipped == 1 and shown == first
    # the markup's heading is a long sentence, which the text alone reads as a paragraph
    assert shown.article.blocks != text_blocks(shown.article.text)
    assert shown.article.encoding == "utf-8" and any(f.role == "total" for f in shown.figures)


def test_a_page_stored_before_schema_4_is_shown_with_its_layout_read_from_its_text(tmp_path):
    from extractor.ingest.layout import text_blocks

    page, db = tmp_path / "wessex.html", tmp_path / "s.duckdb"
    page.write_text(PAGE, encoding="utf-8")
    list(extract_many([str(page)], store=db))
    with duckdb.connect(str(db)) as con:  # what migrating a schema 3 file leaves
        con.execute("UPDATE articles SET blocks = NULL, encoding = NULL")
    (shown,) = extract_many([str(page)], store=db)
    assert shown.article.blocks == text_blocks(shown.article.text) != []


def test_the_cli_writes_as_many_articles_a_transaction_as_extract_many():
    from extractor.batch import BATCH_SIZE
    from extractor.cli import build_parser

    assert build_parser().parse_args(["extract", "x.txt"]).batch_size == BATCH_SIZE
