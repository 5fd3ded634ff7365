"""The schema of models/subjects.json, the word lists that find who an outcome happened to
(read by nlp/subjects/schema.py)."""

from __future__ import annotations

from typing import Literal, Optional

from .base import JsonFile, Strict, Words


class Rank(Strict):
    """A rank, added in one place: its head, plural and the titles written before a name."""

    rank: str
    plural: Optional[str] = None
    titles: Words = []
    not_before: Words = []
    note: str = ""


class Abbreviation(Strict):
    written: Literal["upper", "upper_or_title"]


class PageFrame(Strict):
    """What a page's opening says it reports (nlp/outcomes/article_frame.py)."""

    about: str = ""
    opening_sentences: int         # the headline and first sentences that set the frame
    opening_tokens: int
    table_rows: int                # a table of this many rows with a number in it: counts set out
    max_counts: int                # more different counts of officers than this: a page of tallies
    tally_words: Words             # "figures", "annual", "report": a statistics frame
    tally_phrases: Words           # "freedom of information", "number of"
    case_words: Words              # "died", "trial": one case, beside event_nouns, event_agents, event_days


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
    page_frame: Optional[PageFrame] = None  # the page's frame decides a counted group its sentence leaves open


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
    object_anaphor_verbs: Words
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
    us_states: Words = []  # post20us: 'an employee at a Louisiana prison' works for a US state's corrections
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
    group_openers: Words = []  # "the other four officers": words a group opens with, kept as written
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
    verb_markers: Words = []  # 'voted to decertify former Garda X': a base verb after 'to' or a modal
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
    possessor_time_links: Words = []  # "a prisoner moments after his arrest": whose the pronoun is (outcomes/possessor.py)
    possessor_between: Words = []     # what may stand between that person and the time link
    table_cells: TableCells
    sentencing_frame: Optional[SentencingFrame] = None

