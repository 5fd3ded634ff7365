"""The public API, used as the README shows it: extract_text, extract_file,
extract_many and Store, the records, and ExtractorError for every failure."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

import extractor

CORPUS = Path(__file__).resolve().parents[1] / "corpus"


def test_extract_text_gives_the_records_with_their_words():
    result = extractor.extract_text(
        "PC Sam Reed was dismissed for gross misconduct, Westshire Police said on 3 March 2023.",
        published=date(2023, 3, 4))
    assert isinstance(result, extractor.ArticleResult)
    assert [(o.outcome, o.subject, o.text, o.date) for o in result.outcomes] == [
        ("dismissed", "PC Sam Reed", "was dismissed", date(2023, 3, 3)),
        ("gross_misconduct_proven", "PC Sam Reed", "was dismissed for gross misconduct", date(2023, 3, 3))]
    assert all(isinstance(o, extractor.Outcome) for o in result.outcomes)
    assert [(d.text, d.date_from) for d in result.dates] == [("3 March 2023", date(2023, 3, 3))]
    for item in result.outcomes + result.dates:
        start, end = item.span
        assert result.article.text[start:end] == item.text


def test_extract_text_reads_the_text_as_a_txt_file_is_read(tmp_path):
    text = ("Sergeant sacked over racist messages\nTuesday 14 May 2024 | News\n\n"
            "A sergeant was dismissed without notice on Monday after a misconduct hearing.\n")
    from_text = extractor.extract_text(text)
    (tmp_path / "story.txt").write_text(text, encoding="utf-8")
    from_file = extractor.extract_file(str(tmp_path / "story.txt"))
    assert (from_text.article.published, from_text.article.published_source) == (date(2024, 5, 14), "text")
    assert [b.kind for b in from_text.article.blocks] == ["title", "dateline", "paragraph"]
    assert from_text.article.blocks == from_file.article.blocks
    assert [(o.outcome, o.date) for o in from_text.outcomes] == [(o.outcome, o.date) for o in from_file.outcomes]


def test_extract_text_dates_an_article_from_its_byline_when_not_told():
    result = extractor.extract_text("By Jo Bloggs | 2 May 2021\n\nTwo officers were dismissed last year.",
                                    url="https://example.org/story", title="Two dismissed")
    assert (result.article.published, result.article.published_source) == (date(2021, 5, 2), "byline")
    assert (result.article.url, result.article.title, result.article.source) == (
        "https://example.org/story", "Two dismissed", "https://example.org/story")
    [figure] = result.figures
    assert (figure.value, figure.counted, figure.outcome) == (2, "officer", "dismissed")
    assert (figure.period_from, figure.period_to) == (date(2020, 1, 1), date(2020, 12, 31))


def test_extract_file_reads_any_supported_file():
    result = extractor.extract_file(str(CORPUS / "hearing-outcomes-notice-2023.txt"))
    assert result.article.published == date(2023, 3, 9)
    assert result.outcomes and result.article.encoding == "utf-8"
    pdf = extractor.extract_file(str(CORPUS / "foi-mercia-resignations-under-investigation.pdf"))
    assert pdf.figures and pdf.article.encoding is None


@pytest.mark.parametrize("call, message", [
    (lambda: extractor.extract_text("   "), "<text>: empty text"),
    (lambda: extractor.extract_file("ftp://example.org/a.txt"), "unsupported scheme 'ftp'"),
    (lambda: extractor.extract_file("no/such/file.txt"), "no/such/file.txt: no such file"),
])
def test_every_failure_is_an_extractor_error_of_one_line(call, message):
    with pytest.raises(extractor.ExtractorError, match=message) as failed:
        call()
    assert "\n" not in str(failed.value)


def test_extract_many_stores_a_directory_and_store_reads_it_back(tmp_path):
    (tmp_path / "in").mkdir()
    for name in ("hearing-outcomes-notice-2023.txt", "pq-barred-list-answer-2022.txt"):
        (tmp_path / "in" / name).write_bytes((CORPUS / name).read_bytes())
    (tmp_path / "in" / "empty.txt").write_text("")
    db = tmp_path / "extractor.duckdb"
    run = extractor.extract_many([str(tmp_path / "in")], store=db)
    items = list(run)
    assert [type(i).__name__ for i in items] == ["Failure", "ArticleResult", "ArticleResult"]
    assert items[0].message.endswith("empty.txt: empty file")
    assert (run.stored, len(run.failures)) == (2, 1)
    with extractor.Store(db) as store:
        assert sorted(store.article_ids()) == sorted(i.article.id for i in items[1:])
        assert store.load(items[1].article.id).outcomes == items[1].outcomes


def test_importing_extractor_loads_no_heavy_library():
    code = ("import sys, extractor; heavy = {'spacy', 'pydantic', 'duckdb', 'pypdf', 'bs4'} & set(sys.modules);"
            "print(sorted(heavy))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
    assert set(extractor.__all__) <= set(dir(extractor))
