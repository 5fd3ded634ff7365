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

Spans in records are character offsets into ``doc.text``. Ids are assigned later,
by the pipeline, once the article id is known.
"""

from __future__ import annotations

import importlib
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from ..rulefiles import load_json

for _name, _default in (("published", None), ("site_name", None), ("blocks", None), ("dates", None),
                         ("outcomes", None),
                         ("figures", None)):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=_default)


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once: spaCy joins every token's text on each access, and the
    components ask for it hundreds of times an article."""
    text = doc.user_data.get("extractor_text")
    if text is None:
        text = doc.user_data["extractor_text"] = doc.text
    return text


def build_nlp() -> Language:
    """A fresh pipeline: spacy.blank('en') plus the components models/pipeline.json names."""
    config = load_json("pipeline.json")
    nlp = spacy.blank("en")
    for step in config["components"]:
        importlib.import_module(step["module"])  # registers the factory
        nlp.add_pipe(step["factory"], name=step.get("name", step["factory"]), config=step.get("config", {}))
    from .rules import AnchoredMatcher, share_flags  # rules imports this module
    share_flags([proc.matcher for _name, proc in nlp.pipeline
                 if isinstance(getattr(proc, "matcher", None), AnchoredMatcher)])
    return nlp


@lru_cache(maxsize=1)
def shared_nlp() -> Language:
    return build_nlp()
