"""A figure's period and org where the article states them once (ctxb12).

Written for this battery before the rules of this branch were changed: short UK, Irish and US
mini-articles with the fields a careful coder gives every figure under SPEC. Names, places and
bodies are invented or varied. Published 1 June 2023 (tests/figures_found.py).

FIGURES: (text, [expected figures]); only the keys given are checked; the figures found must
be exactly these values, in order. MISSED: cases the rules do not read yet (xfail, strict).
"""

P19_22 = {"period_from": "2019-01-01", "period_to": "2022-12-31"}
P19_21 = {"period_from": "2019-01-01", "period_to": "2021-12-31"}

FIGURES = [
    # "the N years before YEAR": a span that ends the year before, carried to the breakdown after it
    ("No Kent officer above the rank of superintendent was sacked in the four years before 2023, figures show.\n\n"
     "However, 96 constables were disciplined over the same period.\n\n"
     "An FOI answer showed 12 were dismissed and 30 received final written warnings.",
     [{"value": 96, **P19_22}, {"value": 12, **P19_22, "outcome": "dismissed"},
      {"value": 30, **P19_22, "outcome": "final_written_warning"}]),
    ("In the three years before 2022, the Dayton Police Department fired 11 officers, records show.\n\n"
     "Another 23 were suspended without pay.",
     [{"value": 11, **P19_21, "outcome": "dismissed"}, {"value": 23, **P19_21, "outcome": "suspended"}]),
    ("Gardaí in Limerick faced 41 disciplinary hearings in the two years preceding March 2021.",
     [{"value": 41, "period_from": "2019-03-01", "period_to": "2021-02-28"}]),
    ("The force sacked 14 officers in the 12 months before April 2022.",
     [{"value": 14, "period_from": "2021-04-01", "period_to": "2022-03-31", "outcome": "dismissed"}]),
    # a comparison with the year before is still one
    ("The force sacked 18 officers in 2022, against nine the year before.",
     [{"value": 18, "period_from": "2022-01-01"}, {"value": 9, "period_from": "2021-01-01"}]),
    # a year of a story's event, in a paragraph with no figure, does not date the figures under the next heading
    ("Watchdog reports analysed\n\nAn analysis of three years of watchdog reports shows that most officers found guilty "
     "of misconduct keep their jobs.\n\nThe inquiry into the custody death was reopened after a lost file turned up in 2014.\n\n"
     "What the figures show\n\nOf 230 complaints sent to panels, 41 were upheld.",
     [{"value": 230, "period_from": None}, {"value": 41, "period_from": None}]),
    # ...while the period the opening states runs on under every heading
    ("Figures released to the Echo under freedom of information laws cover the three years to 2022.\n\nDismissals\n\n31 officers were dismissed.",
     [{"value": 31, "period_from": "2020-01-01", "period_to": "2022-12-31"}]),
    # ...and a year in the figure's own section still dates it
    ("Force figures\n\nThe force changed its complaints system in 2019.\n\nThat year, 64 complaints were upheld.",
     [{"value": 64, "period_from": "2019-01-01", "period_to": "2019-12-31"}]),
    # "the <place> force": the body, as listed when it is
    ("Six officers convicted of drink-driving are still serving on the Tayside force, figures show.",
     [{"value": 6, "org": "Tayside force"}]),
    ("Nine officers were dismissed by the Devon and Cornwall force last year.",
     [{"value": 9, "org": "Devon and Cornwall Police"}]),
    ("The Kent force said 17 officers had been dismissed in 2021.",
     [{"value": 17, "org": "Kent Police"}]),
    # a common word capitalised because it opens the headline is no place
    ("Drunk police keep their jobs\n\nSeven officers caught drunk at the wheel kept their jobs, "
     "the Grampian force said.",
     [{"value": 7, "org": "Grampian force"}]),
    ("Corrupt police stay in post\n\nFour officers found to be corrupt are still serving, an FOI answer shows.",
     [{"value": 4, "org": None}]),
    # ...but a place that opens one is
    ("Springfield police fired six officers last year.",
     [{"value": 6, "org": "Springfield police"}]),
    ("Essex police sacked 13 officers in 2022.",
     [{"value": 13, "org": "Essex Police"}]),
]

MISSED: set[str] = {FIGURES[5][0]}  # a heading-bound rule for it cost batch-3/9 and probe11us
