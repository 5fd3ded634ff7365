"""Where a statistics page says what its counts are by layout: a list of kinds whose item
labels the lexicon has no word for, an FOI answer line that answers a numbered question
("A1." / "2019 - 3" under "Q1. How many officers were dismissed ...?"), a line whose label
is its year, and a body's size, which is not a conduct figure. Pages written for these tests."""

import pytest

from figures_found import by_text


# ------------------------------------------------------------------ lists of kinds
@pytest.mark.parametrize("page, kinds", [
    ("Complaints 2022\n\nThe commonest allegations were:\n\n- delivery of duties and service: 812\n"
     "- use of police powers: 240\n- discriminatory behaviour: 98\n- sexual conduct: 14\n",
     {"812": "other", "240": "other", "98": "other", "14": "apsp"}),
    ("Types of allegation\n\n- Abuse of authority: 1,120 allegations\n- Neglect of duty: 990 allegations\n"
     "- Corruption: 41 allegations\n- Total: 2,151\n",
     {"1,120": "other", "990": "other", "41": "corruption", "2,151": "all"}),
    ("Complaints by category, 2023\n\n* Courtesy - 301\n* Theft - 12\n* Excessive force - 77\n* Procedure - 156\n",
     {"301": "other", "12": "theft", "77": "other", "156": "other"}),
])
def test_an_item_of_a_list_of_kinds_takes_its_own_label_not_the_item_above(page, kinds):
    found = by_text(page)
    assert {t: found[t].category for t in kinds} == kinds


def test_a_list_of_findings_is_not_a_list_of_kinds():
    found = by_text("Key findings\n\n"
                    "- Discriminatory behaviour made up 4% (2,210) of allegations, up on the year before.\n"
                    "- 'Sexual conduct' allegations rose by 12% to 1,020 during the year.\n"
                    "- 70,100 complaints were finalised during the year, most of them informally.\n")
    assert found["70,100"].category == "all"


def test_a_list_of_outcomes_names_no_kind():
    found = by_text("Misconduct\n\nDuring the year 40 officers faced proceedings. Of those:\n\n"
                    "- 6 were dismissed\n- 9 received a final written warning\n- 25 had no case to answer\n")
    assert [found[t].category for t in ("6", "9", "25")] == ["all", "all", "all"]
    assert [found[t].outcome for t in ("6", "9", "25")] == ["dismissed", "final_written_warning", "no_case_to_answer"]


# ------------------------------------------------------------------ FOI answers
FOI = ("Lowfield Police - Freedom of Information disclosure\n\n"
       "Your request:\n"
       "Q1. How many officers were dismissed for corruption in each year from 2020 to 2022?\n"
       "Q2. How many officers resigned while under investigation for corruption in the same period?\n"
       "Q3. How many staff work in your Anti-Corruption Unit?\n\n"
       "Our response:\n"
       "A1.\n2020 - 4\n2021 - 6\n2022 - 9\n"
       "A2. 13\n")


def test_answer_lines_take_what_their_numbered_question_asks():
    found = by_text(FOI)
    assert [(found[t].counted, found[t].outcome, found[t].category) for t in ("4", "6", "9")] == \
        [("officer", "dismissed", "corruption")] * 3
    assert (found["13"].outcome, found["13"].category) == ("resigned", "corruption")


def test_an_answer_lines_year_is_its_period():
    found = by_text(FOI)
    assert [(str(found[t].period_from), str(found[t].period_to)) for t in ("4", "9")] == [
        ("2020-01-01", "2020-12-31"), ("2022-01-01", "2022-12-31")]


def test_an_answer_just_below_its_question():
    found = by_text("Request 2\n\nHow many police officers were suspended in 2023 pending a misconduct investigation?\n\n"
                    "Answer\n\n14\n")
    assert (found["14"].counted, found["14"].outcome) == ("officer", "suspended")


@pytest.mark.parametrize("line, period", [
    ("2019/20: 45", ("2019-04-01", "2020-03-31")),
    ("2021 - 7", ("2021-01-01", "2021-12-31")),
])
def test_a_year_labelling_a_line_is_its_counts_period(line, period):
    found = by_text("Officers dismissed\n\n" + line + "\n")
    (f,) = found.values()
    assert (str(f.period_from), str(f.period_to)) == period


# ------------------------------------------------------------------ a body's size
@pytest.mark.parametrize("text", [
    "The force has more than 14,000 members, the spokesman said.",
    "The chief constable said the force employed 3,200 officers and would not tolerate misconduct.",
    "The council, which has 11 members, met in March.",
    "Hartwell PD has 240 sworn officers.",
])
def test_a_bodys_size_is_not_a_conduct_figure(text):
    assert by_text(text) == {}


@pytest.mark.parametrize("text, value", [
    ("Kent has 12 officers under investigation for corruption.", 12),
    ("The force has dismissed 14 officers this year.", 14),
    ("The force has 9 officers suspended.", 9),
])
def test_what_a_body_has_done_to_its_officers_is(text, value):
    assert [f.value for f in by_text(text).values()] == [value]


# ------------------------------------------------------------------ people in a table
@pytest.mark.parametrize("column", ["Dismissed", "Final written warning", "Resigned or retired"])
def test_a_table_column_of_what_only_people_undergo_counts_officers(column):
    found = by_text("Hearings\n\nThe force publishes the outcomes of its misconduct hearings each year.\n\n"
                    f"Year | Hearings held | {column}\n2022 | 31 | 17\n2023 | 28 | 12\n")
    assert (found["31"].counted, found["17"].counted, found["12"].counted) == ("case", "officer", "officer")


# ------------------------------------------------------------------ a part of a named set
@pytest.mark.parametrize("text, outcome", [
    ("In 61 of the sustained cases, the officers involved received no discipline.", "other"),
    ("In 40 of the cases referred, officers were dismissed.", "dismissed"),
])
def test_the_main_clause_says_what_happened_to_a_part_of_a_set(text, outcome):
    found = by_text(text)
    assert found[text.split()[1]].outcome == outcome


def test_a_set_named_by_its_outcome_still_gives_it_when_the_main_clause_names_none():
    found = by_text("Of the 120 allegations sustained in 2022, 41 were sustained against sergeants.")
    assert found["41"].outcome == "misconduct_proven"


def test_a_bodys_size_used_as_a_base_is_a_figure():
    found = by_text("Marsh Police has around 2,400 officers. Last year 48 of them, 2 per cent, were investigated.")
    assert found["around 2,400"].value == 2400 and found["48"].out_of == 2400
