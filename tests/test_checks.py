from datetime import date

from extractor.checks import article_checks
from extractor.records import Article, ArticleResult, DateMention

TEXT = "The IOPC said last year it received 90 referrals, and in three years 250."


def result(published, mentions):
    article = Article.from_text(TEXT, "t.txt", published=published)
    dates = []
    for phrase, relative, start, end in mentions:
        i = TEXT.index(phrase)
        dates.append(DateMention(span=(i, i + len(phrase)), text=phrase, relative=relative,
                                 date_from=start, date_to=end))
    return ArticleResult(article=article, dates=dates)


def test_a_relative_date_without_a_publication_date_is_flagged():
    checks = article_checks(result(None, [("last year", True, None, None)]))
    assert [c.kind for c in checks] == ["unresolved_date"]
    assert "last year" in checks[0].message
    assert checks[0].spans == [(TEXT.index("last year"), TEXT.index("last year") + 9)]


def test_a_relative_date_resolved_from_the_publication_date_is_not_flagged():
    mention = ("last year", True, date(2020, 1, 1), date(2020, 12, 31))
    assert article_checks(result(date(2021, 5, 1), [mention])) == []


def test_an_undated_duration_is_not_a_relative_date():
    assert article_checks(result(None, [("in three years", False, None, None)])) == []
