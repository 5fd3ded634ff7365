"""Writes the gold files of the twin pairs (SPEC section 2), one pair at a time, so the
consistent twin and the one with the error share every item but the one that differs.

    .venv/bin/python corpus/twins/make_gold.py

Each pair: NAME-ok.txt (consistent) and NAME-error.txt (one real-world-style error, named
in its note with the check kind that must flag it; tests/checks/test_twins.py holds the
kinds). Every sentence was written for this corpus.
"""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent


def fig(evidence, text, value, counted, category, outcome=None, out_of=None, period=(None, None), org=None,
        qualifier="exact", unit="count", optional=False):
    item = {"evidence": evidence, "text": text, "value": value, "qualifier": qualifier, "unit": unit,
            "counted": counted, "category": category, "outcome": outcome, "out_of": out_of,
            "period_from": period[0], "period_to": period[1], "org": org}
    if optional:
        item["optional"] = True
    return item


def out(evidence, outcome, subject, optional=False, **more):
    item = {"evidence": evidence, "outcome": outcome, "subject": subject, "custodial_months": None, **more}
    if optional:
        item["optional"] = True
    return item


def date(text, start, end, evidence=None, optional=False):
    item = {"text": text, "date_from": start, "date_to": end}
    if evidence:
        item["evidence"] = evidence
    if optional:
        item["optional"] = True
    return item


Y2023 = ("2023-01-01", "2023-12-31")


def base_share(error: bool) -> dict:
    pct = "2.4" if error else "1.4"
    org = "Fenland Constabulary"
    return {
        "published": "2024-06-14",
        "note": ("Consistent twin: 41 dismissals of a workforce of about 2,900 officers is 1.4 per cent." if not error
                 else "INCONSISTENT (share_mismatch): 41 dismissals of about 2,900 officers is 1.4 per cent, not the "
                      "'2.4 per cent of its workforce' stated; the check must set the share against the workforce "
                      "(a base, not a conduct figure) and the count.")
        + " 'last year' is 2023 from the byline; 'on Thursday' is 13 June 2024. 'about 2,900 officers' is the "
          "workforce, not a conduct figure (optional).",
        "figures": [
            fig("Fenland Constabulary dismissed 41 officers last year", "41", 41, "officer", ["all", "other"],
                "dismissed", period=Y2023, org=org, optional=True),
            fig("Fenland Constabulary dismissed 41 officers for gross misconduct in 2023", "41", 41, "officer",
                ["all", "other"], "dismissed", period=Y2023, org=org),
            fig("The force employs about 2,900 officers", "about 2,900", 2900, "officer", ["all", None],
                org=org, qualifier="about", optional=True),
            fig(f"the dismissals amount to {pct} per cent of its workforce", f"{pct} per cent", float(pct), "officer",
                ["all", "other"], "dismissed", period=Y2023, org=org, unit="percent"),
        ],
        "outcomes": [],
        "dates": [date("last year", *Y2023), date("14 June 2024", "2024-06-14", "2024-06-14"),
                  date("in 2023", *Y2023), date("on Thursday", "2024-06-13", "2024-06-13")],
    }


def ratio(error: bool) -> dict:
    n = 40 if error else 30
    org = "Wessex Police"
    return {
        "published": "2023-10-03",
        "note": ("Consistent twin: 96 + 58 = 154 officers of about 4,600 is 1 in 30." if not error
                 else "INCONSISTENT (share_mismatch): 96 + 58 = 154 officers of about 4,600 is 1 in 30, not "
                      "'1 in every 40' (which would be about 115).")
        + " The ratio has no agreed single value as a figure (optional, as a percentage). 'about 4,600' is the "
          "workforce, not a conduct figure (optional). 'on Monday' is 2 October 2023.",
        "figures": [
            fig(f"One in every {n} Wessex officers suspended or on restricted duties", f"One in every {n}",
                round(100 / n, 2), "officer", "all", unit="percent", qualifier=["exact", "about"], org=org,
                optional=True),
            fig("Wessex Police has 96 officers suspended", "96", 96, "officer", "all", "suspended", org=org),
            fig("58 on restricted duties", "58", 58, "officer", "all", ["other", None], org=org),
            fig("out of a workforce of about 4,600 officers", "about 4,600", 4600, "officer", ["all", None],
                org=org, qualifier="about", optional=True),
            fig(f"That is 1 in every {n} officers", f"1 in every {n}", round(100 / n, 2), "officer", "all",
                unit="percent", qualifier=["exact", "about"], org=org, optional=True),
        ],
        "outcomes": [],
        "dates": [date("3 October 2023", "2023-10-03", "2023-10-03"), date("on Monday", "2023-10-02", "2023-10-02")],
    }


def percent(error: bool) -> dict:
    pct = "2.4" if error else "1.4"
    org = "Severnside Police"
    fy = ("2022-04-01", "2023-03-31")
    return {
        "published": "2024-02-21",
        "note": ("Consistent twin: 9 of 640 complaints upheld is 1.4 per cent." if not error
                 else "INCONSISTENT (share_mismatch): 'Just 9 of the 640 complaints ... were upheld – 2.4 per cent': "
                      "9 of 640 is 1.4 per cent (2.4 per cent would be about 15).")
        + " '2022/23' is the financial year; 'on Tuesday' is 20 February 2024. Upheld complaints carry no "
          "officer outcome.",
        "figures": [
            fig("Just 9 of the 640 complaints made against Severnside Police officers", "9", 9, "complaint", "all",
                out_of=640, period=fy, org=org),
            fig("Just 9 of the 640 complaints made against Severnside Police officers", "640", 640, "complaint",
                "all", period=fy, org=org),
            fig(f"were upheld – {pct} per cent", f"{pct} per cent", float(pct), "complaint", "all", unit="percent",
                period=fy, org=org),
            fig("212 of the complaints were resolved informally", "212", 212, "complaint", "all", out_of=[640, None],
                period=fy, org=org),
        ],
        "outcomes": [],
        "dates": [date("21 February 2024", "2024-02-21", "2024-02-21"), date("2022/23", *fy),
                  date("on Tuesday", "2024-02-20", "2024-02-20")],
    }


def breakdown(error: bool) -> dict:
    staff = 26 if error else 17
    org = "Mercia Constabulary"
    years = ("2019-01-01", "2023-12-31")
    return {
        "published": "2024-05-08",
        "note": ("Consistent twin: 41 officers + 17 staff = 58, nearly 60." if not error
                 else "INCONSISTENT (sum_mismatch): 41 officers + 26 staff = 67, which is not 'Nearly 60' officers "
                      "and staff.")
        + " 'since random testing began' has no stated start, so the total's period is null; the parts run "
          "'between 2019 and 2023'. The headline restates the total (optional).",
        "figures": [
            fig("Nearly 60 Mercia officers and staff failed drug tests", "Nearly 60", 60, "officer", "drugs",
                org=org, qualifier=["about", "fewer_than"], optional=True),
            fig("Nearly 60 Mercia Constabulary officers and staff have failed drug tests", "Nearly 60", 60,
                "officer", "drugs", org=org, qualifier=["about", "fewer_than"]),
            fig("41 police officers", "41", 41, "officer", "drugs", period=years, org=org),
            fig(f"{staff} members of police staff", str(staff), staff, "officer", "drugs", period=years, org=org),
        ],
        "outcomes": [],
        "dates": [date("8 May 2024", "2024-05-08", "2024-05-08"), date("between 2019 and 2023", *years)],
    }


def span(error: bool) -> dict:
    said = "the last two years" if error else "the last three years"
    org = "Fenland Constabulary"
    start = ["2022-04-11", "2022-01-01", "2021-01-01"] if error else ["2021-04-11", "2021-01-01"]
    years = [(f"{y}-01-01", f"{y}-12-31") for y in (2021, 2022, 2023)]
    return {
        "published": "2024-04-10",
        "note": ("Consistent twin: 'in the last three years' over figures for 2021, 2022 and 2023 (8 + 9 + 10 = 27)."
                 if not error else
                 "INCONSISTENT (span_mismatch): 'in the last two years' sums figures for three years, 2021, 2022 "
                 "and 2023 (8 + 9 + 10 = 27).")
        + " The total's period is accepted as the literal span back from the byline date or as the calendar "
          "years it sums. 'on Monday' is 8 April 2024. 'Three more officers' face hearings in future (optional).",
        "figures": [
            fig(f"Fenland Constabulary dismissed 27 officers in {said}", "27", 27, "officer", ["all", "other"],
                "dismissed", period=(start, ["2024-04-10", "2023-12-31"]), org=org),
            fig("8 in 2021", "8", 8, "officer", ["all", "other"], "dismissed", period=years[0], org=org),
            fig("9 in 2022", "9", 9, "officer", ["all", "other"], "dismissed", period=years[1], org=org),
            fig("10 in 2023", "10", 10, "officer", ["all", "other"], "dismissed", period=years[2], org=org),
            fig("Three more officers are due to face gross misconduct hearings", "Three", 3, "officer",
                ["all", "other"], org=org, optional=True),
        ],
        "outcomes": [],
        "dates": [date("10 April 2024", "2024-04-10", "2024-04-10"),
                  date(said, start, ["2024-04-10", "2023-12-31"]),
                  *(date(f"in {y}", *p) for y, p in zip((2021, 2022, 2023), years)),
                  date("on Monday", "2024-04-08", "2024-04-08")],
    }


def weekday(error: bool) -> dict:
    day = "Thursday" if error else "Tuesday"
    subject = ["Pennine Police constable", "Milne"]
    return {
        "published": "2024-06-14",
        "note": ("Consistent twin: 'Tuesday (11 June)' in a story dated Friday 14 June 2024 (11 June 2024 was a "
                 "Tuesday)." if not error else
                 "INCONSISTENT (weekday_mismatch): 'Thursday (11 June)' in a story dated Friday 14 June 2024: 11 June "
                 "2024 was a Tuesday.")
        + " The date is the one written ('11 June', resolved to 2024 from the byline); the weekday before it is "
          "optional. The headline and 'PC Gareth Milne was dismissed' restate the dismissal (optional).",
        "figures": [],
        "outcomes": [
            out("Pennine constable dismissed after hearing", "dismissed", ["Pennine constable", "Milne"],
                optional=True),
            out("A Pennine Police constable who lied about his sick leave has been dismissed without notice",
                "dismissed", subject),
            out("PC Gareth Milne was dismissed at the end of a misconduct hearing", "dismissed", "Milne",
                optional=True),
            out("He will be added to the barred list held by the College of Policing", "barred", subject),
        ],
        "dates": [date("14 June 2024", "2024-06-14", "2024-06-14"), date("11 June", "2024-06-11", "2024-06-11"),
                  date(f"{day} (11 June)", "2024-06-11", "2024-06-11", optional=True),
                  date(f"on {day}", ["2024-06-11", "2024-06-13"], ["2024-06-11", "2024-06-13"], optional=True)],
    }


def headline(error: bool) -> dict:
    subject = ["Mercia Constabulary sergeant", "Pryor"]
    body = "has been given a written warning" if error else "has been given a final written warning"
    given = out(f"A Mercia Constabulary sergeant {body}", "written_warning" if error else "final_written_warning",
                subject)
    lasting = (date("18 months", None, None, optional=True) if error else date("for two years", None, None,
                                                                                 optional=True))
    return {
        "published": "2023-11-22",
        "note": ("Consistent twin: the headline's final written warning is the body's." if not error else
                 "INCONSISTENT (contradiction, headline vs body): the headline says 'Final written warning' but the "
                 "body says the sergeant was given a (plain) written warning and never mentions a final one.")
        + " 'on Monday' is 20 November 2023. The headline restates the sanction (optional); the warning's time on "
          "record is not a custodial sentence.",
        "figures": [],
        "outcomes": [
            out("Final written warning for Mercia sergeant over custody remarks", "final_written_warning", subject,
                optional=True),
            given,
            out("the panel found misconduct proven", "misconduct_proven", subject),
        ] + ([] if error else [out("The final written warning will remain on his record", "final_written_warning",
                                   subject, optional=True)]),
        "dates": [date("22 November 2023", "2023-11-22", "2023-11-22"), date("on Monday", "2023-11-20", "2023-11-20"),
                  lasting],
    }


def since(error: bool) -> dict:
    total = 52 if error else 58
    org = "Pennine Police"
    years = {y: (f"{y}-01-01", f"{y}-12-31") for y in range(2019, 2024)}
    whole = ("2019-01-01", "2024-05-20")
    firsts = [("9 officers in 2019", "9", 9, 2019), ("11 in 2020", "11", 11, 2020), ("10 in 2021", "10", 10, 2021),
              ("12 in 2022", "12", 12, 2022), ("14 in 2023", "14", 14, 2023)]
    this_year = ("Further dismissals are expected this year." if error
                 else "Two more officers have been dismissed so far this year.")
    return {
        "published": "2024-05-20",
        "note": ("Consistent twin: 9 + 11 + 10 + 12 + 14 = 56 dismissals for 2019-2023 and two more in 2024 make the "
                 "58 stated 'since 2019'." if not error else
                 "INCONSISTENT (sum_mismatch): the yearly dismissals 9 + 11 + 10 + 12 + 14 = 56 for 2019-2023 alone "
                 "already exceed the 52 stated 'since 2019'.")
        + " 'since 2019' runs to the byline date. The headline restates the total (optional).",
        "figures": [
            fig(f"Pennine Police has dismissed {total} officers since 2019", str(total), total, "officer",
                ["all", "other"], "dismissed", period=whole, org=org, optional=True),
            fig(f"Pennine Police has dismissed {total} officers since 2019, figures released", str(total), total,
                "officer", ["all", "other"], "dismissed", period=whole, org=org),
            *(fig(ev, text, value, "officer", ["all", "other"], "dismissed", period=years[y], org=org)
              for ev, text, value, y in firsts),
        ] + ([] if error else [fig("Two more officers have been dismissed so far this year", "Two", 2, "officer",
                                   ["all", "other"], "dismissed", period=("2024-01-01", "2024-05-20"), org=org)]),
        "outcomes": [],
        "dates": [date("since 2019", *whole, evidence=f"Pennine Police has dismissed {total} officers since 2019",
                       optional=True),
                  date("since 2019", *whole, evidence=f"dismissed {total} officers since 2019, figures released"),
                  date("20 May 2024", "2024-05-20", "2024-05-20"),
                  *(date(f"in {y}", *years[y]) for y in range(2019, 2024)),
                  date("this year" if error else "so far this year", "2024-01-01", ["2024-05-20", "2024-12-31"])],
        "_this_year": this_year,
    }


PAIRS = {"base-share-fenland-dismissals": base_share, "ratio-wessex-suspensions": ratio,
         "percent-severnside-upheld": percent, "breakdown-mercia-drug-tests": breakdown,
         "span-fenland-dismissals": span, "weekday-pennine-hearing": weekday,
         "headline-mercia-sergeant": headline, "since-pennine-dismissals": since}


def main() -> None:
    for name, make in PAIRS.items():
        for twin, error in (("ok", False), ("error", True)):
            gold = make(error)
            gold.pop("_this_year", None)
            doc = {"input": f"{name}-{twin}.txt", **gold}
            (HERE / f"{name}-{twin}.json").write_text(json.dumps(doc, indent=1, ensure_ascii=False) + "\n",
                                                       encoding="utf-8")


if __name__ == "__main__":
    main()
