"""The Extractor builds its pipeline afresh as it grows; what it extracts does not change.
Every input runs inside one boundary: what it raises becomes its Failure, what
libraries warn about goes to the debug log."""

import logging
import warnings
from datetime import date

from extractor.pipeline import Extractor, Failure, IdSet, Task
from extractor.workers import run_tasks
from extractor.records import Article, ArticleResult

TEXTS = [f"PC Alan Ward{i} was dismissed in March 202{i % 4} after {10 + i} complaints were upheld, "
         f"Westshire Police said on 3 April 202{i % 4}." for i in range(7)]


def articles():
    return [Article.from_text(text, f"a{i}.txt", published=date(2024, 5, 1)) for i, text in enumerate(TEXTS)]


def test_a_pipeline_is_renewed_every_so_many_articles_with_the_same_results():
    renewing, steady = Extractor(renew_articles=3), Extractor(renew_articles=10 ** 9)
    fresh = [renewing.extract(a) for a in articles()]
    assert renewing.renewals == 2  # before the 4th and the 7th
    assert fresh == [steady.extract(a) for a in articles()] and steady.renewals == 0
    assert any(r.figures for r in fresh) and any(r.outcomes for r in fresh)


def test_a_pipeline_is_renewed_when_its_vocabulary_has_grown():
    extractor = Extractor(renew_strings=1)
    for article in articles()[:3]:
        extractor.extract(article)
    assert extractor.renewals == 2  # each article brings new strings (a new name, new numbers)


def test_an_id_set_answers_membership_for_article_ids_only():
    ids = IdSet(["00000000000000ff", "ffffffffffffffff", "32f829be6012df21", "32f829be6012df21"])
    assert len(ids) == 3
    assert "32f829be6012df21" in ids and "ffffffffffffffff" in ids and "00000000000000ff" in ids
    assert "32f829be6012df22" not in ids and "0" not in ids and "not an id at all" not in ids
    assert 255 not in ids
    assert "x" not in IdSet()


class RaisingExtractor:
    """An Extractor whose rules break on one article."""

    def __init__(self):
        self.real = Extractor()

    def extract(self, article):
        if "Ward3" in article.text:
            raise ZeroDivisionError("division by zero")
        return self.real.extract(article)


def test_an_input_that_raises_is_a_failure_and_the_others_are_extracted():
    tasks = [Task(a.source, a) for a in articles()]
    items = list(run_tasks(tasks, workers=1, extractor=RaisingExtractor()))
    assert [type(i).__name__ for i in items] == ["ArticleResult"] * 3 + ["Failure"] + ["ArticleResult"] * 3
    assert items[3] == Failure("a3.txt", "a3.txt: failed while extracting (ZeroDivisionError: division by zero)")


def test_a_library_warning_is_logged_at_debug_level_not_shown(tmp_path, caplog):
    feed = tmp_path / "feed.html"  # an RSS feed saved as .html: bs4 warns it is XML
    feed.write_text('<?xml version="1.0"?><rss version="2.0"><channel><title>Force news</title><item>'
                    "<title>Officer dismissed</title><description>A constable was dismissed for gross "
                    "misconduct on 3 March 2023.</description></item></channel></rss>", encoding="utf-8")
    caplog.set_level(logging.DEBUG, logger="extractor")
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a warning that reached us would fail the test
        [item] = run_tasks([Task(str(feed))], workers=1)
    assert isinstance(item, ArticleResult) and "dismissed for gross misconduct" in item.article.text
    assert any("XMLParsedAsHTMLWarning" in record.getMessage() for record in caplog.records)
