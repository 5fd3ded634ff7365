"""Put back what trafilatura drops from a page without an article root.

Only ``html.py`` calls this. trafilatura finds the main text of div soup well,
but it drops short blocks by its own heuristics: the <h2> headings of a court
judgment, and list items, above all a short <ol> after the last paragraph it
kept ("4. Two questions arise. ..."). Our own walk of the page (furniture
already stripped) holds every block in document order, so trafilatura's
blocks are found in the walk and the walk's headings and prose list items
around them are put back:

* between two kept blocks: every heading, and every list item or paragraph
  that is a sentence (trafilatura's blocks mark where the article runs);
* before the first kept block: the headings just above it;
* after the last kept block: the run of numbered or bulleted sentences (list
  items, a heading above one of them) that follows it, up to the first block
  that is not one (a footer's links, a sidebar's teaser paragraph).

A walk that does not hold most of trafilatura's blocks is a different reading
of the page, and trafilatura's blocks are kept as they are.

Old pages mark a heading by bold alone (``<center><b>Background</b></center>``,
``<p><strong>The hearing</strong></p>``): ``bold_heading`` tells the walk so.
A <pre> of hard-wrapped prose (a US opinion printed as plain text) has its lines
joined into paragraphs as a PDF's are (``pre_blocks``); any other <pre> stays as it is.
"""

from __future__ import annotations

import re

from .html_meta import fold, squash
from .layout_cues import layout_cues
from .pdf import pdf_layout_to_text

Block = tuple[str, str]
_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
# A sentence: eight words or more ending as a sentence ends; a list item may end in ";".
_SENTENCE = re.compile(r"^(?:\S+\s+){7,}\S*[.!?;:\"”’)]$")


def bold_heading(el) -> bool:
    """A block whose whole text is one bold run, short and not closed as a sentence or a
    label is ("Background", "The grounds of appeal"; not "Between:", not "Read more.")."""
    bold = [c for c in el.find_all(["b", "strong"]) if c.find_parent(["b", "strong"]) is None]
    if len(bold) != 1:
        return False
    text = squash(el.get_text())
    return bool(text) and squash(bold[0].get_text()) == text and len(text.split()) <= 10 \
        and text[-1:] not in ".!?:;,\"”'’…)" and not any(ch.isdigit() for ch in text[:1])


# a line of prose that runs on: eight words or more, and the next line opens in lower case
_WRAPPED = re.compile(r"^[ \t]*(?:\S+[ \t]+){7,}\S+[ \t]*\n[ \t]*[a-z]", re.M)


def pre_blocks(text: str) -> list[Block]:
    """A <pre>'s blocks: its paragraphs when it is hard-wrapped prose, else itself."""
    lines = "\n".join(line.rstrip() for line in text.splitlines())
    if len(_WRAPPED.findall(lines)) < 2:
        return [("pre", lines)]
    return [("p", para) for para in pdf_layout_to_text([lines]).split("\n\n") if para.strip()]


def _key(text: str) -> str:
    return fold(squash(re.sub(r"^\s*-\s+", "", text)))


def _is_sentence(block: Block) -> bool:
    kind, text = block
    return kind in ("p", "li") and bool(_SENTENCE.match(squash(text)))


def _matches(kept: list[Block], walk: list[Block]) -> list[int | None]:
    """The walk index of each of trafilatura's blocks (in order), or None."""
    keys = [_key(text) for _, text in walk]
    where: list[int | None] = []
    start = 0
    for _, text in kept:
        key = _key(text)
        found = next((j for j in range(start, len(keys)) if keys[j] == key), None) if key else None
        where.append(found)
        if found is not None:
            start = found + 1
    return where


def _trailing(walk: list[Block], after: int) -> list[Block]:
    out: list[Block] = []
    pending: list[Block] = []
    for block in walk[after + 1:]:
        if block[0] in _HEADINGS and len(block[1].split()) <= 12:
            pending.append(block)
            continue
        if block[0] != "li" or not _is_sentence(block):
            break  # a paragraph trafilatura left after the text is a sidebar's teaser, not the article's
        out.extend(pending + [block])
        pending = []
    return out


def _between(loose: list[Block], walk: list[Block], before: Block | None = None) -> list[Block]:
    """The walk's headings and sentences between two kept blocks, with trafilatura's
    blocks there that the walk does not hold. A walk block that holds one of them whole is
    taken instead: trafilatura breaks a list item where the page's source breaks its line."""
    loose_keys = [_key(text) for _, text in loose]
    taken, covered = [], set()
    listing = _introduces(before)
    for block in walk:
        key = _key(block[1])
        holds = {i for i, k in enumerate(loose_keys) if k and k in key}
        # a list after "The panel found these allegations proven:" or a heading is the article's
        listing = listing and block[0] == "li"
        if holds or listing or block[0] in _HEADINGS or _is_sentence(block):
            taken.append(block)
            covered |= holds
            listing = listing or _introduces(block)
    return [b for i, b in enumerate(loose) if i not in covered] + taken


def _introduces(block: Block | None) -> bool:
    """A block a list may follow: a line ending in ":", or a heading that is not furniture's
    ("Related stories", "Latest news": models/layout.json furniture_headings)."""
    if block is None:
        return False
    if block[0] in _HEADINGS:
        return block[1].strip(" :#").lower() not in layout_cues().furniture_headings
    return block[1].rstrip().endswith(":")


def fill(kept: list[Block], walk: list[Block]) -> list[Block]:
    """trafilatura's ``kept`` blocks with the walk's dropped headings and sentences put back."""
    where = _matches(kept, walk)
    found = [j for j in where if j is not None]
    if not found or len(found) * 2 < len(kept):
        return kept
    out: list[Block] = []
    first = found[0]
    lead = first
    # (a bare "-" is the bullet of an <li> whose text sits in a <p> inside it)
    while lead > 0 and (walk[lead - 1][0] in _HEADINGS and _introduces(walk[lead - 1]) or not _key(walk[lead - 1][1])):
        lead -= 1
    out.extend(b for b in walk[lead:first] if _key(b[1]))
    prev, loose = None, []
    for block, j in zip(kept, where):
        if j is None:
            loose.append(block)
            continue
        if prev is not None:
            out.extend(_between(loose, walk[prev + 1:j], out[-1] if out else None))
        else:
            out.extend(loose)
        loose = []
        out.append((walk[j][0] if block[0] == "p" else block[0], block[1]))
        prev = j
    out.extend(loose)
    out.extend(_trailing(walk, found[-1]))
    return out
