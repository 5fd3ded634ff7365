"""Claims about change ('a 590% rise', 'more than doubled', 'rose by 5%') checked against the article's own figures."""

import re
from datetime import date

import pytest

from extractor.checks.change import rules, words
from extractor.checks.change_rules import _alternation
from extractor.pipeline import extract_article
from extractor.records import Article


def run(text, published=date(2024, 5, 1)):
    return extract_article(Article.from_text(text, "t.txt", published=published))


def changes(text):
    return [c for c in run(text).claims if c.kind == "change"]


def mismatches(text):
    return [c for c in run(text).checks if c.kind == "change_mismatch"]


@pytest.mark.parametrize("rule", rules(), ids=lambda r: r.rule.id)
def test_every_change_rule_matches_its_own_example(rule):
    assert rule.regex.search(rule.rule.example), rule.rule.id


def test_a_rule_that_reads_a_number_is_not_tried_on_a_sentence_without_digits():
    needs_digit = {r.rule.id: r.needs_digit for r in rules()}
    assert needs_digit["change-from-to"] and needs_digit["change-verb-magnitude"]  # (?P<a>{num}), (?P<mag>{num})
    assert not needs_digit["change-multiple"] and not needs_digit["change-fold"]  # 'doubled', 'five-fold'
    assert not needs_digit["change-record"]  # 'the highest since records began'


def test_a_rule_is_tried_only_on_texts_holding_a_word_it_cannot_match_without():
    words = {r.rule.id: sorted(w.pattern for w in r.needs_words) for r in rules()}
    assert words["change-fold"] == ["fold"]
    assert words["change-multiple"] == ["doubled", "halved", "quadrupled", "trebled", "tripled"]
    assert words["change-up-magnitude"] == []  # 'up'/'down' are too short to be worth looking for
    upper, lower = (changes(f"Complaints rose from 60 in 2019 to 300 in 2023, a five-{w} increase.")
                    for w in ("FOLD", "fold"))
    assert [c.status for c in upper] == [c.status for c in lower] == ["holds"]  # looked for in any case


def test_a_rule_needing_one_of_many_words_is_tried_only_on_sentences_holding_one():
    plain = {r.rule.id: r.needs_plain for r in rules()}
    assert "rose" in plain["change-to"] and "went up" in plain["change-verb-magnitude"]
    assert plain["change-up-magnitude"] == ()  # 'up'/'down' only: no word to look for
    said = [changes(f"The force had 60 complaints in 2019. They {verb} to 300 in 2023, a 400% increase.")
            for verb in ("ROSE", "Went Up", "ro\u017fe")]  # the long s reads as s, as the rule reads it
    assert [[c.status for c in claims] for claims in said] == [["holds"]] * 3


@pytest.mark.parametrize("sentence", ["Complaints rose to 12, then fell to 9.", "It Went Down to 4 and GREW to 7.",
                                      "the rise was rising, risen; rises"])
def test_a_word_list_grouped_by_first_letter_matches_as_the_list_itself(sentence):
    verbs = words()["up_verb"] + words()["down_verb"]
    listed = re.compile(r"\b(?:" + "|".join(sorted(verbs, key=len, reverse=True)) + r")\b", re.I)
    grouped = re.compile(r"\b" + _alternation(verbs) + r"\b", re.I)
    assert grouped.pattern != listed.pattern
    assert [m.span() for m in grouped.finditer(sentence)] == [m.span() for m in listed.finditer(sentence)] != []


@pytest.mark.parametrize("stated, status", [("590%", "fails"), ("490%", "holds"), ("about 500%", "holds"),
                                            ("nearly 500%", "holds"), ("more than 500%", "fails")])
def test_a_stated_per_cent_change_is_computed_from_both_figures(stated, status):
    (claim,) = changes(f"Complaints rose from 235 in 2012 to 1,387 in 2022, a {stated} rise.")
    assert (claim.status, claim.value, claim.compared_value) == (status, 1387, 235)
    assert len(mismatches(f"Complaints rose from 235 in 2012 to 1,387 in 2022, a {stated} rise.")) == (
        status == "fails")


def test_the_message_gives_the_change_the_figures_make():
    (check,) = mismatches("The force recorded 1,387 complaints in 2022, a 590% rise on the 235 in 2012.")
    assert "490%" in check.message and "235" in check.message and "1,387" in check.message


@pytest.mark.parametrize("words, status", [("more than doubled", "fails"), ("nearly trebled", "fails"),
                                           ("rose by 70 per cent", "holds"), ("fell by 70 per cent", "fails")])
def test_a_multiple_or_per_cent_with_a_written_pair(words, status):
    (claim,) = changes(f"Dismissals {words}, from 93 in 2022 to 158 in 2023.")
    assert claim.status == status


def test_more_than_doubled_holds_when_the_figures_more_than_double():
    (claim,) = changes("Dismissals more than doubled, from 73 in 2022 to 158 in 2023.")
    assert claim.status == "holds"


def test_points_given_as_per_cent_fail_with_both_readings():
    (check,) = mismatches("The share of complaints upheld rose by 5%, from 10% in 2022 to 15% in 2023.")
    assert "5.0 percentage points" in check.message and "50%" in check.message


@pytest.mark.parametrize("words", ["rose by 5 percentage points", "rose by 50%", "rose by five points"])
def test_either_reading_stated_as_such_holds(words):
    text = f"The share of complaints upheld {words}, from 10% in 2022 to 15% in 2023."
    assert mismatches(text) == [] and [c.status for c in changes(text)] in (["holds"], [])


def test_per_cent_given_as_points_fails():
    (check,) = mismatches("The share of complaints upheld rose by 50 percentage points, from 10% in 2022 to 15% in 2023.")
    assert "50%" in check.message


def test_a_change_against_a_time_shift_finds_the_earlier_figure_of_the_same_count():
    earlier = "In 2021 Wessex Police dismissed 140 officers. "
    assert [c.status for c in changes(earlier + "Wessex Police dismissed 158 officers in 2023, up 13 per cent on "
                                                "two years ago.")] == ["holds"]
    assert len(mismatches(earlier + "Wessex Police dismissed 158 officers in 2023, up 30 per cent on two years ago.")) == 1


def test_a_change_whose_earlier_figure_is_missing_is_unverifiable_with_the_words_to_look_up():
    (claim,) = changes("Wessex Police dismissed 158 officers in 2023, up 13 per cent on two years ago.")
    assert claim.status == "unverifiable" and "two years ago" in claim.message and "158" in claim.message
    assert mismatches("Wessex Police dismissed 158 officers in 2023, up 13 per cent on two years ago.") == []


def test_a_series_is_measured_from_its_first_figure_to_its_last():
    text = ("The unit recorded 61 allegations in 2018/19, rising to 83 in 2019/20 and to 112 in 2020/21 – "
            "an increase of 84 per cent.")
    (claim,) = changes(text)
    assert (claim.status, claim.compared_value, claim.value) == ("holds", 61, 112)


def test_up_from_pairs_the_figure_before_and_checks_the_direction():
    assert [c.status for c in changes("The force dismissed 158 officers in 2023, up from 93 the year before.")] == [
        "holds"]
    assert len(mismatches("The force dismissed 58 officers in 2023, up from 93 the year before.")) == 1


def test_a_share_made_up_of_a_whole_is_not_a_change():
    assert changes("Sexual misconduct cases make up more than 25 per cent of all allegations.") == []


@pytest.mark.parametrize("text", ["The force dismissed 41 officers last year, a record number.",
                                  "The 412 complaints were the highest number since records began."])
def test_a_record_without_the_series_is_unverifiable(text):
    assert [c.status for c in changes(text)] == ["unverifiable"]
    assert mismatches(text) == []


def test_nearly_doubled_holds_a_little_under_twice():
    (claim,) = changes("Dismissals nearly doubled, from 85 in 2022 to 158 in 2023.")
    assert claim.status == "holds"


def test_a_stated_change_does_not_borrow_the_numbers_of_another_verb():
    # 'grew from 12 to 20' is its own claim; the 13% is about complaints, whose figures are not given
    claims = {c.rule: c for c in changes("Complaints rose 13% as the unit grew from 12 to 20 staff.")}
    assert claims["change-verb-magnitude"].status == "unverifiable"
    assert claims["change-from-to"].status == "holds"


def test_a_bare_pair_written_beside_the_change_gives_it_its_numbers():
    (claim,) = changes("Complaints rose 67%, from 12 to 20 complaints.")
    assert (claim.status, claim.compared_value, claim.value) == ("holds", 12, 20)


def test_a_change_of_another_verb_in_the_sentence_is_not_this_ones_pair():
    text = ("The number of officers rose from 3,000 in 2022 to 3,300 in 2023 while complaints "
            "increased by 20%.")
    assert mismatches(text) == []


def test_the_days_of_a_period_are_not_the_numbers_of_a_change():
    text = "Complaints rose by 12%, from 1 April 2022 to 31 March 2023, the force said."
    assert mismatches(text) == [] and [c.status for c in changes(text)] == ["unverifiable"]


def test_the_whole_of_the_same_year_is_not_where_a_rise_started():
    text = "Of the 120 officers investigated in 2023, the number dismissed rose to 30."
    assert mismatches(text) == []


def test_a_record_since_a_year_needs_earlier_figures_to_hold():
    (claim,) = [c for c in changes("The number of officers jailed rose to 14, the highest since 2010.")
                if c.rule.startswith("change-record")]
    assert claim.status == "unverifiable"


def test_change_claims_and_their_checks_are_stored_and_read_back(tmp_path):
    from extractor.checks.recheck import save_with_checks
    from extractor.store import Store

    r = run("Dismissals more than doubled, from 93 in 2022 to 158 in 2023.")
    with Store(tmp_path / "s.duckdb") as store:
        save_with_checks(store, r, "test")
        save_with_checks(store, r, "test")
        back = store.load(r.article.id)
        assert [c for c in back.claims if c.kind == "change"] == changes(r.article.text)
        assert [c.kind for _, c in store.checks(kind="change_mismatch")] == ["change_mismatch"]


SERIES = ("The unit recorded 61 allegations in 2018/19, rising to 83 in 2019/20 and to 112 in 2020/21 – "
          "an increase of {change}.")


@pytest.mark.parametrize("change, compared, status", [
    ("35 per cent on the previous year", 83, "holds"),   # the last step
    ("84 per cent over the three years", 61, "holds"),   # the whole series
    ("50 per cent on the previous year", 83, "fails"),
])
def test_a_change_after_a_series_is_measured_against_the_period_its_words_name(change, compared, status):
    stated = [c for c in changes(SERIES.format(change=change)) if "increase" in c.text]
    assert [(c.compared_value, c.status) for c in stated] == [(compared, status)]


def test_a_pair_of_other_years_is_not_what_a_change_on_a_named_year_is_measured_against():
    text = "Complaints rose from 1,000 in 2021 to 1,200 in 2023, up 10% on 2022."
    assert mismatches(text) == []


# ---- a change measured 'since' a year, with no figure in its own sentence

SINCE = ("Wessex Police received 140 complaints about officers' use of force in 2016. Last year it received "
         "490 such complaints. The number has soared by {pct} since 2016, the force's report says.")


def test_a_change_since_a_year_is_measured_from_that_years_figure_to_the_later_one():
    assert mismatches(SINCE.format(pct="250%")) == []  # 140 -> 490 is +250%
    found = mismatches(SINCE.format(pct="350%"))
    assert len(found) == 1 and "from 140 to 490 is a 250% rise" in found[0].message


def test_a_change_since_a_year_with_two_readings_is_not_checked():
    text = SINCE.format(pct="350%").replace("such complaints.", "such complaints, and 380 the year before.")
    assert mismatches(text) == []


def test_a_change_is_not_measured_against_a_figure_at_another_stage():
    text = ("Fenland Constabulary recorded 1,204 complaints in 2022. In 2023, 2,911 complaints were finalised, "
            "a 9% increase on last year.")
    assert mismatches(text) == []
    assert [c.status for c in changes(text)] == ["unverifiable"]


SINCE_YEAR = ("Wessex Police dismissed 70 officers in 2022 and {last} in 2023.\n\n"
         "The number of officers who lost their jobs has doubled since 2019, when only 40 were dismissed.")


def test_a_change_since_a_year_runs_to_the_latest_figure_of_the_count():
    (claim,) = changes(SINCE_YEAR.format(last=86))
    assert claim.status == "holds" and claim.value == 86 and claim.compared_value == 40
    assert mismatches(SINCE_YEAR.format(last=86)) == []


def test_a_bare_doubled_is_a_round_word_but_not_a_loose_one():
    # 40 to 86 is 2.15 times: 'doubled' as writers use it; 40 to 60 is 1.5 times: not doubled
    assert [c.status for c in changes(SINCE_YEAR.format(last=60))] == ["fails"]
    assert len(mismatches(SINCE_YEAR.format(last=60))) == 1
