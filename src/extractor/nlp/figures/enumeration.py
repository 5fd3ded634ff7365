"""Numbers that mark the items of a list run into a paragraph, not figures.

A writer who lists grounds, claims or steps inside a paragraph numbers them in order from one:
"argues: (1) the evidence was thin; (2) the court erred", "the grounds are: 1 Neglect of duty;
2 Dishonesty". Each marker stands where an item begins (after a colon, a semicolon, a comma, a
conjunction or a full stop, or at the start of a line) or is followed by the item's first word
("claims (1) he was"). A count in brackets after its label ("dismissed (3), resigned (4)")
stands after a word with a comma after it and is not a marker; a run that does not count on
from one is not a list."""

from __future__ import annotations

from spacy.attrs import IS_ASCII, IS_DIGIT
from spacy.tokens import Doc

# what an item of a run-in list may open after
_ITEM_OPENERS = {":", ";", ",", ".", "and", "or", "—", "–", "-"}
# words that go on from a bracketed count rather than open an item: "upheld (1) in Kent", "Kent (1) and Essex (2)"
_NOT_ITEM_WORDS = {"and", "or", "in", "of", "at", "on", "by", "from", "with", "for", "were", "was", "is", "are"}
_MAX_ITEM = 20
_MAX_GAP = 400  # tokens between one marker and the next in the same list


def digit_tokens(doc: Doc) -> list[int]:
    """The indices of the tokens written in digits, found without a Python loop over every word."""
    if not len(doc):
        return []
    flags = doc.to_array([IS_DIGIT, IS_ASCII])  # "²" is a digit int() cannot read
    return (flags[:, 0] & flags[:, 1]).nonzero()[0].tolist()


def _opens_item(doc: Doc, i: int) -> bool:
    """Token ``i`` stands where an item of a list begins."""
    if i == 0:
        return True
    before = doc[i - 1]
    return before.lower_ in _ITEM_OPENERS or "\n" in before.text_with_ws or before.is_space


def _marker(doc: Doc, i: int):
    """(form, value, first token) if token ``i`` is a number shaped like a list marker:
    '(2) the', '2) the', or a bare '2 Dishonesty' after a colon or semicolon."""
    tok = doc[i]
    if not tok.text.isdigit() or not 0 < int(tok.text) <= _MAX_ITEM or i + 1 >= len(doc):
        return None
    value, nxt = int(tok.text), doc[i + 1]
    # an item's first word after the bracket: "(2) the court erred", "claims (1) he was"
    words_on = i + 2 < len(doc) and doc[i + 2].is_alpha and doc[i + 2].lower_ not in _NOT_ITEM_WORDS
    if i > 0 and doc[i - 1].text == "(" and nxt.text == ")" and (_opens_item(doc, i - 1) or words_on):
        return "bracketed", value, i - 1
    if nxt.text == ")" and (_opens_item(doc, i) or words_on) and (i == 0 or doc[i - 1].text != "("):
        return "closed", value, i
    if i > 0 and doc[i - 1].text in (":", ";") and nxt.is_title and nxt.is_alpha:
        return "bare", value, i
    return None


def enumeration_markers(doc: Doc, digits: list[int]) -> set[int]:
    """The token indices of the numbers that mark a run-in list's items: markers of one form
    counting on from one (1, 2, 3 ...), each within a paragraph's reach of the one before.
    ``digits``: the indices of the tokens written in digits (digit_tokens)."""
    found: dict[str, list[tuple[int, int]]] = {}
    last = len(doc) - 1
    for i in digits:
        if i < last and (doc[i + 1].text == ")" or i and doc[i - 1].text in (":", ";")) and len(doc[i].text) <= 2:
            m = _marker(doc, i)
            if m is not None:
                found.setdefault(m[0], []).append((i, m[1]))
    out: set[int] = set()
    for markers in found.values():
        run: list[int] = []
        for i, value in markers:
            if run and value == len(run) + 1 and i - run[-1] <= _MAX_GAP:
                run.append(i)
            else:
                if len(run) >= 2:
                    out.update(run)
                run = [i] if value == 1 else []
        if len(run) >= 2:
            out.update(run)
    return out
