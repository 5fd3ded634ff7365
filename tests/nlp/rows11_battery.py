"""Outcomes stated by the layout: table rows with a person column and finding / discipline
columns, and labelled lines ("Finding: Not proven") inside an entry about one officer.
Every page was written for this battery (names, places and bodies are invented), each with
what a careful coder takes from it under SPEC: one Outcome per row (or entry) from each
finding / discipline cell (or label line), the subject the person as written.

PAGES: (name, kind "txt" | "html", text, STATED, ALLOWED)
  STATED  [(outcome, subject words that must all be in the subject)]: each must be found
  ALLOWED [(outcome, subject words)]: may be found (a coder could code it either way);
  anything found that is neither STATED nor ALLOWED fails the page (precision).
"""

_H = "<html><head><title>{t}</title></head><body><article><h1>{t}</h1>{b}</article></body></html>"


def _html(title, body):
    return _H.format(t=title, b=body)


def _tr(cells, tag="td"):
    return "<tr>" + "".join(f"<{tag}>{c}</{tag}>" for c in cells) + "</tr>"


def _table(header, rows, thead=True):
    head = _tr(header, "th" if thead else "td")
    return "<table>" + head + "".join(_tr(r) for r in rows) + "</table>"


PAGES = [
    # ---------------------------------------------------------------- pipe tables in text
    ("us-records-pipe", "txt",
     "Dunmore County Sheriff's Office\n\nPublic records response 2025-118\n\n"
     "The office released the internal affairs cases closed in the first half of 2025.\n\n"
     "Case | Employee | Allegation | Finding | Action taken\n"
     "IA-25-002 | Deputy H. Calloway | Neglect of duty | Sustained | 2-day suspension\n"
     "IA-25-006 | Detention Officer B. Nunez | Use of force | Sustained | Terminated\n"
     "IA-25-010 | Sgt. W. Pryce | Courtesy | Unfounded | None\n"
     "IA-25-013 | Deputy C. Ames | Untruthfulness | Sustained | Resigned prior to discipline\n",
     [("misconduct_proven", "Calloway"), ("suspended", "Calloway"), ("misconduct_proven", "Nunez"),
      ("dismissed", "Nunez"), ("misconduct_not_proven", "Pryce"), ("misconduct_proven", "Ames"),
      ("resigned", "Ames")], []),
    ("us-markdown-table", "txt",
     "Oakridge Police Department discipline log\n\nThe department posted its quarterly log on Monday.\n\n"
     "| Officer | Allegation | Disposition | Discipline |\n|---|---|---|---|\n"
     "| Officer T. Banks | Discourtesy | Sustained | Written reprimand |\n"
     "| Sgt. L. Ortiz | Excessive force | Exonerated | N/A |\n"
     "| Officer M. Greer | Improper search | Not sustained | N/A |\n",
     [("misconduct_proven", "Banks"), ("written_warning", "Banks"), ("misconduct_not_proven", "Ortiz"),
      ("misconduct_not_proven", "Greer")], []),
    ("uk-pipe-officer-outcome", "txt",
     "Westmarch Police misconduct outcomes\n\nHearings concluded between April and June 2024.\n\n"
     "Officer | Breach | Finding | Outcome\n"
     "PC 2210 Dean Harlow | Honesty and integrity | Gross misconduct proven | Dismissed without notice\n"
     "DC Priya Rowe | Confidentiality | Misconduct proven | Final written warning\n"
     "PS 118 Keith Amberley | Use of force | Not proven | No further action\n",
     [("gross_misconduct_proven", "Harlow"), ("dismissed", "Harlow"), ("misconduct_proven", "Rowe"),
      ("final_written_warning", "Rowe"), ("misconduct_not_proven", "Amberley")], []),
    ("uk-former-officer-rows", "txt",
     "Misconduct hearings: quarter three\n\n"
     "Name | Rank | Finding | Sanction\n"
     "Lee Coombs | Former PC | Gross misconduct proven | Would have been dismissed; barred list\n"
     "Anna Frisk | Sergeant | Misconduct proven | Written warning\n",
     [("gross_misconduct_proven", "Coombs"), ("would_have_been_dismissed", "Coombs"), ("barred", "Coombs"),
      ("misconduct_proven", "Frisk"), ("written_warning", "Frisk")], []),
    ("us-suspension-forms", "txt",
     "Civilian Review Board closed cases\n\n"
     "Member | Finding | Penalty\n"
     "Officer Ray Dolan | Sustained | Suspended 10 days without pay\n"
     "Officer Jo Kemp | Sustained | 30-day suspension\n"
     "Officer Sam Treat | Sustained | Suspension, five days\n",
     [("misconduct_proven", "Dolan"), ("suspended", "Dolan"), ("misconduct_proven", "Kemp"),
      ("suspended", "Kemp"), ("misconduct_proven", "Treat"), ("suspended", "Treat")], []),
    ("us-tab-table", "txt",
     "Internal affairs summary\n\nClosed investigations, fourth quarter.\n\n"
     "Deputy\tAllegation\tFinding\tDiscipline imposed\n"
     "Deputy A. Marsh\tUnsafe driving\tSustained\tLetter of reprimand\n"
     "Deputy K. Oyelaran\tHarassment\tSustained\tTermination\n"
     "Deputy P. Vance\tCourtesy\tUnfounded\tNone\n",
     [("misconduct_proven", "Marsh"), ("written_warning", "Marsh"), ("misconduct_proven", "Oyelaran"),
      ("dismissed", "Oyelaran"), ("misconduct_not_proven", "Vance")], []),
    ("us-spaced-table", "txt",
     "Professional Standards Bureau\n\nDispositions for cases closed in March.\n\n"
     "Officer               Allegation          Finding            Action\n"
     "Officer G. Tully      Courtesy            Sustained          Verbal counseling\n"
     "Officer E. Park       Use of force        Not sustained      None\n"
     "Sgt. F. Mercado       Neglect of duty     Sustained          Demotion\n",
     [("misconduct_proven", "Tully"), ("misconduct_not_proven", "Park"), ("misconduct_proven", "Mercado")],
     [("other", "Tully"), ("other", "Mercado")]),
    ("us-pending-cells", "txt",
     "Sheriff's Office discipline report\n\n"
     "Employee | Allegation | Finding | Action\n"
     "Deputy N. Hale | Excessive force | Pending | Pending\n"
     "Deputy S. Roark | Insubordination | Sustained | Pending\n"
     "Deputy V. Imrie | Courtesy | Unfounded | -\n",
     [("misconduct_proven", "Roark"), ("misconduct_not_proven", "Imrie")], []),
    ("us-retired-row", "txt",
     "Police Accountability Board: cases closed in 2025\n\n"
     "Subject officer | Allegation | Board finding | Chief's discipline\n"
     "Officer D. Ketter | Untruthfulness | Sustained | Retired before discipline\n"
     "Officer R. Blaine | Unlawful arrest | Sustained | Dismissed\n",
     [("misconduct_proven", "Ketter"), ("retired", "Ketter"), ("misconduct_proven", "Blaine"),
      ("dismissed", "Blaine")], []),
    # ---------------------------------------------------------------- HTML tables
    ("us-html-th", "html",
     _html("Review board dispositions",
           "<p>The board reviewed these investigations at its May meeting.</p>" +
           _table(["Officer", "Allegation", "Disposition", "Discipline imposed"],
                  [["Officer Carla Wendt", "Excessive force", "Sustained", "Five-day suspension without pay"],
                   ["Officer Ben Achebe", "Discourtesy", "Unfounded", "-"],
                   ["Cpl. Rhys Dorran", "Neglect of duty", "Sustained", "Written reprimand"]])),
     [("misconduct_proven", "Wendt"), ("suspended", "Wendt"), ("misconduct_not_proven", "Achebe"),
      ("misconduct_proven", "Dorran"), ("written_warning", "Dorran")], []),
    ("us-html-td-header", "html",
     _html("Discipline records released",
           "<p>The city released the records after a request from the Ledger.</p>" +
           _table(["Name", "Rank", "Finding", "Outcome"],
                  [["Marcus Bell", "Officer", "Sustained", "Terminated"],
                   ["Elena Voss", "Sergeant", "Not sustained", "No action"]], thead=False)),
     [("misconduct_proven", "Bell"), ("dismissed", "Bell"), ("misconduct_not_proven", "Voss")], []),
    ("uk-html-hearings", "html",
     _html("Outcomes of misconduct hearings",
           "<p>Northvale Police publishes the outcome of hearings held in public.</p>" +
           _table(["Officer", "Hearing date", "Finding", "Outcome"],
                  [["PC 4410 Sian Arden", "4 June 2024", "Gross misconduct proven", "Dismissed without notice"],
                   ["Former DS Colin Frome", "11 June 2024", "Gross misconduct proven",
                    "Would have been dismissed. Placed on the barred list."],
                   ["PCSO 7781 Jay Marr", "18 June 2024", "No case to answer", "None"]])),
     [("gross_misconduct_proven", "Arden"), ("dismissed", "Arden"), ("gross_misconduct_proven", "Frome"),
      ("would_have_been_dismissed", "Frome"), ("barred", "Frome"), ("no_case_to_answer", "Marr")], []),
    ("ni-html-form", "html",
     _html("Police Ombudsman recommendations",
           "<p>The Police Ombudsman recommended disciplinary action in these cases.</p>" +
           _table(["Officer", "Finding", "Disciplinary action"],
                  [["Constable A", "Misconduct", "Written warning"],
                   ["Constable B", "No misconduct", "None"]])),
     [("written_warning", "Constable A")], [("misconduct_proven", "Constable A"),
                                             ("misconduct_not_proven", "Constable B")]),
    ("ie-html-garda", "html",
     _html("Garda discipline outcomes",
           "<p>The Garda Síochána released outcomes of disciplinary inquiries in 2024.</p>" +
           _table(["Member", "Rank", "Breach", "Sanction"],
                  [["Garda M. Keogh", "Garda", "Neglect of duty", "Dismissal"],
                   ["Sgt. T. Brennan", "Sergeant", "Discreditable conduct", "Reduction in pay"]])),
     [("dismissed", "Keogh")], [("other", "Brennan")]),
    ("us-html-decertified", "html",
     _html("State board actions",
           "<p>The Peace Officer Standards board took these actions in September.</p>" +
           _table(["Officer", "Agency", "Action"],
                  [["Trooper Dale Renner", "State Highway Patrol", "Certification revoked"],
                   ["Deputy Ana Pruitt", "Lake County Sheriff's Office", "Decertified"],
                   ["Officer Tom Egan", "Harlow Police Department", "No action"]])),
     [("barred", "Renner"), ("barred", "Pruitt")], []),
    # ---------------------------------------------------------------- labelled entries
    ("uk-numbered-entries", "txt",
     "Riverford Constabulary\nMisconduct hearing outcomes: October to December 2024\n\n"
     "1. PC Mia Thorne, Neighbourhood Policing, Eastgate\nHearing date: 3 October 2024\n"
     "Breach: Discreditable conduct\nFinding: Gross misconduct proven\nOutcome: Dismissed without notice\n\n"
     "2. DS Owen Pike, Major Crime\nHearing date: 17 November 2024\nBreach: Duties and responsibilities\n"
     "Finding: Misconduct proven\nOutcome: Final written warning\n\n"
     "3. PC Harry Lund, Roads Policing\nHearing date: 2 December 2024\nBreach: Use of force\n"
     "Finding: Not proven\nOutcome: No further action\n",
     [("gross_misconduct_proven", "Thorne"), ("dismissed", "Thorne"), ("misconduct_proven", "Pike"),
      ("final_written_warning", "Pike"), ("misconduct_not_proven", "Lund")], []),
    ("uk-entry-barred-line", "txt",
     "Hearing outcomes\n\n"
     "1. Former PC Ruth Kalin (resigned May 2024)\nHearing date: 9 September 2024\n"
     "Finding: Gross misconduct proven\n"
     "Outcome: Would have been dismissed. Added to the College of Policing barred list.\n\n"
     "2. PC Ahmed Sorley\nFinding: Misconduct not proven\nOutcome: None\n",
     [("gross_misconduct_proven", "Kalin"), ("would_have_been_dismissed", "Kalin"), ("barred", "Kalin"),
      ("misconduct_not_proven", "Sorley")], [("resigned", "Kalin")]),
    ("us-ia-log-labels", "txt",
     "Internal Affairs log, Harlan Police Department\n\n"
     "Case IA-2025-031\nOfficer: Sgt. Ana Ruiz\nAllegation: Failure to supervise\n"
     "Disposition: Sustained – 5-day suspension\n\n"
     "Case IA-2025-034\nOfficer: Officer Tom Breck\nAllegation: Rudeness\nDisposition: Exonerated\n\n"
     "Case IA-2025-040\nOfficer: Officer Lia Sand\nAllegation: Unreported use of force\n"
     "Finding: Sustained\nDiscipline: Termination\n",
     [("misconduct_proven", "Ruiz"), ("suspended", "Ruiz"), ("misconduct_not_proven", "Breck"),
      ("misconduct_proven", "Sand"), ("dismissed", "Sand")], []),
    ("uk-headed-entries", "txt",
     "Misconduct meeting and hearing results\n\n"
     "Special Constable Erin Lask\n\nMeeting date: 12 March 2025\n"
     "Result: Misconduct proven. Written warning.\n\n"
     "Police Staff Investigator Gail Omond\n\nHearing date: 20 March 2025\n"
     "Result: Gross misconduct proven. Dismissed without notice.\n",
     [("misconduct_proven", "Lask"), ("written_warning", "Lask"), ("gross_misconduct_proven", "Omond"),
      ("dismissed", "Omond")], []),
    ("us-hearing-notice-sanction", "txt",
     "Notice of disciplinary decision\n\nSubject officer: Detective Paul Ivanov\n"
     "Date of decision: April 2, 2025\nSanction: Suspended 15 days\n",
     [("suspended", "Ivanov")], []),
    ("uk-entry-result-nfa", "txt",
     "Outcomes published this month\n\n"
     "1. PC Jade Morrell\nFinding: No case to answer\nResult: No further action\n\n"
     "2. Sergeant Rob Kettle\nFinding: Misconduct proven\nSanction: Management advice\n",
     [("no_case_to_answer", "Morrell"), ("misconduct_proven", "Kettle")], [("other", "Kettle")]),
    # ---------------------------------------------------------------- summaries and refusals
    ("uk-summary-after-entries", "txt",
     "Misconduct hearing outcomes\n\n"
     "1. PC Sam Orde\nFinding: Gross misconduct proven\nOutcome: Dismissed without notice\n\n"
     "2. PC Lucy Fenn\nFinding: Gross misconduct proven\nOutcome: Dismissed without notice\n\n"
     "Summary: two hearings were held. Two officers were dismissed and both have been added to the barred list.\n",
     [("gross_misconduct_proven", "Orde"), ("dismissed", "Orde"), ("gross_misconduct_proven", "Fenn"),
      ("dismissed", "Fenn")], []),
    ("us-summary-after-table", "txt",
     "Records release\n\n"
     "Employee | Finding | Action\nOfficer K. Lyle | Sustained | Termination\nOfficer B. Rand | Sustained | Termination\n\n"
     "In all, two officers were fired and three complaints were sustained in the period.\n",
     [("misconduct_proven", "Lyle"), ("dismissed", "Lyle"), ("misconduct_proven", "Rand"), ("dismissed", "Rand")],
     []),
    ("us-post-certification-actions", "html",
     _html("Standards board actions, March meeting",
           "<p>The board acted on the certifications of the officers below.</p>" +
           _table(["Officer", "Employing agency", "Action", "Violation"],
                  [["Carl J. Whitcomb", "Dade County Sheriff's Office", "Revoked", "Falsified timesheets"],
                   ["Rita M. Okafor", "Port Ellis Police Department", "Voluntary surrender", "Pending assault charge"],
                   ["Leon P. Sadler", "State Patrol", "Public reprimand", "Missed training"]])),
     [("barred", "Whitcomb"), ("barred", "Okafor"), ("written_warning", "Sadler")], [("other", "Sadler")]),
    ("refuse-count-column", "html",
     _html("Discipline imposed, 2024",
           "<p>The second table counts officers disciplined after a sustained finding.</p>" +
           _table(["Action", "Officers"], [["Termination", "4"], ["Suspension", "12"], ["Written reprimand", "9"]])),
     [], []),
    ("refuse-counts-by-year", "txt",
     "Discipline figures\n\n"
     "Year | Complaints | Sustained | Dismissed\n2022 | 140 | 31 | 4\n2023 | 151 | 29 | 6\n", [], []),
    ("refuse-category-table", "txt",
     "Findings by allegation type\n\n"
     "Allegation | Sustained | Not sustained | Exonerated\nCourtesy | 8 | 12 | 3\nUse of force | 2 | 9 | 14\n",
     [], []),
    ("refuse-complainant-column", "txt",
     "Complaint tracker\n\n"
     "Complainant | Received | Status\nMr J. Doyle | 4 May | Closed\nMs R. Kaur | 9 May | Pending\n", [], []),
    ("refuse-allegation-only", "txt",
     "Open investigations\n\n"
     "Officer | Allegation | Status\nOfficer P. Lowe | Excessive force | Under investigation\n"
     "Officer Q. Hart | Dishonesty | Awaiting hearing\n", [], []),
    ("refuse-investigator-column", "txt",
     "Assignments\n\n"
     "Case | Investigating officer | Allegation | Finding\n"
     "C-14 | Lt. Mora | Theft of property | Pending\n", [], []),
    ("refuse-civilian-rows", "txt",
     "Court results\n\n"
     "Name | Role | Outcome\nJohn Petts | Member of the public | Charged\nKaren Olds | Civilian | Cautioned\n",
     [], []),
    ("refuse-recommended-column", "txt",
     "Board recommendations\n\n"
     "Officer | Recommended discipline | Status\nOfficer V. Crane | Termination | Awaiting chief's decision\n",
     [], []),
    ("refuse-label-not-outcome", "txt",
     "Case file\n\nOfficer: PC Dana Hope\nAllegation: Dismissed a complaint without recording it\n"
     "Status: Investigation ongoing\n", [], []),
    ("refuse-label-hypothetical", "txt",
     "Hearing notice\n\nOfficer: PC Carl Brum\nHearing date: 4 August 2025\n"
     "Possible outcome: Dismissal if the allegation is proven\n", [], []),
    # ---------------------------------------------------------------- more shapes of the same
    ("uk-name-of-officer-labels", "txt",
     "Accelerated misconduct hearing\n\nName of officer: DC 3301 Fiona Kerr\nDate of hearing: 14 May 2025\n"
     "Outcome of hearing: Gross misconduct proven. Dismissed without notice.\n",
     [("gross_misconduct_proven", "Kerr"), ("dismissed", "Kerr")], []),
    ("uk-officer-concerned", "txt",
     "Misconduct meeting result\n\nOfficer concerned: PC 1187 Tom Ashby\nFinding(s): Misconduct proven\n"
     "Sanction imposed: Written warning\n",
     [("misconduct_proven", "Ashby"), ("written_warning", "Ashby")], []),
    ("us-dash-labels", "txt",
     "IA case summaries\n\nCase 2024-17\nEmployee - Deputy Lorna Fitch\nAllegation - Unauthorized pursuit\n"
     "Finding - Sustained\nDiscipline - Written reprimand\n",
     [("misconduct_proven", "Fitch"), ("written_warning", "Fitch")], []),
    ("uk-bullet-outcomes", "txt",
     "Hearing outcomes this month\n\nThe force held three hearings in public in August.\n\n"
     "- PC Dan Moyes, Response, Northtown: dismissed without notice\n"
     "- DS Hana Liu, Public Protection: final written warning\n"
     "- PC Ola Brandt, Roads Policing: no case to answer\n",
     [("dismissed", "Moyes"), ("final_written_warning", "Liu"), ("no_case_to_answer", "Brandt")], []),
    ("us-one-line-pairs", "txt",
     "Discipline log, second quarter\n\nOfficer: Officer Ben Sato; Allegation: Courtesy; Finding: Unfounded\n"
     "Officer: Sgt. Ivy Crane; Allegation: Untruthfulness; Finding: Sustained; Action: Terminated\n",
     [("misconduct_not_proven", "Sato"), ("misconduct_proven", "Crane"), ("dismissed", "Crane")], []),
    ("us-rowspan-html", "html",
     _html("Closed investigations",
           "<table><thead><tr><th>Officer</th><th>Allegation</th><th>Finding</th></tr></thead><tbody>"
           "<tr><td rowspan='2'>Officer Rosa Quill</td><td>Excessive force</td><td>Sustained</td></tr>"
           "<tr><td>Failure to report</td><td>Not sustained</td></tr>"
           "<tr><td>Officer Max Orr</td><td>Discourtesy</td><td>Exonerated</td></tr></tbody></table>"),
     [("misconduct_proven", "Quill"), ("misconduct_not_proven", "Quill"), ("misconduct_not_proven", "Orr")], []),
    ("uk-rank-name-columns", "txt",
     "Outcomes of misconduct proceedings, 2024/25\n\n"
     "Rank | Name | Proceedings | Outcome\n"
     "PC | Liam Doyle | Gross misconduct hearing | Dismissed\n"
     "Inspector | Ruth Abara | Misconduct meeting | Written warning\n",
     [("dismissed", "PC Liam Doyle"), ("written_warning", "Inspector Ruth Abara")], []),
    ("us-defendant-table", "txt",
     "Court roundup\n\nDefendant | Court | Outcome\nFormer Officer Gail Perrin | District Court | Convicted\n"
     "Deputy Sam Orton | Superior Court | Acquitted\n",
     [("convicted", "Perrin"), ("acquitted", "Orton")], []),
    ("refuse-rank-count-table", "txt",
     "Officers dismissed by rank\n\nRank | Outcome | Number\nPC | Dismissed | 14\nSergeant | Dismissed | 3\n", [], []),
    ("refuse-force-outcome-table", "txt",
     "Hearings by force\n\nForce | Officers | Outcome\nKent Police | 12 | Dismissed\nEssex Police | 9 | Dismissed\n",
     [], []),
    ("refuse-heading-then-prose", "txt",
     "PC Jack Rudd\n\nThe officer, who joined in 2012, is due to face a hearing next month. Finding: to follow.\n\n"
     "Outcome: Pending\n", [], []),
    # ---------------------------------------------------------------- third set
    ("uk-bullets-dashes-gross", "txt",
     "Misconduct outcomes, January\n\nThe following hearings concluded in January.\n\n"
     "- PC Ewan Rudd (Carlisle): honesty and integrity - proven as gross misconduct - dismissed without notice.\n"
     "- DS Mona Veal: confidentiality - proven as misconduct - no further action.\n"
     "- PC Kit Amos (Penrith): use of force - not proven.\n",
     [("gross_misconduct_proven", "Rudd"), ("dismissed", "Rudd"), ("misconduct_proven", "Veal"),
      ("misconduct_not_proven", "Amos")], []),
    ("us-sentence-in-cell", "txt",
     "Records release\n\nOfficer | Finding | Notes\n"
     "Officer Abe Lintz | Sustained | Lintz was fired on March 3 after the review.\n"
     "Officer Di Crowe | Sustained - no discipline imposed | None\n",
     [("misconduct_proven", "Lintz"), ("misconduct_proven", "Crowe")], [("dismissed", "Lintz")]),
    ("us-sentence-in-outcome-cell", "txt",
     "Board dispositions\n\nMember | Disposition\n"
     "Officer Abe Lintz | The chief fired Lintz on March 3.\n",
     [("dismissed", "Lintz")], []),
    ("refuse-group-after-table", "txt",
     "Records\n\nEmployee | Finding | Action\nDeputy Al Roe | Sustained | Termination\n"
     "Deputy Bo Kerr | Sustained | Termination\n\nThe two deputies were fired in May, the sheriff said.\n",
     [("misconduct_proven", "Roe"), ("dismissed", "Roe"), ("misconduct_proven", "Kerr"), ("dismissed", "Kerr")], []),
]
