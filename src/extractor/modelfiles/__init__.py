"""The schema of every file in models/: which keys it may hold and which values.

``rulefiles`` checks a file against its schema as it reads it, so a misspelt key or
an outcome name records.py does not know fails when the file is loaded, with the
file, the line (JSONL) or key path (JSON) and the key named, not when an article
happens to contain the phrase. The loaders still hand the code the file's plain
data: a schema only accepts or refuses it.

Adding a file to models/ is one class (in json_files.py or jsonl_files.py; subjects.json has
subjects_file.py, the base classes are in base.py) and one line in ``SCHEMAS`` below:

    class LayoutFile(JsonFile):          # a JSON file: one class for the object
        block_words: list[str]
        ...
    SCHEMAS["layout.json"] = LayoutFile

    class CueRule(Line):                 # a JSONL file: one class for a line
        id: str
        cue: str
        unique: ClassVar[str] = "id"     # no two lines share an id
    SCHEMAS["outcome_cues.jsonl"] = CueRule

Every class forbids keys it does not name. A JSON file's top level may also carry
"about" and "<key>__note" remarks for the people who edit it.
"""

from __future__ import annotations

import importlib

from pydantic import BaseModel

from .base import JsonFile, Line, Strict, Words
from .json_files import (ChangeWordsFile, Component, ContradictionsFile, FigureOutcome, LexiconFile,
                         NumbersFile, OutcomeWordsFile, PipelineFile, ReferenceWordsFile)
from .jsonl_files import (ChangeRule, DateItem, DateLine, DateMentionRule, DatePart, DateToken, FigureRule,
                          OrgRule, OutcomeRule, TokenPattern)
from .subjects_file import Abbreviation, GroupOutcome, Rank, SentencingFrame, SubjectsFile, TableCells

__all__ = ["JsonFile", "Line", "Strict", "Words", "ChangeWordsFile", "Component", "ContradictionsFile",
           "FigureOutcome", "LexiconFile", "NumbersFile", "OutcomeWordsFile", "PipelineFile", "ReferenceWordsFile",
           "ChangeRule", "DateItem", "DateLine",
           "DateMentionRule", "DatePart", "DateToken", "FigureRule", "OrgRule", "OutcomeRule", "TokenPattern",
           "Abbreviation", "GroupOutcome", "Rank", "SentencingFrame", "SubjectsFile", "TableCells",
           "ELSEWHERE", "SCHEMAS"]


class _Schemas(dict):
    """File name -> schema; a schema that lives beside the code applying it (ELSEWHERE)
    is imported on first use, since that code reads its file through rulefiles."""

    def __missing__(self, name: str) -> type[BaseModel]:
        module, _, cls = ELSEWHERE[name].partition(":")
        self[name] = getattr(importlib.import_module(module), cls)
        return self[name]

    def __contains__(self, name: object) -> bool:
        return dict.__contains__(self, name) or name in ELSEWHERE

    def get(self, name: str, default=None):
        return self[name] if name in self else default


# Schemas kept with the one module that reads the file, as "module:Class".
ELSEWHERE = {
    "layout.json": "extractor.ingest.layout_cues:LayoutCues",
    "context.json": "extractor.nlp.context:ContextCues",
    "checks.json": "extractor.checks.settings:CheckRules",
    "outcome_cues.jsonl": "extractor.nlp.outcomes.cues:Cue",
    "date_words.json": "extractor.normalise.calendar_words:DateWordsFile",
    "org_forms.json": "extractor.nlp.figures.org_forms:OrgForms",
    "outcome_layout.json": "extractor.nlp.outcomes.layout_words:LayoutRules",
}

SCHEMAS: dict[str, type[BaseModel]] = _Schemas({
    "lexicon.json": LexiconFile,
    "numbers.json": NumbersFile,
    "pipeline.json": PipelineFile,
    "subjects.json": SubjectsFile,
    "contradictions.json": ContradictionsFile,
    "change_words.json": ChangeWordsFile,
    "reference_words.json": ReferenceWordsFile,
    "outcome_words.json": OutcomeWordsFile,
    "figure_patterns.jsonl": FigureRule,
    "orgs.jsonl": OrgRule,
    "outcome_patterns.jsonl": OutcomeRule,
    "change_patterns.jsonl": ChangeRule,
    "date_patterns.jsonl": DateLine,
})
