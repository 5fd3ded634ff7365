"""The areasubj19 battery (tests/nlp/areasubj19_battery.py): a force's area as a clause's
subject names the force; the area as a place does not."""

import pytest

from areasubj19_battery import NEGATIVE, NOT_CARRIED, POSITIVE
from figures_found import by_text

# a UK story: the forces' areas are the UK places, not the US ones sharing their names
_UK = "The IOPC published the figures on Monday. "


@pytest.mark.parametrize("text,words,area", POSITIVE, ids=[c[0][:60] for c in POSITIVE])
def test_an_area_as_subject_is_its_force(text, words, area):
    figure = by_text(_UK + text)[words]
    assert figure.org is not None and area in figure.org, figure.org


@pytest.mark.parametrize("text,words", NEGATIVE, ids=[c[0][:60] for c in NEGATIVE])
def test_an_area_as_a_place_is_not_a_force(text, words):
    figure = by_text(_UK + text).get(words)
    area = next(w for w in ("South Yorkshire", "Merseyside", "Lancashire", "Cumbria", "Northumbria", "Humberside")
                if w in text)
    assert figure is None or figure.org is None or area not in figure.org, figure.org


@pytest.mark.parametrize("text,words", NOT_CARRIED, ids=[c[0][:60] for c in NOT_CARRIED])
def test_an_area_as_subject_owns_its_clause_only(text, words):
    found = by_text(_UK + text)
    for w in words:
        assert found[w].org is None or not any(a in found[w].org for a in ("Cumbria", "Merseyside", "Lancashire")), w
