"""A UK force's area standing as the subject of a verb a force does, written for the post19f
work (invented numbers; none copied from a dev set or a held-out page): "Merseyside paid £2m to
66 suspended officers" -- a county does not pay, record or dismiss; its police do. The area may
take a relative clause ("Cumbria, which sacked 9 officers"), also after a preposition ("followed
by Northumbria, who paid ..."); 'has', 'had', 'also' may stand before the verb. Each case:
text, figure words, a word the figure's org must hold (None: the area gives no org).
"""

POSITIVE = [
    ("Merseyside paid £2m to 66 suspended officers.", "66", "Merseyside"),
    ("Lancashire suspended 14 officers last year.", "14", "Lancashire"),
    ("Northumbria dismissed 12 officers in 2022.", "12", "Northumbria"),
    ("Cumbria, which sacked 9 officers, said vetting had improved.", "9", "Cumbria"),
    ("West Midlands, which paid £1.2m to 40 suspended officers, topped the list.", "40", "West Midlands"),
    ("The list was followed by Humberside, who paid £166,000 to 12 officers.", "12", "Humberside"),
    ("Next came South Yorkshire, which paid £150,000 to 10 officers.", "10", "South Yorkshire"),
    ("Merseyside has suspended 21 officers since April.", "21", "Merseyside"),
    ("Lancashire had dismissed 7 officers by the end of the year.", "7", "Lancashire"),
    ("Northumbria also recorded 300 complaints against officers.", "300", "Northumbria"),
    ("Cumbria received 150 complaints about its officers in 2021.", "150", "Cumbria"),
    ("Humberside upheld 30 complaints against officers.", "30", "Humberside"),
    ("South Yorkshire spent £400,000 on 15 suspended officers.", "15", "South Yorkshire"),
    ("West Midlands sacked 25 officers for gross misconduct.", "25", "West Midlands"),
    ("Merseyside disciplined 18 officers over the incident.", "18", "Merseyside"),
    ("Lancashire logged 240 complaints against officers.", "240", "Lancashire"),
    ("Northumbria referred 11 officers to the IOPC.", "11", "Northumbria"),
    ("Among the forces, Cumbria paid £90,000 to 5 suspended officers.", "5", "Cumbria"),
    ("By contrast Humberside suspended 3 officers.", "3", "Humberside"),
    ("Behind them came Lancashire, who suspended 16 officers.", "16", "Lancashire"),
    ("The highest bill was in Merseyside, which paid £2.3m to 70 officers.", "70", "Merseyside"),
    ("Second was Northumbria, which has sacked 14 officers.", "14", "Northumbria"),
    ("West Midlands has also dismissed 19 officers since 2020.", "19", "West Midlands"),
    ("South Yorkshire reported 44 officers to the watchdog.", "44", "South Yorkshire"),
    ("Cumbria has received 60 complaints about officers this year.", "60", "Cumbria"),
    ("Humberside, who dismissed 8 officers, declined to comment.", "8", "Humberside"),
    ("Lancashire pays £30,000 a year to 4 suspended officers.", "4", "Lancashire"),
    ("Merseyside recorded 500 allegations against officers in 2019.", "500", "Merseyside"),
    ("Northumbria fired 6 officers after the inquiry.", "6", "Northumbria"),
    ("Compared with Cumbria, which suspended 2 officers, the bill was small.", "2", "Cumbria"),
]

# the area is where, not who: after a preposition with no relative clause, as part of another
# name, or followed by a verb no force does to its officers
NEGATIVE = [
    ("Officers in Merseyside were praised; 66 officers were suspended nationally.", "66"),
    ("Sixty officers from Lancashire paid £2m in fines.", "Sixty"),
    ("A storm in Cumbria left 12 officers stranded.", "12"),
    ("Travel to Northumbria cost 40 officers a day off.", "40"),
    ("Lancashire County Council suspended 14 staff members and 3 officers.", "3"),
    ("Merseyside Fire Service dismissed 12 firefighters and 2 officers.", "2"),
    ("Cumbria flooded and 9 officers were sent to help.", "9"),
    ("Lancashire won 3 awards for its 40 officers.", "40"),
    ("Humberside Airport hired 12 security officers.", "12"),
    ("Northumbria University trained 30 officers.", "30"),
    ("Visitors to Cumbria met 25 officers at the show.", "25"),
    ("A report on Merseyside said 14 officers left.", "14"),
    ("Trains to South Yorkshire carried 50 officers.", "50"),
    ("Weather across Lancashire kept 10 officers indoors.", "10"),
    ("Roads around Humberside closed and 8 officers were diverted.", "8"),
]

# the area owns its own clause's count only: not a count before it, not the next sentence's
NOT_CARRIED = [
    ("Payments to suspended officers\nThe force paid £1m to 45 officers.\nRegionally, Cumbria recorded the "
     "lowest figures with £77,000 paid to eight officers.\nIn all, 1,013 officers were suspended.", ["45", "1,013"]),
    ("Suspension bills\nMerseyside paid £2m to 66 officers. Nationally 900 officers were suspended.", ["900"]),
    ("Suspension bills\nIn total 700 officers were suspended. Lancashire paid £1m to 30 of them.", ["700"]),
]
