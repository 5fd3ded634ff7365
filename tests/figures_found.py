"""What the figure tests read from the whole pipeline: a text made into an article as
ingest makes one (its blocks found, published on the date given, from the page's
metadata), extracted; its figures as a list, or by their text."""

from datetime import date

from extractor.ingest.layout import with_blocks
from extractor.pipeline import extract_article
from extractor.records import Article

PUBLISHED = date(2023, 6, 1)


def found_figures(text: str, published: date | None = PUBLISHED) -> list:
    source = "meta" if published else "none"
    article = with_blocks(Article.from_text(text, "t.txt", published=published, published_source=source))
    return extract_article(article).figures


def by_text(text: str, published: date | None = PUBLISHED) -> dict:
    return {f.text: f for f in found_figures(text, published)}
