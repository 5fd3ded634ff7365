"""HTML pages for the published-date battery (see published_pages.py): where a
page's template puts the story's date in its markup (an article header, an aside
of the story's meta, a list or table of facts, a <time> in a header inside
<main>, JSON-LD dateCreated) and the furniture around it that must stay furniture."""

from __future__ import annotations

from published_pages import BODY, UK_BODY, art, html, ld, meta

PAGES_HTML: list[tuple[str, str, str | None, str]] = [
    ("entry-header.html", html("<article><header class='entry-header'><h1>Deputy fired</h1><div class='entry-meta'>"
                               "<span class='posted-on'>July 14, 2020</span></div></header>" + BODY + "</article>"),
     "2020-07-14", "a WordPress entry header"),
    ("meta-before-article.html", html("<div class='story-meta'><span>By Al Tran</span> <span>July 14, 2020</span></div>"
                                      "<article><h1>Deputy fired</h1>" + BODY + "</article>"), "2020-07-14",
     "the story's meta above <article>"),
    ("info-list.html", html("<article><h1>Deputy fired</h1><ul class='article-info'><li>Jane Doe</li>"
                            "<li>07/14/2020</li></ul>" + BODY + "</article>"), "2020-07-14", "a list of facts"),
    ("aside-meta.html", html("<article><h1>PC dismissed</h1><aside class='article-meta'>Published 14 July 2020</aside>"
                             + UK_BODY + "</article>"), "2020-07-14", "an aside of the story's meta"),
    ("aside-related.html", html("<article><h1>PC dismissed</h1><aside class='related-meta'>Officer suspended, "
                                "14 July 2020</aside>" + UK_BODY + "</article>"), None, "a related aside stays furniture"),
    ("aside-comments.html", html("<article><h1>PC dismissed</h1>" + UK_BODY + "<aside class='comments'>"
                                 "<p class='comment-meta'>Sam, 15 July 2020 at 9:12</p><p>Good.</p></aside></article>"),
     None, "a comment's timestamp"),
    ("strong-label.html", html("<article><h1>PC dismissed</h1><p><strong>Published:</strong> 14 July 2020</p>"
                               + UK_BODY + "</article>"), "2020-07-14", "a bold label"),
    ("no-article-root.html", html("<div id='content'><h1>PC dismissed</h1><p class='date'>14 July 2020</p>" + UK_BODY
                                  + "</div>"), "2020-07-14", "no <article>"),
    ("main-header-time.html", html("<main><h1>PC dismissed</h1><header><time datetime='2020-07-14'>14 July 2020</time>"
                                   "</header>" + UK_BODY + "</main>"), "2020-07-14", "a header inside <main>"),
    ("dl-facts.html", html("<article><h1>PC dismissed</h1><dl><dt>Date published</dt><dd>14 July 2020</dd></dl>"
                           + UK_BODY + "</article>"), "2020-07-14", "a definition list"),
    ("table-facts.html", html("<article><h1>PC dismissed</h1><table><tr><td>Date</td><td>14 July 2020</td></tr>"
                              "<tr><td>Force</td><td>Wessex</td></tr></table>" + UK_BODY + "</article>"),
     "2020-07-14", "a table of facts: the label cell is the cue"),
    ("table-hearing.html", html("<article><h1>PC dismissed</h1><table><tr><td>Hearing date</td><td>14 July 2020</td>"
                                "</tr><tr><td>Outcome</td><td>Dismissed</td></tr></table>" + UK_BODY + "</article>"),
     None, "a table's hearing date"),
    ("small-date.html", html("<article><h1>PC dismissed</h1><small>14th July 2020</small>" + UK_BODY + "</article>"),
     "2020-07-14", "a <small> date"),
    ("em-date.html", html("<article><h1>PC dismissed</h1><p><em>Tuesday 14 July 2020</em></p>" + UK_BODY
                          + "</article>"), "2020-07-14", "an italic date line"),
    ("modified-only.html", html(art(UK_BODY), meta("article:modified_time", "2020-07-16", "property")), None,
     "only a modified time"),
    ("utc-meta-evening.html", html(art("<p class='byline'>By Al Tran</p><p class='date'>July 13, 2020 at 9:15 p.m. EDT</p>"
                                       + BODY), meta("article:published_time", "2020-07-14T01:15:00Z", "property")),
     "2020-07-13", "a UTC stamp past midnight: the page's own day"),
    ("utc-meta-alone.html", html(art(BODY), meta("article:published_time", "2020-07-14T01:15:00Z", "property")),
     "2020-07-14", "a UTC stamp with nothing shown"),
    ("utc-meta-far.html", html(art("<p class='date'>Updated July 20, 2020</p>" + BODY),
                               meta("article:published_time", "2020-07-14T01:15:00Z", "property")),
     "2020-07-14", "a shown date days away is another date"),
    ("ld-created.html", html(art(UK_BODY), ld({"@type": "NewsArticle", "dateCreated": "2020-07-14T10:00:00Z"})),
     "2020-07-14", "JSON-LD dateCreated without datePublished"),
]
