"""One article contradicting itself: the same officer's outcomes, the same count's values."""

from datetime import date

import pytest

from extractor.pipeline import extract_article
from extractor.records import Article


def contradictions(text, published=date(2024, 3, 1)):
    result = extract_article(Article.from_text(text, "t.txt", published=published))
    return [c for c in result.checks if c.kind == "contradiction"]


HEARING = "PC Daniel Marsh was dismissed without notice after a misconduct hearing. The panel found gross " \
          "misconduct proven and PC Marsh was {second}."


def test_dismissed_and_a_final_written_warning_for_one_officer_contradict_quoting_both():
    (check,) = contradictions(HEARING.format(second="given a final written warning"))
    assert "dismissed without notice" in check.message and "final written warning" in check.message
    assert len(check.spans) == 2


@pytest.mark.parametrize("second", ["dismissed", "placed on the barred list"])
def test_a_restatement_or_a_consistent_outcome_raises_nothing(second):
    assert contradictions(HEARING.format(second=second)) == []


def test_an_earlier_matter_is_not_a_contradiction():
    assert contradictions("PC Daniel Marsh was dismissed without notice after a misconduct hearing. PC Marsh had "
                          "previously been given a final written warning for lateness.") == []


@pytest.mark.parametrize("second", ["The officer who filmed the incident received a written warning.",
                                    "A PCSO was given a written warning over the same incident.",
                                    "A second officer was given a final written warning.",
                                    "His colleague was given a final written warning."])
def test_a_statement_that_introduces_someone_else_is_not_about_the_named_officer(second):
    assert contradictions("PC John Smith was dismissed without notice. " + second) == []


def test_two_people_are_not_one():
    assert contradictions("PC Daniel Marsh was dismissed without notice after a misconduct hearing. PC Amy Cole "
                          "was given a final written warning.") == []


def test_different_prison_terms_for_one_person_contradict():
    (check,) = contradictions("Former Wessex Police sergeant jailed for 18 months\n\nSergeant Paul Hurst, "
                              "44, was jailed for two years at Bristol Crown Court on Monday.")
    assert "18" in check.message and "24" in check.message


def test_jailed_and_a_suspended_sentence_contradict_through_the_one_described_person():
    (check,) = contradictions("Former Wessex Police sergeant jailed\n\nPaul Hurst, a former sergeant, was "
                              "given a suspended sentence at Bristol Crown Court on Monday.")
    assert "suspended sentence" in check.message


def test_a_rank_from_the_ranks_list_is_a_role_not_a_name():
    # 'Deputy' and 'Trooper' are ranks of models/subjects.json: the check reads the file as the
    # subject finder does, so 'Former Deputy' is a described person and 'Trooper' no first name
    (check,) = contradictions("Former Deputy Jailed For Two Years\n\nKyle Dunn, a former deputy, was given a "
                              "suspended sentence at the county court on Monday.")
    assert "suspended sentence" in check.message
    (check,) = contradictions("Trooper Kyle Dunn was dismissed without notice after a hearing. The panel found "
                              "gross misconduct proven and Trooper Dunn was given a final written warning.")
    assert "final written warning" in check.message


def test_the_same_term_restated_raises_nothing():
    assert contradictions("A former Wessex Police sergeant has been jailed for two years. Sergeant Paul Hurst, 44, "
                          "was jailed for two years at Bristol Crown Court on Monday.") == []


def test_unnamed_officers_of_different_forces_are_different_people():
    assert contradictions("A Thames Valley special constable was given a final written warning. The following "
                          "week, a Leicestershire special constable was dismissed.") == []


COUNT = ("Wessex Police dismissed {a} officers for misconduct in 2023. Figures released on Friday show that "
         "Wessex Police dismissed {b} officers for misconduct in 2023.")


def test_the_same_count_with_two_values_contradicts():
    (check,) = contradictions(COUNT.format(a="70", b="97"))
    assert "“70”" in check.message and "“97”" in check.message


@pytest.mark.parametrize("a, b", [("8,500", "more than 8,500"), ("87", "nearly 90"), ("97", "97"),
                                  ("70", "about 72")])
def test_values_some_reading_reconciles_raise_nothing(a, b):
    assert contradictions(COUNT.format(a=a, b=b)) == []


def test_counts_at_different_stages_are_not_the_same_count():
    assert contradictions("In 2023 Wessex Police recorded 120 misconduct cases. In 2023 Wessex Police "
                          "investigated and finalised 45 misconduct cases.") == []


def test_two_values_in_one_sentence_are_two_things():
    assert contradictions("Wessex Police dismissed 70 officers for misconduct in 2023 and 97 officers for "
                          "misconduct in 2023 across the region.") == []


def test_two_people_sharing_a_surname_are_told_apart_by_their_first_names():
    assert contradictions("PC Tom Ash was jailed for 18 months. His brother, PC Ben Ash, was given a suspended "
                          "sentence.") == []


def test_outcomes_in_different_years_are_two_matters():
    assert contradictions("PC Jane Hill was given a final written warning in 2019. In 2023 PC Hill was dismissed "
                          "for gross misconduct.") == []


def test_the_same_year_does_not_make_two_matters():
    (check,) = contradictions("PC Jane Hill was given a final written warning in 2023. In 2023 PC Hill was "
                              "dismissed for gross misconduct.")
    assert "final written warning" in check.message


@pytest.mark.parametrize("second", [
    "Nationally, 500 officers were dismissed in 2023.",            # another scope, whatever org it inherits
    "Wessex Police dismissed 29 male officers in 2023.",           # a part of the count
    "In the same year Wessex Police dismissed 12 officers from its own staff college.",
])
def test_a_part_or_another_scope_of_a_count_is_not_a_second_value_for_it(second):
    assert contradictions(f"Wessex Police dismissed 41 officers in 2023. {second}") == []


def test_a_warning_for_a_similar_offence_is_another_matter():
    assert contradictions("An officer who lied about a crash has been sacked. The officer was given a final "
                          "written warning for a similar offence.") == []


def test_a_headline_term_that_differs_from_the_body_contradicts():
    (check,) = contradictions("Sergeant jailed for two years\n\nSergeant Tim Oak was jailed for 20 months at "
                              "Exeter Crown Court.")
    assert "24 and 20 months" in check.message


def test_a_second_officer_named_in_the_body_is_not_the_headline_officer():
    assert contradictions("Officer sacked after stealing cash\n\nPC Ann Best was dismissed without notice. "
                          "A second officer, PC Joe Kerr, was given a final written warning.") == []


def test_sacked_for_an_officer_who_would_have_been_dismissed_is_not_held_against_the_article():
    assert contradictions("Former PC sacked over messages\n\nFormer PC Lee Dunn would have been dismissed had he "
                          "not resigned, a misconduct panel found.") == []


def test_would_have_been_dismissed_and_a_warning_contradict():
    (check,) = contradictions("Former PC Lee Dunn would have been dismissed had he not resigned, the panel found. "
                              "Dunn was given a written warning at the hearing.")
    assert "written warning" in check.message


def test_a_description_of_another_rank_is_not_the_named_officer():
    assert contradictions("PC Ann Best was dismissed at a hearing on Monday. The sergeant was given a written "
                          "warning.") == []


def test_a_title_gives_the_rank_a_headline_uses():
    (check,) = contradictions("Constable sacked over messages\n\nPC Owen Hale was given a final written warning "
                              "and will stay in his post.")
    assert "PC Owen Hale" in check.message
