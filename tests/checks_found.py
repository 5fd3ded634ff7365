"""What the check tests read: the checks the whole pipeline raises on a text written
for them, less unresolved_date (a text with a publication date raises none it means)."""

from datetime import date

from extractor.pipeline import extract_article
from extractor.records import Article


def checks_of(text, published=date(2024, 3, 1)):
    article = Article.from_text(text, "t.txt", published=published)
    return [c for c in extract_article(article).checks if c.kind != "unresolved_date"]
