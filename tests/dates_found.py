"""What the date tests read from the whole pipeline: each date mention as (text, from, to),
read against a publication date the test gives; and the test the date batteries share,
which a battery module binds to its own name so pytest collects it there."""

import pytest

from extractor.nlp import shared_nlp


def dates_on(text, published):
    nlp = shared_nlp()
    doc = nlp.make_doc(text)
    doc._.published = published
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return [(d.text, str(d.date_from), str(d.date_to)) for d in doc._.dates]


def found_in(found, words, days, absent, unresolved_is_absent=False):
    """The mention holding (or held by) ``words`` reads as ``days`` (first, last); with ``days``
    the battery's ``absent``, no mention there reads as a date (with ``unresolved_is_absent``,
    none reads as one with both ends known)."""
    hits = [(a, b) for t, a, b in found if words in t or t in words]
    if days == absent:
        return not [h for h in hits if not unresolved_is_absent or h != ("None", "None")]
    return tuple(days) in hits


def dates_battery_test(cases: list, absent, unresolved_is_absent=False):
    """A date battery's test: each case (text, publication date, {words: days}) reads its words
    as those days, or as no date where the days are ``absent``."""

    @pytest.mark.parametrize("text,published,expected", cases, ids=[c[0][:60] for c in cases])
    def test_the_words_read_as_their_days(text, published, expected):
        found = dates_on(text, published)
        for words, days in expected.items():
            assert found_in(found, words, days, absent, unresolved_is_absent), (words, days, found)

    return test_the_words_read_as_their_days
