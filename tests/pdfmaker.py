"""PDFs written by hand for the tests: real files pypdf reads, with text where
a report puts it, optionally encrypted as government reports often are."""

from __future__ import annotations

import io

def make_pdf(pages: list[list], *, image_only: bool = False, encrypted: bool = False) -> bytes:
    """A minimal valid PDF: Helvetica, one BT/ET text object per line, a
    correct xref table. ``image_only`` pages carry a picture and no text.

    A line is a string, set at x=72, or a list of pieces set on one baseline,
    each ``(x, text)``, ``(x, text, size)`` or ``(x, text, size, "courier")``:
    a table row with its cells where a real report puts them. Lines are 14
    points apart."""
    objects: list[bytes] = [b"", b"", b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
                            b"<< /Type /Font /Subtype /Type1 /BaseFont /Courier >>"]
    kids = []
    for lines in pages:
        if image_only:
            pixels = b"\x00\xff\xff\x00"
            objects.append(b"<< /Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray "
                           b"/BitsPerComponent 8 /Length 4 >>\nstream\n" + pixels + b"\nendstream")
            image = len(objects)
            content = b"q 200 0 0 200 100 400 cm /Im1 Do Q"
            resources = f"<< /XObject << /Im1 {image} 0 R >> >>".encode()
        else:
            ops, y = [], 760
            for line in lines:
                for piece in ([(72, line)] if isinstance(line, str) else line):
                    x, text, size, font = (tuple(piece) + (11, "helvetica"))[:4]
                    text = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
                    name = "F2" if font == "courier" else "F1"
                    ops.append(f"BT /{name} {size} Tf {x} {y} Td ({text}) Tj ET")
                y -= 14
            content = "\n".join(ops).encode("latin-1")
            resources = b"<< /Font << /F1 3 0 R /F2 4 0 R >> >>"
        objects.append(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources "
                       + resources + b" /Contents %d 0 R >>" % len(objects))
        kids.append(len(objects))
    objects[0] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
        b" ".join(b"%d 0 R" % k for k in kids), len(kids))
    trailer_extra = b""
    if encrypted:  # a Standard security handler whose passwords we do not know
        objects.append(b"<< /Filter /Standard /V 1 /R 2 /P -44 /O <" + b"ab" * 32 + b"> /U <" + b"cd" * 32 + b"> >>")
        trailer_extra = b" /Encrypt %d 0 R /ID [<%s> <%s>]" % (len(objects), b"12" * 16, b"12" * 16)
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % off for off in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R%s >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, trailer_extra, xref)
    return bytes(out)


REPORT_PAGES = [
    [
        "Professional Standards Report",
        "",
        "During the year the department received 214 complaints about the",
        "conduct of officers and staff. Most were resolved without a formal",
        "investigation, and eleven officers were dismissed after hearings.",
        "",
        "The rise in complaints about the misuse of police systems is a con-",
        "tinuing concern. Continuing training is planned.",
    ],
    ["Page two begins a new section on vetting, which was reviewed twice."],
]


def encrypt_pdf(data: bytes, *, user_password: str = "", owner_password: str = "owner",
                algorithm: str = "AES-256") -> bytes:
    """``data`` encrypted by pypdf. An empty user password opens the file for anyone
    (the owner password only restricts printing and copying); another one locks it."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    writer.encrypt(user_password=user_password, owner_password=owner_password, algorithm=algorithm)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
