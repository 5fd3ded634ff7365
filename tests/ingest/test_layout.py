"""Blocks read from plain text by layout rules, on articles written for these tests."""

import json
import shutil
from pathlib import Path

import pytest

from extractor.errors import RuleError
from extractor.ingest import layout_cues as cues_module
from extractor.ingest.layout import line_kind, text_blocks, with_blocks
from extractor.records import Article

MODELS = Path(__file__).resolve().parents[2] / "models"

ARTICLE = """The Example Courier
Home | News | Sport

Constables sacked after misconduct hearing in the county

Force says conduct fell far below the standard expected

By Sam Writer

Two constables were dismissed on Friday after a three-day hearing.

Outcomes
Year | Dismissed | Resigned
2021 | 4 | 2
2022 | 6 | 1

Of those officers:
- 3 were barred
- 2 appealed

Photo: The force headquarters

Related stories
- Council tax to rise
- Road closed after crash
"""


def kinds(text):
    return [(b.kind, text[b.span[0]:b.span[1]].split("\n")[0]) for b in text_blocks(text)]


def test_text_blocks_read_the_top_of_an_article():
    found = kinds(ARTICLE)
    assert found[:6] == [
        ("furniture", "The Example Courier"),
        ("furniture", "Home | News | Sport"),
        ("title", "Constables sacked after misconduct hearing in the county"),
        ("standfirst", "Force says conduct fell far below the standard expected"),
        ("byline", "By Sam Writer"),
        ("paragraph", "Two constables were dismissed on Friday after a three-day hearing."),
    ]


def test_text_blocks_keep_a_table_with_its_header_and_cells():
    blocks = text_blocks(ARTICLE)
    table = next(b for b in blocks if b.kind == "table")
    assert [ARTICLE[s:e] for s, e in table.header] == ["Year", "Dismissed", "Resigned"]
    assert [[ARTICLE[s:e] for s, e in row] for row in table.rows[1:]] == [["2021", "4", "2"], ["2022", "6", "1"]]
    assert ("heading", "Outcomes") in kinds(ARTICLE)


def test_text_blocks_mark_lists_captions_and_related_links():
    found = kinds(ARTICLE)
    assert ("paragraph", "Of those officers:") in found
    assert ("list_item", "- 3 were barred") in found
    assert ("caption", "Photo: The force headquarters") in found
    assert ("furniture", "- Council tax to rise") in found
    assert ("list_item", "- Council tax to rise") not in found


@pytest.mark.parametrize("line, kind", [
    ("## Misconduct outcomes", "heading"),
    ("Gross misconduct hearings", "heading"),
    ("1. Dismissed without notice", "list_item"),
    ("(b) Final written warning", "list_item"),
    ("• 12 officers suspended", "list_item"),
    ("2020/21\t14\t9", "row"),
    ("Another 13 allegations related to the misuse of force systems.", "paragraph"),
    ("© 2023 Example Media Ltd", "furniture"),
])
def test_line_kind(line, kind):
    assert line_kind(line) == kind


def test_html_hints_name_headings_the_text_cannot():
    text = "Officers dismissed\n\nMisconduct proven against three officers.\n\nWhat happens next\n\nThey may appeal."
    hints = [("h1", "Officers dismissed"), ("p", "Misconduct proven against three officers."),
             ("h2", "What happens next"), ("p", "They may appeal.")]
    assert [b.kind for b in text_blocks(text, hints)] == ["title", "paragraph", "heading", "paragraph"]


def test_with_blocks_dates_an_undated_article_from_its_dateline():
    text = "Example Gazette\n\nForce dismisses two constables\n\nMay 12, 2022 | News\n\nTwo officers were sacked."
    article = with_blocks(Article.from_text(text, "a.txt"))
    assert str(article.published) == "2022-05-12" and article.published_source == "text"
    assert json.loads(article.model_dump_json())["blocks"][0] == {"kind": "furniture", "span": [0, 15],
                                                                  "rows": [], "header": []}


def test_a_misspelt_key_in_layout_json_is_an_error(tmp_path, monkeypatch):
    models = Path(shutil.copytree(MODELS, tmp_path / "models"))
    layout = json.loads((models / "layout.json").read_text(encoding="utf-8"))
    layout["bulets"] = layout.pop("bullets")
    (models / "layout.json").write_text(json.dumps(layout), encoding="utf-8")
    monkeypatch.setenv("EXTRACTOR_MODELS", str(models))
    cues_module.layout_cues.cache_clear()
    try:
        with pytest.raises(RuleError, match="layout.json.*bulets"):
            cues_module.layout_cues()
    finally:
        cues_module.layout_cues.cache_clear()


def test_a_numbered_line_over_its_subsections_is_a_heading():
    text = "3. Complaints\n\n3.1 The force recorded 400 complaints.\n\n1. First point of the request\n2. Second point"
    found = kinds(text)
    assert ("heading", "3. Complaints") in found
    assert ("list_item", "1. First point of the request") in found
