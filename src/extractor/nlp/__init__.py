"""The spaCy side: a blank English tokenizer plus rule components built from models/.

Components run in the order that ``models/pipeline.json`` lists. Each one reads
the Doc and what earlier components left on it, and leaves its own records on a
Doc extension:

    doc._.published   date | None   the article's publication date, set before the run
    doc._.site_name   str | None    the publishing site or body, set before the run
    doc._.blocks      list[Block]   the article's layout (ingest/layout.py), set before the run
    doc._.dates       list[DateMention]   (component "extractor_dates")
    doc._.outcomes    list[Outcome]       (component "extractor_outcomes")
    doc._.figures     list[Figure]        (component "extractor_figures")

and the last, "extractor_spans" (nlp/spans.py), shows each record as a Span in
``doc.spans["figures"]``, ``["outcomes"]`` and ``["dates"]``, the record itself in
``span._.record``, so displaCy's span view draws them.

Spans in records are character offsets into ``doc.text``. Ids are assigned later,
by the pipeline, once the article id is known. Everything set here survives
``Doc.to_bytes`` (see serial.py), so ``nlp.pipe(texts, n_process=2)`` works.
"""

from __future__ import annotations

import importlib
from functools import lru_cache
from operator import itemgetter

import spacy
from spacy.attrs import LOWER
from spacy.language import Language
from spacy.tokens import Doc, Span

from ..rulefiles import load_json
from .anchored import AnchoredMatcher, share_flags
from .docarrays import doc_text, token_orths  # noqa: F401  (doc_text: the components import it from here)
from . import serial  # noqa: F401  (registers the msgpack codec for what the components set)

for _name, _default in (("published", None), ("site_name", None), ("blocks", None), ("dates", None),
                         ("outcomes", None), ("outcome_words", None),
                         ("figures", None)):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=_default)


def _get_date_spans(doc: Doc):
    stored = doc.user_data.get("extractor_date_spans")
    return None if stored is None else [Span(doc, start, end, label=label, span_id=rule)
                                        for start, end, label, rule in stored]


def _set_date_spans(doc: Doc, spans) -> None:
    doc.user_data["extractor_date_spans"] = None if spans is None else [
        (span.start, span.end, span.label_, span.id_) for span in spans]


# The dates component's spans (doc._.date_spans) are kept as token offsets, label and
# id, and rebuilt on reading: a Span object in user_data cannot be serialised. Their
# span._.date_resolution is keyed by character offsets, so a rebuilt Span finds it.
if not Doc.has_extension("date_spans"):
    Doc.set_extension("date_spans", getter=_get_date_spans, setter=_set_date_spans)


def keep_text(doc: Doc, text: str) -> None:
    """Hand ``doc_text`` the text the Doc was made from, so it is not joined again from
    every token (~0.1 ms an article): spaCy's tokenizer keeps every character, so
    ``doc.text`` is that text (the snapshot in bench/snapshot.py holds it to that)."""
    doc.user_data["extractor_text"] = text


def token_texts(doc: Doc) -> list[str]:
    """Every token's text, as a plain list made once a Doc: the sentence marker and the
    people finder both read it, and indexing a Doc builds a Token each time."""
    texts = doc.user_data.get("extractor_texts")
    if texts is None:
        texts = doc.user_data["extractor_texts"] = _strings_of(doc, token_orths(doc))
    return texts


def token_lowers(doc: Doc) -> list[str]:
    """Every token's lower case, as ``token_texts``."""
    lowers = doc.user_data.get("extractor_lowers")
    if lowers is None:
        lowers = doc.user_data["extractor_lowers"] = _strings_of(doc, doc.to_array(LOWER).tolist())
    return lowers


# a string's id (its hash, the same in every vocabulary) -> the string: the vocabulary makes a
# new Python str at each look-up, this hands back the one it made before
_STRINGS: dict[int, str] = {}


def _strings_of(doc: Doc, ids: list[int]) -> list[str]:
    try:
        return list(itemgetter(*ids)(_STRINGS)) if len(ids) > 1 else [_STRINGS[i] for i in ids]
    except KeyError:  # a word not seen before
        if len(_STRINGS) >= 262144:
            _STRINGS.clear()
        strings = doc.vocab.strings
        for i in set(ids).difference(_STRINGS):
            _STRINGS[i] = strings[i]
        return [_STRINGS[i] for i in ids]


def build_nlp() -> Language:
    """A fresh pipeline: spacy.blank('en') plus the components models/pipeline.json names."""
    config = load_json("pipeline.json")
    nlp = spacy.blank("en")
    for step in config["components"]:
        importlib.import_module(step["module"])  # registers the factory
        nlp.add_pipe(step["factory"], name=step.get("name", step["factory"]), config=step.get("config", {}))
    share_flags([proc.matcher for _name, proc in nlp.pipeline
                 if isinstance(getattr(proc, "matcher", None), AnchoredMatcher)])
    return nlp


@lru_cache(maxsize=1)
def shared_nlp() -> Language:
    return build_nlp()
