"""What the components leave on a Doc survives ``Doc.to_bytes``: records, dates and
date resolutions become tagged msgpack maps and come back as the same objects.

spaCy ships a Doc between processes (``nlp.pipe(texts, n_process=2)``), and into a
DocBin, as msgpack, which knows neither pydantic models nor ``datetime.date``.
srsly lets a library add an encoder and a decoder for its own types; these handle
only extractor's records (any pydantic model of records.py), ``Resolution`` and
dates, and pass anything else on. The decoder builds only those classes (never
pickle): bytes from elsewhere cannot make it run code.
"""

from __future__ import annotations

from datetime import date

import srsly

from .. import records
from ..normalise.timex import Resolution

TAG = "__extractor__"


def _record_class(name: str):
    """The pydantic record of records.py by that name (a tag names one), else None."""
    cls = getattr(records, name, None)
    return cls if isinstance(cls, type) and issubclass(cls, records.Record) else None


def encode(obj, chain=None):
    if isinstance(obj, records.Record) and _record_class(type(obj).__name__) is type(obj):
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
    cls = _record_class(tag) if isinstance(tag, str) else None
    if cls is not None:
        return cls.model_validate(obj["v"])
    return obj if chain is None else chain(obj)


srsly.msgpack_encoders.register("extractor", func=encode)
srsly.msgpack_decoders.register("extractor", func=decode)
