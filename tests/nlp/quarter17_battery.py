"""A quarter named with no year, far from the period the page stated (post17f; none copied
from a dev set or a held-out page). Quarterly reports name their quarter once in the title
or a heading ("Second Quarter 2019", "2021 Q3", "the third quarter of 2018/19") and later
say only "during the second quarter": that quarter is of the year the report stated,
however many paragraphs back. Each case: text, publication date, {words: (first, last)};
UNREAD means the words are found but left without days (nothing stated to read them by)."""

from datetime import date
from itertools import product

UNREAD = ("None", "None")
PUB = date(2023, 2, 14)

# the report's own period, as headings and covering letters write it: (words, year it sets,
# whether it is a financial year, so quarters run April-June first)
HEADINGS = [
    ("Quarterly Report: Second Quarter 2019", 2019, False),
    ("Misconduct statistics for 2021", 2021, False),
    ("Annual complaints bulletin 2018/19", 2018, True),
    ("Professional Standards summary, First Quarter, 2020", 2020, False),
    ("The board's 2022 Third Quarter report is attached.", 2022, False),
]
TITLE = "Complaints office bulletin\n\n"  # a title naming no period, so the heading is no frame
FILLER = ("The office is independent of the department and reports to the commission.\n\n"
          "Members of the public may file a complaint online, by phone or in person.\n\n")
MENTIONS = [  # (words as a later paragraph says them, quarter number)
    ("The unit closed 44 complaint files during the second quarter.", "during the second quarter", 2),
    ("In the third quarter, nine deputies were suspended.", "In the third quarter", 3),
    ("Investigators sustained 12 allegations in the first quarter.", "in the first quarter", 1),
    ("Fourteen officers were disciplined during the 4th quarter.", "during the 4th quarter", 4),
    ("Six cases went to mediation in the fourth quarter, the board said.", "in the fourth quarter", 4),
    ("During the first quarter the agency received 71 use-of-force reports.", "During the first quarter", 1),
]


def _days(year: int, fiscal: bool, q: int) -> tuple[str, str]:
    first = (4 if fiscal else 1) + 3 * (q - 1)
    y, m = year + (first - 1) // 12, (first - 1) % 12 + 1
    ends = {1: 31, 2: 28, 3: 31, 4: 30, 5: 31, 6: 30, 7: 31, 8: 31, 9: 30, 10: 31, 11: 30, 12: 31}
    end_m = m + 2
    return f"{y}-{m:02d}-01", f"{y}-{end_m:02d}-{ends[end_m]}"


CASES = [
    (f"{TITLE}{head}\n\n{FILLER}{sentence}", PUB, {words: _days(year, fiscal, q)})
    for (head, year, fiscal), (sentence, words, q) in product(HEADINGS, MENTIONS)
]

# a nearer stated year still wins over the heading far back
CASES += [
    (TITLE + "Quarterly Report: Second Quarter 2019\n\n" + FILLER +
     "In 2020 the unit changed its rules. In the third quarter, it closed 30 files.", PUB,
     {"In the third quarter": ("2020-07-01", "2020-09-30")}),
    (TITLE + "Misconduct statistics for 2021\n\n" + FILLER +
     "Figures for 2016 were audited. During the second quarter, 8 officers were dismissed.", PUB,
     {"During the second quarter": ("2016-04-01", "2016-06-30")}),
]

# nothing the page stated in its own words: the quarter stays unread
NOT_READ = [
    (f"{head}\n\n{FILLER}{sentence}", PUB, {words: UNREAD})
    for head, (sentence, words, _q) in product(
        ["Police complaints office: quarterly report",          # no period at all
         # placed by the publication date, past the page's opening line
         "Complaints office bulletin\n\nLast year the office received more complaints than ever.",
         # one day is not a year's frame
         "Complaints office bulletin\n\nThe commission met on 3 March 2021 to hear the case."],
        MENTIONS)
]
