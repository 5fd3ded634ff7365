"""Build the corpus PDFs from plain-text sources, with the standard library only.

    python corpus/make_pdf.py            # every corpus/pdf_sources/*.source
    python corpus/make_pdf.py NAME ...   # only corpus/pdf_sources/NAME.source

Each ``pdf_sources/NAME.source`` becomes ``NAME.pdf`` next to this script. The
sources end in ``.source`` (not ``.txt``) so that a scan of ``corpus/`` for
articles does not pick them up.

Source format, one paragraph per line:

- a blank line is a paragraph break;
- ``# Heading`` is set in Helvetica-Bold;
- ``%T cell | cell | cell`` is a table row, set in Courier so columns line up
  (cells are padded to the widths given by the nearest ``%W 12 10 10`` line,
  and always by at least two spaces);
- ``%P`` forces a new page;
- ``%F footer text`` sets the running footer (``{page}`` and ``{pages}`` are
  replaced by the page number and the page count);
- anything else is body text in Helvetica, wrapped at about 90 characters on
  spaces only (words are never hyphenated or split across lines).

The PDF is written object by object: a catalog, a pages tree, three standard
Type1 fonts (WinAnsiEncoding), one content stream per A4 page with one BT/Tj
per text line, and an xref table with the real byte offset of every object.
"""

from __future__ import annotations

import sys
import textwrap
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCES = HERE / "pdf_sources"

PAGE_W, PAGE_H = 595.28, 841.89  # A4 in points
MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM = 56.0, 64.0, 72.0
WRAP = 90
FONTS = {"F1": "Helvetica", "F2": "Helvetica-Bold", "F3": "Courier"}
STYLE = {  # kind -> (font, size, leading)
    "body": ("F1", 10.0, 13.5),
    "head": ("F2", 12.0, 17.0),
    "table": ("F3", 8.5, 11.5),
    "blank": ("F1", 10.0, 8.0),
}


def escape(text: str) -> bytes:
    """A PDF literal string body: cp1252 bytes with \\, ( and ) escaped."""
    raw = text.encode("cp1252")
    out = bytearray()
    for b in raw:
        if b in b"\\()":
            out += b"\\" + bytes([b])
        elif b < 32 or b > 126:
            out += b"\\%03o" % b
        else:
            out.append(b)
    return bytes(out)


def layout(source: str) -> tuple[list[list[tuple[str, str]]], str]:
    """Source text -> pages of (kind, line) and the footer template."""
    lines: list[tuple[str, str]] = []
    footer = ""
    widths: list[int] = []
    for para in source.splitlines():
        para = para.rstrip()
        if para.startswith("%F "):
            footer = para[3:]
        elif para.startswith("%W "):
            widths = [int(w) for w in para[3:].split()]
        elif para == "%P":
            lines.append(("page", ""))
        elif para.startswith("%T "):
            cells = [c.strip() for c in para[3:].split("|")]
            row = ""
            for i, cell in enumerate(cells):
                w = widths[i] if i < len(widths) else len(cell) + 2
                row += cell.ljust(max(w, len(cell) + 2)) if i < len(cells) - 1 else cell
            lines.append(("table", row.rstrip()))
        elif not para.strip():
            lines.append(("blank", ""))
        elif para.startswith("# "):
            for chunk in textwrap.wrap(para[2:], 70, break_long_words=False, break_on_hyphens=False):
                lines.append(("head", chunk))
        else:
            indent = len(para) - len(para.lstrip())
            body = para.strip()
            hang = "  " if body.startswith(("\u2022 ", "- ")) else ""
            for i, chunk in enumerate(
                textwrap.wrap(body, WRAP - indent, break_long_words=False, break_on_hyphens=False)
            ):
                lines.append(("body", " " * indent + (hang if i else "") + chunk))

    pages: list[list[tuple[str, str]]] = [[]]
    y = PAGE_H - MARGIN_TOP
    for kind, text in lines:
        if kind == "page":
            pages.append([])
            y = PAGE_H - MARGIN_TOP
            continue
        leading = STYLE[kind][2]
        if y - leading < MARGIN_BOTTOM and pages[-1]:
            pages.append([])
            y = PAGE_H - MARGIN_TOP
        if kind == "blank" and not pages[-1]:
            continue  # no blank line at the top of a page
        pages[-1].append((kind, text))
        y -= leading
    return [p for p in pages if p], footer


def content_stream(page: list[tuple[str, str]], footer: str) -> bytes:
    out = []
    y = PAGE_H - MARGIN_TOP
    for kind, text in page:
        font, size, leading = STYLE[kind]
        if text:
            out.append(b"BT /%s %.1f Tf %.2f %.2f Td (%s) Tj ET" % (
                font.encode(), size, MARGIN_X, y, escape(text)))
        y -= leading
    if footer:
        out.append(b"BT /F1 8.0 Tf %.2f %.2f Td (%s) Tj ET" % (MARGIN_X, 40.0, escape(footer)))
    return b"\n".join(out) + b"\n"


def build(source: str) -> bytes:
    pages, footer = layout(source)
    n = len(pages)
    # object numbers: 1 catalog, 2 pages, 3-5 fonts, then (page, content) pairs
    objects: dict[int, bytes] = {}
    font_ids = {}
    for i, (name, base) in enumerate(FONTS.items()):
        font_ids[name] = 3 + i
        objects[3 + i] = (b"<< /Type /Font /Subtype /Type1 /BaseFont /%s /Encoding /WinAnsiEncoding >>"
                          % base.encode())
    kids = []
    font_res = b" ".join(b"/%s %d 0 R" % (k.encode(), v) for k, v in font_ids.items())
    for i, page in enumerate(pages):
        page_id, content_id = 6 + 2 * i, 7 + 2 * i
        kids.append(page_id)
        text = footer.replace("{page}", str(i + 1)).replace("{pages}", str(n))
        stream = content_stream(page, text)
        objects[content_id] = b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream)
        objects[page_id] = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %.2f %.2f] "
                            b"/Resources << /Font << %s >> >> /Contents %d 0 R >>"
                            % (PAGE_W, PAGE_H, font_res, content_id))
    objects[2] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
        b" ".join(b"%d 0 R" % k for k in kids), n)
    objects[1] = b"<< /Type /Catalog /Pages 2 0 R >>"

    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for num in sorted(objects):
        offsets[num] = len(out)
        out += b"%d 0 obj\n%s\nendobj\n" % (num, objects[num])
    xref_at = len(out)
    size = max(objects) + 1
    out += b"xref\n0 %d\n" % size
    out += b"0000000000 65535 f \n"
    for num in range(1, size):
        out += b"%010d 00000 n \n" % offsets[num]
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (size, xref_at)
    return bytes(out)


def main(argv: list[str]) -> int:
    names = argv or sorted(p.stem for p in SOURCES.glob("*.source"))
    for name in names:
        src = (SOURCES / f"{name}.source").read_text(encoding="utf-8")
        pdf = build(src)
        (HERE / f"{name}.pdf").write_bytes(pdf)
        print(f"wrote {name}.pdf ({len(pdf)} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
