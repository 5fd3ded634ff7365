"""The date pattern engine's gate (date_matcher._gate) only skips tries that cannot
match: with it, the date patterns find exactly what walking every try finds."""

from pathlib import Path

import pytest

from extractor.ingest.read import expand_sources, read_source
from extractor.nlp import build_nlp
from extractor.nlp.date_matcher import PART, Compiled, _gate

CORPUS = Path(__file__).resolve().parents[2] / "corpus"

SENTENCES = [
    "On Tuesday 4 June 2019, in the financial year 2018/19, the whole of 2020 and the past 12 months.",
    "From April 2016 to March 2017 the force dismissed two officers; the the the year-to-date total.",
    "Between 1 and 5 June, since the start of 2021, the first quarter of the fiscal year 2006.",
    "the", "the past", "in the", "",
]


def test_gate_checks_required_items_where_they_can_stand():
    the, past, num, unit = 0, 1, 2, 3
    # "the? past|last @NUM? @UNIT": "past" stands first or second; the unit's place varies
    items = [(the, "?"), (past, None), (num, "?"), (unit, None)]
    assert _gate(items) == ((past, None, (0, 1)), (unit, None, (1, 2, 3)))
    # a required first item chose the pattern: the gate starts after it, and stops at a part
    assert _gate([(the, None), (PART, frozenset({"year"})), (unit, None)]) == (
        (PART, frozenset({"year"}), (1,)),)
    # nothing is known past a run of any length
    assert _gate([(the, "*"), (past, None)]) == ()


def _ungated(compiled: Compiled) -> Compiled:
    plain = Compiled()
    plain.tests = compiled.tests
    for name, items in compiled.patterns:
        plain.add(name, list(items))
    plain._gates = [()] * len(plain.patterns)
    return plain


@pytest.fixture(scope="module")
def nlp():
    return build_nlp()


def _texts():
    texts = list(SENTENCES)
    if CORPUS.is_dir():
        texts += [read_source(s).text for s in expand_sources([str(CORPUS)])]
    return texts


def test_gated_run_finds_what_every_try_finds(nlp):
    finder = nlp.get_pipe("extractor_dates")
    plain_parts, plain_mentions = _ungated(finder.parts), _ungated(finder.mentions)
    tried = 0
    for text in _texts():
        doc = nlp.make_doc(text)
        part_masks, masks = finder._word_masks(doc)
        none = [None] * len(doc)
        assert finder.parts.run(part_masks, none) == plain_parts.run(part_masks, none)
        starts, _inside = finder._find_parts(part_masks)
        found = finder.mentions.run(masks, starts)
        assert found == plain_mentions.run(masks, starts)
        tried += bool(found)
    assert tried > 3  # the texts do hold dates
