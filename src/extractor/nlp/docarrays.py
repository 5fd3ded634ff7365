"""Token attributes of a Doc read once, as plain lists, for the components to share."""

from __future__ import annotations

from spacy.attrs import ORTH
from spacy.tokens import Doc


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once: spaCy joins every token's text on each access, and the
    components ask for it hundreds of times an article."""
    text = doc.user_data.get("extractor_text")
    if text is None:
        text = doc.user_data["extractor_text"] = doc.text
    return text


def token_orths(doc: Doc) -> list[int]:
    """Every token's word id (ORTH), as a plain list made once a Doc: the sentence marker,
    the people finder, each anchored matcher, the date finder and the figures' token marks
    all read it, and each ``to_array`` and ``tolist`` was ~0.02 ms. Read, never changed: no
    component retokenizes a Doc."""
    orths = doc.user_data.get("extractor_orths")
    if orths is None:
        orths = doc.user_data["extractor_orths"] = doc.to_array(ORTH).tolist() if len(doc) else []
    return orths


def span_text(span) -> str:
    """``span.text``, cut from the Doc's text: spaCy builds a Token for every word of the
    span and joins their texts on each access (a 50-word sentence ~20-40 us), and the
    figure finder reads whole sentences' texts for cues. The same string: spaCy's
    tokenizer keeps every character, and a span's characters run from its first token's
    start to its last token's end (the same text ``doc_text`` keeps)."""
    return doc_text(span.doc)[span.start_char:span.end_char]
