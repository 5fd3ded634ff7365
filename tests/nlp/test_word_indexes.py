"""The per-word look-ups that replaced testing every predicate in turn: which plans'
anchors a word passes (anchor_tests.AnchorIndex), which of their needs it passes
(anchor_tests.NeedIndex) and which date predicates it satisfies
(date_matcher.Compiled.mask) come out exactly as the plain one-by-one tests give them."""

import pytest
import spacy

from extractor.nlp import build_nlp
from extractor.nlp.anchor_tests import AnchorIndex, NeedIndex
from extractor.nlp.anchored import AnchoredMatcher
from extractor.nlp.date_matcher import Compiled

WORDS = ["dismissed", "Dismissed", "DISMISSED", "sacked", "officers", "Police", "police", "of", ",", "%",
         "14", "1,234", "2019", "2019/20", "2019-20", "0117", "12345", "3rd", "21st", "9:30", "24/7", "£5",
         "5kg", "2.5GB", "twenties", "1990s", "mid-1990s", "LAPD", "NYPD", "ABC", "KTVU", "O'Neill",
         "May", "may", "MAY", "Monday", "monday", "Mon", "today", "Today", "tonight", "FY2019", "fy19/20",
         "Jan.5", "12/03/2021", "\n\n", "Report", "report", ""]


@pytest.fixture(scope="module")
def nlp():
    return build_nlp()


def _matchers(nlp):
    figures, outcomes = nlp.get_pipe("extractor_figures"), nlp.get_pipe("extractor_outcomes")
    return [figures.matcher, figures.org_matcher_rules, outcomes.matcher]


def test_the_anchor_index_finds_the_plans_every_anchor_test_finds(nlp):
    kinds = set()
    for matcher in _matchers(nlp):
        assert isinstance(matcher, AnchoredMatcher)
        index = AnchorIndex(matcher._plans)
        for word in WORDS:
            lex = nlp.vocab[word]
            found = index.passed(lex)
            assert found == AnchorIndex.plain(matcher._plans, lex), word
            kinds |= {matcher._plans[k].specs[matcher._plans[k].anchor][1][0] for k in found}
    # the words reach plans anchored on each kind of test, so every branch was compared
    assert kinds == {"lower", "orth", "flag", "regex_orth", "regex_lower"}


def test_the_need_index_finds_the_needs_every_test_finds(nlp):
    kinds = set()
    for matcher in _matchers(nlp):
        index = NeedIndex(list(dict.fromkeys(c for plan in matcher._plans for c in plan.needs)))
        for word in WORDS:
            lex = nlp.vocab[word]
            assert index.bits(lex) == index.plain(lex), word
            kinds |= {kind for (kind, _value), bit in index.bit.items() if index.bits(lex) & bit}
    assert kinds == {"lower", "orth", "flag", "regex_orth", "regex_lower"}


def test_a_words_needs_are_one_bit_per_test_it_passes():
    index = NeedIndex([("lower", frozenset({"barred", "list"})), ("flag", "LIKE_NUM"),
                       ("regex_orth", r"^\d{4}$"), ("orth", frozenset({"List"}))])
    nlp = spacy.blank("en")
    assert index.bits(nlp.vocab["Barred"]) == 0b0001
    assert index.bits(nlp.vocab["List"]) == 0b1001
    assert index.bits(nlp.vocab["2019"]) == 0b0110
    assert index.bits(nlp.vocab["twelve"]) == 0b0010
    assert index.bits(nlp.vocab["said"]) == 0


def test_plans_anchored_on_different_kinds_of_test_come_out_in_plan_order():
    nlp = spacy.blank("en")
    matcher = AnchoredMatcher(nlp.vocab)
    matcher.add("digits", [[{"TEXT": {"REGEX": r"^\d+$"}}]])                        # 0
    matcher.add("fourteen", [[{"LOWER": {"IN": ["14", "fourteen"]}}, {"LOWER": "months"}]])  # 1
    matcher.add("share", [[{"LIKE_NUM": True}, {"ORTH": "%"}]])                    # 2: on the number
    matcher.add("exact", [[{"ORTH": "14"}]])                                       # 3
    matcher.add("sacked", [[{"LOWER": "sacked"}]])                                 # 4
    matcher.add("also_digits", [[{"TEXT": {"REGEX": r"^\d+$"}}, {"ORTH": "%"}]])     # 5
    index = AnchorIndex(matcher._plans)
    assert index.passed(nlp.vocab["14"]) == [0, 1, 2, 3, 5]
    assert index.passed(nlp.vocab["Fourteen"]) == [1, 2]
    assert index.passed(nlp.vocab["SACKED"]) == [4]
    assert index.passed(nlp.vocab["the"]) == []


def test_a_words_date_predicates_are_the_ones_testing_each_gives(nlp):
    finder = nlp.get_pipe("extractor_dates")
    for compiled in (finder.parts, finder.mentions):
        masks = {word: compiled.mask(word) for word in WORDS}
        assert masks == {word: compiled.plain_mask(word) for word in WORDS}
        assert sum(bool(m) for m in masks.values()) > 10  # the words do hold date words


def test_word_lists_checks_beside_them_and_other_tests_each_give_their_bit():
    compiled = Compiled()
    may = compiled.bit({"LOWER": "may"}, "t")                                 # any case
    month = compiled.bit({"IS_LOWER": False, "LOWER": {"IN": ["may", "june"]}}, "t")  # not "may" the verb
    exact = compiled.bit({"TEXT": {"IN": ["May", "MAY"]}}, "t")
    other = compiled.bit({"LOWER": {"NOT_IN": ["may"]}}, "t")
    digits = compiled.bit({"TEXT": {"REGEX": r"^\d+$"}}, "t")
    three = compiled.bit({"LENGTH": 3}, "t")
    assert compiled.mask("May") == 1 << may | 1 << month | 1 << exact | 1 << three
    assert compiled.mask("may") == 1 << may | 1 << three
    assert compiled.mask("mAy") == 1 << may | 1 << month | 1 << three
    assert compiled.mask("June") == 1 << month | 1 << other
    assert compiled.mask("123") == 1 << other | 1 << digits | 1 << three
    for word in ("May", "may", "mAy", "MAY", "June", "june", "123", ""):
        assert compiled.mask(word) == compiled.plain_mask(word), word
