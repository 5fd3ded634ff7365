"""subjects/surnames.py: the one surname a story uses as a name without ever giving it a first
name. Read when English uses the word as a name (more than once mid-sentence, once before a verb
of its own); left alone when it is used once, joined to another surname, or when two words
qualify. Sentences written for these tests."""

import pytest

from extractor.nlp import shared_nlp
from extractor.nlp.subjects import People


def bare_names(text):
    return sorted({m.text for m in People(shared_nlp()(text)).mentions if m.bare})


@pytest.mark.parametrize("text, name", [
    ("A trooper crashed in Oxford. Police put Harlow on leave. After a review, Harlow was arrested. "
     "An inquiry into Harlow began.", "Harlow"),
    ("A former Easton officer is due in court. A judge wrote that Pryce is to plead guilty. The lawyer for "
     "Pryce declined to comment. Pryce is charged with theft.", "Pryce"),
    ("A Garda sergeant was suspended in Mayo. Gardaí say Brennock was popular. Brennock was arrested, and a "
     "file on Brennock has gone to the DPP.", "Brennock"),
])
def test_the_story_surname_is_a_name(text, name):
    assert bare_names(text) == [name]


@pytest.mark.parametrize("text", [
    # once only in the middle of a sentence: a place as likely as a person
    "A trooper crashed in Oxford. Harlow was arrested. Harlow resigned.",
    # two people go by surnames
    "Lawyers for Pryce and Dunne said the case was weak. Pryce is charged. Dunne was arrested. Police named "
    "Pryce and Dunne.",
    # two words qualify: the article names several people this way
    "A judge said Pryce is to plead guilty and Dunne is not. The lawyer for Pryce and the lawyer for Dunne "
    "declined to comment. Police said Dunne was arrested after Pryce was.",
    # the surname has a first name in the article: the ordinary reading of names covers it
    "Officer Sam Harlow crashed in Oxford. Police put Harlow on leave. Harlow was arrested. An inquiry into "
    "Harlow began.",
])
def test_no_story_surname(text):
    assert bare_names(text) == []
