"""Tables and lists as real pages bring them, written for this battery: HTML tables with
two header rows, colspan and rowspan, bold td headers, captions, "Total" rows, a
column per year and years as rows; plain-text tables aligned with spaces, tabs,
Markdown, and the single-space runs a PDF's text layer or a document viewer gives;
PDFs with a cell a piece; FOI answers as "2019: 12" lines or lists; suppressed and
footnoted cells. Each page lists what a careful reader takes from its cells
(`E`) and what they would not call a figure (`N`).

E(line, cell, **fields): the figure whose text is `cell` on the first line of the
article text holding `line` (`nth`: which of equal cells, from 0), with the fields
given (value, unit, counted, category, outcome, pf / pt = period ISO dates).
N(line, cell): no figure with that text on that line."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class E:
    line: str
    cell: str
    nth: int = 0
    fields: tuple = ()


def e(line, cell, nth=0, **fields):
    return E(line, cell, nth, tuple(sorted(fields.items())))


@dataclass(frozen=True)
class N:
    line: str
    cell: str


@dataclass
class Page:
    name: str
    kind: str            # "txt", "html" or "pdf"
    body: object         # text, HTML, or a list of PDF lines (tests/pdfmaker.make_pdf)
    expect: list = field(default_factory=list)


Y = {y: (f"{y}-01-01", f"{y}-12-31") for y in range(2014, 2026)}
FY = {f"{y}/{str(y + 1)[2:]}": (f"{y}-04-01", f"{y + 1}-03-31") for y in range(2014, 2025)}


def yr(y):
    pf, pt = Y[y]
    return {"pf": pf, "pt": pt}


def fy(label):
    pf, pt = FY[label]
    return {"pf": pf, "pt": pt}


def _html(title, body):
    return (f"<html><head><title>{title}</title><meta name='date' content='2024-05-02'></head>"
            f"<body><article><h1>{title}</h1>{body}</article></body></html>")


PAGES: list[Page] = []

# ------------------------------------------------------------------ HTML

PAGES.append(Page("html-years-as-columns", "html", _html(
    "Misconduct hearings at Northshire Police",
    "<p>The force published the outcomes of its misconduct hearings.</p>"
    "<table><tr><th>Outcome</th><th>2021</th><th>2022</th><th>2023</th></tr>"
    "<tr><td>Dismissed</td><td>7</td><td>9</td><td>12</td></tr>"
    "<tr><td>Final written warning</td><td>4</td><td>6</td><td>3</td></tr>"
    "<tr><td>Total</td><td>11</td><td>15</td><td>15</td></tr></table>"), [
    e("Dismissed |", "7", value=7, counted="officer", outcome="dismissed", **yr(2021)),
    e("Dismissed |", "12", value=12, counted="officer", outcome="dismissed", **yr(2023)),
    e("Final written warning |", "6", value=6, counted="officer", outcome="final_written_warning", **yr(2022)),
    N("Outcome |", "2021"),
]))

PAGES.append(Page("html-two-header-rows-colspan", "html", _html(
    "Complaint findings by year, Eastvale Police Department",
    "<p>The department's internal affairs unit closed these complaints.</p>"
    "<table><thead><tr><th rowspan='2'>Finding</th><th colspan='2'>2022</th><th colspan='2'>2023</th></tr>"
    "<tr><th>Number</th><th>%</th><th>Number</th><th>%</th></tr></thead>"
    "<tbody><tr><td>Sustained</td><td>31</td><td>22.6</td><td>28</td><td>19.4</td></tr>"
    "<tr><td>Not sustained</td><td>50</td><td>36.5</td><td>61</td><td>42.4</td></tr>"
    "<tr><td>Unfounded</td><td>56</td><td>40.9</td><td>55</td><td>38.2</td></tr></tbody></table>"), [
    e("Sustained |", "31", value=31, unit="count", outcome="misconduct_proven", **yr(2022)),
    e("Sustained |", "22.6", value=22.6, unit="percent", **yr(2022)),
    e("Sustained |", "28", value=28, unit="count", outcome="misconduct_proven", **yr(2023)),
    e("Sustained |", "19.4", value=19.4, unit="percent", **yr(2023)),
    e("Not sustained |", "61", value=61, unit="count", outcome="misconduct_not_proven", **yr(2023)),
    e("Unfounded |", "38.2", value=38.2, unit="percent", **yr(2023)),
    N("Number |", "2022"),
]))

PAGES.append(Page("html-bold-td-header", "html", _html(
    "Officers suspended by Westmere Police",
    "<p>Figures released under the Freedom of Information Act.</p>"
    "<table><tr><td><b>Year</b></td><td><b>Officers suspended</b></td><td><b>Staff suspended</b></td></tr>"
    "<tr><td>2019</td><td>14</td><td>6</td></tr>"
    "<tr><td>2020</td><td>19</td><td>4</td></tr>"
    "<tr><td>2021</td><td>22</td><td>8</td></tr></table>"), [
    e("2019 |", "14", value=14, counted="officer", outcome="suspended", **yr(2019)),
    e("2020 |", "4", value=4, counted="officer", outcome="suspended", **yr(2020)),
    e("2021 |", "22", value=22, counted="officer", outcome="suspended", **yr(2021)),
    N("2019 |", "2019"),
]))

PAGES.append(Page("html-caption-period", "html", _html(
    "Gross misconduct outcomes released",
    "<p>The table sets out what happened at each hearing.</p>"
    "<table><caption>Officers dismissed, 2022/23</caption>"
    "<tr><th>Reason</th><th>Officers</th></tr>"
    "<tr><td>Dishonesty</td><td>18</td></tr>"
    "<tr><td>Sexual misconduct</td><td>11</td></tr>"
    "<tr><td>Drugs</td><td>3</td></tr></table>"), [
    e("Dishonesty |", "18", value=18, counted="officer", outcome="dismissed", **fy("2022/23")),
    e("Sexual misconduct |", "11", value=11, counted="officer", outcome="dismissed", **fy("2022/23")),
    e("Drugs |", "3", value=3, counted="officer", outcome="dismissed", category="drugs", **fy("2022/23")),
]))

PAGES.append(Page("html-years-as-rows-thead", "html", _html(
    "Complaints against Riverside County deputies",
    "<p>The sheriff's office reported these numbers to the board.</p>"
    "<table><thead><tr><th>Year</th><th>Complaints received</th><th>Sustained</th></tr></thead>"
    "<tbody><tr><td>2020</td><td>212</td><td>41</td></tr>"
    "<tr><td>2021</td><td>198</td><td>37</td></tr>"
    "<tr><td>2022</td><td>240</td><td>52</td></tr></tbody></table>"), [
    e("2020 |", "212", value=212, counted="complaint", **yr(2020)),
    e("2022 |", "240", value=240, counted="complaint", **yr(2022)),
    e("2021 |", "37", value=37, outcome="misconduct_proven", **yr(2021)),
]))

PAGES.append(Page("html-rowspan-group", "html", _html(
    "Allegations recorded by Kingsbridge Police",
    "<p>Allegations recorded, by type and year.</p>"
    "<table><tr><th>Type</th><th>Year</th><th>Allegations</th></tr>"
    "<tr><td rowspan='2'>Corruption</td><td>2021</td><td>44</td></tr>"
    "<tr><td>2022</td><td>51</td></tr>"
    "<tr><td rowspan='2'>Theft</td><td>2021</td><td>12</td></tr>"
    "<tr><td>2022</td><td>9</td></tr></table>"), [
    e("Corruption |", "44", value=44, counted="allegation", category="corruption", **yr(2021)),
    e("| 2022 | 51", "51", value=51, counted="allegation", category="corruption", **yr(2022)),
    e("Theft |", "12", value=12, counted="allegation", category="theft", **yr(2021)),
    e("| 2022 | 9", "9", value=9, counted="allegation", category="theft", **yr(2022)),
]))

PAGES.append(Page("html-suppressed-cells", "html", _html(
    "Officers charged with criminal offences",
    "<p>Numbers under five are not given to protect the officers' identities.</p>"
    "<table><tr><th>Offence</th><th>2021</th><th>2022</th></tr>"
    "<tr><td>Assault</td><td>&lt;5</td><td>7</td></tr>"
    "<tr><td>Theft</td><td>-</td><td>n/a</td></tr>"
    "<tr><td>Drug offences</td><td>6</td><td>*</td></tr></table>"), [
    e("Assault |", "7", value=7, counted="officer", outcome="charged", **yr(2022)),
    e("Drug offences |", "6", value=6, counted="officer", outcome="charged", category="drugs", **yr(2021)),
    N("Assault |", "5"),
    N("Assault |", "<5"),
]))

PAGES.append(Page("html-footnote-markers", "html", _html(
    "Misconduct meetings and hearings",
    "<p>Cases concluded by Harbourside Police.</p>"
    "<table><tr><th>Year</th><th>Hearings</th><th>Meetings</th></tr>"
    "<tr><td>2021</td><td>23*</td><td>40</td></tr>"
    "<tr><td>2022</td><td>31</td><td>46(a)</td></tr></table>"
    "<p>* Includes two accelerated hearings. (a) Provisional.</p>"), [
    e("2021 |", "23", value=23, **yr(2021)),
    e("2022 |", "46", value=46, **yr(2022)),
    e("2021 |", "40", value=40, **yr(2021)),
]))

PAGES.append(Page("html-count-and-percent-columns", "html", _html(
    "How complaints were resolved",
    "<p>Complaints finalised by the Office of Professional Standards in 2023.</p>"
    "<table><tr><th>Outcome</th><th>Complaints</th><th>% of total</th></tr>"
    "<tr><td>Resolved informally</td><td>420</td><td>61%</td></tr>"
    "<tr><td>Investigated</td><td>268</td><td>39%</td></tr>"
    "<tr><td>Total</td><td>688</td><td>100%</td></tr></table>"), [
    e("Resolved informally |", "420", value=420, unit="count", counted="complaint", **yr(2023)),
    e("Resolved informally |", "61%", value=61, unit="percent", **yr(2023)),
    e("Total |", "688", value=688, unit="count", counted="complaint", **yr(2023)),
]))

PAGES.append(Page("html-title-row", "html", _html(
    "Vetting and misconduct statistics",
    "<p>Figures supplied by the force.</p>"
    "<table><tr><th colspan='3'>Table 2: Officers dismissed by year</th></tr>"
    "<tr><th>Year</th><th>Police officers</th><th>Special constables</th></tr>"
    "<tr><td>2020</td><td>8</td><td>2</td></tr>"
    "<tr><td>2021</td><td>13</td><td>1</td></tr></table>"), [
    e("2020 |", "8", value=8, counted="officer", outcome="dismissed", **yr(2020)),
    e("2021 |", "13", value=13, counted="officer", outcome="dismissed", **yr(2021)),
    e("2021 |", "1", value=1, counted="officer", outcome="dismissed", **yr(2021)),
    N("Table 2", "2"),
]))

PAGES.append(Page("html-row-header-th", "html", _html(
    "Garda disciplinary figures",
    "<p>The Department of Justice gave these figures in reply to a parliamentary question.</p>"
    "<table><tr><td></td><th>2021</th><th>2022</th></tr>"
    "<tr><th scope='row'>Gardaí suspended</th><td>17</td><td>21</td></tr>"
    "<tr><th scope='row'>Gardaí dismissed</th><td>3</td><td>5</td></tr></table>"), [
    e("Gardaí suspended |", "17", value=17, counted="officer", outcome="suspended", **yr(2021)),
    e("Gardaí dismissed |", "5", value=5, counted="officer", outcome="dismissed", **yr(2022)),
]))

PAGES.append(Page("html-financial-years-total-column", "html", _html(
    "Abuse of position for a sexual purpose referrals",
    "<p>Referrals the force made to the watchdog.</p>"
    "<table><tr><th>Referrals</th><th>2020/21</th><th>2021/22</th><th>2022/23</th><th>Total</th></tr>"
    "<tr><td>Abuse of position for a sexual purpose</td><td>9</td><td>14</td><td>12</td><td>35</td></tr></table>"), [
    e("Abuse of position for a sexual purpose |", "9", value=9, counted="referral", category="apsp", **fy("2020/21")),
    e("Abuse of position for a sexual purpose |", "12", value=12, counted="referral", category="apsp", **fy("2022/23")),
    e("Abuse of position for a sexual purpose |", "35", value=35, counted="referral", category="apsp",
      pf="2020-04-01", pt="2023-03-31"),
]))

PAGES.append(Page("html-thousands", "html", _html(
    "Complaints logged nationally",
    "<p>The watchdog's annual statistics.</p>"
    "<table><tr><th>Year</th><th>Complaint cases</th><th>Allegations</th></tr>"
    "<tr><td>2022/23</td><td>32,514</td><td>81,017</td></tr>"
    "<tr><td>2023/24</td><td>34,203</td><td>86,442</td></tr></table>"), [
    e("2022/23 |", "32,514", value=32514, counted="complaint", **fy("2022/23")),
    e("2023/24 |", "86,442", value=86442, counted="allegation", **fy("2023/24")),
]))

PAGES.append(Page("html-list-items-label-colon", "html", _html(
    "What happened to the officers",
    "<p>Outcomes of misconduct proceedings concluded in 2023:</p>"
    "<ul><li>Dismissed: 14</li><li>Final written warning: 9</li><li>Written warning: 6</li>"
    "<li>No further action: 21</li></ul>"), [
    e("Dismissed: 14", "14", value=14, counted="officer", outcome="dismissed", **yr(2023)),
    e("Final written warning: 9", "9", value=9, counted="officer", outcome="final_written_warning", **yr(2023)),
    e("Written warning: 6", "6", value=6, outcome="written_warning", **yr(2023)),
]))

PAGES.append(Page("html-nested-list-years", "html", _html(
    "Freedom of information response",
    "<p>You asked how many officers resigned while under investigation.</p>"
    "<ul><li>Officers who resigned while under investigation<ul>"
    "<li>2021: 6</li><li>2022: 11</li><li>2023: 9</li></ul></li></ul>"), [
    e("2021: 6", "6", value=6, counted="officer", outcome="resigned", **yr(2021)),
    e("2022: 11", "11", value=11, counted="officer", outcome="resigned", **yr(2022)),
    e("2023: 9", "9", value=9, counted="officer", outcome="resigned", **yr(2023)),
    N("2021: 6", "2021"),
]))

PAGES.append(Page("html-month-columns", "html", _html(
    "Suspensions this year",
    "<p>Officers placed on suspension by the Metro Transit Police, by month.</p>"
    "<table><tr><th></th><th>January 2024</th><th>February 2024</th><th>March 2024</th></tr>"
    "<tr><td>Officers suspended</td><td>2</td><td>5</td><td>1</td></tr></table>"), [
    e("Officers suspended |", "2", value=2, counted="officer", outcome="suspended", pf="2024-01-01", pt="2024-01-31"),
    e("Officers suspended |", "5", value=5, counted="officer", outcome="suspended", pf="2024-02-01", pt="2024-02-29"),
]))

PAGES.append(Page("html-totals-row-below-years", "html", _html(
    "Gross misconduct hearings held in public",
    "<p>Hearings by year.</p>"
    "<table><tr><th>Year</th><th>Hearings held</th><th>Officers dismissed</th></tr>"
    "<tr><td>2019</td><td>12</td><td>8</td></tr><tr><td>2020</td><td>15</td><td>10</td></tr>"
    "<tr><td><strong>Total</strong></td><td><strong>27</strong></td><td><strong>18</strong></td></tr></table>"), [
    e("2019 |", "8", value=8, counted="officer", outcome="dismissed", **yr(2019)),
    e("Total |", "18", value=18, counted="officer", outcome="dismissed", pf="2019-01-01", pt="2020-12-31"),
    e("Total |", "27", value=27, pf="2019-01-01", pt="2020-12-31"),
]))

# ------------------------------------------------------------------ plain text

PAGES.append(Page("txt-aligned-spaces-words", "txt",
    "Response to FOI request 2024/0391\n\n"
    "The number of officers dismissed by the force, by financial year.\n\n"
    "Financial year    Officers dismissed    Staff dismissed\n"
    "2020/21           12                    4\n"
    "2021/22           15                    7\n"
    "2022/23           21                    5\n", [
    e("2020/21", "12", value=12, counted="officer", outcome="dismissed", **fy("2020/21")),
    e("2022/23", "21", value=21, counted="officer", outcome="dismissed", **fy("2022/23")),
    e("2021/22", "7", value=7, outcome="dismissed", **fy("2021/22")),
    N("2020/21", "2020/21"),
]))

PAGES.append(Page("txt-aligned-years-columns", "txt",
    "Complaints against Lakeshore Police Department officers\n\n"
    "Complaints received by category.\n\n"
    "Category               2021    2022    2023\n"
    "Excessive force          41      38      45\n"
    "Discourtesy              77      80      69\n"
    "Improper search          12      15      11\n", [
    e("Excessive force", "41", value=41, counted="complaint", **yr(2021)),
    e("Excessive force", "45", value=45, counted="complaint", **yr(2023)),
    e("Discourtesy", "80", value=80, counted="complaint", **yr(2022)),
    e("Improper search", "11", value=11, counted="complaint", **yr(2023)),
    N("Category", "2021"),
]))

PAGES.append(Page("txt-markdown", "txt",
    "# Misconduct outcomes at Fenwick Constabulary\n\n"
    "The force's professional standards department gave these figures.\n\n"
    "| Year | Officers dismissed | Barred list entries |\n"
    "|------|-------------------:|--------------------:|\n"
    "| 2021 | 6 | 9 |\n"
    "| 2022 | 10 | 14 |\n"
    "| 2023 | 8 | 12 |\n", [
    e("| 2021 |", "6", value=6, counted="officer", outcome="dismissed", **yr(2021)),
    e("| 2022 |", "10", value=10, counted="officer", outcome="dismissed", **yr(2022)),
    e("| 2023 |", "12", value=12, **yr(2023)),
]))

PAGES.append(Page("txt-tabs", "txt",
    "Data supplied by the Police Service\n\n"
    "Allegations of abuse of position for a sexual purpose recorded each year.\n\n"
    "Year\tAllegations\tOfficers\n"
    "2020\t17\t12\n"
    "2021\t23\t19\n", [
    e("2020\t", "17", value=17, counted="allegation", **yr(2020)),
    e("2021\t", "19", value=19, counted="officer", **yr(2021)),
]))

PAGES.append(Page("txt-single-space-year-rows", "txt",
    "Annual report of the Professional Standards Bureau\n\n"
    "The bureau received fewer complaints than the year before, as the table shows.\n\n"
    "Year Citizen Complaints Internal Complaints Total\n"
    "2021 214 61 275\n"
    "2022 188 70 258\n", [
    e("2021 214", "214", value=214, counted="complaint", **yr(2021)),
    e("2021 214", "275", value=275, counted="complaint", **yr(2021)),
    e("2022 188", "70", value=70, counted="complaint", **yr(2022)),
    N("2021 214", "2021"),
]))

PAGES.append(Page("txt-single-space-two-level-header", "txt",
    "Investigative findings, Pinebrook Police Department\n\n"
    "The table below compares findings for 2021 and 2022.\n\n"
    "2021 2022\n"
    "FINDING # % # %\n"
    "Sustained 44 31 39 28.5\n"
    "Not Sustained 30 21 35 25.5\n"
    "Exonerated 25 17.6 22 16.1\n"
    "Unfounded 43 30.3 41 29.9\n", [
    e("Sustained 44", "44", value=44, unit="count", outcome="misconduct_proven", **yr(2021)),
    e("Sustained 44", "31", value=31, unit="percent", **yr(2021)),
    e("Sustained 44", "39", value=39, unit="count", outcome="misconduct_proven", **yr(2022)),
    e("Sustained 44", "28.5", value=28.5, unit="percent", **yr(2022)),
    e("Not Sustained 30", "35", value=35, unit="count", outcome="misconduct_not_proven", **yr(2022)),
    e("Unfounded 43", "29.9", value=29.9, unit="percent", **yr(2022)),
    N("2021 2022", "2021"),
]))

PAGES.append(Page("txt-single-space-label-then-years", "txt",
    "Use of force complaints\n\n"
    "Complaints received by the Office of Police Accountability.\n\n"
    "Allegation 2020 2021 2022\n"
    "Excessive force 88 74 91\n"
    "Unlawful arrest 23 30 19\n", [
    e("Excessive force 88", "88", value=88, counted="complaint", **yr(2020)),
    e("Excessive force 88", "91", value=91, counted="complaint", **yr(2022)),
    e("Unlawful arrest 23", "30", value=30, counted="complaint", **yr(2021)),
    N("Allegation 2020", "2020"),
]))

PAGES.append(Page("txt-foi-inline-years", "txt",
    "Freedom of Information request\n\n"
    "Question 1: How many officers were dismissed for gross misconduct in each of the last three years?\n\n"
    "Answer: 2021: 12, 2022: 15, 2023: 9.\n", [
    e("Answer:", "12", value=12, counted="officer", outcome="dismissed", **yr(2021)),
    e("Answer:", "15", value=15, counted="officer", outcome="dismissed", **yr(2022)),
    e("Answer:", "9", value=9, counted="officer", outcome="dismissed", **yr(2023)),
]))

PAGES.append(Page("txt-foi-dash-lines", "txt",
    "Your request for information\n\n"
    "Q2. How many police officers were suspended in each calendar year since 2020?\n\n"
    "2020 - 7\n"
    "2021 - 11\n"
    "2022 - 4\n", [
    e("2020 - 7", "7", value=7, counted="officer", outcome="suspended", **yr(2020)),
    e("2021 - 11", "11", value=11, counted="officer", outcome="suspended", **yr(2021)),
    e("2022 - 4", "4", value=4, counted="officer", outcome="suspended", **yr(2022)),
]))

PAGES.append(Page("txt-caption-unit", "txt",
    "Number of officers dismissed, by year\n\n"
    "Year | Number\n"
    "2019 | 4\n"
    "2020 | 6\n"
    "2021 | 9\n", [
    e("2019 |", "4", value=4, counted="officer", outcome="dismissed", **yr(2019)),
    e("2021 |", "9", value=9, counted="officer", outcome="dismissed", **yr(2021)),
]))

PAGES.append(Page("txt-bullets-label-colon", "txt",
    "Misconduct outcomes published\n\n"
    "In 2022/23 the force's misconduct hearings resulted in the following outcomes:\n\n"
    "- Dismissed: 11\n"
    "- Would have been dismissed: 4\n"
    "- Final written warning: 7\n"
    "- No further action: 3\n", [
    e("- Dismissed: 11", "11", value=11, counted="officer", outcome="dismissed", **fy("2022/23")),
    e("- Would have been dismissed: 4", "4", value=4, outcome="would_have_been_dismissed", **fy("2022/23")),
    e("- Final written warning: 7", "7", value=7, outcome="final_written_warning", **fy("2022/23")),
]))

PAGES.append(Page("txt-pipes-suppressed", "txt",
    "Officers convicted of criminal offences\n\n"
    "Convictions of serving officers. Numbers fewer than five are suppressed.\n\n"
    "Offence | 2021 | 2022 | 2023\n"
    "Assault | 6 | <5 | 8\n"
    "Misconduct in public office | - | 7 | 5\n"
    "Fraud | n/a | <5 | *\n", [
    e("Assault |", "6", value=6, outcome="convicted", **yr(2021)),
    e("Assault |", "8", value=8, outcome="convicted", **yr(2023)),
    e("Misconduct in public office |", "7", value=7, outcome="convicted", **yr(2022)),
    N("Assault |", "5"),
    N("Fraud |", "5"),
]))

PAGES.append(Page("txt-pipes-footnotes", "txt",
    "Complaints and allegations\n\n"
    "Year | Complaints | Allegations\n"
    "2021 | 512* | 1,240\n"
    "2022 | 540 | 1,318(b)\n\n"
    "* Revised figure. (b) Provisional.\n", [
    e("2021 |", "512", value=512, counted="complaint", **yr(2021)),
    e("2022 |", "1,318", value=1318, counted="allegation", **yr(2022)),
]))

PAGES.append(Page("txt-transposed-years-rows-aligned", "txt",
    "Deputies fired by the Harlan County Sheriff's Office\n\n"
    "Year      Terminated    Resigned\n"
    "2019      3             5\n"
    "2020      6             2\n"
    "2021      4             7\n", [
    e("2019      3", "3", value=3, counted="officer", outcome="dismissed", **yr(2019)),
    e("2020      6", "2", value=2, counted="officer", outcome="resigned", **yr(2020)),
    e("2021      4", "7", value=7, counted="officer", outcome="resigned", **yr(2021)),
]))

PAGES.append(Page("txt-header-split-two-lines-aligned", "txt",
    "Misconduct cases, Southfield Police\n\n"
    "                 Officers        Officers\n"
    "Year             dismissed       resigned\n"
    "2021             5               8\n"
    "2022             9               6\n", [
    e("2021             5", "5", value=5, counted="officer", outcome="dismissed", **yr(2021)),
    e("2022             9", "6", value=6, counted="officer", outcome="resigned", **yr(2022)),
]))

PAGES.append(Page("txt-single-space-total-row-percent", "txt",
    "Complaint outcomes 2023\n\n"
    "The Civilian Review Board closed these allegations in 2023.\n\n"
    "Disposition Allegations Percent\n"
    "Substantiated 120 15%\n"
    "Unsubstantiated 410 51%\n"
    "Exonerated 270 34%\n"
    "Total 800 100%\n", [
    e("Substantiated 120", "120", value=120, counted="allegation", outcome="misconduct_proven", **yr(2023)),
    e("Substantiated 120", "15%", value=15, unit="percent", **yr(2023)),
    e("Unsubstantiated 410", "410", value=410, counted="allegation", **yr(2023)),
    e("Total 800", "800", value=800, counted="allegation", **yr(2023)),
]))

PAGES.append(Page("txt-numbered-list-answers", "txt",
    "FOI 1187/24 response\n\n"
    "1. How many officers were placed on restricted duties in 2023? 27\n"
    "2. How many of those officers were subsequently dismissed? 4\n", [
    e("1. How many", "27", value=27, counted="officer", **yr(2023)),
    e("2. How many", "4", value=4, counted="officer", outcome="dismissed"),
    N("1. How many", "1"),
]))

PAGES.append(Page("txt-md-two-header-rows", "txt",
    "# Allegations by outcome\n\n"
    "| Outcome | 2022 | | 2023 | |\n"
    "|---|---|---|---|---|\n"
    "| | Count | Share | Count | Share |\n"
    "| Upheld | 140 | 12% | 151 | 13% |\n"
    "| Not upheld | 1,030 | 88% | 1,010 | 87% |\n", [
    e("| Upheld |", "140", value=140, unit="count", **yr(2022)),
    e("| Upheld |", "12%", value=12, unit="percent", **yr(2022)),
    e("| Upheld |", "151", value=151, unit="count", **yr(2023)),
    e("| Not upheld |", "87%", value=87, unit="percent", **yr(2023)),
]))

PAGES.append(Page("txt-year-rows-label-colon-list", "txt",
    "Officers arrested\n\n"
    "The Garda Síochána Ombudsman Commission said the following members were arrested:\n"
    "2021: 4 members\n"
    "2022: 7 members\n"
    "2023: 5 members\n", [
    e("2021: 4", "4", value=4, counted="officer", outcome="arrested", **yr(2021)),
    e("2023: 5", "5", value=5, counted="officer", outcome="arrested", **yr(2023)),
]))

PAGES.append(Page("txt-aligned-financial-year-columns", "txt",
    "Professional standards report\n\n"
    "Misconduct proceedings concluded\n\n"
    "                          2021/22    2022/23\n"
    "Misconduct hearings            18         24\n"
    "Misconduct meetings            33         29\n"
    "Officers dismissed             10         15\n", [
    e("Misconduct hearings", "18", value=18, **fy("2021/22")),
    e("Officers dismissed", "15", value=15, counted="officer", outcome="dismissed", **fy("2022/23")),
    e("Misconduct meetings", "29", value=29, **fy("2022/23")),
]))

# ------------------------------------------------------------------ PDF (a cell a piece)


def _row(x0, cells, gap=90):
    return [(x0 + i * gap, c) for i, c in enumerate(cells)]


PAGES.append(Page("pdf-positioned-years-columns", "pdf", [
    "Northdale Police - Professional Standards annual report",
    "Table 4 sets out the officers dismissed and the reasons.",
    _row(72, ["Reason", "2021", "2022", "2023"], 120),
    _row(72, ["Dishonesty", "6", "8", "5"], 120),
    _row(72, ["Sexual misconduct", "4", "7", "9"], 120),
    _row(72, ["Total", "10", "15", "14"], 120),
], [
    e("Dishonesty", "6", value=6, **yr(2021)),
    e("Sexual misconduct", "9", value=9, **yr(2023)),
    e("Total", "15", value=15, **yr(2022)),
]))

PAGES.append(Page("pdf-positioned-years-rows", "pdf", [
    "Office of the Police Ombudsman statistical bulletin",
    "Complaints received and allegations made each year.",
    _row(72, ["Year", "Complaints", "Allegations"], 150),
    _row(72, ["2021", "2,980", "4,512"], 150),
    _row(72, ["2022", "3,104", "4,877"], 150),
], [
    e("2021", "2,980", value=2980, counted="complaint", **yr(2021)),
    e("2022", "4,877", value=4877, counted="allegation", **yr(2022)),
]))

PAGES.append(Page("pdf-header-two-lines", "pdf", [
    "Westbrook Constabulary misconduct outcomes",
    "Outcomes of hearings by year.",
    _row(72, ["", "Officers", "Final written"], 150),
    _row(72, ["Year", "dismissed", "warnings"], 150),
    _row(72, ["2022", "7", "12"], 150),
    _row(72, ["2023", "11", "9"], 150),
], [
    e("2022", "7", value=7, counted="officer", outcome="dismissed", **yr(2022)),
    e("2023", "9", value=9, outcome="final_written_warning", **yr(2023)),
]))

# ------------------------------------------------------------------ refusals (tables that are not conduct figures)

PAGES.append(Page("txt-refuse-contact-table", "txt",
    "Contact the Professional Standards Department\n\n"
    "Office | Telephone | Opening hours\n"
    "Headquarters | 0300 123 4567 | 9 to 5\n", [
    N("Headquarters |", "0300 123 4567"),
    N("Headquarters |", "9"),
]))

PAGES.append(Page("txt-refuse-strength-table", "txt",
    "Force strength\n\n"
    "Year | Police officers employed | Budget (£m)\n"
    "2022 | 3,410 | 312\n", [
    N("2022 |", "3,410"),
    N("2022 |", "312"),
]))

# ------------------------------------------------------------------ more layouts: totals, wrapped labels, captions

PAGES.append(Page("txt-single-space-total-column-shares-noun", "txt",
    "Complaints received by the Internal Affairs Unit\n\n"
    "2021/2022 Comparison\n"
    "Year Citizen Complaints Internal Complaints Total\n"
    "2021 140 52 192\n"
    "2022 121 60 181\n", [
    e("2021 140", "192", value=192, counted="complaint", **yr(2021)),
    e("2022 121", "181", value=181, counted="complaint", **yr(2022)),
    e("2022 121", "60", value=60, counted="complaint", **yr(2022)),
]))

PAGES.append(Page("txt-wrapped-label-rows", "txt",
    "Findings of the Professional Standards Unit\n\n"
    "The table compares findings for 2022 and 2023.\n\n"
    "2022 2023\n"
    "FINDING # % # %\n"
    "Sustained 30 25 34 27.2\n"
    "Not Sustained Other\n"
    "4 3.3 6 4.8\n"
    "Misc.\n"
    "Exonerated 41 34.2 38 30.4\n"
    "Unfounded 45 37.5 47 37.6\n", [
    e("Sustained 30", "34", value=34, unit="count", **yr(2023)),
    e("4 3.3 6 4.8", "3.3", value=3.3, unit="percent", **yr(2022)),
    e("4 3.3 6 4.8", "6", value=6, unit="count", **yr(2023)),
    e("Exonerated 41", "30.4", value=30.4, unit="percent", **yr(2023)),
    e("Unfounded 45", "45", value=45, unit="count", outcome="misconduct_not_proven", **yr(2022)),
]))

PAGES.append(Page("html-title-caption-bare-number-column", "html", _html(
    "Barred list figures",
    "<table><caption>Officers added to the barred list, 2023</caption>"
    "<tr><th>Force</th><th>Number</th></tr>"
    "<tr><td>Cleveland Police</td><td>14</td></tr>"
    "<tr><td>Durham Constabulary</td><td>6</td></tr></table>"), [
    e("Cleveland Police |", "14", value=14, counted="officer", outcome="barred", **yr(2023)),
    e("Durham Constabulary |", "6", value=6, counted="officer", outcome="barred", **yr(2023)),
]))

PAGES.append(Page("html-colspan-words-over-words", "html", _html(
    "Leavers under investigation",
    "<p>Officers who left Midshire Police while under investigation.</p>"
    "<table><tr><th rowspan='2'>Year</th><th colspan='2'>Officers who left</th></tr>"
    "<tr><th>Resigned</th><th>Retired</th></tr>"
    "<tr><td>2022</td><td>9</td><td>4</td></tr>"
    "<tr><td>2023</td><td>12</td><td>3</td></tr></table>"), [
    e("2022 |", "9", value=9, counted="officer", outcome="resigned", **yr(2022)),
    e("2023 |", "3", value=3, counted="officer", outcome="retired", **yr(2023)),
]))

PAGES.append(Page("txt-bulleted-year-list-under-question", "txt",
    "Freedom of Information request 0412/25\n\n"
    "How many officers were placed on restricted duties in each of the last three years?\n\n"
    "• 2022: 16\n"
    "• 2023: 21\n"
    "• 2024: 13\n", [
    e("• 2022: 16", "16", value=16, counted="officer", **yr(2022)),
    e("• 2024: 13", "13", value=13, counted="officer", **yr(2024)),
]))

PAGES.append(Page("txt-refuse-page-numbers-and-phone", "txt",
    "Annual report contents\n\n"
    "Chapter Page\n"
    "Introduction 3\n"
    "Complaints 7\n"
    "Contact us on 0300 555 0101 or 0300 555 0102.\n", [
    N("Introduction 3", "3"),
    N("Complaints 7", "7"),
]))

PAGES.append(Page("pdf-years-centred-over-two-columns", "pdf", [
    "Eastmoor Police Department - internal affairs findings",
    "The unit closed these complaints in the two years.",
    [(200, "2022"), (340, "2023")],
    _row(72, ["Finding", "Number", "%", "Number", "%"], 70),
    _row(72, ["Sustained", "31", "22.6", "28", "19.4"], 70),
    _row(72, ["Unfounded", "56", "40.9", "55", "38.2"], 70),
], [
    e("Sustained |", "31", value=31, unit="count", outcome="misconduct_proven", **yr(2022)),
    e("Sustained |", "22.6", value=22.6, unit="percent", **yr(2022)),
    e("Sustained |", "28", value=28, unit="count", **yr(2023)),
    e("Unfounded |", "38.2", value=38.2, unit="percent", **yr(2023)),
    N("| 2022 |", "2022"),
]))

PAGES.append(Page("html-empty-corner-and-trailing-colspan", "html", _html(
    "Use of force complaints by outcome",
    "<p>Complaints about force closed by the Civilian Oversight Board.</p>"
    "<table><tr><td></td><th colspan='2'>2023</th><th colspan='2'>2024</th></tr>"
    "<tr><th>Outcome</th><th>Complaints</th><th>Share</th><th>Complaints</th><th>Share</th></tr>"
    "<tr><td>Sustained</td><td>18</td><td>12%</td><td>25</td><td>15%</td></tr>"
    "<tr><td>Not sustained</td><td>132</td><td>88%</td><td>141</td><td>85%</td></tr></table>"), [
    e("Sustained |", "18", value=18, counted="complaint", outcome="misconduct_proven", **yr(2023)),
    e("Sustained |", "25", value=25, counted="complaint", **yr(2024)),
    e("Not sustained |", "85%", value=85, unit="percent", **yr(2024)),
]))

PAGES.append(Page("txt-cell-a-line-years", "txt",
    "Complaints against Brookfield officers\n\n"
    "The figures below were copied from the department's annual report.\n\n"
    "Year\nComplaints\nAllegations\n2021\n512\n1,240\n2022\n540\n1,318\n\n"
    "The department said most complaints were resolved informally.\n", [
    e("512", "512", value=512, counted="complaint", **yr(2021)),
    e("1,318", "1,318", value=1318, counted="allegation", **yr(2022)),
    N("2021", "2021"),
]))

PAGES.append(Page("txt-cell-a-line-outcomes", "txt",
    "Misconduct outcomes, 2023\n\n"
    "Outcomes of gross misconduct hearings held by Greyford Police in 2023.\n\n"
    "Outcome\nOfficers\nDismissed\n12\nFinal written warning\n5\nNo case to answer\n3\n", [
    e("12", "12", value=12, counted="officer", outcome="dismissed", **yr(2023)),
    e("5", "5", value=5, counted="officer", outcome="final_written_warning", **yr(2023)),
]))

# ------------------------------------------------------------------ FOI answers naming the question they answer

PAGES.append(Page("txt-foi-question-number-over-year-lines", "txt",
    "Freedom of Information Request 2291/25\n\n"
    "You asked:\n\n"
    "1. How many officers were dismissed for corruption in each of the last three years?\n"
    "2. How many officers were suspended while under criminal investigation in the same years?\n\n"
    "Our response:\n\n"
    "Question 1\n\n"
    "2022 - 5\n2023 - 8\n2024 - 6\n\n"
    "Question 2\n\n"
    "2022 - 12\n2023 - 9\n2024 - 14\n", [
    e("2022 - 5", "5", value=5, counted="officer", outcome="dismissed", category="corruption", **yr(2022)),
    e("2024 - 6", "6", value=6, counted="officer", outcome="dismissed", category="corruption", **yr(2024)),
    e("2023 - 9", "9", value=9, counted="officer", outcome="suspended", **yr(2023)),
    e("2024 - 14", "14", value=14, counted="officer", outcome="suspended", **yr(2024)),
]))

PAGES.append(Page("txt-foi-answer-mark-over-fy-lines", "txt",
    "Request for information: misconduct\n\n"
    "Q1. How many officers resigned or retired while under investigation for sexual misconduct in each financial year since 2021/22?\n\n"
    "A1.\n"
    "2021/22 - 4\n"
    "2022/23 - 7\n"
    "2023/24 - 3\n", [
    e("2021/22 - 4", "4", value=4, counted="officer", **fy("2021/22")),
    e("2022/23 - 7", "7", value=7, counted="officer", **fy("2022/23")),
    N("2021/22 - 4", "2021/22"),
]))
