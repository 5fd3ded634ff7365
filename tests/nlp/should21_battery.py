"""A 'should' in a 'that' clause a decision governs states the decision, however far back the
decision word stands (should21).

Mechanism: "the panel decided that he should be dismissed" states a dismissal; the decision verb
(or a decision noun: "a determination ... that") may stand well before the 'should' when:
ASIDE: the clause's subject carries an aside between commas (an appositive, an age, a relative
clause: "decided that PC Ann Lowe, the appellant, should be dismissed");
JOINED: the 'should' opens a second clause joined to the decided one ("concluded that his remarks
amounted to gross misconduct and he should be given a final written warning");
NOUN: a decision named by its noun, with its maker between ("a determination of the chief
constable that Sergeant Roe should be dismissed").
REFUSED: a 'should' in a clause a speaker, a request or a hope governs ("the family said that he
should be sacked", "argued that she should be dismissed"), a 'should' with no decision before it,
or a decision about something else whose own 'that' clause has ended ("decided that the hearing
would go ahead; the family believe he should be sacked").

Written for this battery, in our own words: invented people and forces. STATED: (text, outcome,
words of the subject, months); REFUSED: (text, an outcome that must not be found).
"""


ASIDE = [
    ("The panel decided that PC Ann Lowe, the appellant, should be dismissed.", "dismissed", "Lowe"),
    ("The panel decided that Sergeant Neil Harper, the interested party, should be reduced in rank.", "other",
     "Harper"),
    ("The tribunal decided that PC Al Ray, who is 40, should be dismissed without notice.", "dismissed", "Ray"),
    ("The chair decided that PC Ed Fry, aged 29, should be dismissed.", "dismissed", "Fry"),
    ("The board ruled that Officer Dan Moss, a ten-year veteran, should be fired.", "dismissed", "Moss"),
    ("The panel concluded that Inspector Lee Ward, of the traffic unit, should be demoted.", "other", "Ward"),
    ("The hearing found that PC Sam Tate, who joined in 2015, should be given a final written warning.",
     "final_written_warning", "Tate"),
    ("The commissioner determined that Garda Tom Kerr, the respondent, should be dismissed from the force.",
     "dismissed", "Kerr"),
    ("The panel agreed that PS Jo Bell, the officer concerned, should receive a written warning.",
     "written_warning", "Bell"),
    ("The chief decided that Deputy Ray Cole, who had been on leave, should be terminated.", "dismissed", "Cole"),
    ("The judge ruled that PC Kim Hale, then a probationer, should be suspended.", "suspended", "Hale"),
    ("The panel decided that DC Ian Shaw, based in Leeds, should be dismissed.", "dismissed", "Shaw"),
]

JOINED = [
    ("PC Rob Vale made a racist remark. A misconduct hearing concluded that his remarks amounted to gross "
     "misconduct and he should be given a final written warning.", "final_written_warning", "Vale"),
    ("The panel found that the allegations were proven and PC Lyle should be dismissed.", "dismissed", "Lyle"),
    ("The board decided that the breach was serious and Officer Park should be fired.", "dismissed", "Park"),
    ("PC Jane Orr lied on a form. The tribunal ruled that her conduct was dishonest and she should be "
     "dismissed without notice.", "dismissed", "Orr"),
    ("The chair concluded that the case was proven and Sergeant Oakes should be demoted.", "other", "Oakes"),
    ("The panel agreed that the texts were offensive and PC Dane should receive a final written warning.",
     "final_written_warning", "Dane"),
    ("PC Carl Dean denied the charge. The hearing determined that his account was untrue and he should be "
     "dismissed.", "dismissed", "Dean"),
    ("The board found that the force was excessive and Deputy Holt should be suspended.", "suspended", "Holt"),
    ("The commissioner decided that the leak was deliberate and Garda Fay should be dismissed.", "dismissed", "Fay"),
]

NOUN = [
    ("He challenged a determination of the chief constable that Sergeant Roe should be dismissed.",
     "dismissed", "Roe"),
    ("She seeks to quash a decision of the Commissioner that Garda Byrne should be dismissed.", "dismissed",
     "Byrne"),
    ("The court upheld the ruling of the board that Officer Lane should be fired.", "dismissed", "Lane"),
    ("The force accepted the finding of the panel that PC Moore should be given a written warning.",
     "written_warning", "Moore"),
    ("He appealed against the decision of the chief officer that PC Gray should be dismissed.", "dismissed",
     "Gray"),
    ("The appeal concerned a direction by the Garda Commissioner that Garda Daly should be dismissed.",
     "dismissed", "Daly"),
    ("The officer accepted the conclusion of the hearing that PS Wood should be demoted.", "other", "Wood"),
    ("The union contested the decision by the chief that Deputy Rhodes should be terminated.", "dismissed",
     "Rhodes"),
    ("Lawyers challenged the determination of the panel that PC Nash should be dismissed.", "dismissed", "Nash"),
]

STATED = [(text, outcome, subject, None) for text, outcome, subject in ASIDE + JOINED + NOUN]

REFUSED = [
    ("The family said that PC Ann Lowe, the officer who stopped them, should be dismissed.", "dismissed"),
    ("Campaigners argued that PC Ed Fry, aged 29, should be dismissed.", "dismissed"),
    ("The victim's mother told reporters that Officer Moss should be fired.", "dismissed"),
    ("PC Al Ray, the appellant, should be dismissed, the family said.", "dismissed"),
    ("The panel decided that the hearing would go ahead; the family believe PC Lyle should be sacked.",
     "dismissed"),
    ("The lawyer for the family insisted that Sergeant Oakes, a senior officer, should be demoted.", "other"),
    ("Many residents feel that Deputy Holt, who shot the dog, should be suspended.", "suspended"),
    ("The panel decided to adjourn. Critics say that PC Dane should be sacked.", "dismissed"),
    ("The union warned that PC Kim Hale, then a probationer, should not be dismissed.", "dismissed"),
    ("The newspaper wrote that Garda Tom Kerr, the respondent, should be dismissed.", "dismissed"),
    ("The MP said the chief, who has been in post for a year, should be sacked.", "dismissed"),
    ("Protesters chanted that Officer Lane, the driver, should be fired.", "dismissed"),
    ("Should PC Nash, the officer involved, be dismissed, the force would appeal.", "dismissed"),
    ("The mayor hoped that Deputy Rhodes, the jailer, should be terminated soon.", "dismissed"),
    ("The panel decided that the evidence was weak, but the family argued that PC Gray should be dismissed.",
     "dismissed"),
]
