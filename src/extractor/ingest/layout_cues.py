"""models/layout.json, validated: the cues layout.py and dateline.py read lines by.

A misspelt key is an error at load (pydantic ``extra="forbid"``), naming the file
and the key, never a silently dead rule.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pydantic import BaseModel, ConfigDict, Field

from ..rulefiles import load_model

LAYOUT_FILE = "layout.json"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class DatelineCues(_Strict):
    separators: list[str]                 # between a dateline's parts: "16 April 2024 | News"
    cues: list[str]                       # words before a publication date: "Published:", "Posted on"
    never: list[str]                      # words before a date that is not the publication's
    section_max_words: int = Field(ge=1)  # a section name beside the date: "News", "Crime & Courts"
    wire_marks_note: str = Field(default="", alias="wire_marks__note")
    wire_marks: list[str] = Field(default_factory=list)  # "(AP)", "(Reuters)": a wire story's opening
    mastheads_note: str = Field(default="", alias="mastheads__note")
    mastheads: list[str] = Field(default_factory=list)  # "Times", "Echo": the last word of a paper's name
    page_heads_note: str = Field(default="", alias="page_heads__note")
    page_heads: list[str] = Field(default_factory=list)  # "Column", "Page": a running head's page after its date


class TableCues(_Strict):
    note: str = Field(default="", alias="_doc")
    percent_columns: list[str]            # a column of shares: its heading is one of these, or opens with "%"
    suppressed_marks: list[str]           # a cell opening with one of these withholds its number: "<5"
    corner_words: list[str]               # a heading's first word that heads the row labels: "Year", "Finding"
    bare_numbers: list[str]               # the bare columns that name no noun at all: "Number", "#"
    bare_columns: list[str]               # a heading that says only what is counted ("Number", "Officers"):
    #                                       the table's title above says what happened to them
    finding_columns: list[str] = []       # a heading that is only a finding ("Sustained", "Unfounded"): its
    #                                       cells are a part of what the column before counts ("Complaints")


class CourtCues(_Strict):
    cues: list[str]                       # before a judgment's date: "Judgment date:", "delivered on the"
    openers: list[str]                    # a judgment's name that may open the line before the cue
    header_words_note: str = Field(default="", alias="header_words__note")
    header_words: list[str]               # a court's page names itself so near its top: "court", "opinion"
    max_lines: int = Field(ge=1)          # how far down the page's header runs


class LayoutCues(_Strict):
    doc: str = Field(default="", alias="_doc")
    bullets: list[str]
    numbering: list[str]                  # regular expressions for "1.", "(a)", "ii)"
    cell_separators: list[str]
    heading_max_words: int = Field(ge=1)
    title_min_words: int = Field(ge=1)
    top_lines: int = Field(ge=1)          # how far down a title, standfirst or dateline may sit
    byline_prefixes: list[str]
    caption_prefixes: list[str]
    furniture_words: list[str]            # anywhere in a short line: "©", "all rights reserved"
    furniture_prefixes: list[str]         # opening a line: "Related:", "You are here:"
    furniture_headings: list[str]
    elsewhere_headings_note: str = Field(default="", alias="elsewhere_headings__note")
    elsewhere_headings: list[str] = []    # over other stories' headlines or a sign-up: no date under them is the story's
    published_meta: list[str]             # <meta> names whose content is the publication date
    dateline: DatelineCues
    tables: TableCues
    court: CourtCues

    def list_marker(self) -> re.Pattern:
        bullets = "|".join(re.escape(b) for b in self.bullets)
        return re.compile(rf"^\s*(?:(?:{bullets})|(?:{'|'.join(self.numbering)}))\s+", re.I)


@lru_cache(maxsize=1)
def layout_cues() -> LayoutCues:
    return load_model(LAYOUT_FILE)
