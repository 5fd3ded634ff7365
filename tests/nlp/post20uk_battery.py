"""The post20uk battery: UK, Irish and Scottish wording of panel and court reports that names a
sanction, a resignation or a dismissed proceeding, each shape crossed with its productive variants
(subjects named and unnamed; ranks of the three islands; tenses; the finding before it) and with
near sentences that must not fire. Every sentence is written for this battery (names and forces
invented; none copied from a dev set or a first-sight page).

1. A sanction named as a noun phrase: "..., with a sanction of a final written warning" joins the
   sanction to the finding it follows; "should receive a written warning by way of sanction" and
   "was given a final written warning as the sanction" name the panel's decision, so the modal
   'should' there is the decision, not advice. 'faces a possible sanction of', 'could receive ...
   by way of sanction' and 'the maximum sanction of' are what a panel can do, not what it did.
"""

_PEOPLE = [("PC Ann Roe", "Ann Roe"), ("Garda Niamh Doyle", "Niamh Doyle"), ("Sergeant Iain Fraser", "Iain Fraser"),
           ("Constable Morag Reid", "Morag Reid"), ("Detective Sergeant Tom Vale", "Tom Vale"),
           ("the member of staff", "member of staff")]

# 1. the sanction as a noun phrase
_FINDINGS = ["The panel found that {} had committed gross misconduct",
             "Gross misconduct was proven against {}",
             "The tribunal concluded that {} had breached the standards of professional behaviour",
             "A misconduct hearing found the case against {} proven",
             "The chair found that {} had failed in her duties"]
_WITH_SANCTIONS = [("with a sanction of a final written warning", "final_written_warning"),
                   ("with the sanction of a final written warning", "final_written_warning"),
                   ("with a sanction of a written warning", "written_warning"),
                   ("and a sanction of a final written warning", "final_written_warning"),
                   ("with an outcome of a final written warning", "final_written_warning"),
                   ("with a penalty of a written warning", "written_warning")]
_MODAL_DECISIONS = ["The panel found that {} was guilty of misconduct and should receive {} by way of sanction",
                    "The chair ruled that {} should receive {} by way of sanction",
                    "{} received {} by way of sanction",
                    "{} was given {} as the sanction",
                    "The panel decided that {} should be given {} as a sanction",
                    "The Garda Commissioner directed that {} should receive {} by way of penalty"]
_WARNINGS = [("a final written warning", "final_written_warning"), ("a written warning", "written_warning")]


def _sanctions():
    out = []
    for i, finding in enumerate(_FINDINGS):
        for j, (words, outcome) in enumerate(_WITH_SANCTIONS):
            person, subject = _PEOPLE[(i + j) % len(_PEOPLE)]
            out.append((finding.format(person) + ", " + words + ".", outcome, subject, None))
    for i, frame in enumerate(_MODAL_DECISIONS):
        for j, (warning, outcome) in enumerate(_WARNINGS):
            person, subject = _PEOPLE[(i + 2 * j) % len(_PEOPLE)]
            text = frame.format(person, warning) + "."
            out.append((text[0].upper() + text[1:], outcome, subject, None))
    out.append(("Gross misconduct was proven against PC Ann Roe, with a sanction of dismissal without notice.",
                "dismissed", "Ann Roe", None))
    out.append(("The panel found the case against Garda Niamh Doyle proven, with a sanction of dismissal.",
                "dismissed", "Niamh Doyle", None))
    return out


_SANCTION_NEAR = [
    ("PC Ann Roe faces a possible sanction of a final written warning.", "final_written_warning"),
    ("Sergeant Iain Fraser could receive a final written warning by way of sanction.", "final_written_warning"),
    ("Garda Niamh Doyle may receive a written warning by way of sanction.", "written_warning"),
    ("The maximum sanction of a final written warning was open to the panel.", "final_written_warning"),
    ("A panel can impose a sanction of a written warning for misconduct.", "written_warning"),
    ("The lowest sanction, a written warning, was not available to the chair.", "written_warning"),
    ("Constable Morag Reid did not receive a final written warning by way of sanction.", "final_written_warning"),
    ("The force argued for a sanction of dismissal against PC Ann Roe, but the panel disagreed.", "dismissed"),
    ("Counsel for the force sought a sanction of a final written warning.", "final_written_warning"),
    ("The regulations allow a sanction of a written warning to last 18 months.", "written_warning"),
    ("The chair said a sanction of dismissal would have been disproportionate.", "dismissed"),
    ("Sergeant Iain Fraser was warned he risks a final written warning by way of sanction.", "final_written_warning"),
    ("A written warning by way of sanction is the lowest outcome at a misconduct meeting.", "written_warning"),
    ("The guidance says officers found guilty of misconduct can be given a written warning as a sanction.",
     "written_warning"),
    ("Garda Niamh Doyle was told she would receive a final written warning as the sanction if the case was proven.",
     "final_written_warning"),
]

# 2. a proceeding dismissed in the causative
_HOLDERS = ["PC Dan Hart", "Garda Cian Walsh", "Sergeant Euan Baird", "A Merseyside constable", "The inspector",
            "A detective from Lothian"]
_CAUSING = ["had", "has had", "saw", "got", "will have", "has now had"]
_THINGS = ["the misconduct hearing against him", "a gross misconduct case against him", "the charges against him",
           "the complaint against him", "the disciplinary proceedings against him", "the case against PC Lee",
           "his appeal against the finding", "the allegations over his conduct", "the prosecution against him"]
_WHEN = [" within an hour of it starting", " on Tuesday", " after two days", "", " by the chair", " at the outset"]


def _proceedings():
    out = []
    for i, thing in enumerate(_THINGS):
        for j in range(4):
            holder = _HOLDERS[(i + j) % len(_HOLDERS)]
            verb = _CAUSING[(i * 2 + j) % len(_CAUSING)]
            out.append((f"{holder} {verb} {thing} dismissed{_WHEN[(i + j) % len(_WHEN)]}.", "dismissed"))
    return out


_PROCEEDING_NEAR = [
    ("An officer with complaints against him was dismissed on Tuesday.", "dismissed", "officer", None),
    ("PC Dan Hart, who faced three charges against him, was dismissed without notice.", "dismissed", "Dan Hart", None),
    ("The chief constable had PC Dan Hart dismissed after the hearing.", "dismissed", "Dan Hart", None),
    ("Garda Cian Walsh had his appeal rejected and was dismissed from the force.", "dismissed", "Cian Walsh", None),
    ("Sergeant Euan Baird, facing a hearing over his conduct, was sacked on Friday.", "dismissed", "Euan Baird", None),
    ("A constable with a case against him was sacked by Police Scotland.", "dismissed", "constable", None),
    ("PC Dan Hart saw his appeal fail and was dismissed in May.", "dismissed", "Dan Hart", None),
    ("The inspector, who had allegations against him, has been dismissed.", "dismissed", "inspector", None),
    ("Garda Cian Walsh had the case against him heard in private and was dismissed.", "dismissed", "Cian Walsh",
     None),
    ("A detective with a complaint over his conduct was dismissed without notice.", "dismissed", "detective", None),
    ("Sergeant Euan Baird was dismissed after the charges against him were proven.", "dismissed", "Euan Baird", None),
    ("PC Dan Hart had a hearing against him and was dismissed without notice.", "dismissed", "Dan Hart", None),
    ("The force got PC Dan Hart dismissed within a week.", "dismissed", "Dan Hart", None),
    ("Constable Morag Reid, with two complaints against her, was sacked in March.", "dismissed", "Morag Reid", None),
    ("Garda Cian Walsh was dismissed, the hearing against him having found gross misconduct.", "dismissed",
     "Cian Walsh", None),
]

# 3. the gerund of leaving in a time adverbial
_LEAVERS = [("PC Ann Roe", "Ann Roe"), ("Garda Ciara Nolan", "Ciara Nolan"), ("Inspector Rab McLeod", "Rab McLeod"),
            ("The detective constable", "detective constable"), ("A Police Scotland sergeant", "sergeant"),
            ("The member of staff", "member of staff")]
_CLAUSES = ["{} was still working a notice period after {} prior to the hearing",
            "{} was charged with fraud two months after {}",
            "{} joined a private security firm after {} in 2019",
            "{} was interviewed under caution shortly after {} last year",
            "{} has been added to the barred list since {}",
            "{} was traced by investigators weeks after {} ahead of the misconduct hearing"]
_GERUNDS = [("resigning", "resigned"), ("retiring", "retired"), ("formally resigning", "resigned"),
            ("abruptly retiring", "retired"), ("resigning", "resigned")]


def _leavers():
    out = []
    for i, clause in enumerate(_CLAUSES):
        for j, (gerund, outcome) in enumerate(_GERUNDS):
            person, subject = _LEAVERS[(i + j) % len(_LEAVERS)]
            out.append((clause.format(person, gerund) + ".", outcome, subject, None))
    out.append(("Upon resigning, Garda Ciara Nolan handed back her warrant card.", "resigned", "Ciara Nolan", None))
    return out


_LEAVER_NEAR = [
    ("Officers can still face a misconduct hearing even after resigning.", "resigned"),
    ("The rules let panels hear cases after resigning officers leave the force.", "resigned"),
    ("PC Ann Roe was dismissed rather than resigning.", "resigned"),
    ("Since resigning was not an option, Garda Ciara Nolan faced the panel.", "resigned"),
    ("Inspector Rab McLeod thought about resigning after the hearing.", "resigned"),
    ("The sergeant denied he had considered resigning before the inquiry.", "resigned"),
    ("A hearing may go ahead after retiring officers have left.", "retired"),
    ("Only after retiring can an officer draw the full pension.", "retired"),
    ("Anyone who leaves after resigning their post is kept on the advisory list.", "resigned"),
    ("The detective was barred from resigning while under investigation.", "resigned"),
    ("PC Ann Roe insisted on staying rather than retiring early.", "retired"),
    ("Garda Ciara Nolan spoke of retiring once the case was over.", "retired"),
    ("The force said staff who resign are still investigated after resigning.", "resigned"),
    ("Instead of resigning, Inspector Rab McLeod appealed against the finding.", "resigned"),
    ("Those who face a hearing after retiring are named on the barred list.", "retired"),
]

STATED = _sanctions() + _PROCEEDING_NEAR + _leavers()
REFUSED = list(_SANCTION_NEAR) + _proceedings() + _LEAVER_NEAR
GAPS: tuple = ()
