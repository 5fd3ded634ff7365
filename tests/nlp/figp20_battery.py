"""Bodies that answered a request, written for the figp20 work (invented bodies and numbers;
none copied from a dev set or a held-out page). When a paper, a charity, a union, a watchdog
or a parliamentary question asks forces, states, agencies, offices or divisions for figures
about misconduct, how many of them answered -- replied, supplied, returned, complied, turned
over, declined, refused, have yet to respond, 'did not' standing for an answer -- is the
survey's coverage, not a count of conduct; nor is a share of those that answered ('Two-thirds
of the boards that responded'). The counted noun may be a body's or left out; the request may
be in the count's sentence or the two before it; UK, US and Irish wording.
Near (FIGURES): counts of officers, complaints and allegations beside the same request words,
a count of officers whose own verb is a refusal ('Nine officers declined to attend ...'), and
tallies the answers give, stay figures.

HEADLINE: opens every text, as an article's title.
REFUSED: texts none of whose numbers is a figure.
FIGURES: (text, the values of its figures in order).
"""

HEADLINE = 'Officers dismissed for misconduct, figures show\n\n'

REFUSED = [
    'The campaign group asked the 45 police forces for the number of officers sacked for gross misconduct; 40 had responded by the deadline.',
    'Requests were made to every police force about officers disciplined for misconduct; 37 replied within the statutory 20 working days.',
    'The researchers wrote to every force asking how many officers had been dismissed for misconduct, and 35 had replied by March.',
    'The paper asked forces how many officers were sacked for gross misconduct, but only 29 supplied figures.',
    'Freedom of Information requests about officers suspended for sexual misconduct went to all forces, and 33 forces have answered so far.',
    'The charity asked every constabulary about officers dismissed for abuse of position, and 22 responded while four refused.',
    'The BBC asked forces how many officers had been investigated for misconduct, and 30 of them provided a breakdown.',
    'The union surveyed forces about officers suspended over misconduct; 18 returned the survey and 25 did not.',
    'In answer to the freedom of information request on officers dismissed for misconduct, 27 forces disclosed figures.',
    "The newspaper surveyed sheriff's offices about deputies disciplined for excessive force, and 23 returned the questionnaire.",
    'The watchdog asked each state for the names of officers decertified for misconduct; just 19 eventually supplied names.',
    'Public records requests about officers fired for misconduct went largely unanswered: only seven complied.',
    'The newspaper asked for records of officers fired for misconduct, but nine refused.',
    'Reporters requested disciplinary files on officers fired for misconduct from 80 agencies, and 52 turned over records.',
    'The Post asked departments for records of officers fired for misconduct, and 41 have not responded.',
    'The station filed open records requests about officers fired for misconduct with 60 departments, of which 44 complied.',
    "Reporters asked district attorneys' offices for their lists of officers disciplined for misconduct, and 12 handed over lists.",
    'The group asked states whether they decertify officers for misconduct, and 31 said they do not.',
    "The group asked every state's licensing board about officers decertified for misconduct. Two-thirds of the boards that responded said they publish no list.",
    'The survey asked jurisdictions how many officers were terminated for misconduct. About 60% of the jurisdictions that answered said they do not track it.',
    'Of the departments that responded to the survey on officers fired for misconduct, 70 percent said they keep no central list.',
    'The magazine asked agencies about officers fired for misconduct, and half of the agencies that replied said they publish nothing.',
    'A quarter of the forces that answered the request about officers dismissed for misconduct said they could not provide figures.',
    'A parliamentary question asked about gardaí suspended for misconduct in each division, and 14 divisions responded in time.',
    'The newspaper asked each Garda division about members disciplined for misconduct, and 16 replied.',
    'The watchdog surveyed local authorities about officers dismissed for misconduct; 11 authorities have yet to respond.',
    'The reporters asked counties for complaints against deputies, and only 14 counties supplied records; six declined.',
    'In a survey about officers disciplined for misconduct, 41 responded and nine did not respond.',
    'Forces were asked how many officers had been sacked for misconduct and 26 responded, while five did not.',
    'The committee asked forces about officers suspended for corruption; 29 supplied a breakdown and three have not replied.',
    'The paper asked forces how many officers had been sacked for misconduct; 31 replied and two refused.',
    'Sheriffs were asked how many deputies were fired for misconduct, and 17 of the offices answered.',
    'The Garda Ombudsman asked divisions about members disciplined for misconduct; nine did not reply.',
    'Asked how many officers they had dismissed for misconduct, 24 forces declined to say.',
    'Asked for the number of officers fired for misconduct, 15 departments said they did not keep the figure.',
]

FIGURES = [
    ('The newspaper asked all 43 forces how many officers had been sacked for misconduct. The figures show 212 officers were dismissed last year.', [212]),
    ('Freedom of Information requests show 31 officers refused to cooperate with misconduct investigations and were dismissed.', [31]),
    ('The paper asked forces about misconduct. Of the 120 officers investigated, 40 were dismissed.', [120, 40]),
    ('The Associated Press requested records from every state and found 1,800 officers were decertified for misconduct.', [1800]),
    ('Reporters filed records requests and found 71 officers were fired for misconduct in 2022.', [71]),
    ('We asked forces for figures: 28 officers were suspended over sexual misconduct.', [28]),
    ('The newspaper surveyed departments and found 23 complaints of excessive force were sustained.', [23]),
    ('The BBC asked all forces for data. Nine officers declined to attend their misconduct hearings and were dismissed in their absence.', [9]),
    ('According to data the forces provided, 45 officers were dismissed for gross misconduct.', [45]),
    ('A Freedom of Information request revealed that 14 officers had been sacked for misconduct.', [14]),
    ('The paper asked each force how many officers had been sacked. Forces said 150 officers had been dismissed for misconduct.', [150]),
    ('Under open records law, the agency released the files of 33 officers fired for misconduct.', [33]),
    ('The survey found that 62 complaints were upheld against officers.', [62]),
    ('The commission asked departments for records and received reports of 19 officers decertified for misconduct.', [19]),
    ('Public records requests show 12 deputies were fired for misconduct last year.', [12]),
    ('The newspaper asked forces for data, which showed 87 allegations of abuse of position for a sexual purpose were referred.', [87]),
    ('The paper asked forces how many officers were sacked for misconduct; 52 were dismissed and 17 resigned.', [52, 17]),
]
