"""What the store's conflict tests build: one-sentence stories of a count, extracted, and
their figures as the statements Store.batch_neighbours reads."""

from datetime import date

from extractor.checks.keys import bounds, comparable
from extractor.pipeline import extract_article
from extractor.records import Article
from extractor.store import STATEMENT_COLUMNS

SENTENCE = ("Northshire Police received {n} complaints of corruption in the two years to March 2022, "
            "records released this week show.")


def story(n: str, i: int):
    article = Article.from_text(f"Story {i}\n\n" + SENTENCE.format(n=n), f"story-{i}.txt",
                                published=date(2022, 6, 1))
    return extract_article(article)


def statements(result) -> list[tuple]:
    return [(*(getattr(f, c) for c in STATEMENT_COLUMNS), *bounds(f)) for f in result.figures if comparable(f)]
