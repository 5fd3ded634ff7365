"""Schema 4: the store keeps an article's blocks and encoding and a figure's place in
a table's sum, so an article loaded back is the article extracted; a version 3 file
is migrated in place, its articles keeping null blocks (not known)."""

from __future__ import annotations

from pathlib import Path

import duckdb

from extractor.ingest.read import read_source
from extractor.pipeline import extract_article
from extractor.records import Article, ArticleResult, Block, Figure
from extractor.store import SCHEMA_VERSION, Store
from extractor.store.schema import ITEM_DDL, REVIEWS_DDL

TABLE = "Dismissals by year\n\nYear | Dismissed\n2021 | 4\n2022 | 6\nTotal | 10"


def span(text: str, part: str) -> tuple[int, int]:
    start = text.index(part)
    return (start, start + len(part))


def table_result() -> ArticleResult:
    """A table whose Total row sums the two cells above it, as nlp/tables.py marks it."""
    t = TABLE
    four, six, ten = span(t, "4"), span(t, "6"), span(t, "10")  # each the first of its digits
    cells = [[span(t, "Year"), span(t, "Dismissed")], [span(t, "2021"), four], [span(t, "2022"), six],
             [span(t, "Total"), ten]]
    article = Article.from_text(t, source="table.html", encoding="cp1252", blocks=[
        Block(kind="title", span=span(t, "Dismissals by year")),
        Block(kind="table", span=(cells[0][0][0], ten[1]), rows=cells, header=cells[0])])
    return ArticleResult(article=article, figures=[
        Figure(span=four, text="4", value=4, counted="officer", outcome="dismissed", role="part", part_of=ten),
        Figure(span=six, text="6", value=6, counted="officer", outcome="dismissed", role="part", part_of=ten),
        Figure(span=ten, text="10", value=10, counted="officer", outcome="dismissed", role="total",
               total_of=[four, six])])


def with_ids(result: ArticleResult) -> ArticleResult:
    result = result.model_copy(deep=True)
    result.assign_ids()
    return result


def test_an_article_loads_back_with_its_blocks_encoding_and_the_roles_of_its_figures(tmp_path):
    with Store(tmp_path / "s.duckdb") as store:
        store.save(table_result(), "v1")
        loaded = store.load(table_result().article.id)
    assert loaded == with_ids(table_result())
    assert loaded.article.blocks[1].header == table_result().article.blocks[1].header
    assert [f.role for f in loaded.figures] == ["part", "part", "total"]


PAGE = """<html><head><title>Dismissals at Wessex Police</title></head>
<body><article><h1>Dismissals at Wessex Police</h1><p>Published 3 May 2023</p>
<h2>The force dismissed more officers in 2022 than in any year since 2015, its figures show.</h2>
<p>Dismissed officers</p>
<p>Wessex Police dismissed ten officers in the two years to 2022.</p>
<table><tr><th>Outcome</th><th>2021</th><th>2022</th><th>Total</th></tr>
<tr><td>Dismissed</td><td>4</td><td>6</td><td>10</td></tr>
<tr><td>Resigned</td><td>2</td><td>1</td><td>3</td></tr>
<tr><td>Total</td><td>6</td><td>7</td><td>13</td></tr></table>
<p>Source: Wessex Police</p></article></body></html>"""


def test_an_extracted_page_is_stored_as_extracted(tmp_path):
    page = tmp_path / "wessex.html"
    page.write_text(PAGE, encoding="utf-8")
    result = extract_article(read_source(str(page)))
    assert any(f.role == "total" for f in result.figures) and result.article.encoding == "utf-8"
    with Store(tmp_path / "s.duckdb") as store:
        store.save(result, "v1")
        assert store.load(result.article.id) == result


def test_blocks_are_json_a_reader_can_query(tmp_path):
    with Store(tmp_path / "s.duckdb") as store:
        store.save(table_result(), "v1")
    with duckdb.connect(str(tmp_path / "s.duckdb"), read_only=True) as con:
        kinds = con.execute("SELECT json_extract_string(blocks, '$[*].kind'), encoding FROM articles").fetchone()
        roles = con.execute("SELECT role, total_of, part_of FROM figures ORDER BY span_start").fetchall()
    assert kinds == (["title", "table"], "cp1252")
    ten = list(span(TABLE, "10"))
    assert roles == [("part", [], ten), ("part", [], ten),
                     ("total", [list(span(TABLE, "4")), list(span(TABLE, "6"))], None)]


# -- migration 3 -> 4 ---------------------------------------------------------

# Version 3's articles and figures, written out by hand; its other tables are today's.
V3_TABLES = """
CREATE TABLE meta (key VARCHAR PRIMARY KEY, value VARCHAR NOT NULL);
INSERT INTO meta VALUES ('schema_version', '3');
CREATE TABLE articles (id VARCHAR NOT NULL, source VARCHAR NOT NULL, url VARCHAR, title VARCHAR,
    published DATE, published_source VARCHAR NOT NULL, text VARCHAR NOT NULL, site_name VARCHAR,
    text_sha256 VARCHAR NOT NULL, extractor_version VARCHAR NOT NULL, extracted_at TIMESTAMP NOT NULL);
CREATE TABLE figures (id VARCHAR NOT NULL, article_id VARCHAR NOT NULL, span_start INTEGER NOT NULL,
    span_end INTEGER NOT NULL, quote VARCHAR NOT NULL, rule VARCHAR NOT NULL, value DOUBLE,
    qualifier VARCHAR NOT NULL, unit VARCHAR NOT NULL, counted VARCHAR, category VARCHAR, outcome VARCHAR,
    out_of DOUBLE, period_from DATE, period_to DATE, org VARCHAR, noun VARCHAR, period_source VARCHAR,
    extractor_version VARCHAR NOT NULL, extracted_at TIMESTAMP NOT NULL,
    current BOOLEAN NOT NULL DEFAULT true);
"""


def write_version_3_file(path: Path, result: ArticleResult) -> None:
    a, ts = result.article, "2025-01-01 00:00:00"
    with duckdb.connect(str(path)) as con:
        con.execute(V3_TABLES + "\n".join(ddl for t, ddl in ITEM_DDL.items() if t != "figures") + REVIEWS_DDL)
        con.execute("INSERT INTO articles VALUES (?, ?, ?, ?, ?, ?, ?, ?, sha256(?), 'v3', ?)",
                    [a.id, a.source, a.url, a.title, a.published, a.published_source, a.text, a.site_name,
                     a.text, ts])
        for f in result.figures:
            con.execute("INSERT INTO figures VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'v3', ?, "
                        "true)", [f.id, a.id, *f.span, f.text, f.rule, f.value, f.qualifier, f.unit, f.counted,
                                  f.category, f.outcome, f.out_of, f.period_from, f.period_to, f.org, f.noun,
                                  f.period_source, ts])


def as_version_3_kept_it(result: ArticleResult) -> ArticleResult:
    """What a version 3 store knew of ``result``: no blocks, no encoding, no roles."""
    kept = result.model_copy(deep=True)
    kept.article.blocks, kept.article.encoding = [], None
    for f in kept.figures:
        f.role, f.total_of, f.part_of = None, [], None
    return kept


def test_a_version_3_file_gains_the_columns_and_keeps_its_rows(tmp_path):
    path = tmp_path / "v3.duckdb"
    stored = with_ids(table_result())
    write_version_3_file(path, stored)
    with Store(path) as store:
        assert store.schema_version() == SCHEMA_VERSION == 4
        assert store.load(stored.article.id) == as_version_3_kept_it(stored)
    with duckdb.connect(str(path), read_only=True) as con:
        # null, not '[]': the blocks of an article stored before are not known
        assert con.execute("SELECT blocks IS NULL, encoding IS NULL FROM articles").fetchone() == (True, True)
    with Store(path) as store:  # extracted again, it is stored whole
        store.save(table_result(), "v4")
        assert store.load(stored.article.id) == stored
        assert store.counts()["figures"] == 3


def test_a_migrated_file_has_the_columns_a_new_one_has(tmp_path):
    write_version_3_file(tmp_path / "v3.duckdb", with_ids(table_result()))
    Store(tmp_path / "v3.duckdb").close()
    Store(tmp_path / "new.duckdb").close()

    def columns(path):
        with duckdb.connect(str(path), read_only=True) as con:
            return {table: {(name, kind) for name, kind in con.execute(
                "SELECT column_name, data_type FROM information_schema.columns WHERE table_name = ?",
                [table]).fetchall()} for table in ("articles", "figures")}

    assert columns(tmp_path / "v3.duckdb") == columns(tmp_path / "new.duckdb")

