"""A kind named as one part of a breakdown ("most commonly of neglect of duty (38%)", "with
sexual misconduct accounting for 7%", "excessive force making up 18% of them") is that
part's kind: never the kind of the total the same sentence states, nor of the counts in the
sentences after it. Sentences written for these tests, UK, Irish and US."""

import pytest

from figures_found import by_text


@pytest.mark.parametrize("text, kinds", [
    ("The ombudsman received 2,310 complaints, most commonly of neglect of duty (41%).",
     {"2,310": "all", "41%": "other"}),
    ("Forces recorded 1,180 conduct allegations in 2022, with sexual misconduct accounting for 9%.",
     {"1,180": "all", "9%": "apsp"}),
    ("The department logged 612 complaints in 2022, excessive force making up 18% of them.",
     {"612": "all", "18%": "other"}),
    ("There were 840 complaints against deputies last year, with discourtesy accounting for 210.",
     {"840": "all", "210": "other"}),
    ("Of 530 allegations closed, theft (31) was among the rarest.",
     {"530": "all", "31": "theft"}),
    ("Police Scotland received 6,100 complaints, corruption accounting for 2% and assault for 11%.",
     {"6,100": "all", "2%": "corruption", "11%": "other"}),
    ("The board heard 97 cases in 2021, the most common being drugs (14 cases) and dishonesty (22 cases).",
     {"97": "all", "14": "drugs", "22": "fraud"}),
    ("Officers faced 3,402 allegations, with racism at 4%.",
     {"3,402": "all", "4%": "other"}),
])
def test_a_part_keeps_its_kind_and_the_total_stays_all(text, kinds):
    found = by_text(text)
    assert {t: found[t].category for t in kinds} == kinds


@pytest.mark.parametrize("text, later, kind", [
    ("The commission received 2,310 complaints, most commonly of neglect of duty (41%). "
     "It sent 31 files to the prosecutor.", "31", "all"),
    ("Forces recorded 1,180 conduct allegations, with sexual misconduct accounting for 9%. "
     "Some 140 officers were dismissed in the same year.", "Some 140", "all"),
    ("The department logged 612 complaints, excessive force making up 18% of them. "
     "In 2021 it had logged 590 complaints.", "590", "all"),
])
def test_a_part_kind_does_not_carry_to_later_sentences(text, later, kind):
    assert by_text(text)[later].category == kind


@pytest.mark.parametrize("text, kinds", [
    # a kind that states the whole count's own kind is still its kind
    ("The force dismissed 14 officers for corruption in 2022.", {"14": "corruption"}),
    ("There were 212 allegations of sexual misconduct, up 9% on the year before.", {"212": "apsp"}),
    # a kind right before "for" and a number labels that number (as before)
    ("Improper stops accounted for 96 complaints and excessive force for 71.",
     {"96": "other", "71": "other"}),
])
def test_a_count_whose_own_words_state_its_kind_keeps_it(text, kinds):
    found = by_text(text)
    assert {t: found[t].category for t in kinds} == kinds
