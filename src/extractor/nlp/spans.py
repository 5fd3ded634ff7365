"""The ``extractor_spans`` component: every record as a spaCy Span, for displaCy and
for spaCy users, and the factories spaCy finds through entry points.

Runs last. For each record in ``doc._.figures``, ``doc._.outcomes`` and
``doc._.dates`` it puts a Span over the record's words in ``doc.spans`` under the
same name, in the same order:

    doc.spans["figures"]    label: what the figure counts ("officer"), else "figure"
    doc.spans["outcomes"]   label: the outcome ("dismissed")
    doc.spans["dates"]      label: the date's kind ("full_date", "relative" ...)

and ``span._.record`` is the record. The record is looked up, not stored: the span's
id is "figures:3", the record's place in its list, so two outcomes on the same words
(two officers dismissed) each keep their own, and nothing more needs serialising.

    from spacy import displacy
    displacy.render(doc, style="span", options={"spans_key": "figures"})

pyproject.toml names each extractor factory under ``spacy_factories``, pointing
here: spaCy imports this module, which imports the component modules
models/pipeline.json lists, so ``spacy.blank("en").add_pipe("extractor_figures")``
works without importing extractor first.
"""

from __future__ import annotations

import importlib

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import registry

from ..rulefiles import load_json

GROUPS = ("figures", "outcomes", "dates")


def _record(span: Span):
    group, _, index = (span.id_ or "").partition(":")
    if group not in GROUPS or not index.isdigit():
        return None
    found = getattr(span.doc._, group) or ()
    return found[int(index)] if int(index) < len(found) else None


if not Span.has_extension("record"):
    Span.set_extension("record", getter=_record)


@Language.factory("extractor_spans")
def make_spans(nlp: Language, name: str):
    return add_spans


def add_spans(doc: Doc) -> Doc:
    kinds = [span.label_ for span in doc._.date_spans or ()]
    labels = {
        "figures": lambda i, f: f.counted or "figure",
        "outcomes": lambda i, o: o.outcome,
        "dates": lambda i, d: kinds[i] if i < len(kinds) else "date",
    }
    for group in GROUPS:
        doc.spans[group] = [doc.char_span(*record.span, label=labels[group](i, record), span_id=f"{group}:{i}",
                                          alignment_mode="expand")
                            for i, record in enumerate(getattr(doc._, group) or ())]
    return doc


def _factory(name: str):
    """The factory a component module registered, or None: spaCy imports this module in
    every ``spacy.blank()``, which must not fail over one missing component (add_pipe
    then says which)."""
    internal = Language.get_factory_name(name)
    return registry.factories.get(internal) if internal in registry.factories else None


# Importing the components registers their factories (each module's @Language.factory).
for _step in load_json("pipeline.json")["components"]:
    if _step["module"] != __name__:
        importlib.import_module(_step["module"])

# What the spacy_factories entry points name: the components' own factory functions.
make_sentences = _factory("extractor_sentences")
make_dates = _factory("extractor_dates")
make_outcomes = _factory("extractor_outcomes")
make_figures = _factory("extractor_figures")
