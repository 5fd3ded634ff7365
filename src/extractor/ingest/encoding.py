"""Bytes -> text, the encoding told from the bytes themselves.

    decode("a.txt", data, declared=None) -> ("the text", "utf-8")

The order, each step trusted more than the next:

1. a byte-order mark (UTF-32, UTF-8, UTF-16);
2. strict UTF-8: valid UTF-8 is UTF-8 whatever a page declares;
3. a charset the page or server declares, other than the latin-1/cp1252/UTF-8
   family (browsers read latin-1 labels as cp1252 too);
4. bytes with NUL bytes (English in UTF-16/32 has one beside every ASCII
   character): charset-normalizer, a maintained detector that weighs how
   plausible each decoding reads, chooses among UTF-16 and UTF-32 (either byte
   order) and cp1252/latin-1. A wide encoding is taken as it says; anything
   else is binary data (a PNG renamed .txt) and refused. Bytes without NULs are
   not asked about wide encodings: the detector can see CJK in junk;
5. else UTF-8 with each invalid byte read as cp1252 (latin-1 where cp1252
   leaves a byte undefined), so a cp1252 file decodes whole and a stray cp1252
   byte in a UTF-8 file costs one character; control characters left over
   (binary data without NULs) refuse it.

The encoding name returned is Python's ("utf-8", "utf-16-le", "cp1252"), or
"utf-8+cp1252" for UTF-8 with stray cp1252 bytes; the Article keeps it.
"""

from __future__ import annotations

import codecs
import re

from ..errors import IngestError

__all__ = ["decode"]


def _cp1252_fallback(err: UnicodeDecodeError) -> tuple[str, int]:
    """Read bytes that are not UTF-8 as cp1252, or as latin-1 where cp1252
    leaves a byte undefined (0x81 0x8D 0x8F 0x90 0x9D: these become C1
    control characters, which ``decode`` then counts as non-text)."""
    chars = []
    for byte in err.object[err.start:err.end]:
        try:
            chars.append(bytes([byte]).decode("cp1252"))
        except UnicodeDecodeError:
            chars.append(chr(byte))
    return "".join(chars), err.end


codecs.register_error("extractor-cp1252", _cp1252_fallback)

# Charsets read as UTF-8, else cp1252 (browsers read latin-1 labels as cp1252 too).
_DEFAULT_LABELS = {"iso-8859-1", "iso8859-1", "latin-1", "latin1", "l1", "us-ascii", "ascii",
                   "windows-1252", "cp1252", "utf-8", "utf8"}
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ufffd]")
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),  # before UTF-16: FF FE 00 00
         (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
_WIDE = ("utf_16", "utf_16_le", "utf_16_be", "utf_32", "utf_32_le", "utf_32_be")
_CANDIDATES = list(_WIDE) + ["cp1252", "latin_1"]


def decode(source: str, data: bytes, declared: str | None = None) -> tuple[str, str]:
    """(text, encoding) of ``data``; IngestError for binary data or bytes that no
    encoding reads as text. ``declared``: the charset a page or server gave."""
    text, encoding = _decode(source, data, declared)
    bad = len(_CONTROL.findall(text))
    if bad and bad > 0.005 * len(text):
        if _looks_binary(data):
            raise IngestError(source, "binary file (mostly non-text bytes), not text")
        raise IngestError(source, "invalid UTF-8, and not cp1252 or latin-1 text either")
    return _CONTROL.sub("", text), encoding


def _decode(source: str, data: bytes, declared: str | None) -> tuple[str, str]:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            if codec == "utf-8":
                return _utf8_or_cp1252(data[len(bom):])
            return data.decode(codec, errors="replace"), codec
    nul = b"\x00" in data
    if not nul:
        try:
            return data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            pass
        codec = _declared_codec(declared)
        if codec:
            return data.decode(codec, errors="replace"), codec
    # English in UTF-16/32 has a NUL byte beside every ASCII character; bytes with none
    # are not asked about wide encodings, which the detector may then see in junk.
    guess = _detect(data) if nul else None
    if guess in _WIDE:
        codec = codecs.lookup(guess).name
        return data.decode(codec, errors="replace"), codec
    if nul:
        raise IngestError(source, "binary file (contains NUL bytes), not text")
    # cp1252, latin-1 or nothing plausible: read the bytes as the browsers' default;
    # the control characters left in a binary file then refuse it (``decode``).
    return _utf8_or_cp1252(data)


def _declared_codec(declared: str | None) -> str | None:
    label = (declared or "").strip().lower()
    try:
        return codecs.lookup(label).name if label and label not in _DEFAULT_LABELS else None
    except LookupError:
        return None


def _detect(data: bytes) -> str | None:
    """charset-normalizer's best reading among ``_CANDIDATES``, or None when none
    reads as text."""
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=_CANDIDATES).best()
    return best.encoding if best is not None else None


def _utf8_or_cp1252(data: bytes) -> tuple[str, str]:
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    text = data.decode("utf-8", errors="extractor-cp1252")
    whole = data.decode("cp1252", errors="extractor-cp1252")  # every byte read as cp1252
    return text, ("cp1252" if text == whole else "utf-8+cp1252")


def _looks_binary(data: bytes) -> bool:
    sample = data[:4096]
    controls = sum(1 for b in sample if b < 9 or 13 < b < 32)
    return controls > 0.02 * len(sample)
