"""What an HTML page says about itself: its title less the site's name, the site's
name, JSON-LD objects and the publication dates its metadata and <time> elements give.

Read before html.py strips the page's furniture, since much of it lives there.
"""

from __future__ import annotations

import json
import re

from bs4 import BeautifulSoup, Tag

from .layout_cues import layout_cues

_TITLE_SEP = re.compile(r"\s+(?:\||-|–|—|::|·|•|»)\s+")


def squash(text: str) -> str:
    """Collapse white space (including no-break spaces) to single spaces."""
    return " ".join(text.split())


def fold(text: str) -> str:
    return squash(re.sub(r"[^\w\s]", " ", text)).casefold()


# ---------------------------------------------------------------- metadata


def _json_ld_objects(soup: BeautifulSoup) -> list[dict]:
    found: list[dict] = []

    def walk(node: object) -> None:
        if isinstance(node, dict):
            found.append(node)
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    for script in soup.find_all("script", type=re.compile(r"ld\+json", re.I)):
        try:
            walk(json.loads(script.string or script.get_text(), strict=False))
        except (ValueError, TypeError, RecursionError):
            continue
    return found


def _meta_dates(soup: BeautifulSoup, ld: list[dict]) -> list[str]:
    dates: list[str] = []
    names = frozenset(layout_cues().published_meta)
    for meta in soup.find_all("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        if key in names and meta.get("content"):
            dates.append(meta["content"])
    article_types = re.compile(r"article|posting|report|release", re.I)
    ranked = sorted(ld, key=lambda o: not article_types.search(str(o.get("@type", ""))))
    dates += [str(o["datePublished"]) for o in ranked if o.get("datePublished")]
    # dateCreated when a page gives no datePublished; dateModified never
    dates += [str(o["dateCreated"]) for o in ranked if o.get("dateCreated") and article_types.search(str(o.get("@type", "")))]
    for el in soup.find_all(attrs={"itemprop": "datePublished"}):
        if el.get("datetime") or el.get("content"):
            dates.append(el.get("datetime") or el.get("content"))
    return dates


def _time_dates(root: Tag) -> list[str]:
    """<time datetime> in the article's header area, not inside a sentence."""
    dates = []
    for el in root.find_all("time", datetime=True):
        context = " ".join(  # the element's own class too: <time class="updated">
            " ".join(a.get("class", [])) + " " + (a.get("id") or "") for a in (el, *el.parents)
            if isinstance(a, Tag)
        )
        if re.search(r"updat|modif|revis", context + " " + squash(el.get_text()), re.I):
            continue
        block = el.find_parent(["p", "li", "td"])
        if block is not None and len(block.get_text().split()) > 15:
            continue
        dates.append(el["datetime"])
    return dates


def _site_names(soup: BeautifulSoup, ld: list[dict]) -> set[str]:
    names = set()
    for meta in soup.find_all("meta"):
        key = (meta.get("property") or meta.get("name") or "").lower()
        if key in ("og:site_name", "application-name", "twitter:site") and meta.get("content"):
            names.add(meta["content"].lstrip("@"))
    for obj in ld:
        publisher = obj.get("publisher")
        if isinstance(publisher, dict) and publisher.get("name"):
            names.add(str(publisher["name"]))
        if str(obj.get("@type")) in ("WebSite", "Organization") and obj.get("name"):
            names.add(str(obj["name"]))
    for a in soup.find_all("a", href=True):  # the logo: a link home, or named so
        classes = " ".join(a.get("class", []) + a.parent.get("class", []))
        if a["href"].strip() in ("/", "./") or re.search(r"logo|brand|masthead", classes, re.I):
            names.add(squash(a.get_text()))
    return {fold(n) for n in names if len(fold(n)) >= 4 and fold(n) not in ("home", "homepage")}


def _site_name(soup: BeautifulSoup, ld: list[dict], raw_title: str, clean: str) -> str | None:
    """The publisher as written: og:site_name, JSON-LD publisher, or the part
    of the <title> that clean_title took for the site's name."""
    meta = soup.find("meta", attrs={"property": "og:site_name"})
    if meta is not None and squash(meta.get("content") or ""):
        return squash(meta["content"])
    for obj in ld:
        publisher = obj.get("publisher")
        if isinstance(publisher, dict) and publisher.get("name"):
            return squash(str(publisher["name"]))
    raw = squash(raw_title)
    if clean and raw != clean and raw.startswith(clean):
        tail = _TITLE_SEP.split(raw[len(clean):], maxsplit=1)
        name = squash(tail[-1]) if tail else ""
        return name or None
    return None


def clean_title(title: str, site_names: set[str]) -> str:
    """Drop the site's name from a <title>: ``Headline | Section | Site`` ->
    ``Headline | Section``. Without a known name, a short last part after
    `` | `` or `` - `` is taken for the site's name."""
    title = squash(title)
    seps = list(_TITLE_SEP.finditer(title))
    if not seps:
        return title
    first, last = seps[0], seps[-1]
    head, tail = title[: first.start()], title[last.end():]
    if any(re.search(rf"\b{re.escape(n)}\b", fold(tail)) for n in site_names):
        return title[: last.start()]
    if fold(head) in site_names:
        return title[first.end():]
    rest = title[: last.start()]
    if last.group().strip() in "|-–—" and len(tail.split()) <= 4 and len(rest.split()) >= 2:
        return rest
    return title


# ---------------------------------------------------------------- furniture
