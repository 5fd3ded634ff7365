"""ingest: every input becomes an Article, or an IngestError saying why not.

Everything here is real: files in tmp_path, PDFs written by hand (tests/pdfmaker.py), and an
HTTP server on 127.0.0.1 for URLs. The HTML pages are made up for these tests.
"""

from __future__ import annotations

import io
import json
import socket
import threading
import time
from datetime import date
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractor.errors import IngestError
from extractor.ingest.html import extract_html
from extractor.ingest.read import expand_sources, parse_dates, read_source
from extractor.records import normalise_text
from pdfmaker import REPORT_PAGES, make_pdf

SHARED = Path(__file__).parents[2] / ".." / "shared"
EVAL = SHARED / "eval"


def fold(text: str) -> str:
    """As the scorer compares text: case, white space and | folded."""
    return " ".join(text.replace("|", " ").split()).casefold()


# ------------------------------------------------------------ test material

ARTICLE_HTML = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Constable sacked after computer misuse | Crime | Northshire News</title>
<meta property="article:published_time" content="2022-03-04T09:30:00+00:00">
<script>var tracking = {"page": "article", "secret": "TRACKING-CODE"};</script>
<style>.cookie-banner { position: fixed; }</style>
</head><body>
<div class="cookie-banner"><p>We use cookies to improve your visit to this site.</p>
  <button>Accept cookies</button></div>
<header class="site-header"><a href="/" class="logo">Northshire News</a>
  <nav><ul><li><a href="/">Home</a></li><li><a href="/crime">Crime desk stories</a></li></ul></nav>
</header>
<main><article>
  <h1>Constable dismissed over police computer searches</h1>
  <p class="standfirst">A hearing found the officer looked up records for friends</p>
  <p class="byline">By Sam Reporter | 4 March 2022</p>
  <div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Share on Twitter</a></div>
  <p>A police constable who searched the police computer 41 times without a
     policing purpose has been dismissed.</p>
  <div class="ad-slot"><span>Advertisement</span></div>
  <p>Hide Ad</p>
  <p>The panel said the searches were a serious breach of trust.</p>
  <table class="data"><caption>Searches by year</caption>
    <tr><th></th><th>2020</th><th>2021</th></tr>
    <tr><td>Searches</td><td>12</td><td>29</td></tr>
  </table>
  <div class="newsletter-signup"><p>Get the morning briefing in your inbox every day.</p></div>
  <p>Share: <a href="#">Facebook</a> | <a href="#">Twitter</a> | <a href="#">Email</a></p>
</article>
<aside class="related"><h2>Related stories</h2>
  <ul><li><a href="/x">Sergeant cleared of misconduct after a review</a></li></ul></aside>
</main>
<footer><p>&copy; Northshire Media 2024. All rights reserved.</p>
  <a href="/privacy">Privacy policy and terms</a></footer>
<script>document.querySelector('.cookie-banner button').onclick = function () {};</script>
</body></html>
"""

FURNITURE = [
    "We use cookies", "Accept cookies", "Crime desk stories", "Share on Facebook", "Advertisement",
    "Hide Ad", "Get the morning briefing", "Related stories", "Sergeant cleared",
    "Northshire Media 2024", "Privacy policy", "TRACKING-CODE", "position: fixed", "onclick",
    "Northshire News",
]


def page(body: str, head: str = "") -> str:
    return f"<!DOCTYPE html><html><head><meta charset='utf-8'>{head}</head><body>{body}</body></html>"


def write(tmp_path: Path, name: str, content: str | bytes) -> str:
    path = tmp_path / name
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return str(path)


# ------------------------------------------------------------ expand_sources


def test_expand_sources_lists_supported_files_below_a_directory_sorted(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / ".hidden").mkdir()
    for name in ["b/z.pdf", "a.txt", "b/c.HTML", "notes.docx", ".hidden/x.txt", "m.md", "p.htm"]:
        (tmp_path / name).write_text("x")
    got = expand_sources([str(tmp_path)])
    assert got == [str(tmp_path / n) for n in ["a.txt", "b/c.HTML", "b/z.pdf", "m.md", "p.htm"]]


def test_expand_sources_passes_files_urls_and_stdin_through(tmp_path):
    sources = ["-", "https://example.org/a", str(tmp_path / "missing.txt")]
    assert expand_sources(sources) == sources


def test_expand_sources_refuses_a_directory_without_supported_files(tmp_path):
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8")
    with pytest.raises(IngestError, match="no supported files") as err:
        expand_sources([str(tmp_path)])
    assert err.value.source == str(tmp_path)


# ------------------------------------------------------------ text


def test_text_file_keeps_the_source_as_given_and_gets_an_id(tmp_path):
    path = write(tmp_path, "story.txt", "Officer dismissed\r\n\r\nA constable was dismissed.\r\n")
    article = read_source(path)
    assert article.source == path
    assert article.text == "Officer dismissed\n\nA constable was dismissed."
    assert len(article.id) == 16 and article.url is None


def test_text_strips_a_utf8_bom(tmp_path):
    article = read_source(write(tmp_path, "bom.txt", b"\xef\xbb\xbfCaf\xc3\xa9 hearing"))
    assert article.text == "Café hearing"


def test_text_in_cp1252_is_decoded_as_cp1252(tmp_path):
    data = "\u201cSacked\u201d \u2013 the caf\u00e9 owner\u2019s complaint".encode("cp1252")
    assert read_source(write(tmp_path, "win.txt", data)).text == "“Sacked” – the café owner’s complaint"


def test_utf8_with_one_stray_cp1252_byte_keeps_the_rest_as_utf8(tmp_path):
    data = "The officer’s hearing – ".encode("utf-8") + b"caf\xe9"
    assert read_source(write(tmp_path, "mixed.txt", data)).text == "The officer’s hearing – café"


def test_markdown_title_is_its_first_heading(tmp_path):
    article = read_source(write(tmp_path, "note.md", "Intro line\n\n# Officers barred\n\nBody."))
    assert article.title == "Officers barred"


def test_stdin_dash_reads_the_given_stream():
    article = read_source("-", stdin=io.BytesIO("Five officers were suspended.\n".encode()))
    assert article.source == "-" and article.text == "Five officers were suspended."


def test_stdin_html_is_recognised_as_html():
    article = read_source("-", stdin=io.BytesIO(ARTICLE_HTML.encode()))
    assert "We use cookies" not in article.text and article.published == date(2022, 3, 4)


@settings(max_examples=60, deadline=None)
@given(st.text(st.characters(whitelist_categories=("L", "N", "P", "Zs"), blacklist_characters="%<"),
               min_size=1).filter(str.strip))
def test_any_utf8_text_reads_back_as_itself(text):
    assert read_source("-", stdin=io.BytesIO(text.encode("utf-8"))).text == normalise_text(text)


HTML_PIECES = ["<p>", "</p>", "<div class='share'>", "<div>", "</div>", "<article>", "</article>", "<h1>",
               "</h1>", "<table><tr><td>", "</td><td>", "</tr>", "<li>", "<br>", "<!--", "-->", "<script>",
               "</script>", "<title>", " | ", "Published 2 May 2020", "&amp;", "<time datetime='2020-13-45'>",
               "officers were dismissed", "\n", "<aside>", "<nav>", "<dl><dt>", "<dd>", "<pre>", "<"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(HTML_PIECES), max_size=40).map("".join))
def test_any_html_becomes_an_article_or_an_ingest_error(html):
    try:
        article = read_source("-", stdin=io.BytesIO(("<html>" + html).encode()))
    except IngestError:
        return
    assert article.text.strip() and article.text == article.text.strip()


def test_html_time_inside_a_sentence_is_not_a_byline(tmp_path):
    html = page("<article><h1>Hearing</h1><p>A special case hearing was held on "
                "<time>8 November 2019</time> in respect of a former officer who chose not to attend.</p></article>")
    assert read_source(write(tmp_path, "s.html", html)).published is None


# ------------------------------------------------------------ dates


@pytest.mark.parametrize("text, expected", [
    ("2 October 2019", date(2019, 10, 2)),
    ("2nd Oct 2019", date(2019, 10, 2)),
    ("October 2, 2019", date(2019, 10, 2)),
    ("Thu 24 May 2012 17.05 BST", date(2012, 5, 24)),
    ("Date - 27th July 2017", date(2017, 7, 27)),
    ("Wednesday, March 21, 2007", date(2007, 3, 21)),
    ("2019-10-02", date(2019, 10, 2)),
    ("02/10/2019", date(2019, 10, 2)),
    ("1st of Sept. 2020", date(2020, 9, 1)),
])
def test_parse_dates_reads_full_dates(text, expected):
    assert [d for d, _, _ in parse_dates(text)] == [expected]


@pytest.mark.parametrize("text", ["October 2019", "31 February 2019", "(No 1 of 2007)", "2019/20", "Today (Friday 5 June)"])
def test_parse_dates_ignores_partial_and_impossible_dates(text):
    assert parse_dates(text) == []


def test_text_date_alone_on_an_opening_line_is_published_from_text(tmp_path):
    text = "Police Federation\n\nReport on vetting\n\n2 October 2019\n\nThe report found ...\n"
    article = read_source(write(tmp_path, "release.txt", text))
    assert (article.published, article.published_source) == (date(2019, 10, 2), "text")


def test_text_dated_heading_line_is_published_from_text(tmp_path):
    text = "WRITTEN QUESTION\n\nPolice: Misconduct (25 June 2020)\n\nAsked on 24 June 2020 about ..."
    article = read_source(write(tmp_path, "pq.txt", text))
    assert (article.published, article.published_source) == (date(2020, 6, 25), "text")


@pytest.mark.parametrize("line", [
    "By Jo Bloggs | 22 August 2022",
    "Published 22nd Aug 2022, 10:22 BST",
    "Published: 00:01 BST, 22 August 2022 | Updated: 09:00 BST, 23 August 2022",
    "Mon 22 Aug 2022 17.05 BST",
    "Report date: 22 August 2022",
    "Answered on 22 August 2022 by the Minister of State",
    "EMBARGOED UNTIL 00:01 MONDAY 22 AUGUST 2022",
])
def test_text_byline_date_is_published_from_byline(tmp_path, line):
    article = read_source(write(tmp_path, "story.txt", f"Local News\n\nHeadline here\n\n{line}\n\nBody text."))
    assert (article.published, article.published_source) == (date(2022, 8, 22), "byline")


@pytest.mark.parametrize("line", [
    "By 31 March 2023, a total of 1,505 officers had been barred.",
    "The report, published on 12 March 2020, found problems in vetting.",
])
def test_dates_inside_opening_sentences_are_not_bylines(tmp_path, line):
    article = read_source(write(tmp_path, "story.txt", f"Barred list\n\n{line}\n\nMore text."))
    assert (article.published, article.published_source) == (None, "none")


def test_updated_printed_request_and_footer_dates_are_never_published(tmp_path):
    text = ("Force news\n\nLast updated: 3 May 2023\n\nDate of request: 17 March 2021\n\n"
            "The force said ten officers were suspended in 2022.\n\n" + "More text.\n\n" * 20 +
            "Page printed 4 May 2023\n\n(c) Northshire Police 12 January 2024\n")
    article = read_source(write(tmp_path, "page.txt", text))
    assert (article.published, article.published_source) == (None, "none")


def test_seed_003_is_published_from_its_opening_lines_not_its_footer():
    seed = SHARED / "seeds" / "003_ad902e73c7c8cef2.txt"
    if not seed.exists():
        pytest.skip("shared/seeds is not beside the repo")
    article = read_source(str(seed))
    assert (article.published, article.published_source) == (date(2019, 10, 2), "text")


# ------------------------------------------------------------ HTML


def test_html_drops_cookie_banner_nav_footer_and_share_buttons(tmp_path):
    text = read_source(write(tmp_path, "a.html", ARTICLE_HTML)).text
    assert "41 times without a policing purpose has been dismissed." in text
    assert "The panel said the searches were a serious breach of trust." in text
    leaked = [junk for junk in FURNITURE if junk.lower() in text.lower()]
    assert leaked == []


def test_html_headline_standfirst_and_byline_lead_the_text(tmp_path):
    article = read_source(write(tmp_path, "a.html", ARTICLE_HTML))
    assert article.title == "Constable dismissed over police computer searches"
    assert article.text.startswith(
        "Constable sacked after computer misuse | Crime\n\n"  # the <title>, less the site's name
        "Constable dismissed over police computer searches\n\n"
        "A hearing found the officer looked up records for friends\n\n"
        "By Sam Reporter | 4 March 2022\n\n")


def test_html_title_equal_to_the_headline_is_not_repeated(tmp_path):
    html = page("<article><h1>Officer barred</h1><p>The officer was barred from policing.</p></article>",
                "<title>Officer barred - Northshire Police</title>")
    assert read_source(write(tmp_path, "b.html", html)).text == (
        "Officer barred\n\nThe officer was barred from policing.")


def test_html_table_becomes_one_row_per_line_with_pipes(tmp_path):
    text = read_source(write(tmp_path, "a.html", ARTICLE_HTML)).text
    assert "Searches by year\n| 2020 | 2021\nSearches | 12 | 29" in text  # the corner cell is empty


def test_html_lists_become_dashed_lines(tmp_path):
    html = page("<article><h1>Outcomes</h1><p>Reasons:</p><ul><li>125 dishonesty</li><li>87 other</li></ul></article>")
    assert "Reasons:\n\n- 125 dishonesty\n- 87 other" in read_source(write(tmp_path, "l.html", html)).text


def test_html_meta_published_time_is_published_from_meta(tmp_path):
    article = read_source(write(tmp_path, "a.html", ARTICLE_HTML.replace("2022-03-04T", "2022-03-05T")))
    assert (article.published, article.published_source) == (date(2022, 3, 5), "meta")


def test_html_json_ld_date_published_is_published_from_meta(tmp_path):
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "WebPage", "name": "x"}, {"@type": "NewsArticle", "datePublished": "2020-06-05T16:42:00+01:00"}]}
    html = page("<article><h1>Finding</h1><p>Gross misconduct was found. Today (Friday 5 June) ...</p></article>",
                f'<script type="application/ld+json">{json.dumps(ld)}</script>')
    article = read_source(write(tmp_path, "ld.html", html))
    assert (article.published, article.published_source) == (date(2020, 6, 5), "meta")


def test_html_time_element_in_the_article_is_published_from_meta(tmp_path):
    html = page('<article><h1>Hearing</h1><time datetime="2019-11-20T09:07">20 Nov</time>'
                "<p>A hearing was held.</p></article>")
    assert read_source(write(tmp_path, "t.html", html)).published == date(2019, 11, 20)


def test_html_visible_byline_date_is_published_from_byline(tmp_path):
    html = page("<article><h1>Met figures</h1><div class='byline'>By staff, published 19 September 2023</div>"
                "<p>More than 1,000 officers were suspended.</p></article>")
    article = read_source(write(tmp_path, "by.html", html))
    assert (article.published, article.published_source) == (date(2023, 9, 19), "byline")


def test_html_request_date_and_copyright_year_are_not_published(tmp_path):
    html = page("<main><article><h1>FOI: Misconduct</h1><dl class='foi-meta'><dt>Date of request:</dt>"
                "<dd>March 17, 2021</dd></dl><p>The force holds 12 records.</p>"
                "<p class='meta'>Last updated 2 April 2021</p></article></main>"
                "<footer>&copy; Northshire Police 2022. Published by the force, 1 January 2022.</footer>")
    article = read_source(write(tmp_path, "foi.html", html))
    assert "Date of request: March 17, 2021" in article.text
    assert (article.published, article.published_source) == (None, "none")


def test_html_page_without_article_element_still_finds_the_main_text(tmp_path):
    paragraphs = "".join(
        f"<p>Paragraph {n}: the chief constable said the force had dismissed {n + 3} officers after "
        f"gross misconduct hearings held in public during the year, and more cases were pending.</p>"
        for n in range(1, 6))
    html = page("<div id='menu'><a href='/'>Home</a> <a href='/news'>All the latest news</a></div>"
                f"<div class='content'><h1>Force dismisses officers</h1>{paragraphs}</div>"
                "<div class='bottom'><p id='footer'>Copyright Northshire Police 2024, all rights reserved</p></div>")
    assert extract_html(html).used == "trafilatura"  # no <article>/<main>: its heuristics decide
    text = read_source(write(tmp_path, "soup.html", html)).text
    assert text.startswith("Force dismisses officers")
    assert "dismissed 8 officers" in text
    assert "All the latest news" not in text and "Copyright" not in text


def test_truncated_html_still_gives_its_text(tmp_path):
    html = "<html><body><article><h1>Officer jailed</h1><p>He was jailed for two years after a tri"
    assert read_source(write(tmp_path, "cut.html", html)).text == "Officer jailed\n\nHe was jailed for two years after a tri"


def test_html_without_any_text_is_an_error(tmp_path):
    with pytest.raises(IngestError, match="no article text"):
        read_source(write(tmp_path, "blank.html", page("<nav><a href='/'>Home</a></nav><script>x()</script>")))


def test_html_meta_charset_is_honoured(tmp_path):
    html = "<html><head><meta charset='shift_jis'></head><body><p>警察</p></body></html>"
    assert read_source(write(tmp_path, "sj.html", html.encode("shift_jis"))).text == "警察"


def test_eval_html_keeps_every_required_gold_quote():
    pages = sorted(EVAL.glob("*.html")) if EVAL.is_dir() else []
    if not pages:
        pytest.skip("shared/eval is not beside the repo")
    missed = []
    for path in pages:
        text = fold(read_source(str(path)).text)
        gold = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
        for item in gold["figures"] + gold["outcomes"] + gold["dates"]:
            quote = item.get("evidence") or item.get("text")
            if quote and not item.get("optional") and fold(quote) not in text:
                missed.append((path.name, quote))
    assert missed == []


def test_eval_published_dates_are_at_least_95_percent_right():
    golds = sorted(EVAL.glob("*.json")) if EVAL.is_dir() else []
    if not golds:
        pytest.skip("shared/eval is not beside the repo")
    right = 0
    for path in golds:
        gold = json.loads(path.read_text(encoding="utf-8"))
        published = read_source(str(EVAL / gold["input"])).published
        right += (published.isoformat() if published else None) == gold.get("published")
    assert right / len(golds) >= 0.95



# ------------------------------------------------------------ bad files


def test_missing_file_is_an_error(tmp_path):
    with pytest.raises(IngestError, match="no such file"):
        read_source(str(tmp_path / "nowhere.txt"))


def test_empty_file_is_an_error(tmp_path):
    with pytest.raises(IngestError, match="empty file"):
        read_source(write(tmp_path, "empty.txt", b""))


def test_whitespace_only_file_is_an_error(tmp_path):
    with pytest.raises(IngestError, match=r"empty file \(only white space\)"):
        read_source(write(tmp_path, "blank.md", " \n\t\r\n  "))


def test_binary_file_is_an_error(tmp_path):
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4
    with pytest.raises(IngestError, match="binary file"):
        read_source(write(tmp_path, "picture.txt", png))


def test_invalid_utf8_that_no_fallback_reads_is_an_error(tmp_path):
    # bytes 0x81 0x8D 0x8F 0x90 0x9D are invalid UTF-8 and undefined in cp1252
    with pytest.raises(IngestError, match="invalid UTF-8"):
        read_source(write(tmp_path, "odd.txt", b"Report \x81\x8d\x8f\x90\x9d\x81\x8d\x8f text"))


def test_file_over_max_bytes_is_refused_without_reading_it(tmp_path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as fh:
        fh.truncate(50_000_000)  # sparse: 50 MB long, nothing written
    started = time.monotonic()
    with pytest.raises(IngestError, match="too large"):
        read_source(str(path))
    assert time.monotonic() - started < 0.5


def test_unsupported_extension_is_an_error(tmp_path):
    with pytest.raises(IngestError, match=r"unsupported file type '\.docx'"):
        read_source(write(tmp_path, "letter.docx", b"PK\x03\x04"))


def test_directory_given_to_read_source_is_an_error(tmp_path):
    with pytest.raises(IngestError, match="is a directory"):
        read_source(str(tmp_path))


# ------------------------------------------------------------ URLs

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


@pytest.fixture(scope="module")
def server():
    """A real HTTP server on 127.0.0.1; ``stop`` releases slow handlers."""
    stop = threading.Event()

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args):
            pass

        def reply(self, status=200, body=b"", ctype="text/html; charset=utf-8", headers=()):
            self.send_response(status)
            if ctype:
                self.send_header("Content-Type", ctype)
            for key, value in headers:
                self.send_header(key, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def do_GET(self):
            path = self.path
            if path == "/article.html":
                self.reply(body=ARTICLE_HTML.encode())
            elif path == "/report.pdf":
                self.reply(body=make_pdf(REPORT_PAGES), ctype="application/pdf")
            elif path == "/untyped":
                self.reply(body=ARTICLE_HTML.encode(), ctype=None)
            elif path == "/latin1":
                self.reply(body="<p>Caf\u00e9 hearing</p>".encode("latin-1"), ctype="text/html; charset=ISO-8859-1")
            elif path == "/notes":
                self.reply(body=b"Two officers resigned.", ctype="text/plain")
            elif path == "/missing":
                self.reply(404, b"<h1>Not found</h1>")
            elif path == "/broken":
                self.reply(500, b"oops")
            elif path == "/loop":
                self.reply(302, headers=[("Location", "/loop")])
            elif path.startswith("/chain/"):
                step = int(path.rsplit("/", 1)[1])
                self.reply(301, headers=[("Location", f"/chain/{step + 1}" if step < 3 else "/article.html")])
            elif path.startswith("/hop/"):
                self.reply(302, headers=[("Location", f"/hop/{int(path.rsplit('/', 1)[1]) + 1}")])
            elif path == "/image.png":
                self.reply(body=PNG, ctype="image/png")
            elif path == "/big":
                self.reply(body=b"<p>" + b"x" * 5000 + b"</p>")
            elif path == "/big-unannounced":
                self.send_response(200)
                self.send_header("Content-Type", "text/plain")
                self.end_headers()
                self.wfile.write(b"y" * 5000)
            elif path == "/slow":
                stop.wait(10)
                self.reply(body=ARTICLE_HTML.encode())
            elif path == "/trickle":
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.end_headers()
                try:
                    while not stop.wait(0.05):
                        self.wfile.write(b"<p>x</p>")
                        self.wfile.flush()
                except OSError:
                    pass
            else:
                self.reply(404)

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    stop.set()
    httpd.shutdown()
    httpd.server_close()
    thread.join(5)


def test_url_html_article_is_fetched_and_extracted(server):
    article = read_source(server + "/article.html", timeout=5)
    assert article.source == article.url == server + "/article.html"
    assert "41 times" in article.text and "We use cookies" not in article.text
    assert article.published == date(2022, 3, 4)


def test_url_pdf_is_read_from_its_text_layer(server):
    assert "214 complaints" in read_source(server + "/report.pdf", timeout=5).text


def test_url_plain_text_is_read(server):
    assert read_source(server + "/notes", timeout=5).text == "Two officers resigned."


def test_url_html_is_sniffed_when_the_server_sends_no_content_type(server):
    assert "41 times" in read_source(server + "/untyped", timeout=5).text


def test_url_charset_comes_from_the_header(server):
    assert read_source(server + "/latin1", timeout=5).text == "Café hearing"


def test_url_redirect_chain_ends_at_the_final_url(server):
    article = read_source(server + "/chain/1", timeout=5)
    assert article.source == server + "/chain/1"
    assert article.url == server + "/article.html"


def test_url_404_is_an_error_naming_the_status(server):
    with pytest.raises(IngestError, match="HTTP 404"):
        read_source(server + "/missing", timeout=5)


def test_url_500_is_an_error_naming_the_status(server):
    with pytest.raises(IngestError, match="HTTP 500"):
        read_source(server + "/broken", timeout=5)


def test_url_redirect_loop_is_an_error(server):
    with pytest.raises(IngestError, match="redirect loop"):
        read_source(server + "/loop", timeout=5)


def test_url_more_than_five_redirects_is_an_error(server):
    with pytest.raises(IngestError, match="too many redirects"):
        read_source(server + "/hop/1", timeout=5)


def test_url_that_hangs_times_out(server):
    started = time.monotonic()
    with pytest.raises(IngestError, match="timed out"):
        read_source(server + "/slow", timeout=1)
    assert time.monotonic() - started < 2.5


def test_url_that_trickles_bytes_forever_hits_the_deadline(server):
    started = time.monotonic()
    with pytest.raises(IngestError, match="timed out"):
        read_source(server + "/trickle", timeout=1)
    assert time.monotonic() - started < 2.5


def test_url_with_an_image_content_type_is_unsupported(server):
    with pytest.raises(IngestError, match="unsupported content type image/png"):
        read_source(server + "/image.png", timeout=5)


def test_url_body_over_max_bytes_is_an_error(server):
    with pytest.raises(IngestError, match="too large"):
        read_source(server + "/big", timeout=5, max_bytes=1000)
    with pytest.raises(IngestError, match="larger than the limit"):
        read_source(server + "/big-unannounced", timeout=5, max_bytes=1000)


def test_url_nobody_listens_on_is_an_error():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    with pytest.raises(IngestError, match="cannot fetch"):
        read_source(f"http://127.0.0.1:{port}/", timeout=2)


def test_a_page_without_article_or_main_keeps_its_headings_as_headings(tmp_path):
    # No <article> or <main>, so trafilatura reads the text; its plain text
    # drops the tags, and the headings must come back from the DOM.
    page = """<html><head><title>Appeal ruling: inspector reinstated</title></head><body>
    <table><tr><td><a href="/">Law Reports</a></td><td>[Home] [Search]</td></tr></table>
    <h1>Inspector wins appeal against dismissal</h1>
    <p>Date: 14/02/2019</p>
    <h2>Introduction</h2>
    <ol><li>A misconduct panel dismissed the inspector without notice on 3 May 2018 after finding
    that he had lied to a superior about a lost notebook.</li>
    <li>The Police Appeals Tribunal allowed his appeal on 9 October 2018 and substituted a final
    written warning.</li></ol>
    <h2>Conclusion</h2>
    <p>The tribunal was entitled to reach that view, and the claim is dismissed.</p>
    </body></html>"""
    article = read_source(write(tmp_path, "ruling.html", page))
    kinds = [(b.kind, article.text[b.span[0]:b.span[1]]) for b in article.blocks]
    assert ("heading", "Introduction") in kinds
    assert ("heading", "Conclusion") in kinds
    assert [k for k, text in kinds if text.startswith("- ")] == ["list_item", "list_item"]
    # a paragraph that merely repeats no heading stays a paragraph
    assert ("paragraph", "The tribunal was entitled to reach that view, and the claim is dismissed.") in kinds


def test_a_title_that_is_the_h1_between_section_and_site_names_is_not_written_twice(tmp_path):
    page = """<html><head><title>Northern District | Former Deputy Sentenced to 30 Months for Bribery |
    Office of the County Prosecutor</title></head><body><article>
    <h1>Former Deputy Sentenced to 30 Months for Bribery</h1>
    <p>A former deputy was sentenced on Monday to 30 months in prison for taking bribes.</p>
    </article></body></html>"""
    article = read_source(write(tmp_path, "release.html", page))
    assert article.text.count("Sentenced to 30 Months") == 1
    assert article.title == "Former Deputy Sentenced to 30 Months for Bribery"


def test_a_title_that_says_more_than_the_h1_is_kept_above_it(tmp_path):
    page = """<html><head><title>Sergeant dismissed after gross misconduct hearing into false
    statements</title></head><body><article><h1>Sergeant dismissed</h1>
    <p>The hearing ended on Friday.</p></article></body></html>"""
    article = read_source(write(tmp_path, "hearing.html", page))
    assert article.text.startswith("Sergeant dismissed after gross misconduct hearing")
