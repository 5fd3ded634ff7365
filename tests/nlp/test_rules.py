"""AnchoredMatcher must find exactly what spaCy's Matcher finds, in the same order:
it only skips the stretches of a text where no pattern can match, and reads word
lists and regexes from lexeme flags instead of calling them token by token."""

from pathlib import Path

import pytest
import spacy
from spacy.matcher import Matcher

from extractor.ingest.read import expand_sources, read_source
from extractor.nlp import build_nlp
from extractor.nlp.rules import AnchoredMatcher, WordTest, word_flag

CORPUS = Path(__file__).resolve().parents[2] / "corpus"

SENTENCES = [
    "PC John Smith was jailed for 14 months, and two other officers were dismissed.",
    "Kent Police recorded 1,234 complaints in 2021/22, up from 987 the year before.",
    "Call 01234 567890 at 9:30 or email us; 24/7 support, 3.2.1 Section heading.",
    "More than half of the 70 officers were found guilty of gross misconduct.",
    "One in every 20 officers, a third of staff, hundreds of allegations - and 5%.",
    "",
    "Police",
]


@pytest.fixture(scope="module")
def nlp():
    return build_nlp()


def _texts():
    texts = list(SENTENCES)
    if CORPUS.is_dir():
        texts += [read_source(s).text for s in expand_sources([str(CORPUS)])]
    return texts


@pytest.mark.parametrize("pipe", ["extractor_figures", "extractor_outcomes"])
def test_anchored_matches_equal_the_full_matcher(nlp, pipe):
    anchored = nlp.get_pipe(pipe).matcher
    assert isinstance(anchored, AnchoredMatcher)
    for text in _texts():
        doc = nlp(text)
        assert anchored(doc) == anchored.matcher(doc), text[:60]


def test_unbounded_operators_reach_as_far_as_their_tokens_allow():
    nlp = spacy.blank("en")
    anchored = AnchoredMatcher(nlp.vocab)
    anchored.add("force", [[{"IS_TITLE": True, "OP": "+"}, {"ORTH": "Police"}]])
    anchored.add("phone", [[{"TEXT": {"REGEX": r"^0\d+$"}}, {"TEXT": {"REGEX": r"^\d+$"}, "OP": "*"}]])
    full = Matcher(nlp.vocab)
    full.add("force", [[{"IS_TITLE": True, "OP": "+"}, {"ORTH": "Police"}]])
    full.add("phone", [[{"TEXT": {"REGEX": r"^0\d+$"}}, {"TEXT": {"REGEX": r"^\d+$"}, "OP": "*"}]])
    doc = nlp("the Avon And Somerset Police said: ring 0117 123 456 789 now")
    assert anchored(doc) == full(doc)
    assert any(e - s == 4 for _, s, e in anchored(doc))  # "Avon And Somerset Police"


def test_windows_skip_text_no_pattern_can_touch():
    nlp = spacy.blank("en")
    anchored = AnchoredMatcher(nlp.vocab)
    anchored.add("jailed", [[{"LOWER": "was", "OP": "?"}, {"LOWER": "jailed"}]])
    doc = nlp("Nothing here at all for many words , then he was jailed today .")
    assert anchored.windows(doc) == [(10, 12)]
    assert anchored(doc) == anchored.matcher(doc)
    assert {(s, e) for _, s, e in anchored(doc)} == {(11, 12), (10, 12)}


def test_word_lists_and_regexes_run_as_lexeme_flags():
    nlp = spacy.blank("en")
    anchored = AnchoredMatcher(nlp.vocab)
    pattern = [{"LOWER": {"IN": ["jailed", "imprisoned"]}}, {"LOWER": "for"}, {"TEXT": {"REGEX": r"^\d+$"}}]
    anchored.add("jailed_for", [pattern])
    doc = nlp("PC Lee was Jailed for 14 months, imprisoned for two.")
    assert [doc[s:e].text for _, s, e in anchored(doc)] == ["Jailed for 14"]
    jailed = word_flag(nlp.vocab, WordTest("LOWER", "IN", ["jailed", "imprisoned"]), claim=False)
    assert jailed is not None and doc[3].check_flag(jailed) and not doc[4].check_flag(jailed)
    assert anchored(doc) == anchored.matcher(doc)  # the Matcher with the pattern as written


def test_tests_beyond_the_free_flags_stay_python_predicates():
    nlp = spacy.blank("en")
    anchored = AnchoredMatcher(nlp.vocab)
    words = [f"word{n}" for n in range(60)]  # 60 different tests; spaCy has 45 free flags
    for n, word in enumerate(words):
        anchored.add(f"rule{n}", [[{"LOWER": {"IN": [word, "both"]}}, {"LOWER": {"NOT_IN": ["no"]}}]])
    doc = nlp("Word0 yes , word59 yes ; both no ; WORD7 word8 .")
    assert anchored(doc) == anchored.matcher(doc)
    assert {doc[s:e].text for _, s, e in anchored(doc)} == {"Word0 yes", "word59 yes", "WORD7 word8", "word8 ."}


def test_each_window_runs_only_the_patterns_anchored_in_it_with_the_same_matches_in_the_same_order():
    nlp = spacy.blank("en")
    anchored, full = AnchoredMatcher(nlp.vocab), Matcher(nlp.vocab)
    patterns = {"jailed": [{"LOWER": "was", "OP": "?"}, {"LOWER": "jailed"}],
                "jailed_for": [{"LOWER": "jailed"}, {"LOWER": "for"}, {"LIKE_NUM": True}],
                "number": [{"LIKE_NUM": True}],
                "sacked": [{"LOWER": {"IN": ["sacked", "dismissed"]}}]}
    for key, pattern in patterns.items():
        anchored.add(key, [pattern])
        full.add(key, [pattern])
    doc = nlp("He was jailed for 14 months . Many words later , two officers were sacked .")
    assert anchored(doc) == full(doc)
    # (start, end, the patterns run there): "was jailed for 14", then "two", then "sacked"
    assert anchored._windows(doc) == [(1, 5, (0, 1, 2)), (11, 12, (2,)), (14, 15, (3,))]
    assert [(doc.vocab.strings[m], s, e) for m, s, e in anchored(doc)] == [
        ("jailed", 1, 3), ("jailed", 2, 3), ("jailed_for", 2, 5), ("number", 4, 5), ("number", 11, 12),
        ("sacked", 14, 15)]


def test_a_pattern_whose_anchor_has_the_wrong_neighbour_neither_widens_a_window_nor_runs_there():
    nlp = spacy.blank("en")
    anchored, full = AnchoredMatcher(nlp.vocab), Matcher(nlp.vocab)
    patterns = {"share": [{"LIKE_NUM": True}, {"ORTH": "%"}, {"LOWER": "of", "OP": "?"}],
                "out_of": [{"LIKE_NUM": True}, {"LOWER": "out"}, {"LOWER": "of"}, {"LIKE_NUM": True}],
                # anchored on the age, not on the capitalised word every name has
                "age": [{"TEXT": {"REGEX": "^[A-Z][a-z]+$"}}, {"ORTH": ","}, {"TEXT": {"REGEX": r"^\d{2}$"}},
                        {"ORTH": ","}]}
    for key, pattern in patterns.items():
        anchored.add(key, [pattern])
        full.add(key, [pattern])
    doc = nlp("Smith, 34, said 12 officers and 40% of Staff; 3 out of 4.")
    assert anchored(doc) == full(doc)
    # "12" is followed by no "%" or "out" and preceded by no ",": no window; "Staff" anchors nothing
    assert anchored._windows(doc) == [(0, 4, (2,)), (8, 11, (0,)), (13, 17, (1,))]
    assert [doc[s:e].text for _, s, e in anchored(doc)] == ["Smith, 34,", "40%", "40% of", "3 out of 4"]


def test_a_reach_without_a_word_the_pattern_needs_neither_makes_a_window_nor_runs_there():
    nlp = spacy.blank("en")
    anchored, full = AnchoredMatcher(nlp.vocab), Matcher(nlp.vocab)
    # anchored on "said" (the earliest of the rare words); "barred" and "list" are needed too
    patterns = {"barred": [{"LOWER": "said"}, {"IS_ALPHA": True, "OP": "{0,3}"}, {"LOWER": "added"},
                           {"LOWER": "to"}, {"LOWER": "the"}, {"LOWER": "barred"}, {"LOWER": "list"}],
                "said_number": [{"LOWER": "said"}, {"LIKE_NUM": True}]}
    for key, pattern in patterns.items():
        anchored.add(key, [pattern])
        full.add(key, [pattern])
    doc = nlp("He said it was added to the file . She said he would be added to the barred list . "
              "They said 12 .")
    assert anchored(doc) == full(doc)
    # the first "said" reaches no "barred"; the last reaches no "barred" but a number
    assert anchored._windows(doc) == [(10, 19, (0,)), (21, 23, (1,))]
    assert [doc[s:e].text for _, s, e in anchored(doc)] == ["said he would be added to the barred list",
                                                            "said 12"]
    # a text with no "barred" anywhere runs the first pattern nowhere
    assert anchored._windows(nlp("She said he was added to the list .")) == []
