"""ingest.encoding: the encoding of a text file is told from its bytes, kept on
the Article, and binary data is still refused. Every file is written here."""

from __future__ import annotations

import codecs

import pytest

from extractor.errors import IngestError
from extractor.ingest.read import read_source

TEXT = ("Westshire Police said 12 officers were dismissed in 2023, up from nine.\n"
        "The café owner’s complaint – “a disgrace” – was upheld; 40% of the cases took a year.\n")
LATIN = "The café owner’s complaint was upheld in 2023; 12 officers were dismissed.\n"


def read(tmp_path, data: bytes, name: str = "story.txt"):
    path = tmp_path / name
    path.write_bytes(data)
    return read_source(str(path))


@pytest.mark.parametrize("data, encoding", [
    (TEXT.encode("utf-8"), "utf-8"),
    (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8"),
    (TEXT.encode("utf-16"), "utf-16"),              # with a byte-order mark
    (TEXT.encode("utf-16-le"), "utf-16-le"),        # without one
    (TEXT.encode("utf-16-be"), "utf-16-be"),
    (TEXT.encode("utf-32"), "utf-32"),
    (TEXT.encode("utf-32-le"), "utf-32-le"),
    (TEXT.encode("utf-32-be"), "utf-32-be"),
    (TEXT.encode("cp1252"), "cp1252"),
], ids=["utf-8", "utf-8-bom", "utf-16-bom", "utf-16-le", "utf-16-be", "utf-32-bom", "utf-32-le",
        "utf-32-be", "cp1252"])
def test_the_encoding_is_told_from_the_bytes_and_kept_on_the_article(tmp_path, data, encoding):
    article = read(tmp_path, data)
    assert article.text == TEXT.strip()
    assert article.encoding == encoding


def test_latin1_text_is_read_as_its_superset_cp1252(tmp_path):
    article = read(tmp_path, LATIN.replace("’", "'").encode("latin-1"))
    assert article.text == LATIN.replace("’", "'").strip()
    assert article.encoding == "cp1252"


def test_utf8_with_stray_cp1252_bytes_says_both(tmp_path):
    data = "Officers “dismissed”: ".encode("utf-8") + "the café".encode("cp1252")
    article = read(tmp_path, data)
    assert article.text == "Officers “dismissed”: the café"
    assert article.encoding == "utf-8+cp1252"


def test_an_html_page_in_utf16_without_a_bom_is_read(tmp_path):
    page = ("<html><head><title>Officer dismissed</title></head><body><article>"
            "<p>A constable was dismissed for gross misconduct in March 2023, the force said.</p>"
            "</article></body></html>")
    article = read(tmp_path, page.encode("utf-16-le"), "page.html")
    assert "dismissed for gross misconduct" in article.text
    assert article.encoding == "utf-16-le"


@pytest.mark.parametrize("data", [
    bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001") + bytes(range(256)) * 8,  # a PNG
    bytes(range(256)) * 16,
    b"\x00" * 64 + b"text" + b"\x00\x01\x02" * 100,
], ids=["png", "every-byte", "nul-padded"])
def test_binary_data_is_still_refused(tmp_path, data):
    with pytest.raises(IngestError, match="binary file"):
        read(tmp_path, data)


def test_text_given_as_a_string_has_no_encoding():
    from extractor.records import Article

    assert Article.from_text("Two officers resigned.", "-").encoding is None
