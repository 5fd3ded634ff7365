"""The command line end to end: real files, a real DuckDB file, the real pipeline."""

import json
from pathlib import Path

import duckdb
import pytest

from extractor.cli import main
from extractor.store import Store

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
ARTICLE = """Westshire Constabulary

Misconduct figures published

14 March 2022

Westshire Constabulary dismissed 14 officers for gross misconduct in the year to March 2022,
up from nine the year before. PC Dan Morley was jailed for 18 months in January 2022.
"""


@pytest.fixture
def article(tmp_path):
    path = tmp_path / "westshire.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def counts(db):
    con = duckdb.connect(str(db), read_only=True)
    try:
        return {t: con.execute(f"select count(*) from {t}").fetchone()[0]
                for t in ("articles", "figures", "outcomes", "dates", "checks")}
    finally:
        con.close()


def test_extract_prints_spec_json_and_stores_the_article(tmp_path, capsys, article):
    db = tmp_path / "x.duckdb"
    code, out, err = run(capsys, "extract", str(article), "--format", "json", "--db", str(db))
    assert code == 0, err
    result = json.loads(out)
    assert {"article", "figures", "outcomes", "dates", "checks"} <= set(result)
    assert result["article"]["published"] == "2022-03-14"
    text = result["article"]["text"]
    for item in result["figures"] + result["outcomes"] + result["dates"]:
        start, end = item["span"]
        assert text[start:end] == item["text"]
    assert any(f["value"] == 14 for f in result["figures"])
    assert counts(db)["articles"] == 1


def test_extracting_again_changes_no_row_count(tmp_path, capsys, article):
    db = tmp_path / "x.duckdb"
    run(capsys, "extract", str(article), "--db", str(db), "--format", "json")
    before = counts(db)
    run(capsys, "extract", str(article), "--db", str(db), "--format", "json")
    assert counts(db) == before


def test_environment_variable_names_the_store(tmp_path, capsys, article, monkeypatch):
    db = tmp_path / "env.duckdb"
    monkeypatch.setenv("EXTRACTOR_DB", str(db))
    assert run(capsys, "extract", str(article), "--format", "jsonl")[0] == 0
    assert counts(db)["articles"] == 1


def test_the_same_text_twice_without_a_store_is_shown_twice(tmp_path, capsys, article):
    twin = tmp_path / "twin.txt"
    twin.write_bytes(article.read_bytes())
    code, out, _ = run(capsys, "extract", str(article), str(twin), "--no-store", "--format", "jsonl")
    assert code == 0
    assert [json.loads(line)["article"]["source"] for line in out.splitlines()] == [str(article), str(twin)]


@pytest.mark.parametrize("batch_size", ["1", "64"])
@pytest.mark.parametrize("force", [[], ["--force"]])
def test_the_same_text_twice_in_one_run_is_stored_once_and_shown_from_the_store(
        tmp_path, capsys, article, batch_size, force):
    twin = tmp_path / "twin.txt"
    twin.write_bytes(article.read_bytes())
    db = tmp_path / "x.duckdb"
    run(capsys, "extract", str(article), "--db", str(db), "--format", "jsonl")  # stored before
    code, out, err = run(capsys, "extract", str(article), str(twin), "--db", str(db), "--format", "jsonl",
                         "--batch-size", batch_size, *force)
    assert code == 0
    shown = [json.loads(line) for line in out.splitlines()]
    assert [r["article"]["source"] for r in shown] == [str(article), str(twin)]
    assert shown[0]["figures"] == shown[1]["figures"]
    # without --force both were stored before this run; with it, the first is extracted again
    assert f"{1 if force else 2} of 2 inputs were already stored" in err
    assert counts(db)["articles"] == 1


def tables(db):
    con = duckdb.connect(str(db), read_only=True)
    try:
        return {t: sorted(map(repr, con.execute(
                    f"SELECT * EXCLUDE (extracted_at) FROM {t}").fetchall()))
                for t in ("articles", "figures", "outcomes", "dates", "claims", "checks")}
    finally:
        con.close()


def test_a_writer_that_reopens_its_store_stores_the_same_rows(tmp_path, capsys, monkeypatch):
    corpus = Path(__file__).resolve().parents[1] / "corpus"
    sources = sorted(str(p) for p in corpus.glob("*.txt"))[:6]
    run(capsys, "extract", *sources, "--db", str(tmp_path / "once.duckdb"), "--format", "jsonl",
        "--workers", "1")
    monkeypatch.setattr("extractor.batch.REOPEN_ARTICLES", 2)
    monkeypatch.setattr("extractor.store.access.Turns.SLOW", 1e9)  # no idle turns given up
    opened = []
    monkeypatch.setattr("extractor.store.Store._connect",
                        lambda self, connect=Store._connect: (opened.append(1), connect(self))[1])
    code, _, err = run(capsys, "extract", *sources, "--db", str(tmp_path / "reopened.duckdb"),
                       "--format", "jsonl", "--workers", "1", "--batch-size", "1")
    assert code == 0, err
    # opened to read what is stored, let go while the workers start, taken again for
    # the first batch, and reopened every 2 articles
    assert len(opened) == 2 + len(sources) // 2
    assert tables(tmp_path / "reopened.duckdb") == tables(tmp_path / "once.duckdb")


def test_no_store_writes_no_file(tmp_path, capsys, article, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert run(capsys, "extract", str(article), "--no-store", "--format", "json")[0] == 0
    assert not (tmp_path / "extractor.duckdb").exists()


def test_a_bad_input_fails_alone_and_the_batch_goes_on(tmp_path, capsys, article):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    db = tmp_path / "x.duckdb"
    code, out, err = run(capsys, "extract", str(empty), str(article), "--db", str(db), "--format", "jsonl")
    assert code == 1
    assert str(empty) in err and len([l for l in err.splitlines() if str(empty) in l]) == 1
    assert len(out.splitlines()) == 1
    assert counts(db)["articles"] == 1


@pytest.mark.parametrize("fmt", ["table", "csv", "jsonl"])
def test_every_format_shows_the_figures_with_their_quotes(tmp_path, capsys, article, fmt):
    code, out, _ = run(capsys, "extract", str(article), "--no-store", "--format", fmt)
    assert code == 0
    assert "14" in out and "jailed" in out


def test_a_store_from_a_newer_schema_is_a_clear_error(tmp_path, capsys, article):
    db = tmp_path / "x.duckdb"
    run(capsys, "extract", str(article), "--db", str(db), "--format", "json")
    con = duckdb.connect(str(db))
    con.execute("update meta set value = '999' where key = 'schema_version'")
    con.close()
    code, _, err = run(capsys, "extract", str(article), "--db", str(db), "--format", "json")
    assert code == 2 and str(db) in err and len(err.strip().splitlines()) == 1


@pytest.mark.skipif(not SHARED.is_dir(), reason="needs ../shared (the seeds) beside the repo")
def test_seed_003_is_dated_from_its_opening_lines(tmp_path, capsys):
    code, out, _ = run(capsys, "extract", str(SHARED / "seeds" / "003_ad902e73c7c8cef2.txt"),
                       "--format", "json", "--db", str(tmp_path / "x.duckdb"))
    assert code == 0
    assert json.loads(out)["article"]["published"] == "2019-10-02"


def test_checks_lists_what_the_store_holds(tmp_path, capsys):
    gazette, times = tmp_path / "gazette.txt", tmp_path / "times.txt"
    body = "Westshire Police recorded {} allegations of corruption in the three years to March 2021.\n"
    times.write_text("Published: 2 September 2021\n\n" + body.format(256))
    gazette.write_text("Published: 3 September 2021\n\n" + body.format(265))
    db = tmp_path / "x.duckdb"
    assert run(capsys, "extract", str(times), str(gazette), "--db", str(db), "--format", "json")[0] == 0
    code, out, _ = run(capsys, "checks", "--db", str(db), "--kind", "conflict")
    assert code == 0 and out.count("! conflict") == 2 and "«265»" in out and "«256»" in out
    code, out, _ = run(capsys, "checks", "--db", str(db), "--format", "json")
    assert {c["kind"] for c in json.loads(out)} == {"conflict"}


def test_checks_on_a_missing_store_is_a_clear_error(tmp_path, capsys):
    code, _, err = run(capsys, "checks", "--db", str(tmp_path / "none.duckdb"))
    assert code == 2 and "none.duckdb" in err


def test_checks_can_be_recomputed_on_demand(tmp_path, capsys):
    body = "Published: {} September 2021\n\nWestshire Police recorded {} allegations of corruption in the three years to March 2021.\n"
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(body.format(2, 256))
    b.write_text(body.format(3, 265))
    db = tmp_path / "x.duckdb"
    run(capsys, "extract", str(a), str(b), "--db", str(db), "--format", "json")
    import duckdb
    con = duckdb.connect(str(db))
    con.execute("DELETE FROM checks")
    con.close()
    code, out, err = run(capsys, "checks", "--db", str(db), "--recompute", "--kind", "conflict")
    assert code == 0 and "rechecked 2 articles" in err and out.count("! conflict") == 2


def test_an_article_already_stored_by_this_version_is_shown_from_the_store(tmp_path, capsys, article):
    db = tmp_path / "x.duckdb"
    _, first, _ = run(capsys, "extract", str(article), "--db", str(db), "--format", "json")
    code, second, err = run(capsys, "extract", str(article), "--db", str(db), "--format", "json")
    assert code == 0 and "already stored" in err
    assert json.loads(second) == json.loads(first)
    code, third, err = run(capsys, "extract", str(article), "--db", str(db), "--format", "json", "--force")
    assert code == 0 and "already stored" not in err and json.loads(third) == json.loads(first)


def test_sources_can_come_from_a_list_file(tmp_path, capsys, article):
    listing = tmp_path / "list.txt"
    listing.write_text(f"# articles to check\n{article}\n\n{tmp_path / 'missing.txt'}\n")
    code, out, err = run(capsys, "extract", "--from-list", str(listing), "--no-store", "--format", "jsonl")
    assert code == 1 and len(out.splitlines()) == 1 and "missing.txt" in err


def test_no_source_at_all_is_a_usage_error(capsys):
    code, _, err = run(capsys, "extract", "--no-store")
    assert code == 2 and "no SOURCE" in err


def test_checks_lists_change_mismatches_and_contradictions_by_kind(tmp_path, capsys):
    story = tmp_path / "story.txt"
    story.write_text("Published: 2 May 2024\n\nConstable sacked over messages\n\n"
                     "PC Owen Hale was dismissed at a hearing on Monday. PC Hale was given a final written "
                     "warning and will stay in his post.\n\nWessex Police dismissed 93 officers for misconduct in "
                     "2022. Dismissals more than doubled, from 93 in 2022 to 158 in 2023.\n", encoding="utf-8")
    db = tmp_path / "x.duckdb"
    assert run(capsys, "extract", str(story), "--db", str(db), "--format", "json")[0] == 0
    code, out, _ = run(capsys, "checks", "--db", str(db), "--kind", "change_mismatch", "--format", "json")
    assert code == 0 and [c["kind"] for c in json.loads(out)] == ["change_mismatch"]
    assert "1.70 times" in json.loads(out)[0]["message"]
    code, out, _ = run(capsys, "checks", "--db", str(db), "--kind", "contradiction")
    assert code == 0 and out.count("! contradiction") == 1


def test_the_checks_help_names_every_kind(capsys):
    with pytest.raises(SystemExit):
        main(["checks", "--help"])
    out = " ".join(capsys.readouterr().out.split())
    for kind in ("change_mismatch", "contradiction", "comparison_mismatch", "conflict"):
        assert kind in out


def test_an_unknown_check_kind_is_a_usage_error(tmp_path, capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["checks", "--db", str(tmp_path / "x.duckdb"), "--kind", "nonsense"])
    assert exit_.value.code == 2
    assert "invalid choice: 'nonsense'" in capsys.readouterr().err


def test_json_is_one_object_for_one_file_and_a_list_for_a_directory_or_several(tmp_path, capsys, article):
    db = ["--db", str(tmp_path / "x.duckdb"), "--format", "json", "--workers", "1"]
    code, out, _ = run(capsys, "extract", str(article), *db)
    assert code == 0 and isinstance(json.loads(out), dict)
    code, out, _ = run(capsys, "extract", str(article.parent), *db)  # a directory of one file
    assert code == 0 and [r["article"]["source"] for r in json.loads(out)] == [str(article)]
    code, out, _ = run(capsys, "extract", str(article), str(article), *db)
    assert code == 0 and len(json.loads(out)) == 2


def test_an_ftp_source_is_an_unsupported_scheme(tmp_path, capsys):
    code, _, err = run(capsys, "extract", "ftp://example.org/report.txt", "--no-store", "--workers", "1")
    assert code == 1
    assert "extractor: ftp://example.org/report.txt: unsupported scheme 'ftp' (http and https only)" in err
