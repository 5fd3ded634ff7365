"""The schema of every file in models/: which keys it may hold and which values.

``rulefiles`` checks a file against its schema as it reads it, so a misspelt key or
an outcome name records.py does not know fails when the file is loaded, with the
file, the line (JSONL) or key path (JSON) and the key named, not when an article
happens to contain the phrase. The loaders still hand the code the file's plain
data: a schema only accepts or refuses it.

Adding a file to models/ is one class here and one line in ``SCHEMAS``:

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
from typing import Any, ClassVar, Literal, Optional, Union

from pydantic import BaseModel, ConfigDict, Field, model_validator

from .records import DATE_KINDS, Category, Counted, OutcomeKind, Qualifier, Unit


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class JsonFile(Strict):
    """A whole JSON file."""

    about: str = ""


class Line(Strict):
    """One line of a JSONL file. ``unique`` names a key no two lines may share a value of."""

    unique: ClassVar[Optional[str]] = None

    @classmethod
    def pick(cls, row: dict) -> type["Line"]:
        """The class a line is read with (files that mix kinds of line override this)."""
        return cls


# ------------------------------------------------------------------ JSON files

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


class Component(Strict):
    factory: str
    module: str
    name: Optional[str] = None
    config: dict[str, Any] = {}


class PipelineFile(JsonFile):
    """pipeline.json: the spaCy components, in the order they run."""

    components: list[Component] = Field(min_length=1)


Words = list[str]


class Rank(Strict):
    """A rank, added in one place: its head, plural and the titles written before a name."""

    rank: str
    plural: Optional[str] = None
    titles: Words = []
    not_before: Words = []
    note: str = ""


class Abbreviation(Strict):
    written: Literal["upper", "upper_or_title"]


class GroupOutcome(Strict):
    max_count: int
    leads: Words
    not_with: Words
    one_event: Words = []          # phrases that make a larger group one event: "resigned at the same time"
    one_event_max: int = 0
    one_proceeding_max: int = 0    # a larger group in one proceeding on one day: "25 guards were indicted Tuesday"
    # what makes a group above max_count one event, or a count (nlp/outcomes/groups.py)
    event_days: Words = []         # "on Tuesday", "yesterday"
    event_agents: Words = []       # "a federal jury", "the court": one proceeding
    event_after: Words = []        # "after", "over", "for" ... before one of event_nouns
    event_nouns: Words = []        # "the video", "the beating", "the death of"
    definite_leads: Words = []     # "the seven officers", "all five deputies"
    approximate: Words = []        # "more than 20", "at least 12": a count, not people
    tally_frames: Words = []       # "the report said", "figures show": a larger group counted, not one event
    ordinals: Words = []           # "Two troopers were fired and a third was suspended": one more of the group
    singulars: dict[str, str] = {}  # plurals not made by dropping -s: "gardaí" -> "garda"
    group_back: int = 4            # sentences back a definite group ("the other officers") looks for its group
    distributive: Words = []       # "A and B each received a year": one outcome each, not one of the group


class TableCells(Strict):
    separators: Words              # what opens a cell: "|"
    description_words: int         # a cell this long describes a case


class SentencingFrame(Strict):
    """Where a bare term ('Smith received 18 months') is a prison term (nlp/outcomes/terms.py)."""

    words: Words                   # "sentenced", "sentencing": a sentencing stated
    back: int                      # how many sentences before the term it may be
    not_custody: Words             # "supervised release", "probation": a length that is not custody


class SubjectsFile(JsonFile):
    """subjects.json: the word lists that find who an outcome happened to. A rank is one entry in
    ``ranks`` (nlp/subjects/schema.py spreads it); negation and modality cues are in outcome_cues.jsonl."""

    ranks: list[Rank] = []
    abbreviations: dict[str, Abbreviation] = {}
    group_outcome: Optional[GroupOutcome] = None
    role_heads: Words
    role_plurals: Words
    role_heads_needing_police: Words
    context_role_heads: dict[str, Words]
    role_multiword: dict[str, Literal["singular", "plural"]]
    titles_upper: Words
    speaker_titles: Words
    modifiers: Words
    possessive_modifiers: Words
    not_modifiers: Words
    nonpolice_role_modifiers: Words
    nonpolice_heads: Words
    nonpolice_plurals: Words
    female_heads: Words
    male_heads: Words
    pronouns: dict[str, Optional[Literal["m", "f"]]]
    group_nouns: dict[str, int]
    plural_pronouns: Words
    generic_words: Words
    determiners_indefinite: Words
    determiners_definite: Words
    determiners_generic: Words
    determiners_possessive: Words
    count_words: Words
    name_stop: Words
    name_person_cues: Words
    name_is_role: Words = []
    offence_times: Words = []
    name_does_police: Words = []
    name_serves_force: Words = []
    force_words: Words = []
    of_offices: Words = []
    age_nouns: Words = []
    title_grades: Words = []  # list11: 'Lt. Col.', 'Trooper First Class': words that go on a title
    protagonist_verbs: Words = []  # "Judge Roth ordered Dana Pruitt, 41, to ...": a court's verb before the story's officer
    age_words: Words = []  # "PC X, aged 31, of Y": the word before an age in apposition
    place_initials: Words = []  # "U.S.", "N.C.": initials that never open a person's name ("T.J. Walsh" does)
    described: dict[str, Words] = {}  # subj16: place_abbreviations, relation_heads, infinitive_ordinals
    court_role_heads: Words = []  # "the defendant", "the appellant": the officer a story about one is about
    relatives: Words = []  # "The sergeant's son, Liam Ward,": a name apposed to someone's relative
    court_people: Words = []  # "District Judge X": people of the court, not new people of the story
    irregular_participles: Words = []  # "A deputy seen on video ... has been placed on leave"
    finite_only_verbs: Words = []  # harv13us: "A sergeant accused of kicking a man pleaded guilty": never a participle
    one_case_present_verbs: Words = []  # r15o: "A former State Trooper is sentenced to ...": one case told in the present
    group_people_nouns: Words = []  # "All three men were terminated": the officers the article named
    officer_harmed: Words = []  # "A Garda was injured during the arrest": the lede officer is the one harmed
    group_lede_verbs: Words = []  # "Three former officers were sentenced today": a group whose members follow
    group_member_links: Words = []  # words before a name listed after its group ("..., while Nicole Rich, 25,")
    institution_words: Words = []  # a capitalised run before one names a place or body, not a person
    body_words: Words = []  # a capitalised rank before one is part of a body's name: "Peace Officer Standards"
    speaker_verbs: Words
    decision_verbs: Words
    chair_phrases: Words
    finding_words: Words
    finding_to: Words
    verbs: Words
    aux: Words
    adverbs: Words
    present_aux: Words
    service_states: Words = []
    clause_breaks: Words
    relative_pronouns: Words
    prepositions: Words
    non_person_subjects: Words
    misconduct_context: Words
    court_context: Words
    notice_labels: Words
    table_cells: TableCells
    sentencing_frame: Optional[SentencingFrame] = None


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


# ------------------------------------------------------------------ JSONL files

TokenPattern = list[dict[str, Any]]


class FigureRule(Line):
    """figure_patterns.jsonl: token patterns for figures and their context."""

    unique: ClassVar[Optional[str]] = "id"

    id: str
    family: Literal["number", "qualifier", "exclude", "org"]
    pattern: TokenPattern
    unit: Optional[Unit] = None
    kind: Optional[Literal["digits", "words", "share", "vague"]] = None
    qualifier: Optional[Qualifier] = None
    keep: Optional[tuple[int, int]] = None
    # the match does not count when the next word is one of these ("Kent Police Federation")
    not_followed_by: Optional[list[str]] = None


class OrgRule(Line):
    """orgs.jsonl: an organisation, the short name figures carry and how articles write it."""

    unique: ClassVar[Optional[str]] = "name"

    name: str
    aliases: list[str]
    as_written: bool = False


class OutcomeRule(Line):
    """outcome_patterns.jsonl: the words that state an outcome, and how to read them.

    A rule gives a spaCy Matcher ``pattern`` or plain ``words`` (b-english's form), not both."""

    unique: ClassVar[Optional[str]] = "id"

    id: str
    outcome: OutcomeKind
    pattern: TokenPattern = []
    words: list[str] = []
    example: str                                    # a sentence the rule must match (tested)
    subject: Literal["agent", "patient", "object", "of", "next"] = "agent"
    sentence: bool = False          # a prison sentence: read its length, suspended -> suspended_sentence
    needs_length: bool = False      # only an outcome when a length or 'life' follows ("sentenced to ...")
    modal_ok: bool = False          # "would have been dismissed" is a finding, not a hypothetical
    needs_finding: bool = False     # only after "found", "agreed", "ruled", "proven" ... in the sentence
    active_object: bool = False     # "the force sacked PC X": the person after the verb
    not_after_sentence: bool = False  # "suspended" after a prison sentence is its suspension
    supersedes: list[OutcomeKind] = []  # overlapping matches with these outcomes are dropped
    not_before: list[str] = []      # refused when the next words are one of these ("cleared the way")
    level_unstated: bool = False    # a breach of standards, level unsaid (see b-english's ruleset)
    not_after: list[str] = []       # refused when the word before is one of these
    headline_only: bool = False     # only in a headline or caption: a short line with no full stop
    misconduct_outcome: Optional[OutcomeKind] = None  # the outcome in a misconduct hearing, not a court
    continues: list[str] = []      # a list saying the verb once: these words open its next item (outcomes/lists.py)
    after_sentencing: bool = False  # only where a sentencing was stated just before ("received 18 months": outcomes/terms.py)
    restates: bool = False          # only a step of the same outcome stated elsewhere for the person ("booked into jail")
    restated_by: list[OutcomeKind] = []  # with restates: other outcomes it restates ("avoids jail" beside probation)
    note: str = ""

    @model_validator(mode="after")
    def _one_form(self) -> "OutcomeRule":
        if bool(self.pattern) == bool(self.words):
            raise ValueError("give either 'words' or 'pattern' (one of them, not both)")
        return self


class ChangeRule(Line):
    """change_patterns.jsonl: a regular expression for a claim about change."""

    unique: ClassVar[Optional[str]] = "id"

    id: str
    reads: Literal["magnitude", "multiple", "from_to", "to", "from", "record"]
    pattern: str
    example: str
    # the words are a verb of their own ('rose by 13 per cent', 'doubled'): a from/to pair with
    # another verb ('as the unit grew from 12 to 20') is a second claim, not this one's numbers
    own_verb: bool = False
    note: str = ""


DateItem = Union[str, dict[str, Any]]


class DateLine(Line):
    """date_patterns.jsonl mixes three kinds of line, told apart by their first key."""

    @classmethod
    def pick(cls, row: dict) -> type[Line]:
        if "token" in row:
            return DateToken
        if "part" in row:
            return DatePart
        return DateMentionRule


class DateToken(DateLine):
    """{"token": NAME, "match": {...}}: a token description patterns write as @NAME."""

    unique: ClassVar[Optional[str]] = "token"

    token: str = Field(pattern=r"^[A-Z][A-Z0-9_]*$")
    match: dict[str, Any]
    # a token of month or weekday names takes its words from date_words.json (see date_rules)
    names: Optional[Literal["months", "weekdays"]] = None
    full_only: bool = False
    short_only: bool = False
    dotted: bool = False
    leave_out: list[str] = []
    about: str = ""


class DatePart(DateLine):
    """{"part": LABEL, "pattern": [...]}: a building block patterns write as <LABEL>."""

    part: str = Field(pattern=r"^[a-z][a-z_]*$")
    pattern: list[DateItem] = Field(min_length=1)
    examples: list[str] = []
    about: str = ""


class DateMentionRule(DateLine):
    """{"id": ID, "label": KIND, "pattern": [...]}: a date mention of one of timex's kinds."""

    unique: ClassVar[Optional[str]] = "id"

    id: str
    label: Literal[DATE_KINDS]  # type: ignore[valid-type]
    pattern: list[DateItem] = Field(min_length=1)
    examples: list[str] = []
    not_before: list[str] = []
    not_after: list[str] = []
    followed_by: list[DateItem] = []
    preceded_by: list[DateItem] = []
    not_followed_by: list[DateItem] = []
    sentence_start: bool = False
    cell: bool = False
    about: str = ""


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
    "figure_patterns.jsonl": FigureRule,
    "orgs.jsonl": OrgRule,
    "outcome_patterns.jsonl": OutcomeRule,
    "change_patterns.jsonl": ChangeRule,
    "date_patterns.jsonl": DateLine,
})
