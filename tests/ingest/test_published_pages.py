"""The published-date battery: pages written in the layouts news, force, court and
press-release sites use (tests/published_pages.py), each read as a user's
file is read, each with the date a careful reader gives it, or none."""

from datetime import date

import pytest

from extractor.ingest.read import read_source

from published_pages import PAGES
from published_pages_more import PAGES_MORE
from published_pages_blogs import PAGES_BLOGS
from published_pages_html import PAGES_HTML
from published_pages_plain import PAGES_PLAIN


ALL = PAGES + PAGES_MORE + PAGES_PLAIN + PAGES_HTML + PAGES_BLOGS


@pytest.mark.parametrize("name, content, expected, why", ALL, ids=[p[0] for p in ALL])
def test_a_page_is_dated_as_a_reader_dates_it(tmp_path, name, content, expected, why):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    article = read_source(str(path))
    assert article.published == (date.fromisoformat(expected) if expected else None), why
