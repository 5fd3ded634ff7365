"""An agency page's meta line under its title dates the page, whatever element holds it:
"Standards Council | Published June 11, 2025". A footer, a sentence, a line with no
publication cue, or a line labelled as another event's does not. Pages written for this
work, each read as a user's file is read."""

from datetime import date

import pytest

from extractor.ingest.read import read_source


def _page(h1: str, meta: str, body: str = "The board took action against five officers.", footer: str = "",
          cls: str = "meta") -> str:
    return (f"<html><head><title>{h1}</title></head><body><article><h1>{h1}</h1>"
            f"<p class=\"{cls}\">{meta}</p><p>{body}</p><p>Another paragraph of the notice follows here.</p>"
            f"</article><footer><p>{footer}</p></footer></body></html>")


PAGES = [
    ("council.html", _page("Council Actions: June Meeting",
                           "Peace Officer Standards and Training Council | Published June 11, 2025"), "2025-06-11"),
    ("oversight.html", _page("Quarterly Discipline Report",
                             "Office of Police Accountability | Released: March 30, 2025"), "2025-03-30"),
    ("posted-first.html", _page("Board Orders",
                                "Posted April 2, 2024 | Commission on Peace Officer Standards"), "2024-04-02"),
    ("uk-force.html", _page("Misconduct hearing outcomes",
                            "Professional Standards Department | Published 4 February 2025"), "2025-02-04"),
    ("ie-body.html", _page("Annual statistics",
                           "Office of the Police Ombudsman | Published: 12 May 2025"), "2025-05-12"),
    # refused: no publication cue, another event's date, a sentence, only a footer
    ("plain-p.html", _page("Council Actions", "Peace Officer Standards and Training Council | Published June 11, 2025",
                           cls="lead"), "2025-06-11"),
    ("no-cue.html", _page("Council Actions", "Peace Officer Standards and Training Council | June 11, 2025 Meeting",
                          cls="lead"), None),
    ("hearing.html", _page("Hearing notice", "Professional Standards | Hearing date: 4 February 2025"), None),
    ("sentence.html", _page("Officer dismissed",
                            "The report was published on June 11, 2025 by the council after a long review of the case."),
     None),
    ("footer.html", _page("Council Actions", "Notice of final actions", footer="Council | Published June 11, 2025"),
     None),
]


@pytest.mark.parametrize("name, content, expected", PAGES, ids=[p[0] for p in PAGES])
def test_a_meta_line_under_the_title_dates_the_page(tmp_path, name, content, expected):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    article = read_source(str(path))
    assert article.published == (date.fromisoformat(expected) if expected else None), article.text[:200]
