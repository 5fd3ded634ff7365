"""Fuzzing what parses text, bounded to a few seconds: random and adversarial
strings through the normalisers and the whole pipeline never raise, never hang,
and give spans that hold their words and dates within 1800-2200, in order.

The properties and strategies are bench/fuzz.py's, which runs them for minutes
(``python bench/fuzz.py --minutes 10``); a failure it finds becomes an example here.
"""

from __future__ import annotations

import importlib.util
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from extractor.pipeline import Extractor

_spec = importlib.util.spec_from_file_location("fuzz", Path(__file__).resolve().parents[1] / "bench" / "fuzz.py")
fuzz = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(fuzz)

BOUNDED = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.fixture(scope="module")
def extractor():
    return Extractor()


@pytest.mark.parametrize("text", fuzz.ADVERSARIAL, ids=range(len(fuzz.ADVERSARIAL)))
def test_adversarial_strings_pass_every_normaliser(text):
    for anchor in (None, date(2023, 5, 1)):
        fuzz.timed(fuzz.check_normalisers, text, anchor)


@pytest.mark.parametrize("text", fuzz.ADVERSARIAL, ids=range(len(fuzz.ADVERSARIAL)))
def test_adversarial_strings_pass_the_pipeline(text, extractor):
    fuzz.timed(fuzz.check_pipeline, text, date(2023, 5, 1), extractor)


def test_twenty_kilobytes_of_adversarial_text_finish_in_time(extractor):
    text = ("\n\n".join(fuzz.ADVERSARIAL[:6] + fuzz.ADVERSARIAL[8:]) * 40)[:20_000]
    fuzz.timed(fuzz.check_pipeline, text, date(2023, 5, 1), extractor)


@BOUNDED
@given(fuzz.texts(), fuzz.anchors())
def test_random_strings_pass_every_normaliser(text, anchor):
    fuzz.timed(fuzz.check_normalisers, text, anchor)


@settings(BOUNDED, max_examples=40)
@given(fuzz.texts(), fuzz.anchors())
def test_random_strings_pass_the_pipeline(extractor, text, published):
    fuzz.timed(fuzz.check_pipeline, text, published, extractor)
