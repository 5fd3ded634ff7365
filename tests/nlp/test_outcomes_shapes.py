"""Outcomes by the grammatical shape of the English, on sentences written for these tests:
groups and the anaphors that stand for them, several parties in one sentence, outcomes as
nouns and idioms, findings named by the allegation, subjects that are roles or places."""

import pytest

from extractor.nlp import shared_nlp
from outcomes_found import found, has


# ---------------------------------------------------------------- plural anaphors
def test_they_after_two_officers_named_together_is_one_group_outcome():
    got = found("Constable Noel Arden, 44, and his colleague Pc Rory Blake, 29, were seen on camera. "
                "Officers later searched the flat. They were both arrested in March and suspended from duty.")
    arrested = [s for o, s in got if o == "arrested"]
    assert arrested == ["Constable Noel Arden and Pc Rory Blake"], got
    assert ("suspended", "Constable Noel Arden and Pc Rory Blake") in got


def test_the_pair_names_the_people_it_stands_for():
    has("Sergeant Ivo Marsh and PC Tamsin Reed ran the unit. The court heard the pair were convicted of theft "
        "on Friday.", "convicted", "the pair (Sergeant Ivo Marsh and PC Tamsin Reed)")


def test_they_after_a_counted_group_is_the_group():
    # the group as written, count and all (SPEC: the subject is the group as written)
    has("Two Harlan County deputies were placed on leave in May. They were fired on Monday.",
        "dismissed", "Two Harlan County deputies")


def test_both_opening_a_sentence_after_two_named_officers():
    got = found("Deputy Ella Ford and Deputy Finn Gage were indicted last week. Both were placed on unpaid leave.")
    assert [s for o, s in got if o == "suspended"] == ["Deputy Ella Ford and Deputy Finn Gage"], got


def test_they_with_two_groups_between_is_not_guessed():
    got = found("PC Ann Lowe and PC Bea Nunn spoke to the two victims. They were arrested later that day.")
    assert not any(o == "arrested" for o, _ in got), got


def test_they_as_the_ones_who_arrested_is_no_outcome():
    got = found("PC Cal Ross and PC Dan Shaw shared jokes about people the officers had arrested.")
    assert not any(o == "arrested" for o, _ in got), got


def test_causative_them_is_no_subject():
    got = found("PC Cal Ross and PC Dan Shaw had left. The force asked to have them placed on the barred list.")
    assert not any(o == "barred" for o, _ in got), got


# ---------------------------------------------------------------- several parties, one sentence
def test_a_lead_listing_three_outcomes_for_three_parties():
    got = found("Two Kessler County deputies have been fired, one who faced termination has resigned, and a "
                "supervisor has been suspended after an inquiry into two deputies pointing guns at each other.")
    assert ("dismissed", "Two Kessler County deputies") in got, got
    assert ("resigned", "one") in got, got
    assert ("suspended", "supervisor") in got, got


def test_a_reason_clause_with_another_count_does_not_make_a_tally():
    has("Three troopers were suspended after a review of two crashes.", "suspended", "Three troopers")


def test_second_verb_after_a_comma_and_keeps_its_subject():
    has("Officer Lee Ponder was placed on leave during the review, and fired upon its completion.",
        "dismissed", "Officer Lee Ponder")


# ---------------------------------------------------------------- nouns and idioms
@pytest.mark.parametrize("text, outcome, subject", [
    ("PC Mark Nash was charged in May. Nash's request to resign was accepted in July.", "resigned", "PC Mark Nash"),
    ("Garda Tom Rafferty faced a hearing. His resignation was accepted by the Commissioner.", "resigned",
     "Garda Tom Rafferty"),
    ("The chief accepted the resignation of Sergeant Ola Pike on Friday.", "resigned", "Sergeant Ola Pike"),
    ("Officer Neil Orr handed in his notice in June.", "resigned", "Officer Neil Orr"),
    ("Deputy Vic Lane tendered his resignation on Monday.", "resigned", "Deputy Vic Lane"),
    ("A garda convicted of theft was one of five members of the force to lose their jobs last year.",
     "dismissed", "garda"),
    ("The lies cost the two deputies their jobs.", "dismissed", "the two deputies"),
    ("The crash cost Trooper Al Fenn his job.", "dismissed", "Trooper Al Fenn"),
])
def test_leaving_as_a_noun_or_an_idiom(text, outcome, subject):
    has(text, outcome, subject)


def test_a_refused_request_to_resign_is_not_a_resignation():
    got = found("PC Ed Lyle was suspended. His request to resign was not accepted.")
    assert not any(o == "resigned" for o, _ in got), got


# ---------------------------------------------------------------- findings
def test_allegations_of_gross_misconduct_found_proven():
    has("The panel found the allegations of gross misconduct against PC Paul Quinn to be proven.",
        "gross_misconduct_proven", "PC Paul Quinn")


def test_misconduct_and_not_gross_misconduct():
    got = found("Sergeant Rob Reid faced a hearing. It concluded that his actions amounted to misconduct and not "
                "gross misconduct.")
    assert ("misconduct_proven", "Sergeant Rob Reid") in got, got
    assert not any(o == "gross_misconduct_proven" for o, _ in got), got


def test_admitting_words_at_a_hearing_is_no_conviction():
    got = found("At the hearing Sergeant Will Yates admitted making the remarks about a colleague.")
    assert not any(o == "convicted" for o, _ in got), got


# ---------------------------------------------------------------- subjects
@pytest.mark.parametrize("text, outcome, subject", [
    ("The off-duty law enforcement officer was arrested early Friday.", "arrested",
     "off-duty law enforcement officer"),
    ("A former deputy warden at the Hale County Jail was sentenced on Friday to 24 months in prison.", "jailed",
     "former deputy warden"),
    ("Pc Owen Tate was jailed for six months at Leeds Crown Court.", "jailed", "Pc Owen Tate"),
    ("GARDA management have suspended a member of the force after he was convicted of speeding.", "suspended",
     "member of the force"),
])
def test_roles_written_the_way_papers_write_them(text, outcome, subject):
    has(text, outcome, subject)


def test_a_street_is_not_who_an_age_noun_stands_for():
    has("Sergeant Ian Cole was seen at Kingfisher Close in May. The 41-year-old was dismissed without notice.",
        "dismissed", "Sergeant Ian Cole")


def test_a_body_named_before_its_head_word_is_not_a_person():
    got = found("A deputy warden at the Delta State Penitentiary was sentenced to 20 months in prison.")
    assert ("jailed", "deputy warden") in got, got


def test_the_finding_that_states_its_level_wins_over_the_bare_breach():
    got = shared_nlp()("A panel decided Sergeant Ros Kay breached the standards of professional behaviour. "
                       "It concluded that the breaches amounted to misconduct and not gross misconduct.")._.outcomes
    proven = [(o.subject, o.text) for o in got if o.outcome == "misconduct_proven"]
    assert proven == [("Sergeant Ros Kay", "amounted to misconduct")], proven


def test_a_modal_in_a_later_clause_does_not_make_a_rule_of_a_case():
    has("In 2010 an officer resigned before he could face a disciplinary panel.", "resigned", "officer")
    assert not found("A garda facing charges should be suspended.")


# ---------------------------------------------------------------- names the article makes officers
def test_a_name_in_apposition_to_one_of_a_group_of_officers():
    got = found("Cole hit the prisoner while two other jailers watched. One of them, Kurt Rees, 29, was also "
                "charged. Rees resigned the same month.")
    assert ("charged", "Kurt Rees") in got and ("resigned", "Kurt Rees") in got, got


def test_names_listed_after_a_counted_group_are_its_officers():
    got = found("Two former Elm Grove police officers were indicted on Wednesday. Marc Lyle, 41, and Dev Saye, 38, "
                "are accused of taking cash. The pair were arrested at their homes.")
    assert ("arrested", "the pair (Marc Lyle and Dev Saye)") in got, got


def test_names_after_a_group_of_another_size_stay_unknown():
    got = found("Three former Elm Grove police officers were indicted. Marc Lyle and Dev Saye run the towing firm. "
                "Lyle was arrested on Friday.")
    assert not any(o == "arrested" for o, _ in got), got


def test_two_others_after_a_counted_group():
    has("Three Memphis officers were fired Friday and two others were suspended.", "suspended", "two others")


def test_employment_terminated():
    has("Officer Yul Wade's employment was terminated in April.", "dismissed", "Officer Yul Wade")


def test_surrendering_to_authorities_is_an_arrest():
    has("Trooper Evan Colby, 31, surrendered to authorities at the Concord police station.", "arrested",
        "Trooper Evan Colby")


def test_one_of_them_after_a_counted_group():
    got = found("Three Harlan County jailers have been fired and one of them has been arrested.")
    assert ("dismissed", "Three Harlan County jailers") in got and \
        ("arrested", "one of them (Three Harlan County jailers)") in got, got


def test_an_adverb_inside_a_negated_chain():
    assert not found("Two troopers who were not criminally charged were named in the report.")
    has("Officer Al Fry was formally charged on Monday.", "charged", "Officer Al Fry")


def test_the_head_of_a_relative_clause_that_ends_with_an_object_pronoun():
    has("PC Ian Ray sent the messages. A second officer who received them but did not report them was given a "
        "final written warning.", "final_written_warning", "second officer")


def test_a_possessive_role_in_apposition_to_a_name():
    has("Sheriff Ray Collins resigned in 2022. His chief deputy, Wade Lyle, was fired the same week.",
        "dismissed", "Wade Lyle")


def test_named_as_joins_a_role_and_its_name():
    has("The former constable, named as Dale Pryce, resigned from the force in March.", "resigned", "Dale Pryce")


def test_the_charge_authorised():
    has("PC Leon Watts is accused of misconduct. The Crown Prosecution Service authorised the charge in May.",
        "charged", "PC Leon Watts")


def test_a_sentence_sought_is_not_served():
    assert not found("Prosecutors are seeking a five-year prison term for Officer Quin Moe.")


def test_he_in_reported_speech_is_the_officer_speaking():
    has("Trooper Cal Yates said he was suspended unfairly and plans to appeal.", "suspended", "Trooper Cal Yates")


def test_he_in_reported_speech_is_not_a_judge():
    assert not any(o == "jailed" for o, _ in found("Judge Ann Kerr said he was jailed in 1998."))


def test_money_before_the_verb_is_no_count_of_people():
    has("A serving garda who made false claims worth €14,000 has been given a two-year sentence, fully suspended.",
        "suspended_sentence", "serving garda")


def test_a_name_in_apposition_after_a_relative_clause():
    has("A second officer who was present, Officer Tina Bragg, was placed on administrative leave.",
        "suspended", "Officer Tina Bragg")


def test_convicted_and_fined():
    # the court's fine is part of the sentence on the conviction, not an outcome of its own
    got = found("DC Ryan Holt had been convicted of misusing a police computer and fined £600.")
    assert got == [("convicted", "DC Ryan Holt")], got


def test_a_finding_not_proven_with_the_officer_inside_it():
    got = found("The panel found the allegation of gross misconduct against PC Ann Abel not proven.")
    assert got == [("misconduct_not_proven", "PC Ann Abel")], got


def test_a_recommendation_is_no_decision():
    assert not found("The board of inquiry recommended that Garda Ray Rowe be dismissed.")
    has("The panel directed that PC Ned Nash be dismissed without notice.", "dismissed", "PC Ned Nash")


def test_found_that_an_officer_violated_policy():
    has("An internal investigation found that Officer Gus Gale violated department policy.", "misconduct_proven",
        "Officer Gus Gale")
    assert not found("The court found that the department violated policy.")


def test_a_name_in_apposition_to_a_civilian_is_not_the_officer_named_late():
    got = found("An Easton police officer who shot a man has been placed on paid administrative leave. "
                "The driver, Jamal Ortiz, 22, was arrested at a hospital.")
    assert not any(o == "arrested" for o, _ in got), got


@pytest.mark.parametrize("text, subject", [
    ("Officer Cy Cobb remains on paid leave.", "Officer Cy Cobb"),
    ("Deputy Di Dunn has been on unpaid leave since June.", "Deputy Di Dunn"),
    ("Officer Flo Fry received a 30-day suspension for the crash.", "Officer Flo Fry"),
    ("Sergeant Gil Gray served a five-day suspension last year.", "Sergeant Gil Gray"),
    ("Trooper Hu Hall was given a three-day unpaid suspension.", "Trooper Hu Hall"),
])
def test_leave_and_suspension_as_a_state_or_a_noun(text, subject):
    has(text, "suspended", subject)


def test_a_licence_suspension_and_restricted_duties_are_not_suspensions():
    assert not found("Sergeant Gil Gray received a six-month suspension of his licence.")
    # a move to restricted duties is an outcome of its own (other, as the dev golds read desk duties)
    assert [o for o, _ in found("PC Al Abbs was put on restricted duties while the IOPC investigates.")] == ["other"]


@pytest.mark.parametrize("text, outcome, subject", [
    ("Police Chief Al Ames stepped down amid the investigation.", "resigned", "Police Chief Al Ames"),
    ("Officer Bo Bell was forced to resign in 2019.", "resigned", "Officer Bo Bell"),
    ("Sheriff Cy Cole announced his resignation on Monday.", "resigned", "Sheriff Cy Cole"),
    ("Trooper Flo Fay chose to retire before the hearing.", "retired", "Trooper Flo Fay"),
])
def test_leaving_under_pressure(text, outcome, subject):
    has(text, outcome, subject)


def test_leaving_asked_for_or_refused_is_not_leaving():
    assert not found("The chief said Officer Hal Ho should step down.")
    assert not found("Officer Ivy Ike has refused to step down.")


def test_she_after_a_woman_named_later_than_the_officer():
    got = found("Ray Dunn, 45, a former Polk County deputy, was sentenced on Monday to six years in prison. Dunn met "
                "a woman online in 2021. She later told police he had threatened her. He was arrested in March 2022 "
                "and fired the next day.")
    assert ("arrested", "Ray Dunn") in got and ("dismissed", "Ray Dunn") in got, got


def test_he_is_not_one_of_two_officers_named_together():
    got = found("Deputies Al Fox and Bo Kim testified at the trial of Sam Roe. He was convicted of robbery.")
    assert not any(o == "convicted" for o, _ in got), got


# ---------------------------------------------------------------- US sentences without a term
def test_a_prison_sentence_whose_length_comes_later_is_still_jail():
    has("Two jail guards were sentenced to prison on Tuesday for beating an inmate.", "jailed", "Two jail guards")


def test_a_prison_sentence_that_may_come_is_not_one():
    assert not [o for o, _ in found("The judge warned that Deputy Cal Rowe could be sentenced to prison.")
                if o == "jailed"]


@pytest.mark.parametrize("text, subject", [
    ("Trooper Ned Vale was barred from law enforcement work for life.", "Trooper Ned Vale"),
    ("Deputy Ned Vale was banned from ever serving as an officer again.", "Deputy Ned Vale"),
])
def test_barred_from_the_work_itself(text, subject):
    has(text, "barred", subject)



@pytest.mark.parametrize("text", ["Officers fired", "Sheriff fires", "Discipline last year:\n- 11: officers fired",
                                  "The chief fired"])
def test_a_text_that_ends_on_the_outcome_verb_is_read_not_crashed(text):
    # A headline-only input, an RSS title or a list ending the page: the look-ahead
    # for the person after "fired" must stop at the end of the text (it raised IndexError).
    assert isinstance(found(text), list)


def test_a_group_outcome_with_no_full_stop_is_still_found():
    assert [o for o, _ in found("Two deputies were fired")] == ["dismissed"]
