"""The date21 battery: dates the rules did not read because of the words that frame them,
and page heads whose own date is set off by a mark the dateline reader did not know. Written
for the date21 work (invented people, places, forces and dates; no sentence copied from a dev
set or a held-out page).

Mechanism 1, a date that modifies a noun: a year or a month standing before the noun it dates
("his 2019 conviction", "an April raid") after a determiner, a quantifier or an owner ("other
2017 data", "each 2019 case", "the May intake"), also with a name between the year and its
noun ("a 1963 U.S. Supreme Court decision"), is that year or month. A law's or a report's name
after the year ("the 2005 Garda Act requires") is not; nor is a month that names a person
("the May government").

Mechanism 2, a date without its year after a preposition of time the rules did not read it
after: a day written day first after "from", "by" or "for" ("with effect from 31 July", "by 5
March") or a month alone after "from", "for", "until" or "till" ("scheduled for January",
"adjourned until October", "from March") is placed by the publication date,
ahead of it where the clause looks ahead. "May" alone after such a word is Theresa May as often
as the month, and a month before a capitalised word is a first name ("from April Jones").

Each case: text, publication date, {words: (first, last)}; ABSENT means no date there.
"""

from datetime import date

ABSENT = "absent"

PUB = date(2021, 6, 14)  # a Monday
NO_DATE = None

ATTRIBUTIVE = [
    ("The inspectors reviewed complaints and other 2017 data from the force.", NO_DATE,
     {"2017": ("2017-01-01", "2017-12-31")}),
    ("Each 2019 case was reopened by the new unit.", NO_DATE, {"2019": ("2019-01-01", "2019-12-31")}),
    ("No 2020 figures were published by the constabulary.", NO_DATE, {"2020": ("2020-01-01", "2020-12-31")}),
    ("These 2018 cases were never referred to the watchdog.", NO_DATE, {"2018": ("2018-01-01", "2018-12-31")}),
    ("All 2016 complaints against the sergeant were upheld.", NO_DATE, {"2016": ("2016-01-01", "2016-12-31")}),
    ("Our 2022 survey of officers found low morale.", NO_DATE, {"2022": ("2022-01-01", "2022-12-31")}),
    ("Those 2015 allegations were later withdrawn.", NO_DATE, {"2015": ("2015-01-01", "2015-12-31")}),
    ("Some 2014 records were destroyed in the flood.", NO_DATE, {"2014": ("2014-01-01", "2014-12-31")}),
    ("Prosecutors must disclose such evidence under a 1963 U.S. Supreme Court decision.", NO_DATE,
     {"1963": ("1963-01-01", "1963-12-31")}),
    ("The constable was injured at a 2012 Premier League football match.", NO_DATE,
     {"2012": ("2012-01-01", "2012-12-31")}),
    ("The sergeant was hurt during a 2013 Miami Heat victory parade.", NO_DATE,
     {"2013": ("2013-01-01", "2013-12-31")}),
    ("The allegations arose from the 2021 Castle Street incident.", NO_DATE,
     {"2021": ("2021-01-01", "2021-12-31")}),
    ("His 2016 Crown Court trial ended in a hung jury.", NO_DATE, {"2016": ("2016-01-01", "2016-12-31")}),
    ("Their 2010 Garda College class was the last to train there.", NO_DATE,
     {"2010": ("2010-01-01", "2010-12-31")}),
    ("The recruit was part of the May graduating class.", PUB, {"May": ("2021-05-01", "2021-05-31")}),
    ("Officers attended the March passing-out parade.", PUB, {"March": ("2021-03-01", "2021-03-31")}),
    ("Footage from the November crash was shown to the panel.", PUB,
     {"November": ("2020-11-01", "2020-11-30")}),
    ("The deputy missed his February hearing.", PUB, {"February": ("2021-02-01", "2021-02-28")}),
    ("The chief spoke at their April meeting.", PUB, {"April": ("2021-04-01", "2021-04-30")}),
]

ATTRIBUTIVE_NOT = [
    ("The 2005 Garda Síochána Act requires the commissioner to report.", NO_DATE, {"2005": ABSENT}),
    ("The 1996 Police Act gives the force that power.", NO_DATE, {"1996": ABSENT}),
    ("Under the 2020 Conduct Regulations officers may be named.", NO_DATE, {"2020": ABSENT}),
    ("A 2004 Chevrolet Impala was stopped on the interstate.", NO_DATE, {"2004": ABSENT}),
    ("The 2019 Code of Ethics applies to every officer.", NO_DATE, {"2019": ABSENT}),
    ("The May government promised more officers.", PUB, {"May": ABSENT}),
    ("Critics of the May administration were vocal.", PUB, {"May": ABSENT}),
    ("He said the June that followed was the hardest.", PUB, {"June": ABSENT}),
    ("The officer scored 2019 points in the fitness test.", NO_DATE, {"2019": ABSENT}),
]

PREPOSITIONS = [
    ("Two superintendents will retire with effect from 31 July.", PUB, {"from 31 July": ("2021-07-31", "2021-07-31")}),
    ("The new vetting rules will apply from 1 September.", PUB, {"from 1 September": ("2021-09-01", "2021-09-01")}),
    ("The constable is due to reply to the notice by 5 July.", PUB, {"by 5 July": ("2021-07-05", "2021-07-05")}),
    ("The hearing is listed for 10 March.", PUB, {"for 10 March": ("2022-03-10", "2022-03-10")}),
    ("The misconduct notice was served by 2 June.", PUB, {"by 2 June": ("2021-06-02", "2021-06-02")}),
    ("The inquiry ran from the 3rd of May.", PUB, {"from the 3rd of May": ("2021-05-03", "2021-05-03")}),
    ("Her sentencing is scheduled for January.", PUB, {"for January": ("2022-01-01", "2022-01-31")}),
    ("The sentencing is scheduled for January.", NO_DATE, {"for January": ("None", "None")}),
    ("The tribunal was adjourned until October.", PUB, {"until October": ("2021-10-01", "2021-10-31")}),
    ("The deputy has been on unpaid leave from March.", PUB, {"from March": ("2021-03-01", "2021-03-31")}),
    ("The sergeant has been suspended from February.", PUB, {"from February": ("2021-02-01", "2021-02-28")}),
    ("The appeal is listed for December.", PUB, {"for December": ("2021-12-01", "2021-12-31")}),
    ("The inquest was adjourned till September.", PUB, {"till September": ("2021-09-01", "2021-09-30")}),
    ("The trial is set for November, the court heard.", PUB, {"for November": ("2021-11-01", "2021-11-30")}),
]

PREPOSITIONS_NOT = [
    ("The chief constable took a call from May, the home secretary.", PUB, {"May": ABSENT}),
    ("Backbenchers voted for May in the confidence vote.", PUB, {"May": ABSENT}),
    ("A statement from April Jones was read to the panel.", PUB, {"April": ABSENT}),
    ("The case was passed to the prosecutor after June Clarke complained.", PUB, {"June": ABSENT}),
    ("He served from 31 July 2015 until his dismissal.", PUB, {"from 31 July": ABSENT}),
    ("The grant runs from 1 April to 31 March.", PUB, {"from 1 April to 31 March": ("2020-04-01", "2021-03-31")}),
    ("The officer was jailed for 12 months.", PUB, {"12 months": ABSENT}),
]

CASES = ATTRIBUTIVE + ATTRIBUTIVE_NOT + PREPOSITIONS + PREPOSITIONS_NOT


# Page heads whose own date is set off by a spaced plain hyphen opening the lead, or by a
# byline's double slashes: (name, file content, published ISO date or None, why).
def _page(head: str, lead: str) -> str:
    return (f"Crime\n\nDeputy placed on leave after jail death\n\n{head}{lead}\n\n"
            "The sheriff said an internal review would follow and declined further comment.\n")


LEAD = ("The sheriff placed a deputy on paid leave after an inmate died in the county jail, "
        "officials said.")

PAGES = [
    ("hyphen-us.txt", _page("Nov. 8, 2019 - ", LEAD), "2019-11-08", "a station's lead opens with its date and a hyphen"),
    ("hyphen-uk.txt", _page("8 November 2019 - ", LEAD), "2019-11-08", "the day-first order too"),
    ("hyphen-short.txt", _page("11-08-19 - ", LEAD), "2019-11-08", "a US station's short numeric date"),
    ("hyphen-short-day.txt", _page("03-17-21 - ", LEAD), "2021-03-17", "month first, as the day 17 shows"),
    ("hyphen-doc.txt", _page("Oct 4, 2015 - ", "Complaints: statistics for the force area 2014/15 ... 80% of the "
                                              "complaint cases recorded in ..."), "2015-10-04",
     "a document site's summary line opening with the date"),
    ("slashes.txt", _page("Dana Whitfield//March 26, 2013//\n\n", LEAD), "2013-03-26",
     "a digest's byline: the writer and the date between double slashes"),
    ("slashes-short.txt", _page("By Dana Whitfield//Nov. 3, 2020\n\n", LEAD), "2020-11-03",
     "the same with 'By' and no closing slashes"),
    # near misses
    ("score.txt", _page("", "The Tigers won 3-1-06 - The coach said the deputies who worked the game were "
                            "praised."), None, "a dashed short date inside a sentence dates nothing"),
    ("range.txt", _page("", "Between 2016 - 2019 the deputy was disciplined four times by the sheriff, records "
                            "show."), None, "a year range with a hyphen is no page date"),
    ("hyphen-inside.txt", _page("", "On Nov. 8, 2019 - the day after the crash - the deputy was placed on leave, "
                                    "officials said."), None, "a date inside the lead's sentence dates its event"),
    ("url-slashes.txt", _page("Source: https://example.org/news 3 May 2021\n\n", LEAD), None,
     "an address's slashes are no byline"),
]
