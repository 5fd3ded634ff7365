"""The rows11 battery (tests/nlp/rows11_battery.py): outcomes stated by a table row or by
labelled lines of an entry, and the tables and lines that state none."""

import pytest

from extractor import extract_file
from outcomes_found import words_in

from rows11_battery import PAGES


def page_outcomes(tmp_path, name, kind, text):
    path = tmp_path / f"{name}.{kind}"
    path.write_text(text, encoding="utf-8")
    return [(o.outcome, o.subject or "") for o in extract_file(str(path)).outcomes]


def page_misses(got, stated, allowed):
    """What a page should have given and did not, and what it gave that it should not."""
    missing = [(o, s) for o, s in stated if not any(g == o and words_in(s, gs) for g, gs in got)]
    extra = [(g, gs) for g, gs in got if not any(g == o and words_in(s, gs) for o, s in stated + allowed)]
    return missing, extra


@pytest.mark.parametrize("name,kind,text,stated,allowed", PAGES, ids=[p[0] for p in PAGES])
def test_layout_outcomes(tmp_path, name, kind, text, stated, allowed):
    got = page_outcomes(tmp_path, name, kind, text)
    missing, extra = page_misses(got, stated, allowed)
    assert not missing and not extra, (missing, extra, got)
