"""token_orths: the one list of a Doc's word ids the components share is the Doc's own
ORTH column, made once, and the token texts read from it are the tokens' texts."""

import spacy
from spacy.attrs import ORTH

from extractor.nlp import token_texts
from extractor.nlp.docarrays import token_orths


def test_the_word_ids_are_the_docs_own_and_made_once():
    nlp = spacy.blank("en")
    doc = nlp.make_doc("PC Jane Doe, 34, was dismissed on 3 March.\n\nThe force said 12 officers were sacked.")
    orths = token_orths(doc)
    assert orths == doc.to_array(ORTH).tolist()
    assert token_orths(doc) is orths
    assert token_texts(doc) == [t.text for t in doc]


def test_an_empty_doc_has_no_word_ids():
    assert token_orths(spacy.blank("en").make_doc("")) == []
