"""Where a PDF's words sit on the page (see ``pdf.py``); pdf_tables.py makes tables of them.

    page_geometry(page)    -> [GeoLine]: the words of each printed line, with x positions
"""

from __future__ import annotations

import re
import statistics
from dataclasses import dataclass
from typing import Any, Optional

__all__ = ["GeoLine", "Word", "page_geometry"]


@dataclass(frozen=True)
class Word:
    a: float  # left edge, in points (or characters, for text positioned by its spaces)
    b: float  # right edge
    text: str
    spaces: int = 0  # spaces before it inside its text run; 0 for the first word of a run

    @property
    def starts_run(self) -> bool:
        return self.spaces == 0


@dataclass(frozen=True)
class GeoLine:
    words: tuple[Word, ...]
    y: float      # baseline, larger is higher on the page
    size: float   # font height of the line's main text
    unit: float   # average character width: what counts as a wide gap is measured in it

    @property
    def key(self) -> str:
        return "".join(w.text for w in self.words)


def page_geometry(page: Any) -> Optional[list[GeoLine]]:
    """The printed lines of a page, top to bottom, each word with its x span.
    None when pypdf cannot give positions for this page (never raises)."""
    try:
        from pypdf._text_extraction import _layout_mode
        from pypdf.generic import ArrayObject, ContentStream, StreamObject

        contents = page.get("/Contents")
        contents = contents.get_object() if contents is not None else None
        if not isinstance(contents, (ArrayObject, StreamObject)):
            return []
        fonts = page._layout_mode_fonts()
        ops = iter(ContentStream(contents, page.pdf, "bytes").operations)
        groups = _layout_mode.text_show_operations(ops, fonts, True, None)
        runs = [(float(g["tx"]), float(g["displaced_tx"]), float(g["ty"]) * g.get("flip_sort", 1),
                 float(g.get("font_height") or g.get("font_size") or 0), str(g["text"])) for g in groups]
    except Exception:  # positions are a refinement: without them the plain text still reads
        return None
    return _lines_of(runs)


def _lines_of(runs: list[tuple[float, float, float, float, str]]) -> list[GeoLine]:
    """Text runs (x0, x1, y, size, text) -> printed lines of positioned words."""
    runs = [r for r in runs if r[4].strip()]
    runs.sort(key=lambda r: (-r[2], r[0]))
    grouped: list[list[tuple[float, float, float, float, str]]] = []
    for run in runs:
        if grouped:
            line = grouped[-1]
            tolerance = 0.5 * min(run[3], min(r[3] for r in line)) or 1.0
            if abs(line[0][2] - run[2]) < tolerance:
                line.append(run)
                continue
        grouped.append([run])
    out = []
    for line in grouped:
        line.sort(key=lambda r: r[0])
        words: list[Word] = []
        units = []
        for x0, x1, _y, size, text in line:
            unit = (x1 - x0) / len(text) if x1 > x0 else 0.5 * (size or 10)
            units.append(unit)
            previous_end = 0
            for m in re.finditer(r"\S+", text):
                spaces = m.start() - previous_end if previous_end else 0
                previous_end = m.end()
                word = Word(x0 + m.start() * unit, x0 + m.end() * unit, m.group(), spaces)
                touching = words and m.start() == 0 and word.a - words[-1].b < 0.15 * unit
                if touching:  # one word printed in two pieces
                    words[-1] = Word(words[-1].a, word.b, words[-1].text + word.text, words[-1].spaces)
                else:
                    words.append(word)
        main = max(line, key=lambda r: len(r[4].strip()))
        out.append(GeoLine(tuple(words), main[2], main[3], statistics.median(units)))
    return out


def _plain_words(line: str) -> list[Word]:
    """Words of a plain-text line placed by character: right for a table set in
    a fixed-width font and padded with spaces, meaningless otherwise."""
    words = []
    for m in re.finditer(r"\S+", line):
        spaces = m.start() - words[-1].b if words else 0
        words.append(Word(m.start(), m.end(), m.group(), int(spaces)))
    return words
