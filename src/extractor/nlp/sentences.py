"""Sentence boundaries for news text on a blank pipeline.

spaCy's rule-based sentencizer splits on final punctuation only; news pages also
break sentences at line ends (headlines, bylines, list items, table rows have no
full stop), so a token that follows a line break always starts a sentence.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import compress
from operator import or_

import numpy
from spacy.attrs import IS_ALPHA, IS_DIGIT, IS_SPACE, IS_TITLE, IS_UPPER, LIKE_NUM, SENT_START, SPACY
from spacy.language import Language
from spacy.tokens import Doc

from . import token_texts

_FINAL = {".", "!", "?", "…"}
_CLOSERS = {'"', "”", "’", "'", ")", "]"}
# A full stop after these is an abbreviation, not the end of a sentence. Police rank
# abbreviations ("Sgt.", "Det.", "Lt.") are not listed here: they are read from
# models/subjects.json, the one list of ranks (see _abbreviations).
_GENERAL_ABBREVIATIONS = {"mr", "mrs", "ms", "dr", "st", "no", "vs", "v", "cllr", "prof", "gen", "col", "jan", "feb",
                          "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "co", "ltd", "inc",
                          "etc", "e.g", "i.e", "jr", "sr"}  # "LAMONT D. GREER JR., 47,": a name's suffix

# "U.S." ends a sentence ("... in the U.S. The report ...") except before the words of a
# US federal name: "a former officer at the U.S. Penitentiary in Atlanta, pleaded guilty".
_COUNTRY_ABBREVIATIONS = {"u.s.", "u.k."}
_FEDERAL_NAME_WORDS = {"attorney", "attorneys", "district", "penitentiary", "department", "court", "courts",
                       "marshal", "marshals", "magistrate", "customs", "border", "army", "navy", "air", "capitol",
                       "secret", "postal", "supreme", "bureau", "immigration", "embassy", "military", "coast",
                       "justice", "forest", "park", "government", "bankruptcy", "probation", "sentencing",
                       "federal", "prison", "prisons", "citizenship", "commission", "senate", "house", "rep",
                       "sen", "representative", "senator", "congress", "border", "postal", "mint", "treasury"}


@lru_cache(maxsize=1)
def _abbreviations() -> frozenset:
    """The general abbreviations and every rank title of models/subjects.json that is an
    abbreviation, not a word a sentence can end on ("Sgt", "Det", "Lt"; not "Trooper")."""
    from .subjects.schema import load_subject_words  # here: the subjects package imports nlp

    w = load_subject_words()
    words = set(w["role_heads"]) - set(w["abbreviations"])  # "trooper", "deputy": ranks spelt out
    titles = {t.lower().rstrip(".") for t in w["titles_upper"]} | set(w["abbreviations"])
    places = {p.lower().rstrip(".") for p in w["place_abbreviations"]}  # "Ft. Worth", "Mt. Vernon"
    return frozenset(_GENERAL_ABBREVIATIONS | places | (titles - words))


@Language.factory("extractor_sentences")
def make_sentences(nlp: Language, name: str):
    return mark_sentences


# The last character of every token a sentence can start after (besides a line break):
# a final stop, a word ending in a full stop ("etc."), or a closing quote or bracket
# after one. Any other token ends no sentence, so the rules below are not tried there.
_CAN_END = frozenset("".join(_FINAL) + "".join(_CLOSERS) + ".")


def mark_sentences(doc: Doc) -> Doc:
    n = len(doc)
    if not n:
        return doc
    # Token attributes read once into plain lists: indexing a Doc builds a Token each time.
    text = token_texts(doc)
    # one list per attribute (flags[TITLE][i]), not one per token: a list of n seven-item lists
    # was half of this component's time. SPACY: the token has a space after it (its whitespace_
    # is " ", never a line break: line breaks are tokens of their own, IS_SPACE)
    flags = doc.to_array([IS_SPACE, IS_TITLE, IS_UPPER, IS_DIGIT, IS_ALPHA, LIKE_NUM, SPACY]).T.tolist()
    space, title, upper, digit, alpha, _num, spaced = flags
    abbreviations = _abbreviations()
    starts = [-1] * n
    starts[0] = 1
    # only after a line break or a token whose last character can end a sentence (few tokens)
    for i in compress(range(1, n), map(or_, space, map(_CAN_END.__contains__, [t[-1] for t in text]))):
        before = text[i - 1]
        if space[i - 1] and "\n" in before:
            starts[i] = 1
            continue
        if before[-1] not in _CAN_END:
            continue  # a space token with no line break
        if space[i] or (text[i] in _CLOSERS and not spaced[i - 1]):
            continue  # a closing quote glued to the full stop before it
        # Walk back over closing quotes/brackets to the punctuation before them.
        j = i - 1
        while j > 0 and text[j] in _CLOSERS:
            j -= 1
        tok = text[j]
        if tok in _FINAL and j >= 1 and text[j - 1].lower() in abbreviations and tok == ".":
            continue
        if _middle_initial(text, flags, j, i) or _opening_initials(text, flags, j, i) or \
                _initial_after_title(text, flags, j, i, abbreviations):
            continue
        if j == i - 1 and tok.lower() in _COUNTRY_ABBREVIATIONS and text[i].lower() in _FEDERAL_NAME_WORDS:
            continue  # "the U.S. Attorney's Office"
        if tok in _FINAL or (tok.endswith(".") and len(tok) > 1 and tok.lower().rstrip(".") not in abbreviations
                             and not flags[_NUM][j]):
            if tok in _FINAL or j == i - 1:
                if (title[i] or upper[i] or digit[i] or text[i][:1] in "\"“‘'(" or not alpha[i]) and \
                        text[i] not in (",", ";"):
                    starts[i] = 1  # no sentence opens on a comma: "a Macon, Ga., detective"
    doc.from_array([SENT_START], numpy.array(starts, dtype="int64").astype("uint64").reshape(n, 1))
    return doc


# rows of mark_sentences' flags
_SPACE, _TITLE, _UPPER, _DIGIT, _ALPHA, _NUM = range(6)


def _middle_initial(text: list, flags: list, j: int, i: int) -> bool:
    """'Richard G. Farnham': a capital initial with its full stop between a capitalised
    word and the next one is inside a name; so is 'JOHN R. MATTHEWS' in a release's capitals."""
    tok = text[j]
    return j == i - 1 and j >= 1 and len(tok) == 2 and tok[0].isupper() and tok[1] == "." \
        and (flags[_TITLE][j - 1] or flags[_UPPER][j - 1] and flags[_ALPHA][j - 1] and len(text[j - 1]) > 1) \
        and (flags[_TITLE][i] or flags[_UPPER][i] and flags[_ALPHA][i]) and len(text[i]) > 1


def _initial_after_title(text: list, flags: list, j: int, i: int, abbreviations: frozenset) -> bool:
    """'Sgt. K. Amadi', 'Cpl. A. Stroud': one initial after a rank's full stop opens the name that
    follows it (list11)."""
    tok = text[j]
    return j == i - 1 and j >= 2 and len(tok) == 2 and tok[0].isupper() and tok[1] == "." and \
        text[j - 1] == "." and text[j - 2].lower() in abbreviations and flags[_TITLE][i] and len(text[i]) > 1


_DOTTED = re.compile(r"(?:[A-Z]\.){2,3}")


@lru_cache(maxsize=1)
def _place_initials() -> frozenset:
    from .subjects.schema import load_subject_words  # here: the subjects package imports nlp

    return frozenset(load_subject_words().get("place_initials", ()))


def _opening_initials(text: list, flags: list, j: int, i: int) -> bool:
    """'T.J. Walsh was fired': initials with their full stops before a capitalised word open
    a name; a place written that way ('in Washington, D.C. The chief said') ends a sentence
    (models/subjects.json place_initials)."""
    tok = text[j]
    return j == i - 1 and bool(_DOTTED.fullmatch(tok)) and tok not in _place_initials() \
        and flags[_TITLE][i] and flags[_ALPHA][i] and len(text[i]) > 1
