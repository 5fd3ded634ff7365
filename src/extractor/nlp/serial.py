"""What the components leave on a Doc survives ``Doc.to_bytes``: records, dates and
date resolutions become tagged msgpack maps and come back as the same objects.

spaCy ships a Doc between processes (``nlp.pipe(texts, n_process=2)``), and into a
DocBin, as msgpack, which knows neither pydantic models nor ``datetime.date``.
srsly lets a library add an encoder and a decoder for its own types; these handle
only extractor's records, ``Resolution`` and dates, and pass anything else on. A
decoder builds only the classes named here (never pickle): bytes from elsewhere
cannot make it run code.
"""

from __future__ import annotations

from datetime import date

import srsly

from .. import records
from ..normalise.timex import Resolution

TAG = "__extractor__"
# the records a Doc extension may hold; a tag names one of these or "date"/"Resolution"
RECORDS = {cls.__name__: cls for cls in (records.Figure, records.Outcome, records.DateMention, records.Claim,
                                          records.Check, records.Article, records.ArticleResult)}


def encode(obj, chain=None):
    if isinstance(obj, records.Record) and type(obj).__name__ in RECORDS:
        return {TAG: type(obj).__name__, "v": obj.model_dump()}
    if isinstance(obj, Resolution):
        return {TAG: "Resolution", "v": [obj.date_from, obj.date_to, obj.kind, obj.carried, obj.relative]}
    if isinstance(obj, date) and type(obj) is date:
        return {TAG: "date", "v": obj.isoformat()}
    return obj if chain is None else chain(obj)


def decode(obj, chain=None):
    tag = obj.get(TAG) if isinstance(obj, dict) else None
    if tag == "date":
        return date.fromisoformat(obj["v"])
    if tag == "Resolution":
        return Resolution(*obj["v"])
    if tag in RECORDS:
        return RECORDS[tag].model_validate(obj["v"])
    return obj if chain is None else chain(obj)


srsly.msgpack_encoders.register("extractor", func=encode)
srsly.msgpack_decoders.register("extractor", func=decode)
