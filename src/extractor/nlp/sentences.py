"""Sentence boundaries for news text on a blank pipeline.

spaCy's rule-based sentencizer splits on final punctuation only; news pages also
break sentences at line ends (headlines, bylines, list items, table rows have no
full stop), so a token that follows a line break always starts a sentence.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

_FINAL = {".", "!", "?", "…"}
_CLOSERS = {'"', "”", "’", "'", ")", "]"}
# A full stop after these is an abbreviation, not the end of a sentence.
_ABBREVIATIONS = {"mr", "mrs", "ms", "dr", "st", "no", "vs", "v", "insp", "supt", "sgt", "det", "pc",
                  "ch", "con", "cllr", "prof", "gen", "col", "lt", "jan", "feb", "mar", "apr", "jun",
                  "jul", "aug", "sep", "sept", "oct", "nov", "dec", "co", "ltd", "inc", "etc", "e.g", "i.e"}


@Language.factory("extractor_sentences")
def make_sentences(nlp: Language, name: str):
    return mark_sentences


def mark_sentences(doc: Doc) -> Doc:
    if not len(doc):
        return doc
    starts = [False] * len(doc)
    starts[0] = True
    for i in range(1, len(doc)):
        prev = doc[i - 1]
        if "\n" in prev.whitespace_ or (prev.is_space and "\n" in prev.text):
            starts[i] = True
            continue
        if doc[i].is_space or (doc[i].text in _CLOSERS and not prev.whitespace_):
            continue  # a closing quote glued to the full stop before it
        # Walk back over closing quotes/brackets to the punctuation before them.
        j = i - 1
        while j > 0 and doc[j].text in _CLOSERS:
            j -= 1
        tok = doc[j]
        if tok.text in _FINAL and j >= 1 and doc[j - 1].lower_ in _ABBREVIATIONS and tok.text == ".":
            continue
        if tok.text in _FINAL or (tok.text.endswith(".") and len(tok.text) > 1 and tok.lower_.rstrip(".") not in _ABBREVIATIONS and not tok.like_num):
            if tok.text in _FINAL or tok.i == i - 1:
                starts[i] = (doc[i].is_title or doc[i].is_upper or doc[i].is_digit
                             or doc[i].text[:1] in "\"“‘'(" or not doc[i].is_alpha)
    for token, start in zip(doc, starts):
        token.is_sent_start = start
    return doc
