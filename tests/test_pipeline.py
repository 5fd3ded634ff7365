"""The Extractor builds its pipeline afresh as it grows; what it extracts does not change."""

from datetime import date

from extractor.pipeline import Extractor, IdSet
from extractor.records import Article

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
