import pytest
import spacy

import extractor.nlp.sentences  # noqa: F401


@pytest.fixture(scope="module")
def nlp():
    nlp = spacy.blank("en")
    nlp.add_pipe("extractor_sentences")
    return nlp


def sentences(nlp, text):
    return [s.text.strip() for s in nlp(text).sents]


def test_a_line_break_always_ends_a_sentence(nlp):
    assert sentences(nlp, "Officer sacked\n\nA constable was dismissed.") == ["Officer sacked", "A constable was dismissed."]


def test_abbreviations_do_not_end_sentences(nlp):
    assert sentences(nlp, "Mr. Smith and Det. Insp. Jones spoke. They agreed.") == [
        "Mr. Smith and Det. Insp. Jones spoke.", "They agreed."]


def test_rank_titles_of_models_subjects_are_abbreviations(nlp):
    # the ranks come from models/subjects.json (US titles included), not a list of this module's own
    assert sentences(nlp, "Cpl. Dan Reed and Capt. Jo Ames were fired. Lt. Al Fox resigned.") == [
        "Cpl. Dan Reed and Capt. Jo Ames were fired.", "Lt. Al Fox resigned."]


def test_a_rank_word_can_end_a_sentence(nlp):
    assert sentences(nlp, "He was fired by the chief. He had been a trooper. The board agreed.") == [
        "He was fired by the chief.", "He had been a trooper.", "The board agreed."]


def test_a_closing_quote_stays_with_its_sentence(nlp):
    assert sentences(nlp, 'He said: "It is wrong." The panel agreed.') == ['He said: "It is wrong."', "The panel agreed."]


def test_a_sentence_may_start_with_an_acronym_or_a_rank(nlp):
    assert sentences(nlp, "Misconduct was not proven. PC Ed Vale was cleared. IOPC staff said so.") == [
        "Misconduct was not proven.", "PC Ed Vale was cleared.", "IOPC staff said so."]


def test_decimals_do_not_end_sentences(nlp):
    assert sentences(nlp, "Dismissals rose by 3.5 per cent in a year.") == ["Dismissals rose by 3.5 per cent in a year."]
