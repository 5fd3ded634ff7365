"""A dateline may list the topics a page is filed under after its date: names in capitals,
separated by commas. A sentence after the date is not a list of topics."""

from datetime import date

import pytest

from extractor.ingest.dateline import dateline_date


@pytest.mark.parametrize("line, expected", [
    ("May 10, 2025 | Commission on Peace Officer Standards and Training, State Agencies, California",
     date(2025, 5, 10)),
    ("June 2, 2024 | Public Safety, City Council, Ohio", date(2024, 6, 2)),
    ("3 March 2023 | Policing, Courts", date(2023, 3, 3)),
    ("Jan. 8, 2022 | Board of Police Commissioners, Oversight, Kansas City", date(2022, 1, 8)),
    ("14 September 2021 | Northern Ireland, Police Service of Northern Ireland, Justice", date(2021, 9, 14)),
    ("October 30, 2020 | Criminal Justice, Law Enforcement & Public Safety, Texas", date(2020, 10, 30)),
    ("Tuesday 7 May 2019 | Crime, Courts & Justice, West Yorkshire", date(2019, 5, 7)),
    ("April 4, 2024 | Sheriff's Office, County Government, Florida", date(2024, 4, 4)),
    ("22 February 2023 | Department of Justice, Civil Rights", date(2023, 2, 22)),
    ("August 19, 2025 | Use of Force, Police Accountability Board, Maryland", date(2025, 8, 19)),
])
def test_a_list_of_topics_after_the_date_leaves_it_the_publication_date(line, expected):
    assert dateline_date(line) == expected


@pytest.mark.parametrize("line", [
    "May 10, 2025 | Officer fired after video, chief says",
    "June 2, 2024 | Two deputies were suspended, the sheriff said",
    "3 March 2023 | Police, courts and the public: what the figures show",
    "Updated May 10, 2025 | Courts, State Agencies, California",
    "May 10, 2025 | Courts, 2024 Annual Report, California",
    "Related: May 10, 2025 | Courts, State Agencies, California",
    "The board met on May 10, 2025 | Courts, State Agencies",
    "May 10, 2025 | Officer Smith was dismissed, Board Rules",
    "May 10, 2025 | Chief: officers broke rules, inquiry finds",
])
def test_a_sentence_after_the_date_is_no_list_of_topics(line):
    assert dateline_date(line) is None
