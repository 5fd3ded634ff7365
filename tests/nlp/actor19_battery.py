"""The one who disciplines is not the one disciplined (SPEC: an Outcome's subject is "the
person as described" to whom the outcome happened). A chief, a sheriff, a commissioner, a
judge, a panel's chair acts on an officer; the outcome is the officer's, never the actor's.
Every sentence was written for this battery; names, places and forces are invented.

The English shapes, each with its variants (US, UK, Irish and Scottish wording; active and
passive; the pronoun in the same sentence or one or two sentences on):

    actor + verb + officer                  "Sheriff Tom Wade fired Deputy Carl Moss"
    actor + verb + him (officer before)     "Deputy Roe struck an inmate. Sheriff Ford fired him"
    actor acts on officer; he + passive     "The chief put Officer Cruz on leave, and she was fired"
                                            "Sheriff Reid deferred sentence on PC Ross. He was later fined"
    officer + passive + by actor + to ...   "He was sentenced by Sheriff Ann Kerr to 200 hours of community service"
    officer + passive + by actor; verb him  "Lane was investigated by Chief Dunn. The council fired him"
    a chair's finding, the officer after    "Chief Constable Hill found ... against PC Cole. He was dismissed"

A Scottish sheriff who sentences, fines or jails is a judge; a US sheriff who fires a deputy
is the deputy's employer: either way the actor, not the subject.

ACTED_ON: (text, outcome, the subject, the actor the outcome must never be given to)
ACTOR_IS_SUBJECT: the near ones: the chief or sheriff is himself the one the outcome happened
to ("Sheriff Dunn was indicted", "She was herself arrested", "He himself was fired"), or the
pronoun says what the actor did: (text, outcome, the subject, who it is not (or None))
"""

ACTED_ON = [
    # shape 2: a pronoun something is done to, after a discipliner acted on an officer
    ('The chief took Officer Ben Lane off patrol while the complaint was looked into, and then he was fired.',
     'dismissed', 'Officer Ben Lane', 'chief'),
    ('Chief Rosa Vance placed Officer Ben Lane on leave in March. In May he was fired.',
     'dismissed', 'Officer Ben Lane', 'Chief Rosa Vance'),
    ('The sheriff moved Deputy Ray Cobb to desk duty. Two weeks later he was terminated.',
     'dismissed', 'Deputy Ray Cobb', 'sheriff'),
    ('Sheriff Bill Ford disciplined Deputy Sam Roe last year. He was fired on Monday.',
     'dismissed', 'Deputy Sam Roe', 'Sheriff Bill Ford'),
    ('The police chief recommended that Officer Dana Cruz be fired. She was terminated on Friday.',
     'dismissed', 'Officer Dana Cruz', 'police chief'),
    ('The chief put Officer Dana Cruz on administrative leave, and she was fired a week later.',
     'dismissed', 'Officer Dana Cruz', 'chief'),
    ('The chief constable suspended Sergeant Ian Ford. He was later charged with misconduct in public office.',
     'charged', 'Sergeant Ian Ford', 'chief constable'),
    ('Sheriff Ian Reid deferred sentence on PC John Ross. He was later fined £800.',
     'convicted', 'PC John Ross', 'Sheriff Ian Reid'),
    ('The captain took Officer Leo Park off the street. He was indicted by a grand jury in June.',
     'charged', 'Officer Leo Park', 'captain'),
    ('Police Chief Omar Diaz ordered an inquiry into Officer Kim Vo. She was suspended without pay the same day.',
     'suspended', 'Officer Kim Vo', 'Police Chief Omar Diaz'),
    ('The sheriff relieved Deputy Tom Hart of his duties. He was arrested the next morning.',
     'arrested', 'Deputy Tom Hart', 'sheriff'),
    ('Chief Ray Dunn sent Officer Mark Ortiz home after the shooting. He was later charged with manslaughter.',
     'charged', 'Officer Mark Ortiz', 'Chief Ray Dunn'),
    ('The commissioner placed Garda Sean Byrne on restricted duties. Last month he was dismissed.',
     'dismissed', 'Garda Sean Byrne', 'commissioner'),
    ('Sheriff Ken Bly stripped Deputy Ana Ruiz of her badge in April. She was charged with theft in May.',
     'charged', 'Deputy Ana Ruiz', 'Sheriff Ken Bly'),
    ('The chief moved Officer Paul Kent to a desk job after the crash, and he was suspended a month later.',
     'suspended', 'Officer Paul Kent', 'chief'),
    ('Chief Lena Moss referred Officer Carl Webb to prosecutors. He has since been charged with assault.',
     'charged', 'Officer Carl Webb', 'Chief Lena Moss'),
    ('The sheriff put Deputy Ray Cobb on leave after the video surfaced. He was fired on Friday.',
     'dismissed', 'Deputy Ray Cobb', 'sheriff'),
    ('Chief Ann Cole took Officer Dale Ross off duty on Monday. By Thursday he had been fired.',
     'dismissed', 'Officer Dale Ross', 'Chief Ann Cole'),
    ('The police chief opened an internal investigation into Sergeant Eli Stone. He was later fired.',
     'dismissed', 'Sergeant Eli Stone', 'police chief'),
    ('The sheriff reassigned Deputy Lou Grant to the jail. He was later arrested on a warrant.',
     'arrested', 'Deputy Lou Grant', 'sheriff'),
    ('Chief Omar Diaz relieved Officer Tim Shaw of duty. Shaw was accused of lying in a report. He was '
     'fired in June.',
     'dismissed', 'Officer Tim Shaw', 'Chief Omar Diaz'),
    ('The commissioner took Garda Niall Ryan off the beat in 2022. He was dismissed from An Garda '
     'Síochána on Friday.',
     'dismissed', 'Garda Niall Ryan', 'commissioner'),
    ('Judge Ann Moss remanded former PC Dean Hale in custody. He was jailed for two years in May.',
     'jailed', 'former PC Dean Hale', 'Judge Ann Moss'),
    ('The captain reported Officer Nia Banks to internal affairs, and she was suspended the next day.',
     'suspended', 'Officer Nia Banks', 'captain'),
    ("Sheriff Bill Ford took Deputy Sam Roe's gun and badge. He was fired the same week.",
     'dismissed', 'Deputy Sam Roe', 'Sheriff Bill Ford'),
    # the actor's role apposed to his name, either way round; a mayor acting on a chief
    ("The chief, Ray Dunn, suspended Officer Ben Lane. He was fired in May.",
     'dismissed', 'Officer Ben Lane', 'Ray Dunn'),
    ("Ray Dunn, the police chief, took Officer Ben Lane off patrol. He was fired in May.",
     'dismissed', 'Officer Ben Lane', 'Ray Dunn'),
    ("The mayor suspended Police Chief Ray Dunn in June. He was charged with fraud in July.",
     'charged', 'Police Chief Ray Dunn', 'mayor'),
    # the actor as the passive's 'by', then an object pronoun of a later outcome: the officer
    ("Officer Ben Lane was investigated by Chief Ray Dunn. The city council fired him in May.",
     'dismissed', 'Officer Ben Lane', 'Chief Ray Dunn'),
    ("Deputy Sam Roe was disciplined by Sheriff Bill Ford in 2021. A grand jury indicted him in 2022.",
     'charged', 'Deputy Sam Roe', 'Sheriff Bill Ford'),
    ("PC Tom Reed was suspended by the Chief Constable. A misconduct panel later dismissed him.",
     'dismissed', 'PC Tom Reed', 'Chief Constable'),
    ("Former PC Ian Ross was remanded in custody by Sheriff Ann Kerr. A jury convicted him in May.",
     'convicted', 'Former PC Ian Ross', 'Sheriff Ann Kerr'),
    ("Officer Dana Cruz was put on leave by the police chief. The city fired her a month later.",
     'dismissed', 'Officer Dana Cruz', 'police chief'),
    # shape 1: the actor is the subject of an active verb, the officer its object
    ('Officer Dan Lane was accused of stealing cash. Chief Ann Cole fired him on Tuesday.',
     'dismissed', 'Officer Dan Lane', 'Chief Ann Cole'),
    ('Police Chief Ray Dunn fired Officer Mark Ortiz on Friday.',
     'dismissed', 'Officer Mark Ortiz', 'Police Chief Ray Dunn'),
    ('Sheriff Tom Wade fired Deputy Carl Moss after the video surfaced.',
     'dismissed', 'Deputy Carl Moss', 'Sheriff Tom Wade'),
    ('The commissioner dismissed Garda Paul Kelly after the inquiry.',
     'dismissed', 'Garda Paul Kelly', 'commissioner'),
    ('Sergeant Amy Shaw was caught drink driving. The chief constable sacked her on Monday.',
     'dismissed', 'Sergeant Amy Shaw', 'chief constable'),
    ('Deputy Sam Roe struck an inmate. Sheriff Bill Ford fired him the next day.',
     'dismissed', 'Deputy Sam Roe', 'Sheriff Bill Ford'),
    ('Former PC Ian Ross, 41, appeared at Perth Sheriff Court. Sheriff Ann Kerr jailed him for 18 months.',
     'jailed', 'Former PC Ian Ross', 'Sheriff Ann Kerr'),
    ('Sheriff Ann Kerr sentenced former constable Ian Ross to 18 months in prison.',
     'jailed', 'former constable Ian Ross', 'Sheriff Ann Kerr'),
    ('The chair, Assistant Chief Constable Ruth Dale, dismissed PC Ian Moss without notice.',
     'dismissed', 'PC Ian Moss', 'Ruth Dale'),
    # a passive whose 'by' names the actor: the subject is left of the verb
    ('PC Ian Ross admitted assault. He was sentenced by Sheriff Ann Kerr to 200 hours of community service.',
     'other', 'PC Ian Ross', 'Sheriff Ann Kerr'),
    ('Former PC Gail Hunt was sentenced by Sheriff Rob Lyle to 150 hours of community service.',
     'other', 'Former PC Gail Hunt', 'Sheriff Rob Lyle'),
    ('At Falkirk Sheriff Court, Constable Ewan Muir was sentenced by Sheriff Kate Dow to 180 hours of '
     'community service.',
     'other', 'Constable Ewan Muir', 'Sheriff Kate Dow'),
    ('The former officer was sentenced on Tuesday by Judge Ann Moss to 100 hours of community service.',
     'other', 'former officer', 'Judge Ann Moss'),
    ('Deputy Al Finch pleaded guilty. He was sentenced by Judge Ray Toms to 200 hours of community service.',
     'other', 'Deputy Al Finch', 'Judge Ray Toms'),
    # shape 3: a hearing's chair reaches the finding, the officer after is its subject
    ('Chief Constable Sara Hill reached a finding of gross misconduct against PC Adam Cole. He was '
     'dismissed without notice.',
     'dismissed', 'PC Adam Cole', 'Sara Hill'),
    ('Chief Constable Sara Hill chaired the hearing. She found that PC Adam Cole had committed gross '
     'misconduct and he was dismissed without notice.',
     'dismissed', 'PC Adam Cole', 'Sara Hill'),
    ('The panel, chaired by Commander Lee Park, found gross misconduct proven against Sergeant Ian Ford.',
     'gross_misconduct_proven', 'Sergeant Ian Ford', 'Lee Park'),
]
ACTOR_IS_SUBJECT = [
    ('Sheriff Ann Kerr praised Deputy Lou Grant in March. She was herself arrested in May.',
     'arrested', 'Sheriff Ann Kerr', 'Deputy Lou Grant'),
    ('The sheriff, who suspended Deputy Lou Grant, was himself indicted on Monday.',
     'charged', 'sheriff', 'Deputy Lou Grant'),
    ("Chief Ray Dunn suspended Officer Mark Ortiz. He told reporters he was acting on the mayor's orders.",
     'suspended', 'Officer Mark Ortiz', 'Chief Ray Dunn'),
    # the actor is the one the outcome happened to
    ('Chief Ray Dunn criticised Officer Mark Ortiz in 2019. He himself was fired by the council in 2022.',
     'dismissed', 'Chief Ray Dunn', 'Officer Mark Ortiz'),
    ("Sheriff Dunn was indicted on Thursday.", "charged", "Sheriff Dunn", None),
    ("Police Chief Ray Dunn was fired by the city council.", "dismissed", "Police Chief Ray Dunn", None),
    ("Sheriff Pat Greer was arrested by the FBI on Monday.", "arrested", "Sheriff Pat Greer", None),
    ('Chief Ann Cole investigated Officer Dale Ross in March. She was herself suspended by the mayor in May.',
     'suspended', 'Chief Ann Cole', 'Officer Dale Ross'),
    ("Sheriff Bill Ford praised his deputies. He was arrested the next day.", "arrested", "Sheriff Bill Ford", None),
    ('Sheriff Bill Ford spoke to reporters on Monday. He was indicted on Friday.',
     'charged', 'Sheriff Bill Ford', None),
    ('The sheriff was accused of hiding evidence from Deputy Ray Cobb. He was indicted in June.',
     'charged', 'sheriff', 'Deputy Ray Cobb'),
    ("The mayor fired Police Chief Ray Dunn on Monday.", "dismissed", "Police Chief Ray Dunn", "mayor"),
    ('The city council fired Chief Ann Cole. She had led the department for six years.',
     'dismissed', 'Chief Ann Cole', None),
    ('Chief Ann Cole met Officer Dale Ross on Monday. She was fired by the mayor that evening.',
     'dismissed', 'Chief Ann Cole', None),
    ('Sheriff Pat Greer, who hired Deputy Lou Grant, was arrested on Monday.',
     'arrested', 'Sheriff Pat Greer', 'Deputy Lou Grant'),
    ('Officer Mark Ortiz sued Chief Ray Dunn. The chief was fired in June.',
     'dismissed', 'chief', 'Officer Mark Ortiz'),
    ('Sheriff Pat Greer pleaded guilty to fraud. He was sentenced to two years in prison.',
     'jailed', 'Sheriff Pat Greer', None),
    ('Deputy Lou Grant reported Sheriff Pat Greer to the FBI. The sheriff was arrested a month later.',
     'arrested', 'sheriff', 'Deputy Lou Grant'),
    ('The former police chief was charged with stealing from the department.',
     'charged', 'former police chief', None),
    ("Chief Ray Dunn resigned on Friday.", "resigned", "Chief Ray Dunn", None),
    ("Sheriff Bill Ford fired Deputy Sam Roe. Ford was indicted a year later.", "charged", "Ford", "Deputy Sam Roe"),
    ("Officer Mark Ortiz arrested a man. He was charged with burglary.", "charged", None, "Officer Mark Ortiz"),
    ('Police Chief Omar Diaz was suspended after he fired Officer Kim Vo.',
     'suspended', 'Police Chief Omar Diaz', 'Officer Kim Vo'),
]
