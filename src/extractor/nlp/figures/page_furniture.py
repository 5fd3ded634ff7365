"""Page numbers a document's furniture carries, not figures: the page numbers of a table of
contents and of a running header, as a PDF's text layer or a flattened page gives them.

A table of contents follows its heading ("Contents", "Table of contents") with section titles,
each ending in the page it starts on, and the pages never go back ("Objective 3 / Information 3 /
Total dismissals 4 / Reasons for dismissal 11"), on lines of their own or run together.
A running header repeats a report's title over every page with that page's number after it
("Police Use of Force in Ohio 1 ... Police Use of Force in Ohio 2"): the same title of three
or more words before different small numbers, followed by the page's first words."""

from __future__ import annotations

from bisect import bisect_right

from spacy.attrs import LOWER
from spacy.tokens import Doc

from .. import doc_text

_CONTENTS_WORD = "contents"
_CONTENTS_REACH = 60  # tokens from the heading, or from one page number, to the next page number
_MAX_PAGE = 999
_TITLE_WORDS = 3  # words of a running header's title compared


def _page_number(doc: Doc, i: int) -> bool:
    """Token ``i`` ends a title as a page number does: digits after a word, with a line's end,
    a capitalised word or a symbol after it, never a noun it counts."""
    tok = doc[i]
    if not tok.text.isdigit() or int(tok.text) > _MAX_PAGE or i == 0:
        return False
    before = doc[i - 1]
    if not (before.is_alpha or before.text in (")", "–", "-")) or "\n" in before.text_with_ws:
        return False
    if i + 1 >= len(doc) or "\n" in tok.text_with_ws:
        return True
    nxt = doc[i + 1]
    return nxt.is_space or nxt.is_title or nxt.is_upper or (not nxt.is_alpha and not nxt.like_num
                                                              and nxt.text not in ("%", ",", "."))


def _contents_pages(doc: Doc, digits: list[int]) -> set[int]:
    out: set[int] = set()
    text = doc_text(doc)
    if not digits or "ontents" not in text and "ONTENTS" not in text:
        return out
    lowers = doc.to_array(LOWER)
    for i in (lowers == doc.vocab.strings.add(_CONTENTS_WORD)).nonzero()[0].tolist():
        tok = doc[i]
        if not (tok.is_title or tok.is_upper or (
                tok.i > 1 and doc[tok.i - 1].lower_ == "of" and doc[tok.i - 2].lower_ == "table")) \
                or tok.i <= max(out, default=-1):
            continue  # a heading, not the word in prose; once a run of contents
        last, page = tok.i, 0
        run: list[int] = []
        for j in digits[bisect_right(digits, tok.i):]:
            if j - last > _CONTENTS_REACH:
                break
            if doc[j - 1].text == "(" or doc[j - 1].like_num or 1900 <= int(doc[j].text) <= 2100:
                continue  # a year, a section's own number after the page before it
            if not _page_number(doc, j) or int(doc[j].text) < page:
                break
            page, last = int(doc[j].text), j
            run.append(j)
        if len(run) >= 3:
            out.update(run)
    return out


def _header_pages(doc: Doc, digits: list[int]) -> set[int]:
    titles: dict[tuple, list[tuple[int, int]]] = {}
    last = len(doc) - 1
    for i in digits:
        if i < _TITLE_WORDS or i >= last or not doc[i + 1].is_title or not _page_number(doc, i):
            continue  # a header's page number has its page's first word, capitalised, after it
        words = doc[i - _TITLE_WORDS:i]
        if not all(w.is_alpha for w in words) or sum(w.is_title for w in words) < 2:
            continue  # a title in title case: "Review of Officer Discipline"
        titles.setdefault(tuple(w.lower_ for w in words), []).append((i, int(doc[i].text)))
    out: set[int] = set()
    for pages in titles.values():
        if len({v for _i, v in pages}) >= 2:
            out.update(i for i, _v in pages)
    return out


def furniture_pages(doc: Doc, digits: list[int]) -> set[int]:
    """The token indices of the page numbers in a document's contents and running headers.
    ``digits``: the indices of the tokens written in digits (enumeration.digit_tokens)."""
    return _contents_pages(doc, digits) | _header_pages(doc, digits)
