"""What the figure tests read from the whole pipeline: a text made into an article as
ingest makes one (its blocks found, published on the date given, from the page's
metadata), extracted; its figures as a list, or by their text; and the tests the figure
batteries share, which a battery module binds to its own names so pytest collects them there."""

from datetime import date

import pytest

from extractor.evaluate.gold import fold
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


def _field(figure, key):
    value = getattr(figure, key)
    return value.isoformat() if isinstance(value, date) else value


def _right(got, want) -> bool:
    return got in want if isinstance(want, list) else got == want


def mismatches(text: str, expected: list[dict]) -> list[str]:
    """What the pipeline gives that a battery's case does not say, as readable lines; a list
    in a case means any of its values is right, as in the gold."""
    got = found_figures(text)
    if len(got) != len(expected) or any(abs(f.value - e["value"]) > 0.05 for f, e in zip(got, expected)):
        return [f"values {[f.value for f in got]} != {[e['value'] for e in expected]}"]
    return [f"{e['value']} {k}: {_field(f, k)!r} != {v!r}"
            for f, e in zip(got, expected) for k, v in e.items() if k != "value" and not _right(_field(f, k), v)]


def battery_cases(cases: list, missed) -> list:
    """A battery's cases (a text, or a text and what it gives), those in ``missed`` marked as
    strict expected failures: a case read later fails until it leaves ``missed``. A dict of
    missed texts gives each one's cause as the reason."""
    def reason(text):
        return missed[text] if isinstance(missed, dict) else "not read yet"
    return [pytest.param(*((c,) if isinstance(c, str) else c), marks=pytest.mark.xfail(strict=True, reason=reason(
        c if isinstance(c, str) else c[0]))) if (c if isinstance(c, str) else c[0]) in missed else c for c in cases]


def refusal_battery_tests(headline: str, refusals: dict, figures: dict, missed):
    """The three tests every figure-precision battery runs (prec14f, prec15): each kind has five
    refusals and three figures beside them, no refusal yields a figure, and each figure stays
    with its fields. A battery module binds them to its own names so pytest collects them there."""
    refused = [text for texts in refusals.values() for text in texts]
    kept = [case for cases in figures.values() for case in cases]

    def test_every_kind_has_five_refusals_and_three_figures_beside_them():
        assert refusals.keys() == figures.keys()
        assert all(len(refusals[k]) >= 5 and len(figures[k]) >= 3 for k in refusals)

    @pytest.mark.parametrize("text", battery_cases(refused, missed))
    def test_not_a_figure(text):
        assert [f.text for f in found_figures(headline + text)] == []

    @pytest.mark.parametrize("text, expected", battery_cases(kept, missed))
    def test_a_figure_that_stays(text, expected):
        assert mismatches(headline + text, expected) == []

    return test_every_kind_has_five_refusals_and_three_figures_beside_them, test_not_a_figure, test_a_figure_that_stays


def not_a_figure_tests(refusals: list, headline: str = "", missed=()):
    """A refusal battery's test: no refused text (after the battery's headline) yields a figure."""

    @pytest.mark.parametrize("text", battery_cases(refusals, missed))
    def test_not_a_figure(text):
        assert [f.text for f in found_figures(headline + text)] == []

    return test_not_a_figure


def figure_fields_tests(figures: list, missed=()):
    """A figure battery's test: each text gives exactly its figures, each with the fields it says."""

    @pytest.mark.parametrize("text, expected", battery_cases(figures, missed))
    def test_a_figure_and_its_fields(text, expected):
        assert mismatches(text, expected) == []

    return test_a_figure_and_its_fields


def _accepted(org, names) -> bool:
    return any(org is None if name is None else org is not None and fold(org) == fold(name) for name in names)


def check_bodies(text, expected):
    """Each figure of ``text`` has one of the bodies a careful human would accept (None: no
    body's): ``expected`` lists them for every figure, or by words of the figure's text."""
    found = found_figures(text)
    assert found, "the text states a figure"
    if isinstance(expected, dict):
        for key, names in expected.items():
            matching = [f for f in found if key in f.text]
            assert matching, (key, [f.text for f in found])
            for f in matching:
                assert _accepted(f.org, names), (f.text, f.org, names)
    else:
        for f in found:
            assert _accepted(f.org, expected), (f.text, f.org, expected)


def _short(v):
    return v[:50] if isinstance(v, str) else None


def body_tests(cases: list):
    """A whose-figures battery's test (org11, org16, org19): every figure is given its body."""

    @pytest.mark.parametrize("text, expected", cases, ids=_short)
    def test_every_figure_is_given_its_body(text, expected):
        check_bodies(text, expected)

    return test_every_figure_is_given_its_body
