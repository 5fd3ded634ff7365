"""The extractor_dates component: date mentions found in text and resolved."""

from __future__ import annotations

import calendar
from datetime import date

import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st

import extractor.nlp.dates as nlp_dates
import extractor.nlp.sentences  # noqa: F401  (registers extractor_sentences)
from extractor.normalise.timex import KINDS
from extractor.errors import RuleError
from extractor.rulefiles import load_jsonl
from extractor.records import DateMention

D = date


@pytest.fixture(scope="module")
def nlp():
    pipeline = spacy.blank("en")
    pipeline.add_pipe("extractor_dates")
    return pipeline


@pytest.fixture(scope="module")
def run(nlp):
    def run(text, published=None):
        doc = nlp.make_doc(text)
        doc._.published = published
        return nlp.get_pipe("extractor_dates")(doc)
    return run


@pytest.fixture(scope="module")
def found(run):
    """(text, date_from, date_to) of every mention."""
    def found(text, published=None):
        return [(m.text, m.date_from, m.date_to) for m in run(text, published)._.dates]
    return found


# ---------------------------------------------------------------- the contract

def test_date_mentions_are_records_whose_spans_point_into_the_text(run):
    text = "On 2 October 2019 the force said that in November 2019 it would publish."
    doc = run(text)
    assert all(isinstance(m, DateMention) for m in doc._.dates)
    assert [m.text for m in doc._.dates] == ["2 October 2019", "November 2019"]
    for m in doc._.dates:
        m.check_span(text)
        assert m.rule


def test_date_spans_align_with_mentions_and_carry_label_rule_and_resolution(run):
    doc = run("From April 2016 to March 2017 there were 100. This rose to 172 in the following 12 months.")
    assert len(doc._.date_spans) == len(doc._.dates) == 2
    for span, mention in zip(doc._.date_spans, doc._.dates):
        assert (span.start_char, span.end_char) == mention.span
        assert span.id_ == mention.rule
        assert span.label_ in KINDS
    first, second = doc._.date_spans
    assert first.label_ == "range" and not first._.date_resolution.carried
    assert second.label_ == "carry_over" and second._.date_resolution.carried
    assert not first._.date_resolution.is_point


def test_mentions_come_in_document_order_and_never_overlap(run):
    doc = run("Between 1 April 2022 and 31 March 2023 the list grew; in 2021 it shrank; since 2018 it doubled.")
    spans = [m.span for m in doc._.dates]
    assert spans == sorted(spans)
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:]))


@pytest.mark.parametrize("text", [
    "From April 2016 to March 2017", "the three years to the end of March 2019",
    "between 1 April 2022 and 31 March 2023", "Today (Friday 5 June)", "Between April 2018 and March this year",
    "the fourth quarter of the year 2016/17", "2017, 2018, 2019 and 2020", "the last 12 months of that period",
])
def test_longest_match_wins_and_is_one_mention(found, text):
    mentions = found(f"It happened {text}, they said.", D(2020, 6, 5))
    assert [m[0] for m in mentions] == [text]


def test_published_may_be_an_iso_string(found):
    assert found("It was confirmed last year.", "2021-10-26") == [("last year", D(2020, 1, 1), D(2020, 12, 31))]


def test_running_twice_gives_the_same_mentions(nlp, run):
    doc = run("In February 2019 and again in 2021.")
    first = list(doc._.dates)
    assert nlp.get_pipe("extractor_dates")(doc)._.dates == first


# ---------------------------------------------------------------- what is found

@pytest.mark.parametrize("sentence, text, expected", [
    ("The report came out on 2nd Oct 2019.", "2nd Oct 2019", (D(2019, 10, 2), D(2019, 10, 2))),
    ("Published: Thu 24 May 2012 17.05 BST", "Thu 24 May 2012", (D(2012, 5, 24), D(2012, 5, 24))),
    ("Posted Wednesday, March 21, 2007 by a reader", "Wednesday, March 21, 2007", (D(2007, 3, 21), D(2007, 3, 21))),
    ("Date of request: 02/10/2019", "02/10/2019", (D(2019, 10, 2), D(2019, 10, 2))),
    ("Updated 2019-10-02.", "2019-10-02", (D(2019, 10, 2), D(2019, 10, 2))),
    ("He resigned in November 2019.", "November 2019", (D(2019, 11, 1), D(2019, 11, 30))),
    ("Ten were investigated in 2016.", "in 2016", (D(2016, 1, 1), D(2016, 12, 31))),
    ("Complaints rose in the summer of 2021.", "the summer of 2021", (D(2021, 6, 1), D(2021, 8, 31))),
    ("The unit closed in early 2020.", "early 2020", (D(2020, 1, 1), D(2020, 4, 30))),
    ("Figures for 2016\u20132019 show a rise.", "2016\u20132019", (D(2016, 1, 1), D(2019, 12, 31))),
    ("Cases fell from April to June 2022.", "from April to June 2022", (D(2022, 4, 1), D(2022, 6, 30))),
    ("In 2016/17 there were 90 referrals.", "2016/17", (D(2016, 4, 1), D(2017, 3, 31))),
    ("Some 40 were dismissed in FY 2018/19.", "FY 2018/19", (D(2018, 4, 1), D(2019, 3, 31))),
    ("The 12 months to 31 March 2019 saw 43.", "The 12 months to 31 March 2019", (D(2018, 4, 1), D(2019, 3, 31))),
    ("In the year ending March 2022, 30 left.", "the year ending March 2022", (D(2021, 4, 1), D(2022, 3, 31))),
    ("The force has held hearings in public since April 2014.", "since April 2014", (D(2014, 4, 1), D(2017, 6, 1))),
    ("Over the past five years 12 were sacked.", "the past five years", (D(2012, 6, 2), D(2017, 6, 1))),
    ("He was arrested on Tuesday.", "on Tuesday", (D(2017, 5, 30), D(2017, 5, 30))),
    ("The rules changed in February.", "in February", (D(2017, 2, 1), D(2017, 2, 28))),
    ("It opened the inquiry yesterday.", "yesterday", (D(2017, 5, 31), D(2017, 5, 31))),
    ("The hearing opened on November 13.", "on November 13", (D(2016, 11, 13), D(2016, 11, 13))),
])
def test_dates_in_sentences_are_found_and_resolved(found, sentence, text, expected):
    assert found(sentence, D(2017, 6, 1)) == [(text, *expected)]


def test_series_carry_over_in_a_paragraph(found):
    text = ("From April 2016 to March 2017 officers made 100 referrals. The number grew to 172 in the "
            "following 12 months and to 43 referrals up to 31 March 2019.")
    assert found(text) == [
        ("From April 2016 to March 2017", D(2016, 4, 1), D(2017, 3, 31)),
        ("the following 12 months", D(2017, 4, 1), D(2018, 3, 31)),
        ("up to 31 March 2019", D(2018, 4, 1), D(2019, 3, 31)),
    ]


def test_the_year_before_a_financial_year_is_the_previous_financial_year(found):
    text = "Between 1 April 2022 and 31 March 2023, 394 were barred.\n\nThat was up from 299 the year before."
    assert found(text)[-1] == ("the year before", D(2021, 4, 1), D(2022, 3, 31))


def test_carry_over_does_not_reach_past_the_previous_paragraph(found):
    text = ("Two officers were sacked, the force said.\n\nIn 2016/17 there were 90.\n\nA heading\n\n"
            "The year before there were 80.")
    assert found(text)[-1] == ("The year before", None, None)


def test_with_nothing_near_a_carry_over_continues_the_period_the_headline_states(found):
    text = ("Police complaints statistics for 2023/24\n\nThe watchdog published its annual figures today.\n\n"
            "Key findings\n\n- Complaints rose by 5% on the previous year.\n"
            "- Forces took a day longer than the year before.")
    assert found(text)[-2:] == [("the previous year", D(2022, 4, 1), D(2023, 3, 31)),
                                ("the year before", D(2022, 4, 1), D(2023, 3, 31))]


def test_past_a_base_a_background_events_month_gives_way_to_the_frames_period(found):
    text = ("Misconduct figures for 2022/23 published\n\nThe force released its figures on Monday.\n\n"
            "In June 2021 the misconduct rules changed.\n\nKey findings\n\n"
            "- Hearings rose 4% on the previous year.\n- Appeals took longer than the previous year.")
    assert found(text)[-2:] == [("the previous year", D(2021, 4, 1), D(2022, 3, 31)),
                                ("the previous year", D(2021, 4, 1), D(2022, 3, 31))]


def test_past_a_base_the_last_stated_period_as_long_as_the_frames_still_runs(found):
    text = ("Complaints went up last year, the watchdog said.\n\n"
            "Forces logged 5,000 complaints in 2022/23, fewer than in 2021/22.\n\n"
            "Locally, the force logged 412, up from 390 the year before.")
    assert found(text, published=date(2023, 10, 6))[-1] == ("the year before", D(2021, 4, 1), D(2022, 3, 31))


def test_the_frame_is_the_first_period_of_the_headline_or_first_paragraph_only(found):
    text = ("Officer dismissed after hearing\n\nA constable was dismissed on Friday.\n\n"
            "In 2019 he had been warned.\n\nBackground\n\nThe year before, he was promoted.")
    assert found(text)[-1] == ("The year before", None, None)


def test_the_same_reporting_period_is_the_period_stated_not_the_comparison(found):
    text = ("Between 1 April 2022 and 31 March 2023, 394 were barred, up from 299 the year before.\n\nOther news.\n\n"
            "More words.\n\nSeparately, 170 staff were dismissed over the same reporting period.")
    assert found(text)[-1] == ("over the same reporting period", D(2022, 4, 1), D(2023, 3, 31))


def test_relative_dates_without_publication_date_are_null(found):
    text = "Earlier this year the watchdog changed its guidance, and last year it had warned forces in December."
    assert found(text) == [("Earlier this year", None, None), ("last year", None, None), ("in December", None, None)]


def test_open_period_without_publication_date_keeps_its_start_on_the_span(run):
    doc = run("It has received 320 referrals since April 2014.")
    (span,), (mention,) = doc._.date_spans, doc._.dates
    assert span._.date_resolution.range == (D(2014, 4, 1), None)
    assert mention.text == "since April 2014" and mention.date_to is None


def test_durations_are_mentions_that_place_nothing(found):
    text = "Police recorded 8,500 allegations in three years."
    assert found(text, D(2012, 5, 24)) == [("in three years", None, None)]


def test_a_comparison_base_is_not_the_period_the_year_before_continues(found):
    text = ("In 2022/23 the force logged 900 complaints.\n\nMore were settled informally than in the year before."
            "\n\nCases took two days less than in 2021/22.\n\nIt logged 40 about conduct, up from 31 the year before.")
    assert [m[0] for m in found(text)] == ["2022/23", "the year before", "2021/22", "the year before"]
    assert found(text)[1][1:] == found(text)[3][1:] == (D(2021, 4, 1), D(2022, 3, 31))


def test_the_year_before_a_period_it_is_not_compared_with_continues_that_period(found):
    text = "In 2022/23 the force logged 900 complaints.\n\nIn 2021/22 it logged 800, and 700 the year before."
    assert found(text)[-1] == ("the year before", D(2020, 4, 1), D(2021, 3, 31))


@pytest.mark.parametrize("sentence, text, expected", [
    ("He is due to appear before Wexham magistrates on 22 May.", "on 22 May", D(2024, 5, 22)),
    ("She will be sentenced at Crown Court on 10 June, the judge said.", "on 10 June", D(2024, 6, 10)),
    ("The hearing was adjourned and will resume on Tuesday.", "on Tuesday", D(2024, 5, 7)),
    ("He was arrested on 22 May after a complaint.", "on 22 May", D(2023, 5, 22)),
    ("They will say that the arrest. It happened on 22 May.", "on 22 May", D(2023, 5, 22)),
])
def test_a_date_without_year_after_a_future_word_is_the_next_one(found, sentence, text, expected):
    mentions = [m for m in found(sentence, D(2024, 5, 3)) if m[0] == text]
    assert mentions == [(text, expected, expected)]


def test_a_headline_duration_stands_for_the_period_the_article_states(found):
    text = ("Forty officers sacked in five years\n\nForty officers were dismissed between April 2017 and "
            "March 2022, the force said. Over the five years, 12 more resigned.")
    mentions = found(text, D(2022, 8, 22))
    assert mentions[0] == ("in five years", D(2017, 4, 1), D(2022, 3, 31))
    assert mentions[-1] == ("Over the five years", D(2017, 4, 1), D(2022, 3, 31))


def test_a_duration_with_no_period_of_its_length_stays_null(found):
    text = "Police recorded 900 allegations over three years. The unit opened in 2019."
    assert found(text, D(2022, 8, 22))[0] == ("over three years", None, None)


@pytest.mark.parametrize("text, expected", [
    ("He was cleared of gross misconduct in the summer.", (D(2024, 6, 1), D(2024, 8, 31))),
    ("The force said nine had been dismissed so far this year.", (D(2024, 1, 1), D(2024, 12, 2))),
    ("That compares with 14 in the whole of 2023.", (D(2023, 1, 1), D(2023, 12, 31))),
    ("Two cases from 2022 are still open.", (D(2022, 1, 1), D(2022, 12, 31))),
])
def test_more_ways_of_naming_a_period(found, text, expected):
    (mention,) = found(text, D(2024, 12, 2))
    assert mention[1:] == expected


def test_two_periods_joined_by_and_with_a_gap_are_two_mentions(found):
    assert found("Figures for 2018/19 and 2020/21 are in the annex.") == [
        ("2018/19", D(2018, 4, 1), D(2019, 3, 31)), ("2020/21", D(2020, 4, 1), D(2021, 3, 31))]


def test_years_labelling_table_rows_are_mentions_but_a_row_of_years_is_not(found):
    text = ("Year Dismissed Resigned\n2019 7 5\n2020 | 9 | 1,204\n\nOutcomes 2017 2018 2019\n"
            "In 2019 12 officers left.")
    assert [m[0] for m in found(text)] == ["2019", "2020", "In 2019"]


# ---------------------------------------------------------------- what is not a date

@pytest.mark.parametrize("text", [
    "He was jailed for 10 months and suspended for two years.",
    "The control room is staffed 24/7.",
    "Call 999 in an emergency or 101 otherwise.",
    "The post went up at 10:14 AM and again at 17.05 BST.",
    "Call 0161 496 0732 or 020 7946 0321.",
    "The match finished 3-1.",
    "All 43 forces replied.",
    "He was charged under section 36.",
    "He admitted three counts under the Computer Misuse Act 1990.",
    "Attorney General's Reference (No 1 of 2007) was heard.",
    "He stole \u00a32,019 and \u00a31,505.",
    "The 31-year-old had served eight years.",
    "The review was ordered by Theresa May while she was home secretary.",
    "Officers may march in the parade.",
    "She told BBC Radio 4's Today programme the figures were stark.",
    "Policing Today - subscribe now",
    "The Police (Conduct) Regulations 2012 apply. Page 1 of 3.",
    "Reference: 337/21",
    "(c) 2024 All rights reserved",
    "He was jailed for over two years.",
    "The inquiry took over two years to finish.",
    "Both have over 20 years' service and over 15 years of experience.",
])
def test_things_that_are_not_date_mentions(found, text):
    assert found(text, D(2020, 6, 5)) == []


# ---------------------------------------------------------------- the patterns file

RULES = nlp_dates.read_rules(load_jsonl("date_patterns.jsonl"))


@pytest.mark.parametrize("rule", RULES.mentions, ids=lambda r: r.id)
def test_every_pattern_example_is_found_whole_with_its_label(run, rule):
    assert rule.examples, f"{rule.id} has no examples"
    previous = "From April 2016 to March 2017 there were 100. "
    for example in rule.examples:
        prefix = previous if rule.label == "carry_over" else ""
        # "[2019] 7 5": the mention is the bracketed words, the rest is context it needs
        text, wanted = example.replace("[", "").replace("]", ""), example.partition("[")[2].partition("]")[0]
        doc = run(prefix + text, D(2021, 10, 26))
        spans = [s for s in doc._.date_spans if s.text == (wanted or text)]
        assert spans, f"{rule.id}: {example!r} found as {[s.text for s in doc._.date_spans]}"
        last = spans[-1]
        assert last.label_ == rule.label or rule.label == "fy" and last.label_ == "range"


@pytest.mark.parametrize("row, message", [
    ({"id": "x", "label": "year", "pattern": ["in", "<year>"], "exampels": []}, "exampels"),
    ({"id": "x", "label": "yearly", "pattern": ["in"]}, "yearly"),
    ({"id": "x", "label": "year", "pattern": ["in", "<yaer>"]}, "yaer"),
    ({"id": "x", "label": "year", "pattern": ["in", "@YAER"]}, "YAER"),
    ({"token": "lower", "match": {"LOWER": "x"}}, "lower"),
    ({"part": "year", "pattern": ["@YEAR"], "colour": 1}, "colour"),
    ({"id": "x", "label": "year", "pattern": ["in", "<year>?"]}, "no operator"),
    ({"id": "x", "label": "year", "pattern": ["in|@YEAR"]}, "mixes"),
])
def test_rule_file_typos_are_errors(row, message):
    rows = [{"token": "YEAR", "match": {"TEXT": {"REGEX": "^[0-9]{4}$"}}}, {"part": "year", "pattern": ["@YEAR"]}, row]
    with pytest.raises(RuleError, match=message):
        nlp_dates.read_rules(rows)


@pytest.mark.parametrize("item, message", [
    ({"LOWER": "in", "OP": "!"}, "operator"),
    ({"_": {"date_part": "B-year"}}, "not a token attribute"),
    ({"LOWER": {"FUZZY": "in"}}, "IN, NOT_IN, REGEX"),
])
def test_token_descriptions_the_matcher_cannot_read_are_rule_errors(monkeypatch, item, message):
    rows = [{"id": "x", "label": "year", "pattern": [item, {"TEXT": {"REGEX": "^[0-9]{4}$"}}]}]
    monkeypatch.setattr(nlp_dates, "load_jsonl", lambda name: rows)
    with pytest.raises(RuleError, match=message):
        nlp_dates.DateFinder(spacy.blank("en"))


def test_every_length_an_optional_word_allows_is_a_candidate_and_the_longest_readable_wins(found):
    # "the?" and "@NUM?" make several matches of units_to; the longest that reads is kept
    assert found("Over the 12 months to March 2019, 40 left.") == [
        ("the 12 months to March 2019", D(2018, 4, 1), D(2019, 3, 31))]


def test_mentions_do_not_depend_on_sentence_boundaries_from_another_component(run):
    with_sentences = spacy.blank("en")
    with_sentences.add_pipe("extractor_sentences")
    with_sentences.add_pipe("extractor_dates")
    text = "Today the force said. Policing Today reported it.\nToday (Friday 5 June) it closed on Tuesday."
    doc = with_sentences.make_doc(text)
    doc._.published = D(2020, 6, 5)
    for _name, proc in with_sentences.pipeline:
        doc = proc(doc)
    assert doc._.dates == run(text, D(2020, 6, 5))._.dates


def test_a_bad_spacy_token_pattern_is_a_rule_error(monkeypatch):
    rows = [{"id": "x", "label": "year", "pattern": [{"LOWR": "in"}]}]
    monkeypatch.setattr(nlp_dates, "load_jsonl", lambda name: rows)
    with pytest.raises(RuleError):
        nlp_dates.DateFinder(spacy.blank("en"))


# ---------------------------------------------------------------- generated dates in sentences

MONTHS = list(calendar.month_name)[1:]
FORMATS = [
    lambda d: f"{d.day} {MONTHS[d.month - 1]} {d.year}",
    lambda d: f"{MONTHS[d.month - 1]} {d.day}, {d.year}",
    lambda d: f"{calendar.day_name[d.weekday()]} {d.day} {MONTHS[d.month - 1][:3]} {d.year}",
    lambda d: f"{d.day:02d}/{d.month:02d}/{d.year}",
    lambda d: d.isoformat(),
]


@settings(max_examples=150, deadline=None)
@given(st.dates(min_value=D(1900, 1, 1), max_value=D(2099, 12, 31)), st.sampled_from(FORMATS))
def test_a_generated_date_in_a_sentence_is_one_mention_of_that_day(found, d, fmt):
    text = fmt(d)
    assert found(f"The hearing was held on {text}, a panel said.") == [(text, d, d)] or \
        found(f"The hearing was held on {text}, a panel said.") == [(f"on {text}", d, d)]


@settings(max_examples=100, deadline=None)
@given(st.integers(min_value=1950, max_value=2090), st.sampled_from(["{y}/{s:02d}", "{y}-{s:02d}", "FY {y}/{s:02d}"]))
def test_a_generated_financial_year_in_a_sentence_is_april_to_march(found, y, form):
    text = form.format(y=y, s=(y + 1) % 100)
    assert found(f"In {text} there were 12 dismissals.") in (
        [(text, D(y, 4, 1), D(y + 1, 3, 31))], [(f"In {text}", D(y, 4, 1), D(y + 1, 3, 31))])


def test_a_year_before_the_noun_it_dates_is_that_year(found):
    assert found("She was injured during a 2014 arrest in Ocala.") == [("2014", D(2014, 1, 1), D(2014, 12, 31))]
    assert found("His 2019 conviction for assault was quashed on appeal.")[0] == (
        "2019", D(2019, 1, 1), D(2019, 12, 31))


def test_a_number_that_looks_like_a_year_without_a_determiner_or_noun_is_not_one(found):
    assert found("There were 2014 complaints in all.") == []
    assert found("The Police Reform Act 2002 and section 2019 of the code apply.") == []


def test_a_quarter_with_its_year_first_as_quarterly_pages_title_themselves(found):
    assert found("Citizen Complaints against Officers 2018 2nd Quarter") == [
        ("2018 2nd Quarter", D(2018, 4, 1), D(2018, 6, 30))]
    assert found("Figures for 2019 Q3 show a rise.") == [("for 2019 Q3", D(2019, 7, 1), D(2019, 9, 30))]
    assert found("In the 2016/17 Q4 there were five.") == [("In the 2016/17 Q4", D(2017, 1, 1), D(2017, 3, 31))]
