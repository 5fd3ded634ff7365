"""The schemas of the JSON files in models/ other than subjects.json (subjects_file.py) and
those kept beside the one module that reads them (``ELSEWHERE`` in __init__.py)."""

from __future__ import annotations

from typing import Any, Literal, Optional

from pydantic import ConfigDict, Field

from ..records import Category, Counted, OutcomeKind
from .base import JsonFile, Strict, Words


class FigureOutcome(Strict):
    phrase: str
    outcome: OutcomeKind
    rank: int


class LexiconFile(JsonFile):
    """lexicon.json: what a figure counts, its conduct and the outcome it counts."""

    counted: dict[Counted, list[str]]
    not_conduct: list[str]
    categories: dict[Category, list[str]]
    figure_outcomes: list[FigureOutcome]


class NumbersFile(JsonFile):
    """numbers.json: words for numbers, shares and vague quantities."""

    units: dict[str, int]
    tens: dict[str, int]
    scales: dict[str, int]
    collectives: dict[str, int]
    vague: list[str]
    denominators: dict[str, int]
    ordinals: dict[str, int]
    reference_nouns: Words


class Component(Strict):
    factory: str
    module: str
    name: Optional[str] = None
    config: dict[str, Any] = {}


class PipelineFile(JsonFile):
    """pipeline.json: the spaCy components, in the order they run."""

    components: list[Component] = Field(min_length=1)



class ContradictionsFile(JsonFile):
    """contradictions.json: what reads as an article contradicting itself."""

    exclusive: list[list[OutcomeKind]]
    lengths: list[OutcomeKind]
    length_slack_months: float
    earlier_matter: Words
    another_person: Words
    role_prefixes: Words
    stages: list[Words]
    scope: Words
    filler: Words
    any_rank: Words
    titles: dict[str, str]


class ChangeWordsFile(JsonFile):
    """change_words.json: the word lists change_patterns.jsonl names as {name}.

    Besides the lists the code reads by name, any further key is a word list a
    pattern may use; it must still be a list of strings."""

    model_config = ConfigDict(extra="allow")
    __pydantic_extra__: dict[str, Words]

    num: Words
    pct: Words
    pts: Words
    q: Words
    up_verb: Words
    down_verb: Words
    up_noun: Words
    down_noun: Words
    up_words: Words
    multiples: dict[str, int]
    qualifiers: dict[str, Literal["more_than", "nearly", "about", "at_least"]]
    shifts: dict[str, int]


class ReferenceWordsFile(JsonFile):
    """reference_words.json: words that say who a person mention is or stands for (nlp/subjects/)."""

    told_verbs: Words
    audience: Words
    former_words: Words
    employer_leads: Words
    not_employer: Words
    month_first_names: Words
    name_suffixes: Words
    surname_verbs: Words
    discipliner_heads: Words
    story_person_nouns: Words


class OutcomeWordsFile(JsonFile):
    """outcome_words.json: words read around a matched outcome (nlp/outcomes/, nlp/figures/outcome_words.py)."""

    nouns_first: Words
    sentence_words: Words
    length_words: Words
    past_matter: Words
    parents: Words
    finding_words: Words
    finding_nouns: Words
    time_words: Words
    description_words: Words
    after_intransitive: Words
    after_anaphor_verb: Words
    compared_fillers: Words
    ranking_words: Words
    ranking_links: Words
    anaphor_chain: Words
    reporting_words: Words
    owner_speech: Words
    tag_finding_verbs: Words
    stated_sanctions: Words
    sanction_givers: Words
    decision_nouns: Words
