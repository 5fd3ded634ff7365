"""Whose figures they are when an article names a body in passing: a side paragraph's
body, a ranking's entries, two bodies joined by 'and', a case's investigator, a state's
police. Sentences and pages written for these tests (UK, Irish and US)."""

import pytest

from figures_found import by_text, found_figures as figures


# --- a body named once in a side paragraph owns its own sentence, not the frame's counts
@pytest.mark.parametrize("text, side, side_org, number, org", [
    ("Garda Ombudsman annual report\n\n"
     "The Garda Síochána Ombudsman Commission received more complaints last year, its annual report shows.\n\n"
     "The Department of Justice separately recorded 14 garda dismissals in 2019.\n\n"
     "Gsoc said the shortfall in staff slowed its work on several inquiries.\n\n"
     "In all, 2,104 complaints were received in 2019.", "14", "Department of Justice", "2,104", "GSOC"),
    ("Police watchdog annual statistics\n\n"
     "The Independent Office for Police Conduct has published its annual figures for England and Wales.\n\n"
     "The Home Office recorded 480 dismissals of officers in the same year, a record.\n\n"
     "The IOPC said demand on its investigators kept rising.\n\n"
     "A total of 612 independent investigations were started in 2022/23.", "480", "Home Office", "612", "IOPC"),
    ("Minneapolis police discipline report\n\n"
     "The Minneapolis Police Department released its annual discipline report on Monday, covering every "
     "complaint closed in 2022.\n\n"
     "The Department of Civil Rights said it had sustained 9 complaints against officers in 2022.\n\n"
     "The Minneapolis Police Department said the backlog had grown all year.\n\n"
     "Officers were the subject of 412 complaints in 2022.", "9", "Department of Civil Rights", "412",
     "Minneapolis Police Department"),
])
def test_the_frames_body_named_again_takes_back_the_counts(text, side, side_org, number, org):
    found = by_text(text)
    assert (found[side].org, found[number].org) == (side_org, org)


def test_with_no_frame_named_again_the_side_bodys_count_carries_on():
    found = by_text("Police watchdog annual statistics\n\n"
                    "The Independent Office for Police Conduct has published its annual figures.\n\n"
                    "The Home Office recorded 480 dismissals of officers in 2022/23, a record.\n\n"
                    "A further 120 officers resigned before their hearings.")
    assert (found["480"].org, found["120"].org) == ("Home Office", "Home Office")


# --- a ranking: each entry's body owns only its own number
@pytest.mark.parametrize("text, own, after", [
    ("Attorney general's discipline report\n\n"
     "The Pennsylvania Office of the Attorney General has published a report on major discipline imposed by "
     "police agencies across the state in 2022.\n\n"
     "The agency with the most sustained complaints was the Philadelphia Police Department, with 214. "
     "Allegheny County Jail came second with 97.", "214", "97"),
    ("Attorney general's discipline report\n\n"
     "The Ohio Office of the Attorney General released its first statewide report on officer discipline on "
     "Tuesday.\n\n"
     "Topping the list was the Columbus Police Department, with 88 suspensions, followed by the county "
     "jails with 41.", "88", "41"),
    ("State discipline figures\n\n"
     "The Maryland Office of the Attorney General said agencies reported 640 officers suspended in 2023.\n\n"
     "The Baltimore Police Department was first with 150, and the state prisons were next with 63.",
     "150", "63"),
])
def test_a_rankings_entry_owns_only_its_own_number(text, own, after):
    found = by_text(text)
    assert found[own].org != found[after].org
    assert "Attorney General" in (found[after].org or "")


# --- a body's name never ends on 'and'
@pytest.mark.parametrize("text, org", [
    ("Discipline report\n\nThe report released Thursday from the Ohio Department of Public Safety and the "
     "state's oversight panel lists 12 complaints against troopers.", ("Ohio Department of Public Safety",)),
    ("Discipline report\n\nFigures from the Texas Department of Criminal Justice and the state auditor show "
     "31 officers were fired in 2021.", ("Texas Department of Criminal Justice",)),
    ("Prison staff\n\nThe Department of Justice and the Policing Authority said 17 complaints about prison "
     "staff were upheld in 2022.", ("Department of Justice", "Policing Authority")),
])
def test_a_name_is_cut_before_the_conjunction(text, org):
    (f,) = [f for f in figures(text) if f.value in (12, 31, 17)]
    assert f.org in org


def test_a_name_with_and_inside_it_is_kept_whole():
    (f,) = [f for f in figures("Federal report\n\nThe Department of Health and Human Services found 22 "
                               "complaints about its police officers were sustained in 2021.") if f.value == 22]
    assert f.org == "Department of Health and Human Services"


# --- bodies not invented from context
@pytest.mark.parametrize("text", [
    ("Former sheriff sentenced\n\nA former Georgia sheriff was sentenced to four years on Friday.\n\n"
     "FBI agents found that he had taken kickbacks from a towing company.\n\n"
     "Once the FBI began looking into the contracts, he shredded the invoices.\n\n"
     "He is one of 11 sheriffs in the state convicted of crimes since 2012."),
    ("Ex-chief jailed\n\nA former Kentucky police chief has been jailed for fraud.\n\n"
     "FBI agents raided his home in 2021, and the FBI began its inquiry months before.\n\n"
     "At least 9 police chiefs in the state have been convicted since 2015."),
])
def test_a_cases_investigator_is_not_whose_the_counts_are(text):
    found = [f for f in figures(text) if f.value in (11, 9)]
    assert found and all(f.org is None for f in found)


@pytest.mark.parametrize("text, number", [
    ("Officer resigns\n\nAn Aurora officer accused of seven wrongful arrests has resigned, Colorado police "
     "reported on Friday.\n\nAn internal review found 7 complaints against him were sustained.", "7"),
    ("Deputy fired\n\nA deputy was fired after 5 complaints of excessive force, Texas police said.", "5"),
    ("Trooper quits\n\nA trooper quit after 4 complaints were upheld against him, Georgia police said.", "4"),
])
def test_a_state_and_police_is_no_bodys_name(text, number):
    assert by_text(text)[number].org is None


def test_a_city_and_police_is_still_its_department():
    found = by_text("Officer fired\n\nDenver police said 6 complaints against the officer were sustained.")
    assert found["6"].org is not None and found["6"].org.startswith("Denver")


# --- a table whose columns open with their year ("2017 Personnel Complaints")
def _page(tmp_path, title: str, body: str):
    from extractor import extract_file
    path = tmp_path / "page.html"
    path.write_text(f"<html><head><title>{title}</title></head><body><main>{body}</main></body></html>",
                    encoding="utf-8")
    return extract_file(str(path))


def _cells(result, label: str) -> list:
    text = result.article.text
    line = next(l for l in text.splitlines() if l.startswith(label + " |"))
    start = text.index(line)
    return [f for f in result.figures if start <= f.span[0] < start + len(line)]


@pytest.mark.parametrize("title, heads, row, year_from", [
    ("Internal Affairs | City of Lakeport", ["2020 Citizen Complaints", "2021 Citizen Complaints",
                                             "2022 Citizen Complaints"], "Sustained", "2022-01-01"),
    ("Professional standards | Westshire Constabulary", ["2020/21 Allegations", "2021/22 Allegations",
                                                         "2022/23 Allegations"], "Upheld", "2022-04-01"),
    ("Discipline | Harbour County Sheriff", ["2019 Internal Investigations", "2020 Internal Investigations",
                                              "2021 Internal Investigations"], "Sustained", "2021-01-01"),
])
def test_a_column_heading_that_opens_with_its_year_dates_its_cells(tmp_path, title, heads, row, year_from):
    header = "".join(f"<th>{h}</th>" for h in heads)
    body = (f"<h1>{title.split(' | ')[0]}</h1><p>The table below gives the findings of our investigations "
            f"by year.</p><table><tr><th></th>{header}</tr>"
            f"<tr><td>{row}</td><td>4</td><td>2</td><td>7</td></tr>"
            "<tr><td>Unfounded</td><td></td><td></td><td></td></tr>"
            "<tr><td>Exonerated</td><td>3</td><td>1</td><td>5</td></tr></table>")
    result = _page(tmp_path, title, body)
    last = _cells(result, row)[-1]
    assert (last.value, str(last.period_from)) == (7, year_from)
    assert last.counted in ("complaint", "allegation", "investigation")
    below_blank = _cells(result, "Exonerated")[0]  # a label with no counts between keeps the years
    assert below_blank.period_from is not None


def test_a_row_led_by_a_year_is_still_a_row_of_counts(tmp_path):
    body = ("<h1>Complaints</h1><p>Complaints received by the department, by year.</p><table>"
            "<tr><th>Year</th><th>Received</th><th>Sustained</th></tr>"
            "<tr><td>2021 complaints</td><td>44</td><td>9</td></tr>"
            "<tr><td>2022 complaints</td><td>51</td><td>12</td></tr></table>")
    values = [f.value for f in _page(tmp_path, "Complaints | Riverton Police Department", body).figures]
    assert 44 in values and 51 in values


# --- a town's or city's own page that speaks as itself publishes its figures
@pytest.mark.parametrize("title, sentence, org", [
    ("Citizen Complaints | City of Lakeport", "We investigated 12 complaints against our officers in 2022.", "City of Lakeport"),
    ("Police Accountability | Town of Millbrook", "There were 5 complaint investigations last year on our employees.",
     "Town of Millbrook"),
    ("Sheriff's Office | County of Dunmore", "We received 31 complaints in 2023, and we sustained 4.", "County of Dunmore"),
])
def test_a_local_governments_own_page_publishes_its_figures(tmp_path, title, sentence, org):
    result = _page(tmp_path, title, f"<h1>{title.split(' | ')[0]}</h1><p>{sentence}</p>")
    assert result.figures and all(f.org == org for f in result.figures)


def test_a_local_governments_page_that_does_not_speak_as_itself_sets_no_org(tmp_path):
    result = _page(tmp_path, "City News | City of Lakeport",
                   "<h1>Report</h1><p>A state audit found 12 complaints against officers went unanswered in 2022.</p>")
    assert all(f.org != "City of Lakeport" for f in result.figures)
