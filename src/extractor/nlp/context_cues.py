"""The cues models/context.json holds, as a schema: every key a list of words or phrases
(or a bound), each named by what English it reads; an unknown key stops the run
(nlp/context.py reads the file; modelfiles checks it)."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class ContextCues(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    doc: str = Field(default="", alias="_doc")
    reset_openers: list[str]     # a sentence opening so starts afresh: "Separately, ..."
    lead_in_endings: list[str]   # a line ending so introduces the list below it: "Of those officers:"
    event_verbs: list[str]       # a date right after one dates that event: "charged in 2004"
    equivalence_pointers: list[str]  # a sentence giving "the equivalent figures" of the one before
    comparison_markers: list[str]  # a date right after one is the base compared with: "on last year"
    contrast_words: list[str]    # a date past one belongs to another clause: "..., but ... in 2006"
    part_pointers: list[str]     # after a figure, or opening its sentence: "of them", "of that total"
    national_scope: list[str]    # a sentence naming one states a national figure: "across England and Wales"
    example_cues: list[str]      # a conduct named after one is an example, not the figure's kind
    org_bystanders: list[str]    # an org right after one is not whose figures: "referrals from the Garda"
    investigator_leads: list[str] = []  # "investigations by GSOC": the investigator, not whose count of officers
    victim_verbs: list[str]      # officers who "were assaulted" are counted as victims, not for conduct
    shared_place_names: list[str]  # a force's area that is also a US place: "in Durham" names no force in a US story
    uk_bodies: list[str]         # orgs that, like the national bodies and the forces of orgs.jsonl, make a story British
    national_bodies: list[str]   # orgs (models/orgs.jsonl names) whose figures may be national ones
    quantity_words: list[str]    # a title stating one is about figures: "Hundreds of officers ..."
    hypothetical_cues: list[str] = []  # a sentence with one tells what would have happened: "the plea would have resulted in"
    day_records: list[str] = []  # a day right after one is the figures' period: "the reports tracked for Monday"
    stock_cues: list[str] = []   # a count with one in its clause is of now, not of the running period: "are waiting"
    standing_cues: list[str] = []  # after a date in its clause: cases begun then still stand ("remains suspended")
    period_openers: list[str] = []  # only these before "the year before" make it the sentence's period
    workforce_after: list[str] = []  # "Around 1,800 deputies work for the sheriff's office": a workforce
    workforce_after_leads: list[str] = []  # read past before those: "officers and staff who work for"
    report_nouns: list[str] = []  # "its 2020 Annual Report": a year before one is the report's, not an event's
    coverage_openers: list[str] = []  # "The figures cover ...": a sentence giving the period of the figures before it
    workforce_changes: list[str] = []  # "4,000 fewer officers": a change in a workforce, not conduct
    force_uses: list[str] = []    # 'used force 214 times': a count of uses of force, not a multiplier
    force_counts: list[str] = []  # the nouns such a count comes with: times, incidents, occasions
    unresolved_resets: list[str] = []  # an unresolved "the past year" ends the running period
    reference_labels: list[str] = []  # "Enquiry Reference: 529 -25": the number after one labels a request (figures/public.py)
    survey_cues: list[str] = []  # a sentence with one reports a survey across bodies: "FOI requests made by"
    informant_verbs: list[str] = []  # officers who "reported" or "complained" are people in the story
    target_cues: list[str] = []  # officers right after one are whom something was done to: "comments to"
    single_person_nouns: list[str] = []  # "A garda convicted of ...": the conduct named is one person's
    kind_share_cues: list[str] = []  # "accounted for 38% of complaints": a share of one kind, not of all
    publication_verbs: list[str] = []  # "released in March 2022" dates the report, never a figure
    scene_cues: list[str] = []  # "three deputies at the scene": people in an account of one event
    incident_verbs: list[str] = []  # "four deputies struck him": officers counted as actors in one event
    incident_max: int = 12  # the largest count of officers read as actors in one event
    kind_verbs: list[str] = []  # "three related to officer attitude": the kind a count's clause states
    sought_outcomes: list[str] = []  # "is seeking termination for 22", "recommended for dismissal": an outcome asked for, not done
    cause_links: list[str] = []  # "two officers were fired following a violent arrest": what joins an outcome count to its cause
    cause_not_heads: list[str] = []  # "fired following an investigation", "suspended for a month": a process or a time, not a conduct
    cause_events: list[str] = []  # "charged over the death of a man": a definite event named as the cause
    action_nouns: list[str] = []  # "charges against six officers": an outcome's noun before a count of people
    count_anaphors: list[str] = []  # "suspended three others following ...": a count whose noun is left to the story
    conduct_leads: list[str] = []  # "34 officers accused of lying to a court": a count of officers defined by a conduct
    not_a_kind: list[str] = []
    kind_modifiers: list[str] = []  # "of alleged garda misconduct": words before the kind's head  # "related to the same incident": no kind follows
    one_case_openers: list[str] = []  # "In a second case, ...": a sentence giving one case's account
    crowd_nouns: list[str] = []
    crowd_verbs: list[str] = []  # "200 people gathered": a crowd of the public  # "thousands of people": a vague count of the public
    incident_not_with: list[str] = []  # a sentence with one is a tally, not an account of one event
    workforce_verbs: list[str] = []  # "The force employed 3,200 officers": a workforce, not a count of conduct
    workforce_ends: list[str] = []   # what may follow a workforce count's noun
    kind_label_links: list[str] = []  # "neglect of duty (38%)": a kind right before one and a number labels it
    since_anaphors: list[str] = []  # "Since then it has sent 17 files": from the date named before
    workforce_possessives: list[str] = []  # "our 16,600 officers": a body's own officers are its size
    workforce_adjectives: list[str] = []  # "640 sworn deputies in the sheriff's office": officers by their terms of service
    list_verbs: list[str] = []  # "The suspended members include three inspectors": a list after one takes its subject's outcome
    share_bases: list[str] = []  # "1 per cent of the workforce": not-conduct nouns a share of may still be a figure
    hiring_verbs: list[str] = []  # "recruiting 200 new constables": officers counted as hired are a workforce
    conduct_participles: list[str] = []  # "of the officers disciplined": a share of officers about conduct
    named_group_openers: list[str] = []  # "the two deputies", "neither of the two": a group the story has named
    demographic_words: list[str] = []  # "the town is 41% Hispanic": shares of who people are (figures/public.py)
    month_words: list[str] = []  # "on June 3 and 4": a day number is part of a date (figures/public.py)
    denied_counts: list[str] = []  # "none of the 19 officers was dismissed": a count of what did not happen
    case_states: list[str] = []  # "Total Open Cases: 45": cases in process, not an outcome (figures/outcome_words.py)
    case_nouns: list[str] = []  # "opened 80 decertification cases": an outcome word before one names a kind of case
    service_findings: list[str] = []  # "402 complaints were upheld": for complaints, no finding of misconduct
    service_nouns: list[str] = []  # the nouns of what a service finding is about: complaints
    finding_nouns: list[str] = []  # nouns a finding word proves misconduct on: allegations, breaches
    alleged_findings: list[str] = []  # "accused of having violated policy": a finding's words only alleged
    answering_bodies: list[str] = []  # "Of the 38 forces that responded": bodies asked for figures (figures/respondents.py)
    answer_verbs: list[str] = []  # the answer (or refusal) a count of bodies asked makes: "responded", "supplied", "declined"
    answer_not_bodies: list[str] = []  # people, whose answers are acts of their own: "nine of the officers who responded"
    request_cues: list[str] = []  # "asked all 43 forces": a request a count of bodies answered
    open_start_openers: list[str] = []  # "From 2013, 29 were dismissed": a count from that date on (figures/open_starts.py)
    open_start_ends: list[str] = []  # "From 2013 to 2015": a range's end after such a date
