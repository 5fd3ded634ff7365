"""ingest.pdf: a PDF's text layer read as article text, tables kept as rows;
encrypted PDFs read when they open without a password, refused when they do not.

The PDFs are written by hand (tests/pdfmaker.py) and read for real by pypdf.
"""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest

from extractor.errors import IngestError
from extractor.ingest.pdf import page_geometry, table_row_parts
from extractor.ingest.read import read_source
from pdfmaker import REPORT_PAGES, encrypt_pdf, make_pdf


def fold(text: str) -> str:
    """As the scorer compares text: case, white space and | folded."""
    return " ".join(text.replace("|", " ").split()).casefold()


def write(tmp_path: Path, name: str, content: bytes) -> str:
    path = tmp_path / name
    path.write_bytes(content)
    return str(path)


# ------------------------------------------------------------ PDF


def test_pdf_text_layer_is_read_with_pages_joined_by_a_blank_line(tmp_path):
    article = read_source(write(tmp_path, "report.pdf", make_pdf(REPORT_PAGES)))
    assert article.text.startswith("Professional Standards Report\n\n")
    assert article.text.endswith("\n\nPage two begins a new section on vetting, which was reviewed twice.")


def test_pdf_lines_of_a_paragraph_read_as_one_sentence(tmp_path):
    text = read_source(write(tmp_path, "report.pdf", make_pdf(REPORT_PAGES))).text
    assert ("During the year the department received 214 complaints about the conduct of officers "
            "and staff. Most were resolved without a formal investigation, and eleven officers were "
            "dismissed after hearings.") in text


def test_pdf_hyphenated_line_end_is_rejoined_when_the_word_is_known(tmp_path):
    text = read_source(write(tmp_path, "report.pdf", make_pdf(REPORT_PAGES))).text
    assert "is a continuing concern." in text  # "continuing" occurs elsewhere: safe to rejoin


def test_pdf_hyphenated_line_end_keeps_its_hyphen_when_unsure(tmp_path):
    pdf = make_pdf([["The officer gave a long and well-", "known explanation to the panel at the hearing."]])
    assert "well-known explanation" in read_source(write(tmp_path, "h.pdf", pdf)).text


def test_pdf_without_a_text_layer_is_an_error(tmp_path):
    with pytest.raises(IngestError, match=r"no text layer \(scanned PDF\?\)"):
        read_source(write(tmp_path, "scan.pdf", make_pdf([[]], image_only=True)))


def test_encrypted_pdf_whose_password_is_unknown_is_an_error(tmp_path):
    with pytest.raises(IngestError, match="encrypted PDF"):
        read_source(write(tmp_path, "locked.pdf", make_pdf(REPORT_PAGES, encrypted=True)))


@pytest.mark.parametrize("algorithm", ["AES-128", "AES-256", "RC4-128"])
def test_pdf_encrypted_with_an_empty_user_password_is_read(tmp_path, algorithm):
    # Only printing and copying are restricted: anyone may open it, so we read it.
    plain = read_source(write(tmp_path, "plain.pdf", make_pdf(REPORT_PAGES)))
    locked = encrypt_pdf(make_pdf(REPORT_PAGES), owner_password="printing-only", algorithm=algorithm)
    article = read_source(write(tmp_path, "restricted.pdf", locked))
    assert article.text == plain.text
    assert "received 214 complaints" in article.text


@pytest.mark.parametrize("algorithm", ["AES-128", "AES-256"])
def test_pdf_that_needs_a_password_to_open_says_so(tmp_path, algorithm):
    locked = encrypt_pdf(make_pdf(REPORT_PAGES), user_password="s3cret", algorithm=algorithm)
    with pytest.raises(IngestError, match=r"restricted\.pdf: encrypted PDF \(needs a password\)$"):
        read_source(write(tmp_path, "restricted.pdf", locked))


def test_corrupt_pdf_is_an_error(tmp_path):
    with pytest.raises(IngestError, match="PDF"):
        read_source(write(tmp_path, "broken.pdf", make_pdf(REPORT_PAGES)[:300]))


# ------------------------------------------------------------ PDF tables
#
# Tables set the way report writers set them: each cell drawn on its own at
# its column's x, numbers right-aligned, headers of several words.

HELVETICA = {" ": 278, ",": 278, "-": 333, ".": 278, "/": 278, ":": 278, **dict.fromkeys("0123456789", 556),
             **dict(zip("ABCDEFGHIJKLMNOPQRSTUVWXYZ", [667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556,
                                                        833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944,
                                                        667, 667, 611])),
             **dict(zip("abcdefghijklmnopqrstuvwxyz", [556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222,
                                                        833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722,
                                                        500, 500, 500]))}


def width(text: str, size: float = 10) -> float:
    """Printed width of Helvetica text, in points (the font's own metrics)."""
    return sum(HELVETICA[ch] for ch in text) * size / 1000


def ends_at(right: float, text: str) -> tuple[float, str, float]:
    """A right-aligned piece: ``text`` ending at x = ``right``."""
    return (round(right - width(text), 2), text, 10)


def word_by_word(x: float, text: str) -> list[tuple[float, str, float]]:
    """``text`` drawn one word at a time, as some PDF writers do."""
    out = []
    for word in text.split():
        out.append((round(x, 2), word, 10))
        x += width(word + " ")
    return out


RIGHT_EDGES = [180, 240, 370, 430]  # tight columns: header cells nearly touch


def row(label: str, *values: str) -> list:
    return [(72, label, 10)] + [ends_at(r, v) for r, v in zip(RIGHT_EDGES, values) if v]


RESIGNATIONS_HEADER = [(72, "Year", 10), ends_at(180, "Resigned or retired"), ends_at(240, "Hearing held"),
                       *word_by_word(370 - width("Would have been dismissed"), "Would have been dismissed"),
                       ends_at(430, "Barred list")]
RESIGNATIONS_PAGE = [
    "Mercia Constabulary holds the information you have requested. It is set out in",
    "the table below.",
    RESIGNATIONS_HEADER,
    row("2019", "7", "5", "4", "4"),
    row("2020", "9", "8", "6", "6"),
    row("2021", "11", "9", "", "8"),
    row("Total", "27", "22", "10", "18"),
    "In total, 27 officers resigned or retired while under investigation for gross",
    "misconduct between 2019 and 2021, and hearings were held in 22 of those cases.",
]
RESIGNATIONS_ROWS = ("Year | Resigned or retired | Hearing held | Would have been dismissed | Barred list\n"
                     "2019 | 7 | 5 | 4 | 4\n"
                     "2020 | 9 | 8 | 6 | 6\n"
                     "2021 | 11 | 9 | | 8\n"
                     "Total | 27 | 22 | 10 | 18")


def test_pdf_table_becomes_one_row_a_line_with_cells_joined_by_pipes(tmp_path):
    text = read_source(write(tmp_path, "t.pdf", make_pdf([RESIGNATIONS_PAGE]))).text
    assert ("It is set out in the table below.\n\n" + RESIGNATIONS_ROWS + "\n\nIn total, 27 officers resigned or "
            "retired while under investigation for gross misconduct between 2019 and 2021, and hearings were "
            "held in 22 of those cases.") in text


def test_pdf_table_header_of_several_words_a_cell_splits_where_the_columns_are(tmp_path):
    # "Year" and "Resigned or retired" are 1.9 points apart, closer than two words of
    # one label: only the right-aligned columns below say where one cell ends.
    text = read_source(write(tmp_path, "t.pdf", make_pdf([RESIGNATIONS_PAGE]))).text
    assert "Year | Resigned or retired | Hearing held | Would have been dismissed | Barred list\n" in text


def test_pdf_table_row_with_an_empty_cell_keeps_its_columns(tmp_path):
    text = read_source(write(tmp_path, "t.pdf", make_pdf([RESIGNATIONS_PAGE]))).text
    assert "\n2021 | 11 | 9 | | 8\n" in text  # an empty cell is one space between pipes


def test_pdf_table_header_over_two_lines_is_joined_column_by_column(tmp_path):
    page = ["The figures for each year since 2019 are given in the table below.", "",
            [ends_at(180, "Resigned or"), ends_at(240, "Hearing"), ends_at(370, "Would have been"),
             ends_at(430, "Barred")],
            [(72, "Year", 10), ends_at(180, "retired"), ends_at(240, "held"), ends_at(370, "dismissed"),
             ends_at(430, "list")],
            row("2019", "7", "5", "4", "4"), row("2020", "9", "8", "6", "6")]
    text = read_source(write(tmp_path, "t.pdf", make_pdf([page]))).text
    assert text.endswith("below.\n\nYear | Resigned or retired | Hearing held | Would have been dismissed | "
                         "Barred list\n2019 | 7 | 5 | 4 | 4\n2020 | 9 | 8 | 6 | 6")


def test_pdf_table_caption_stays_prose_on_the_line_above_and_a_blank_corner_stays_blank(tmp_path):
    def centred(mid: float, text: str) -> list:
        return word_by_word(mid - width(text) / 2, text)

    years = [piece for mid, year in ((285, "2019/20"), (355, "2020/21"), (425, "2021/22"))
             for piece in centred(mid, year)]
    page = ["Table 3: Complaints and allegations recorded by Wessex Police", years,
            [*word_by_word(72, "Complaint cases"), ends_at(300, "1,102"), ends_at(370, "1,187"), ends_at(440, "1,356")],
            [*word_by_word(72, "Abuse of position for a sexual purpose"), ends_at(300, "12"), ends_at(370, "-"),
             ends_at(440, "15")],
            "Source: Wessex Police Professional Standards Department."]
    text = read_source(write(tmp_path, "t.pdf", make_pdf([page]))).text
    assert text == ("Table 3: Complaints and allegations recorded by Wessex Police\n"
                    " | 2019/20 | 2020/21 | 2021/22\n"
                    "Complaint cases | 1,102 | 1,187 | 1,356\n"
                    "Abuse of position for a sexual purpose | 12 | - | 15\n\n"
                    "Source: Wessex Police Professional Standards Department.")


def test_pdf_table_set_in_a_fixed_width_font_and_padded_with_spaces(tmp_path):
    # As corpus/make_pdf.py sets tables: one Courier string a row, cells padded.
    rows = ["Year      Complaint cases   Allegations   IOPC referrals",
            "2018/19   1,102             2,015         54",
            "2019/20   1,187             2,240         61"]
    page = ["Table 1: Complaint cases and referrals, 2018/19 to 2019/20", ""] + [
        [(56, r, 8.5, "courier")] for r in rows]
    text = read_source(write(tmp_path, "t.pdf", make_pdf([page]))).text
    assert text.endswith("2019/20\nYear | Complaint cases | Allegations | IOPC referrals\n"
                         "2018/19 | 1,102 | 2,015 | 54\n2019/20 | 1,187 | 2,240 | 61")


def test_pdf_table_label_ending_in_a_number_keeps_it(tmp_path):
    page = ["Officers dismissed after vetting reviews, by vetting level, in 2023.", "",
            [(72, "Vetting level", 10), ends_at(240, "Reviewed"), ends_at(300, "Dismissed")]] + [
        [(72, f"Level {n}", 10), ends_at(240, str(10 * n)), ends_at(300, str(n))] for n in (1, 2, 3)]
    text = read_source(write(tmp_path, "t.pdf", make_pdf([page]))).text
    assert text.endswith("Vetting level | Reviewed | Dismissed\nLevel 1 | 10 | 1\nLevel 2 | 20 | 2\nLevel 3 | 30 | 3")


def test_pdf_table_without_positions_keeps_its_rows_apart(tmp_path, monkeypatch):
    import extractor.ingest.pdf as pdf

    monkeypatch.setattr(pdf, "page_geometry", lambda page: None)  # a pypdf without the layout reader
    text = read_source(write(tmp_path, "t.pdf", make_pdf([RESIGNATIONS_PAGE]))).text
    assert ("the table below.\n\nYear Resigned or retired Hearing held Would have been dismissed Barred list\n"
            "2019 | 7 | 5 | 4 | 4\n2020 | 9 | 8 | 6 | 6\n2021 | 11 | 9 | 8\nTotal | 27 | 22 | 10 | 18\n\n"
            "In total, 27 officers") in text


def test_pdf_table_cells_are_read_under_their_column_and_row(tmp_path):
    from extractor.nlp.tables import table_cells
    from extractor.pipeline import run_nlp

    article = read_source(write(tmp_path, "t.pdf", make_pdf([RESIGNATIONS_PAGE])))
    doc = run_nlp(article)
    cells = table_cells(doc)
    seven = next(t for t in doc if t.text == "7" and t.i in cells)
    cell = cells[seven.i]
    assert article.text[slice(*cell.column_label)] == "Resigned or retired"
    assert article.text[slice(*cell.row_label)] == "2019"
    assert cell.row_date is not None and cell.row_date.date_from == date(2019, 1, 1)


@pytest.mark.parametrize("line", [
    "2019 7 5 4 4", "Total 33 26 21 21", "2018/19 1,102 2,015 88 54", "Abuse of position 12 - 15",
    "2019/20 2020/21 2021/22", "Dismissed 4 (40%) 6",
])
def test_table_row_looks_like_a_label_and_numbers(line):
    assert table_row_parts(line) is not None


@pytest.mark.parametrize("line", [
    "4.4 Twelve of the 121 conduct matters recorded in 2021/22 involved abuse",
    "telephone 0303 123 1113", "Page 1 of 2", "misconduct between 2019 and 2022.", "2019 7",
    "the force referred 54 matters to the IOPC. This rose to 61 72",
])
def test_table_row_is_not_prose_that_holds_numbers(line):
    assert table_row_parts(line) is None


def test_pdf_heading_in_a_larger_font_starts_its_own_paragraph(tmp_path):
    page = ["3. In how many of those cases did the panel find that the officer would have",
            "been dismissed, and how many former officers were placed on the barred list?",
            [(72, "Response", 14)],
            "Mercia Constabulary holds the information you have requested and sets it out",
            "in the table below."]
    text = read_source(write(tmp_path, "r.pdf", make_pdf([page]))).text
    assert "barred list?\n\nResponse\n\nMercia Constabulary holds" in text


def test_pdf_page_footer_is_not_joined_to_the_paragraph_above(tmp_path):
    body = ["Gross misconduct was proven against 13 of the 17 officers who faced a hearing,",
            "and all 13 have been placed on the barred list maintained by the College of"]
    pages = [body + ["Wessex OPCC report - Page 1 of 2"], ["Policing. " + body[0], "Wessex OPCC report - Page 2 of 2"]]
    text = read_source(write(tmp_path, "f.pdf", make_pdf(pages))).text
    assert "maintained by the College of\n\nWessex OPCC report - Page 1 of 2\n\nPolicing." in text


@pytest.mark.parametrize("name", ["foi-mercia-resignations-under-investigation",
                                  "pcc-wessex-professional-standards-2021-22"])
def test_corpus_pdf_keeps_every_gold_quote_and_its_table_rows(name):
    corpus = Path(__file__).parents[2] / "corpus"
    text = read_source(str(corpus / f"{name}.pdf")).text
    gold = json.loads((corpus / f"{name}.json").read_text(encoding="utf-8"))
    missed = [quote for item in gold["figures"] + gold["outcomes"] + gold["dates"]
              if (quote := item.get("evidence") or item.get("text")) and fold(quote) not in fold(text)]
    assert missed == []
    source = (corpus / "pdf_sources" / f"{name}.source").read_text(encoding="utf-8")
    for written in re.findall(r"^%T (.+)$", source, re.M):  # the rows as the source wrote them
        assert " | ".join(c.strip() for c in written.split("|")) in text.splitlines()


def test_page_geometry_of_something_unreadable_is_none():
    assert page_geometry(object()) is None
