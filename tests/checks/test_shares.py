"""Shares against the counts they restate and the populations they are of (shares.py,
base_shares.py, bases.py), on sentences written for these tests, through the real pipeline."""

import pytest

from extractor.checks.bases import bases, written_bounds
from extractor.checks.shares import ratio_shares

from checks_found import checks_of


# ---- a share beside the count it restates

RESTATED = ("Only 12 of the 800 complaints made against Wessex Police officers in 2022/23 were upheld – "
            "{share} per cent, the force's annual report shows.")


def test_a_percentage_that_does_not_restate_its_count_is_flagged():
    checks = checks_of(RESTATED.format(share="3.5"))
    assert [(c.kind, c.rule) for c in checks] == [("share_mismatch", "share_restates_count")]
    assert "12 out of 800 is 1.5%" in checks[0].message and "about 28" in checks[0].message


@pytest.mark.parametrize("share,flagged", [("1.5", False), ("1.4", False), ("1.6", True), ("2", False),
                                           ("1", False), ("3", True)])
def test_a_percentage_is_read_as_rounded_or_cut(share, flagged):
    # 12 / 800 = 1.5%: a writer rounds (half a unit of the last digit either way) or cuts (the true
    # share up to a unit above what is written): '1.4', '2' and '1' may stand for it, '1.6' and '3' not
    assert bool(checks_of(RESTATED.format(share=share))) == flagged


def test_a_percentage_of_another_group_is_not_set_against_the_count():
    text = ("Only 12 of the 800 complaints made against Wessex Police officers in 2022/23 were upheld, "
            "while nationally 9 per cent were.")
    assert checks_of(text) == []


OWN_SHARE = ("Last year the force investigated 400 officers. Although only about {share} per cent (25) of them were "
             "subjects of a sexual misconduct investigation, those cases accounted for nearly 30 per cent of every "
             "officer sent to a hearing.")


def test_a_count_is_restated_by_the_share_beside_it_not_by_a_later_one():
    # 25 of 400 is 6.25%: the bracketed share restates it; 'nearly 30 per cent' is of another whole
    assert checks_of(OWN_SHARE.format(share="6")) == []


def test_a_count_whose_own_share_is_wrong_is_still_flagged():
    checks = checks_of(OWN_SHARE.format(share="16"))
    assert [c.kind for c in checks] == ["share_mismatch"]
    assert "16 per cent" in checks[0].message and "30 per cent" not in checks[0].message


# ---- a share of a population

BASE = ("Mercia Constabulary dismissed 64 officers in 2023. With about 3,200 officers serving in the force, "
        "that is {share} of its workforce.")


def test_a_share_of_a_workforce_that_does_not_fit_the_count_is_flagged():
    checks = checks_of(BASE.format(share="3.2 per cent"))
    assert [(c.kind, c.rule) for c in checks] == [("share_mismatch", "share_of_base")]
    assert "“64” (2.0% of 3,200)" in checks[0].message and "about 3,200" in checks[0].message


@pytest.mark.parametrize("share", ["2 per cent", "2.0 per cent", "about 2 per cent", "1 in 50"])
def test_a_share_of_a_workforce_that_fits_raises_nothing(share):
    assert checks_of(BASE.format(share=share)) == []


PARTS = ("Northshire Police dismissed {whole} officers in 2023. {part_sentence} With about 4,000 officers serving "
         "in the force, the number of dismissals amounts to {share} per cent of its workforce.")


def test_a_share_of_the_whole_is_not_read_as_a_share_of_a_part_that_happens_to_fit():
    # 80 of 4,000 is 2%; 60 (the constables among them) is the 1.5% the writer gives: the share
    # of 'the number of dismissals' rests on the whole, so it is flagged
    text = PARTS.format(whole=80, part_sentence="Most of the officers dismissed were constables (60).", share="1.5")
    checks = checks_of(text)
    assert [(c.kind, c.rule) for c in checks] == [("share_mismatch", "share_of_base")]
    assert "“80” (2.0% of 4,000)" in checks[0].message


def test_a_count_inside_the_groups_own_words_is_still_the_whole():
    text = PARTS.format(whole=80, part_sentence="Most of the 80 officers dismissed were constables.", share="2")
    assert checks_of(text) == []


def test_a_share_that_fits_the_whole_raises_nothing_beside_a_part():
    text = PARTS.format(whole=80, part_sentence="Most of the officers dismissed were constables (60).", share="2")
    assert checks_of(text) == []


def test_one_in_n_is_set_against_the_counts_listed_together():
    text = ("Severnside Police has 70 officers suspended and 45 on restricted duties, out of a workforce of "
            "about 2,300. That is 1 in every {n} officers, the force said.")
    assert checks_of(text.format(n=20)) == []  # 115 of 2,300 is 1 in 20
    # 1 in 33 is the 70 suspended alone: a reading that reconciles it, so silence
    assert checks_of(text.format(n=33)) == []
    checks = checks_of(text.format(n=25))      # fits neither 70, 45 nor 70 + 45
    assert [c.rule for c in checks] == ["share_of_base"] and "“70” + “45” = 115" in checks[0].message
    assert "(5.0% (1 in 20) of 2,300)" in checks[0].message


def test_a_share_of_conduct_counts_is_not_taken_of_the_workforce():
    text = ("The force employs about 3,200 officers. It dismissed 64 officers in 2023, and 30 per cent of "
            "complaints were upheld.")
    assert checks_of(text) == []


def test_a_share_with_no_population_named_nearby_is_not_checked():
    assert checks_of("Pennine Police dismissed 64 officers in 2023, roughly one in 100 officers.") == []


# ---- the parts, alone

def test_bases_are_read_with_the_writers_rounding():
    text = "out of a workforce of about 34,000, with more than 1,500 officers serving"
    found = bases(text, 0, len(text))
    assert [(b.text, b.low, b.high) for b in found] == [("about 34,000", 33_500, 34_500),
                                                         ("more than 1,500", 1_500, 1_575)]
    assert written_bounds(90, "nearly") == (85.5, 90)


def test_ratios_are_read_as_shares_but_not_years_or_counts():
    text = "one in five officers; 1 in every 34; two in 2019; 3 in 2"
    assert [(s.text, round(s.low, 2), round(s.high, 2)) for s in ratio_shares(text)] == [
        ("one in five", 18.18, 22.22), ("1 in every 34", 2.9, 2.99)]


def test_a_share_at_a_stage_is_not_set_against_counts_at_another():
    text = ("In 2023 Wessex Police dismissed 41 officers and suspended 60. It employs about 3,000 officers, and "
            "5 per cent of them were investigated for misconduct in 2023.")
    assert checks_of(text) == []


def test_every_count_the_share_may_rest_on_is_named():
    text = ("Fenland Constabulary dismissed 30 officers in 2023. Another 12 officers resigned. With about 2,000 "
            "officers, that is 4 per cent of its workforce.")
    message = checks_of(text)[0].message
    assert "“30” (1.5% of 2,000)" in message and "nor does “12” (0.60% of 2,000)" in message


@pytest.mark.parametrize("text,flagged", [
    ("The force received 1,240 complaints in 2022/23, of which 310 – {p} per cent – were upheld.", "35"),
    ("Wessex Police has around 3,100 officers. Last year 62 of them, {p} per cent, were investigated.", "3"),
])
def test_a_count_of_a_whole_named_before_it_is_restated_by_its_share(text, flagged):
    right = {"35": "25", "3": "2"}[flagged]
    assert checks_of(text.format(p=right)) == []
    assert [c.rule for c in checks_of(text.format(p=flagged))] == ["share_restates_count"]


def test_a_share_standing_just_after_its_population_is_of_it():
    text = ("Mercia Constabulary dismissed 29 officers and 11 staff in 2023, out of a workforce of about 6,500 – "
            "{p} per cent.")
    assert checks_of(text.format(p="0.6")) == []
    assert "“29” + “11” = 40 (0.62% of 6,500)" in checks_of(text.format(p="1.6"))[0].message


@pytest.mark.parametrize("text", [
    "Wessex Police dismissed 14 officers last year. Nationally, 0.4 per cent of the 147,000 officers in England "
    "and Wales were dismissed.",
    "The force dismissed 12 officers in 2023. In a 2023 survey of 2,000 officers, 20 per cent said they had "
    "witnessed misconduct.",
])
def test_a_share_of_another_population_is_not_set_against_the_forces_count(text):
    assert checks_of(text) == []


def test_a_ratio_after_its_population_and_a_restating_opener_is_of_it():
    text = ("Some 1,061 officers are suspended or on restricted duties. The Met has about 34,000 officers, so that "
            "is one in every {n}.")
    assert checks_of(text.format(n=32)) == []
    assert [c.rule for c in checks_of(text.format(n=34))] == ["share_of_base"]
