"""An HTML page -> the article's main text, its headline and its dated metadata.

Only ``ingest`` calls this module. The approach (measured against trafilatura
in ``bench/html_main_text.py``):

1. Read what the page says about itself before anything is removed: <title>,
   the site's name, JSON-LD, meta publication dates.
2. Strip page furniture by structure, never by page: script/style/forms,
   <nav>/<aside>/<footer>, site <header>s, landmark roles, hidden elements, and
   elements whose class or id names a cookie banner, share bar, related links,
   sidebar, newsletter box, advert, breadcrumb, comments, ...
3. Take the article root (<article>, else <main>, ...) and write it out as
   text: one block per paragraph (blank line between), list items as
   ``- item``, table rows as cells joined by `` | ``, one row per line
   (html_tables.py).
4. Put the headline first: the <title> (less the site's name) when it differs
   from the <h1>, then the <h1> and standfirst when they sit outside the root.
5. Pages without an article root go to trafilatura, whose heuristics are made
   for div soup; the headline is still added by step 4.

Dates are returned as raw strings (``meta_dates``, ``byline_lines``): the
caller parses them and decides the trust order.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bs4 import BeautifulSoup, Comment, NavigableString, Tag
from bs4.element import CData, Declaration, Doctype, ProcessingInstruction

from .html_fill import bold_heading, fill, pre_blocks
from .html_meta import (_TITLE_SEP, _json_ld_objects, _meta_dates, _site_name, _site_names,  # noqa: F401
                        _time_dates, clean_title, fold, squash)
from .html_tables import _is_layout_table, _write_table

_SKIP_STRINGS = (Comment, CData, Declaration, Doctype, ProcessingInstruction)

DROP_TAGS = {
    "script", "style", "noscript", "template", "svg", "iframe", "form", "button",
    "select", "input", "textarea", "object", "embed", "canvas", "audio", "video",
    "head", "link", "meta",
}
BLOCK_TAGS = {
    "address", "article", "aside", "blockquote", "body", "center", "details", "dialog",
    "div", "dl", "fieldset", "figcaption", "figure", "footer", "h1", "h2", "h3", "h4",
    "h5", "h6", "header", "hgroup", "hr", "main", "nav", "ol", "p", "section",
    "summary", "ul", "html",
}
FURNITURE_TAGS = {"nav", "aside", "footer"}
FURNITURE_ROLES = {
    "navigation", "banner", "contentinfo", "complementary", "dialog", "alertdialog", "search",
}
# Class/id words that name page furniture. Unambiguous ones match anywhere in
# the attribute ("cookieBanner"); short ones only as a whole word ("ad-slot").
_FURNITURE_ANYWHERE = re.compile(
    r"cookie|consent|gdpr|newsletter|advert|sidebar|breadcrumb|taboola|outbrain|"
    r"social|sharing|share-?(bar|tools|buttons|links)",
    re.I,
)
_FURNITURE_WORD = re.compile(
    r"(?:^|[\s_-])(ads?|adslot|nav|navbar|menu|share|related|tags|comments|disqus|skip|"
    r"promo|popular|trending|most-(read|viewed|popular)|recommended|footer|banner|modal|"
    r"popup|overlay|pagination|pager|sponsored|signup|cmp|read-?time|reading-time|"
    r"more-stories|masthead|toolbar|subscribe|subscription)(?=$|[\s_-])",
    re.I,
)
_STANDFIRST = re.compile(
    r"standfirst|strap|dek|deck|sub-?head|subtitle|summary|intro|lede|description|excerpt",
    re.I,
)
_BYLINE_CLASS = re.compile(r"byline|dateline|date|time|publish|posted|meta|info", re.I)
# A line that is only an advert label or a share bar.
_AD_LABEL = re.compile(
    r"^(hide ad|advertisement|advert|ad|sponsored( content)?|skip advert|"
    r"(story|article) continues below( this)?( advertisement| advert| ad)?|"
    r"continue reading below|scroll to continue( with content)?)$",
    re.I,
)
_SOCIAL = re.compile(
    r"\b(facebook|twitter|x|email|e-mail|whatsapp|linkedin|pinterest|reddit|messenger|"
    r"copy link|print|share|comment|comments|on|this|article|story|or|and)\b",
    re.I,
)
@dataclass
class HtmlDoc:
    text: str
    title: str | None = None
    meta_dates: list[str] = field(default_factory=list)  # most trusted first
    byline_lines: list[str] = field(default_factory=list)  # visible date/byline elements
    used: str = "bs4"  # "bs4" or "trafilatura": which path found the body
    site_name: str | None = None  # the publishing site or body, as the page names itself
    # (kind, text) of each block written, in order: "h1".."h6", "p", "li", "row", "caption", ...
    # for ingest/layout.py, which reads a page's structure from its DOM rather than its text.
    blocks: list[tuple[str, str]] = field(default_factory=list)


def _is_hidden(el: Tag) -> bool:
    if el.has_attr("hidden") or el.get("aria-hidden") == "true":
        return True
    return bool(re.search(r"display\s*:\s*none|visibility\s*:\s*hidden", el.get("style") or "", re.I))


def _is_furniture(el: Tag) -> bool:
    names = " ".join(el.get("class", [])) + " " + (el.get("id") or "")
    if el.name in ("aside", "header") and _is_story_meta(el, names):
        return False
    if el.name in FURNITURE_TAGS or (el.get("role") or "").lower() in FURNITURE_ROLES:
        return True
    if el.name == "header" and el.find_parent(["article", "main"]) is None:
        return True
    return bool(_FURNITURE_ANYWHERE.search(names) or _FURNITURE_WORD.search(names))


def _is_story_meta(el: Tag, names: str) -> bool:
    """An <aside> or <header> inside the story that holds its byline or date
    (<aside class="article-meta">Published 3 March 2022</aside>): the story's, not the site's."""
    return bool(_BYLINE_CLASS.search(names)) and not _FURNITURE_WORD.search(names) \
        and el.find_parent(["article", "main"]) is not None and len(el.get_text().split()) <= 30


def _inside(el: Tag, ancestor: Tag) -> bool:
    return el is ancestor or any(p is ancestor for p in el.parents)


def _strip_furniture(soup: BeautifulSoup, keep: Tag | None) -> None:
    """Remove furniture elements, except ones holding the headline (their
    furniture children still go) or most of the page's text."""
    body = soup.body or soup
    total = len(squash(body.get_text()))
    for el in list(body.find_all(True)):
        if not el.name or el.parent is None:  # inside something already removed
            continue
        if el.name in DROP_TAGS or _is_hidden(el):
            el.decompose()
            continue
        if not _is_furniture(el):
            continue
        if keep is not None and _inside(keep, el):
            continue
        if el.name not in FURNITURE_TAGS and total > 500 and len(squash(el.get_text())) > total / 2:
            continue
        el.decompose()


# ---------------------------------------------------------------- text


_BR = "\x00"  # a <br> in the text buffer (decoded pages never hold NUL)


class _Writer:
    """Collects (kind, text) blocks while walking the tree."""

    COMPACT = {"li", "row", "dl", "caption"}

    def __init__(self) -> None:
        self.blocks: list[tuple[str, str]] = []
        self.buf: list[str] = []
        self.bullet = False

    def flush(self, kind: str = "p") -> None:
        raw = "".join(self.buf)
        self.buf = []
        lines = [squash(line) for line in raw.split(_BR)]
        text = "\n".join(line for line in lines if line)
        if text == "-":  # an <li> whose text sits in a <p>: the bullet goes to that paragraph
            self.bullet = True
        elif text:
            if self.bullet and kind == "p" and not text.startswith("- "):
                kind, text = "li", "- " + text
            self.bullet = False
            self.blocks.append((kind, text))

    def add(self, kind: str, text: str) -> None:
        self.flush()
        if text.strip():
            self.blocks.append((kind, text.strip()))

    def text(self) -> str:
        out: list[str] = []
        prev = ""
        for kind, text in self.blocks:
            if _is_label(text):
                continue
            if out:
                out.append("\n" if prev in self.COMPACT and kind in self.COMPACT else "\n\n")
            out.append(text)
            prev = kind
        return "".join(out)


def _is_label(text: str) -> bool:
    """An advert label ("Hide Ad") or a bare share bar ("Share: Facebook | X")."""
    plain = squash(re.sub(r"[^\w\s]", " ", text))
    if _AD_LABEL.match(plain):
        return True
    words = plain.split()
    return 0 < len(words) <= 10 and not _SOCIAL.sub("", plain).strip() and bool(
        re.search(r"facebook|twitter|whatsapp|linkedin|share", plain, re.I)
    )


_TABLE_PARTS = {"table", "tr", "td", "th", "tbody", "thead", "tfoot", "caption"}
_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}


def _walk(node: Tag, w: _Writer) -> None:
    """Write out the text under ``node``. Iterative (a stack of enter/leave
    steps), so that absurdly deep pages cannot exhaust Python's recursion."""
    stack: list[tuple[bool, object]] = [(False, child) for child in reversed(node.contents)]
    while stack:
        leaving, child = stack.pop()
        if leaving:
            name = child.name
            if name == "li":
                w.flush("li")
            elif name == "dt":
                w.buf.append(" ")
            elif name == "dd":
                w.flush("dl")
            elif name in _HEADINGS:
                w.flush(name)
            elif name == "figcaption":
                w.flush("caption")
            elif name in BLOCK_TAGS or name in _TABLE_PARTS:
                w.flush("h6" if name in ("p", "center", "div") and bold_heading(child) else "p")
            continue
        if isinstance(child, NavigableString):
            if not isinstance(child, _SKIP_STRINGS):
                w.buf.append(str(child))
            continue
        if not isinstance(child, Tag) or child.name in DROP_TAGS:
            continue
        name = child.name
        if name == "br":
            w.buf.append(_BR)
            continue
        if name == "table" and not _is_layout_table(child):
            _write_table(child, w)
            continue
        if name == "pre":
            for kind, text in pre_blocks(child.get_text()):
                w.add(kind, text)
            continue
        if name in ("li", "dt") or name in BLOCK_TAGS or name in _TABLE_PARTS:
            w.flush()
        if name == "li":
            w.buf.append("- ")
        stack.append((True, child))
        stack.extend((False, c) for c in reversed(child.contents))


def _root(soup: BeautifulSoup) -> Tag | None:
    articles = soup.find_all("article")
    main = soup.find("main") or soup.find(attrs={"role": "main"}) or soup.find(
        attrs={"itemprop": "articleBody"}
    )
    best = max(articles, key=lambda a: len(squash(a.get_text())), default=None)
    if best is not None and main is not None:
        if len(squash(best.get_text())) < 0.3 * len(squash(main.get_text())):
            return main
    return best or main


def _trafilatura_blocks(html: str) -> list[tuple[str, str]]:
    """trafilatura's main text as blocks; its markdown tables become rows."""
    import trafilatura

    text = trafilatura.extract(html, include_tables=True, include_comments=False) or ""
    blocks = []
    for line in text.splitlines():
        if re.fullmatch(r"\|?(\s*:?-{2,}:?\s*\|)+\s*", line) or not line.strip():
            continue  # a markdown table rule
        if line.startswith("|"):
            blocks.append(("row", " | ".join(c.strip() for c in line.strip().strip("|").split("|"))))
        else:
            blocks.append(("li" if line.startswith("- ") else "p", line))
    return blocks


def _heading_kinds(soup: BeautifulSoup) -> dict[str, str]:
    """The DOM's headings by their folded text: trafilatura's plain text drops
    the tags, and a heading read as a paragraph neither labels nor resets what
    follows it."""
    return {fold(squash(h.get_text())): h.name for h in soup.find_all(_HEADINGS)
            if squash(h.get_text())}


def _title_says_more(page_title: str, h1_text: str) -> bool:
    """A <title> that is the <h1> between section and site names ("District of X |
    HEADLINE | Department") says nothing more: written twice, its outcome would be
    read twice."""
    if not page_title or fold(page_title) == fold(h1_text):
        return False
    return not (h1_text and any(fold(part) == fold(h1_text) for part in _TITLE_SEP.split(page_title)))


def _headline_blocks(page_title: str, h1_text: str, h1: Tag | None, root: Tag | None,
                     body_text: str) -> list[tuple[str, str]]:
    """What goes before the root's text: the <title> where it says more than
    the <h1>, and the <h1> and its standfirst where the root leaves them out."""
    head = []
    if _title_says_more(page_title, h1_text):
        head.append(("title", page_title))
    outside = h1 is not None and (root is None or not _inside(h1, root))
    if h1_text and outside and fold(h1_text) not in body_text[: len(fold(h1_text)) + 400]:
        head.append(("h1", h1_text))
        for sib in h1.find_next_siblings(limit=3):
            stand = squash(sib.get_text())
            if _STANDFIRST.search(" ".join(sib.get("class", []))) and fold(stand) not in body_text:
                head.append(("standfirst", stand))
    return head


def _byline_lines(body: Tag) -> list[str]:
    """Texts of <time> and byline/date-classed elements that are not part of
    a sentence (a <p>/<li>/<td> of more than 15 words)."""
    lines = []
    for el in body.find_all(True):
        names = " ".join(el.get("class", [])) + " " + (el.get("id") or "")
        if el.name != "time" and not _BYLINE_CLASS.search(names):
            continue
        line = squash(el.get_text(" "))
        block = el if el.name in ("p", "li", "td") else el.find_parent(["p", "li", "td"])
        if 0 < len(line) <= 200 and (block is None or len(block.get_text().split()) <= 15):
            lines.append(line)
    return lines


def extract_html(html: str) -> HtmlDoc:
    soup = BeautifulSoup(html, "lxml")
    ld = _json_ld_objects(soup)
    meta_dates = _meta_dates(soup, ld)
    names = _site_names(soup, ld)
    title_el = soup.find("title")
    og_title = soup.find("meta", attrs={"property": "og:title"})
    page_title = squash(title_el.get_text()) if title_el else ""
    if not page_title and og_title is not None:
        page_title = squash(og_title.get("content") or "")
    raw_title = page_title
    page_title = clean_title(page_title, names) if page_title else ""
    site_name = _site_name(soup, ld, raw_title, page_title)

    body = soup.body or soup
    article_h1 = None
    for scope in (soup.find("article"), soup.find("main"), body):
        if scope is not None and scope.find("h1") is not None:
            article_h1 = scope.find("h1")
            break
    _strip_furniture(soup, article_h1)
    h1_text = squash(article_h1.get_text()) if article_h1 and article_h1.name else ""

    root = _root(soup)
    w = _Writer()
    used = "bs4"
    if root is not None:
        meta_dates += _time_dates(root)
        _walk(root, w)
    else:
        blocks = _trafilatura_blocks(str(soup))
        if blocks:
            used = "trafilatura"
            headings = _heading_kinds(soup)
            whole = _Writer()
            _walk(body, whole)
            blocks = [(headings.get(fold(line), kind) if kind == "p" else kind, line) for kind, line in blocks]
            for kind, line in fill(blocks, whole.blocks):
                w.add(kind, line)
        else:
            _walk(body, w)

    w.blocks = _headline_blocks(page_title, h1_text, article_h1, root, fold(w.text())) + w.blocks
    return HtmlDoc(
        text=w.text(),
        title=h1_text or page_title or None,
        meta_dates=meta_dates,
        byline_lines=_byline_lines(body),
        used=used,
        site_name=site_name,
        blocks=[(kind, text) for kind, text in w.blocks if not _is_label(text)],
    )
