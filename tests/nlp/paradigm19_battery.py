"""The para19 battery: the outcome paradigm. Every outcome the tool knows is crossed with the
English frames a reporter states an outcome in, and with UK, Irish and US subjects, named and
unnamed, one and a group; the sentences are generated from the tables below (names and forces
invented), so a cell is a frame x an outcome word, not a sentence anyone wrote.

Frames (each filled with an outcome word's forms):
  active      an agent does it:             "The chief fired Officer X on Tuesday."
  passive     "X was fired on Tuesday."
  perfect     "X has been fired."
  since       "X has since been fired."
  progressive the act under way:            "X is being fired by the department."
  decision    a decision stated, not a threat: "X is to be fired", "X will be fired, the chief said"
  infinitive  a body's decision to do it:   "The board voted to fire X." / "Prosecutors decided to charge X."
  nominal     the act as a noun:            "X's firing was confirmed on Friday." / "The firing of X ..."
  relative    "X, who was fired last month, has appealed."
  reduced     "X, fired in May, has appealed."
  headline    "Deputy fired after crash" as an article's first line
  coordinate  "X was arrested and fired."
  pluperfect  "X had been fired before the inquiry began."
  fronted-time "In May, X was fired."   adverb "X was later fired."   by-agent "X was fired by the chief."
  partitive   "X was one of three officers fired after the raid."
  get-passive "X got fired after the trial."
  gerund-after "X sued the county after being fired in 2021."
  given       a warning or sentence given: "The panel gave X a final written warning", "X received ..."
  given-term  "X got / received / was handed 18 months in prison"
Intransitive outcomes (resigned, retired, pleaded guilty / no contest) take their own forms of the
same frames; the other wordings (relieved of duty, stripped of certification, taken into custody,
cleared, let go, ...) take the passive, perfect, relative, reduced and headline frames.

SPEC's US/Irish mapping is part of the word table: indicted -> charged, fired / terminated ->
dismissed, placed on administrative leave -> suspended, decertified -> barred, sustained ->
misconduct_proven, pleaded guilty or no contest -> convicted, sentenced to probation -> other.

Refused: the same words where English does not state the outcome happened to an officer:
possibility ("could be fired", "faces possible termination"), policy ("officers who lie will
be fired"), a person who is not police (a suspect, an inmate, a juror), negation ("was not
charged") and a judge dismissing a case.

Run ``python tests/nlp/paradigm19_battery.py`` for the table of passes per frame and outcome.
"""

import itertools

# (as written, the words the found subject must contain); rotated over the cells
SUBJECTS = [
    ("PC Dale Hurst", "Hurst"),
    ("Garda Niamh Roche", "Roche"),
    ("Officer Brent Soto", "Soto"),
    ("Sergeant Ivy Kell", "Kell"),
    ("Deputy Lou Kaine", "Kaine"),
    ("Detective Constable Omar Reid", "Reid"),
    ("Trooper Jade Wills", "Wills"),
    ("Two Harwich deputies", "deputies"),
    ("A Westvale Police constable", "constable"),
    ("The pair", "officers"),  # the tool names the group as its antecedent wrote it
    ("Former Garda Sean Daly", "Daly"),
    ("Ex-officer Kim Pryor", "Pryor"),
]
RANK_HEADLINE = ["Deputy", "Garda", "Police officer", "Trooper", "Sergeant"]

# One line a word: outcome, past participle, base verb, the noun of the act, the agent who does
# it, and the frames the word takes (some acts are not done "by" anyone in English: no one
# "is being resigned").
TRANSITIVE = [
    # decides: who decides it is a body whose decision is the outcome ("the board voted to fire
    # X", "prosecutors decided to charge X"); an arrest, a verdict or a sentence is not decided so
    ("dismissed", "fired", "fire", "firing", "The police chief", "board"),
    ("dismissed", "sacked", "sack", "sacking", "The force", "board"),
    ("dismissed", "dismissed", "dismiss", "dismissal", "The chief constable", "board"),
    ("dismissed", "terminated", "terminate", "termination", "The sheriff", "board"),
    ("charged", "charged", "charge", None, "Prosecutors", "prosecutor"),
    ("charged", "indicted", "indict", "indictment", "A grand jury", "prosecutor"),
    ("suspended", "suspended", "suspend", "suspension", "The department", "board"),
    ("suspended", "placed on administrative leave", "place on administrative leave", None, "The chief", "board"),
    ("barred", "decertified", "decertify", "decertification", "The state board", "board"),
    ("barred", "placed on the barred list", "place on the barred list", None, "The panel", "board"),
    ("convicted", "convicted", "convict", "conviction", "A jury", None),
    ("acquitted", "acquitted", "acquit", "acquittal", "A jury", None),
    ("arrested", "arrested", "arrest", "arrest", "Detectives", None),
    ("jailed", "jailed", "jail", "jailing", "A judge", None),
    ("other", "sentenced to probation", "sentence to probation", None, "A judge", None),
]

# Other wordings of the same outcomes (UK / Irish / US), each a passive participle: read in the
# passive, perfect, relative, reduced-relative and headline frames (outcome, participle)
WORDINGS = [
    ("suspended", "relieved of duty"),
    ("suspended", "suspended without pay"),
    ("barred", "stripped of his police certification"),
    ("barred", "banned from policing"),
    ("arrested", "taken into custody"),
    ("arrested", "booked into the county jail"),
    ("acquitted", "cleared of assault"),
    ("acquitted", "found not guilty"),
    ("convicted", "found guilty of assault"),
    ("jailed", "imprisoned for two years"),
    ("jailed", "locked up for two years"),
    ("dismissed", "dismissed without notice"),
    ("dismissed", "let go"),
    ("other", "demoted"),
    # ("other", "fined") is left out: the rules read a fine only with the disciplinary body
    # that set it ("fined by the Commissioner"), since a bare fine is as often a court's
    ("final_written_warning", "given a final written warning"),
    ("misconduct_not_proven", "cleared of misconduct"),
]

INTRANSITIVE = [
    # outcome, past, noun, perfect participle
    ("resigned", "resigned", "resignation"),
    ("retired", "retired", "retirement"),
    ("convicted", "pleaded guilty", "guilty plea"),
    ("convicted", "pleaded no contest", "no contest plea"),
]

FINDINGS = [
    # a finding about a complaint or allegation against the person
    ("misconduct_proven", "sustained"),
    ("gross_misconduct_proven", "proven as gross misconduct"),
]

HEADLINE_TAIL = "after crash in patrol car\n\nThe officer had served for six years. The force confirmed the decision on Friday."


def _plural(s: str) -> bool:
    return s.startswith(("Two", "The pair"))


def _named(s: str) -> bool:
    """A subject a possessive reads naturally on: a name, not 'a constable' or 'the pair'."""
    return not s.startswith(("A ", "Two ", "The pair"))


def _low(s: str) -> str:
    """The subject inside a sentence: 'a Westvale Police constable', 'former Garda Sean Daly',
    but 'PC Dale Hurst'."""
    return s[0].lower() + s[1:] if s.startswith(("A ", "Two ", "The pair", "Former ", "Ex-")) else s


def _with_antecedent(text: str) -> str:
    """'the pair' refers back: the story names the two officers first, as every story does."""
    return ("Two Eastvale officers were filmed at a party in June. " + text) if "the pair" in text.lower() else text


def _split(pp: str):
    """'placed on administrative leave' -> ('placed', ' on administrative leave')."""
    head, _, rest = pp.partition(" ")
    return head, (" " + rest if rest else "")


def transitive_cells():
    """(frame, word, text, subject words) for every transitive word in every frame."""
    subjects = itertools.cycle(SUBJECTS)
    ranks = itertools.cycle(RANK_HEADLINE)
    for outcome, pp, base, noun, agent, decides in TRANSITIVE:
        head, rest = _split(pp)
        bhead, brest = _split(base)
        s, w = next(subjects)
        low = _low(s)
        yield outcome, "active", pp, f"{agent} {head} {low}{rest} on Tuesday.", w
        s, w = next(subjects)
        be, have = ("were", "have") if _plural(s) else ("was", "has")
        yield outcome, "passive", pp, f"{s} {be} {pp} on Tuesday.", w
        s, w = next(subjects)
        be, have = ("were", "have") if _plural(s) else ("was", "has")
        yield outcome, "perfect", pp, f"{s} {have} been {pp}, the force said.", w
        yield outcome, "since", pp, f"{s} {have} since been {pp}.", w
        s, w = next(subjects)
        isare = "are" if _plural(s) else "is"
        yield outcome, "progressive", pp, f"{s} {isare} being {pp}, the chief said on Friday.", w
        yield outcome, "decision", pp, f"{s} {isare} to be {pp}, the force said on Friday.", w
        if decides == "board":
            yield outcome, "decision-will", pp, f"{s} will be {pp}, the chief announced on Friday.", w
        s, w = next(subjects)
        low = _low(s)
        if decides:
            yield outcome, "infinitive", pp, f"{agent} decided to {bhead} {low}{brest} on Monday.", w
        if decides == "board":
            yield outcome, "infinitive-voted", pp, f"The board voted to {bhead} {low}{brest} on Monday.", w
            yield outcome, "infinitive-moved", pp, f"The chief moved to {bhead} {low}{brest} last week.", w
        if noun:
            s, w = next(subjects)
            if _named(s):
                yield outcome, "nominal-poss", pp, f"{s}'s {noun} was confirmed on Friday.", w
            low = _low(s)
            yield outcome, "nominal-of", pp, f"The {noun} of {low} was confirmed on Friday.", w
        s, w = next(subjects)
        who = "were" if _plural(s) else "was"
        have = "have" if _plural(s) else "has"
        yield outcome, "relative", pp, f"{s}, who {who} {pp} last month, {have} appealed.", w
        yield outcome, "reduced", pp, f"{s}, {pp} in May, {have} appealed.", w
        s, w = next(subjects)
        be = "were" if _plural(s) else "was"
        yield outcome, "fronted-time", pp, f"In May, {_low(s)} {be} {pp}.", w
        yield outcome, "adverb", pp, f"{s} {be} later {pp}, records show.", w
        yield outcome, "by-agent", pp, f"{s} {be} {pp} by {agent[0].lower() + agent[1:]} in March.", w
        if not _plural(s):
            yield outcome, "partitive", pp, f"{s} was one of three officers {pp} after the raid.", w
        s, w = next(subjects)
        had = "had"
        yield outcome, "pluperfect", pp, f"{s} {had} been {pp} before the inquiry began.", w
        yield outcome, "get-passive", pp, f"{s} got {pp} after the trial.", w
        yield outcome, "gerund-after", pp, f"{s} sued the county after being {pp} in 2021.", w
        s, w = next(subjects)
        be = "were" if _plural(s) else "was"
        if outcome != "arrested":
            yield outcome, "coordinate", pp, f"{s} {be} arrested and {pp} in March.", w
        rank = next(ranks)
        yield outcome, "headline", pp, f"{rank} {pp} {HEADLINE_TAIL}", rank.split()[-1]


def wording_cells():
    subjects = itertools.cycle(SUBJECTS[1:] + SUBJECTS[:1])
    ranks = itertools.cycle(RANK_HEADLINE)
    for outcome, pp in WORDINGS:
        s, w = next(subjects)
        be, have = ("were", "have") if _plural(s) else ("was", "has")
        pron = "their" if _plural(s) else "his"
        text = pp.replace("his", pron)
        yield outcome, "passive", pp, f"{s} {be} {text} on Tuesday.", w
        s, w = next(subjects)
        be, have = ("were", "have") if _plural(s) else ("was", "has")
        text = pp.replace("his", "their" if _plural(s) else "his")
        yield outcome, "perfect", pp, f"{s} {have} been {text}, the force said.", w
        yield outcome, "relative", pp, f"{s}, who {be} {text} in March, {have} appealed.", w
        yield outcome, "reduced", pp, f"{s}, {text} in March, {have} appealed.", w
        rank = next(ranks)
        yield outcome, "headline", pp, f"{rank} {pp} {HEADLINE_TAIL}", rank.split()[-1]


def intransitive_cells():
    subjects = itertools.cycle(SUBJECTS[2:] + SUBJECTS[:2])
    ranks = itertools.cycle(RANK_HEADLINE)
    for outcome, past, noun in INTRANSITIVE:
        s, w = next(subjects)
        yield outcome, "past", past, f"{s} {past} on Tuesday.", w
        s, w = next(subjects)
        have = "have" if _plural(s) else "has"
        yield outcome, "perfect", past, f"{s} {have} {past}, the force said.", w
        yield outcome, "since", past, f"{s} {have} since {past}.", w
        s, w = next(subjects)
        if _named(s):
            yield outcome, "nominal-poss", past, f"{s}'s {noun} was confirmed on Friday.", w
        s, w = next(subjects)
        who = "have" if _plural(s) else "has"
        yield outcome, "relative", past, f"{s}, who {past} last month, {who} moved to Ohio.", w
        rank = next(ranks)
        yield outcome, "headline", past, f"{rank} {past} {HEADLINE_TAIL}", rank.split()[-1]


def finding_cells():
    subjects = itertools.cycle(SUBJECTS[4:] + SUBJECTS[:4])
    for outcome, word in FINDINGS:
        s, w = next(subjects)
        low = _low(s)
        yield outcome, "passive", word, f"A complaint against {low} was {word} on Tuesday.", w
        s, w = next(subjects)
        low = _low(s)
        yield outcome, "perfect", word, f"The allegations against {low} have been {word}.", w


# Outcomes given to a person as a thing (a warning, a sentence) and findings about a person:
# (outcome, word, frames), each frame a template on {s} (the subject), {low} (inside a
# sentence), {be} and {have} (agreeing with it)
GIVEN = [
    ("final_written_warning", "final written warning", [
        "{s} {be} given a final written warning on Tuesday.",
        "The panel gave {low} a final written warning.",
        "{s} {have} been issued with a final written warning.",
        "{s}, who {be} given a final written warning last year, {have} retired."]),
    ("written_warning", "written warning", [
        "{s} {be} given a written warning on Tuesday.",
        "The panel issued {low} with a written warning.",
        "{s} {have} received a written warning."]),
    ("suspended_sentence", "suspended sentence", [
        "{s} {be} given a suspended sentence at Leeds Crown Court.",
        "{s} received a 12-month sentence suspended for two years.",
        "A judge handed {low} a suspended sentence on Tuesday."]),
    ("gross_misconduct_proven", "gross misconduct", [
        "{s} {be} found to have committed gross misconduct.",
        "A panel found {low} guilty of gross misconduct.",
        "Gross misconduct was proven against {low} on Tuesday."]),
    ("no_case_to_answer", "no case to answer", [
        "The IOPC found {low} had no case to answer.",
        "There was no case to answer for {low}, the panel decided."]),
    ("would_have_been_dismissed", "would have been dismissed", [
        "{s} would have been dismissed had {pron} not resigned.",
        "The panel said {low} would have been sacked if still serving."]),
]


def given_cells():
    subjects = itertools.cycle(SUBJECTS[3:] + SUBJECTS[:3])
    for outcome, word, frames in GIVEN:
        for i, frame in enumerate(frames):
            s, w = next(subjects)
            be, have = ("were", "have") if _plural(s) else ("was", "has")
            pron = "they" if _plural(s) else "he"
            yield outcome, f"given-{i}", word, frame.format(s=s, low=_low(s), be=be, have=have, pron=pron), w


def custodial_cells():
    """'got / received / was handed N months': a jail term said as a thing given."""
    subjects = itertools.cycle(SUBJECTS)
    for verb in ("got", "received", "was handed", "was given"):
        s, w = next(subjects)
        if _plural(s):
            s, w = next(subjects)
        yield "jailed", "given-term", verb, f"{s} {verb} 18 months in prison for the thefts.", w


CELLS = [(outcome, frame, word, _with_antecedent(text), subj) for outcome, frame, word, text, subj in
         itertools.chain(transitive_cells(), wording_cells(), intransitive_cells(), finding_cells(), given_cells(), custodial_cells())]

# Cells English states that the rules still do not read, as (frame, word): expected failures.
GAP_CELLS = {
    # 'three officers terminated after the raid': a bare 'fired' / 'terminated' after a plural
    # police noun is as often shots ('officers fired after the man drew a gun'): left alone
    ('partitive', 'terminated'),
    # left alone: in a police story 'the arrest of NAME' is far more often an arrest an officer
    # made (batch-14 read a victim's name so); a rule needs to know the name is an officer's
    ('nominal-of', 'arrested'),
    # a headline's 'let go' is as often a release ('Suspect let go after ...'): left alone
    ('headline', 'let go'),
}
# a refused case still read wrong: an object relative clause with no 'who' ("the man the
# officer arrested") puts the officer inside the subject of the verb after it
REFUSED_GAPS = ("The man Officer Brent Soto arrested",)

# STATED: (text, outcome, subject words, months); GAPS: the texts of the gap cells
STATED = [(text, outcome, subj, None) for outcome, frame, word, text, subj in CELLS]
GAPS = tuple(text for outcome, frame, word, text, subj in CELLS if (frame, word) in GAP_CELLS) + REFUSED_GAPS

REFUSED = [
    # possibility, threat, intention
    ("Officer Brent Soto could be fired if the inquiry finds against him.", "dismissed"),
    ("PC Dale Hurst faces possible termination after the hearing.", "dismissed"),
    ("Deputy Lou Kaine may be charged later this year, prosecutors said.", "charged"),
    ("Sergeant Ivy Kell might be suspended pending the review.", "suspended"),
    ("Garda Niamh Roche could face dismissal if the allegations are proven.", "dismissed"),
    ("Trooper Jade Wills would be decertified if convicted, the board said.", "barred"),
    ("The chief threatened to fire Officer Brent Soto last year.", "dismissed"),
    # policy: what will happen to any officer who does something
    ("Officers who lie will be fired, the chief said.", "dismissed"),
    ("Any deputy who is convicted of a felony will be decertified.", "barred"),
    ("Under the new rules, officers who fail the test will be suspended.", "suspended"),
    # the person is not police
    ("The suspect was charged with burglary on Tuesday.", "charged"),
    ("An inmate was jailed for 18 months for the assault.", "jailed"),
    ("A juror was dismissed after she researched the case online.", "dismissed"),
    ("The man Officer Brent Soto arrested was convicted of theft.", "convicted"),
    ("The driver was arrested and charged with drink driving.", "charged"),
    # negation
    ("PC Dale Hurst was not charged, the CPS said.", "charged"),
    ("Deputy Lou Kaine has never been disciplined or suspended.", "suspended"),
    ("Officer Brent Soto was not fired, the department said.", "dismissed"),
    ("Garda Niamh Roche was never arrested.", "arrested"),
    # a judge dismissing a case, a charge, a lawsuit
    ("A judge dismissed the case against Officer Brent Soto on Monday.", "dismissed"),
    ("The court dismissed the charges against PC Dale Hurst.", "dismissed"),
    ("The lawsuit against Deputy Lou Kaine was dismissed in May.", "dismissed"),
    # an act named by its noun that was asked for, or is an offence, or is not an officer's
    ("Protesters called for the suspension of PC Dale Hurst.", "suspended"),
    ("The sheriff will seek the decertification of Deputy Lou Kaine.", "barred"),
    ("A warrant for the arrest of Officer Brent Soto was issued.", "arrested"),
    ("Sergeant Ivy Kell was accused of the false arrest of a cyclist.", "arrested"),
    ("The arrest of the suspect was confirmed on Friday.", "arrested"),
    ("Prosecutors asked for the jailing of the two burglars.", "jailed"),
    ("The judge ordered the suspension of Garda Niamh Roche's sentence.", "suspended"),
    # 'fired' as a shot, and a firing expected, not done
    ("Two rounds, fired in quick succession, hit the patrol car.", "dismissed"),
    ("Deputy Lou Kaine, fired at by the gunman, was not hurt.", "dismissed"),
    ("PC Dale Hurst is expected to be fired next week.", "dismissed"),
    ("The suspect, let go after questioning, later went home.", "dismissed"),
    ("Officer Brent Soto got fired up by the crowd and shouted back.", "dismissed"),
    ("Sergeant Ivy Kell could get fired if the complaint is upheld.", "dismissed"),
    # the officer is the agent, not the one the act is done to
    ("Officer Brent Soto arrested a man on Tuesday.", "arrested"),
    ("Sergeant Ivy Kell charged the driver with speeding.", "charged"),
]


def table():
    """Passes per frame and per outcome (outcome found, and with its subject)."""
    from collections import defaultdict

    from outcomes_found import battery_outcomes, states

    by_frame, by_outcome, fails = defaultdict(lambda: [0, 0]), defaultdict(lambda: [0, 0]), []
    for outcome, frame, word, text, subj in CELLS:
        got = battery_outcomes(text)
        ok = states(got, outcome, subj)
        for key, tab in ((frame, by_frame), (outcome, by_outcome)):
            tab[key][0] += ok
            tab[key][1] += 1
        if not ok:
            fails.append((frame, word, text, got))
    print("frame              pass/total")
    for k, (a, n) in sorted(by_frame.items()):
        print(f"  {k:18} {a}/{n}")
    print("outcome            pass/total")
    for k, (a, n) in sorted(by_outcome.items()):
        print(f"  {k:24} {a}/{n}")
    refused_ok = sum(not [g for g in battery_outcomes(t) if g[0] == o] for t, o in REFUSED)
    print(f"refused kept: {refused_ok}/{len(REFUSED)}")
    for f in fails:
        print("FAIL", f)


if __name__ == "__main__":
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    table()
