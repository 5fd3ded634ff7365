"""A body's own release speaks in the first person: "we referred 71 cases" on a watchdog's
or a force's page is that body's count, even when the story is about another force. A
"we" inside a quote, or a newspaper's own "we", is not a release's voice. Pages written
for these tests (UK, Irish, Scottish, US releases)."""

import pytest

from figures_found import by_text as figures

RELEASES = [
    ("Three Kent officers charged after IOPC investigation\n\n"
     "Three Kent Police officers will appear at court charged with misconduct in public office "
     "following our investigation into a death in custody.\n\n"
     "Last year we referred 42 cases to the CPS for a charging decision.\n\n"
     "Notes to editors\n\nThe IOPC oversees the police complaints system. We investigate the most "
     "serious matters.", "42", "IOPC"),
    ("Sergeant to face gross misconduct hearing, IOPC says\n\n"
     "A West Midlands Police sergeant will face a gross misconduct hearing after our investigation "
     "found he may have lied to a court.\n\n"
     "In 2021/22 we completed 560 independent investigations.", "560", "IOPC"),
    ("Garda member to be prosecuted after GSOC investigation\n\n"
     "The DPP has directed that a member of An Garda Síochána be prosecuted following our "
     "investigation into a collision in Cork.\n\n"
     "Last year we sent 31 files to the DPP.", "31", "GSOC"),
    ("PIRC report on death in Glasgow published\n\n"
     "Our investigation found that Police Scotland officers could have done more.\n\n"
     "During 2022-23 we received 84 referrals from the Crown Office.", "84", "PIRC"),
    ("Durham Constabulary officer dismissed\n\n"
     "A police constable has been dismissed without notice after a hearing found he had "
     "harassed a colleague.\n\n"
     "Since April we have dismissed 11 officers for gross misconduct. Durham Constabulary "
     "expects the highest standards of its officers.", "11", "Durham Constabulary"),
    ("Civilian board finds officer used excessive force\n\n"
     "The Civilian Complaint Review Board substantiated allegations against an NYPD sergeant "
     "after a video review.\n\n"
     "In 2022 we substantiated 1,002 allegations.\n\n"
     "About the CCRB\n\nThe CCRB is an independent agency. We investigate complaints about NYPD "
     "officers.", "1,002", "CCRB"),
]

HARDER = [
    # the force the story is about is named more often than the body speaking
    ("Two Essex officers charged after IOPC investigation\n\n"
     "Two Essex Police officers have been charged with assault following our investigation. "
     "Essex Police has been informed, and the Essex Police officers remain on restricted duties.\n\n"
     "In 2023 we referred 65 cases to the Crown Prosecution Service.", "65", "IOPC"),
    ("Officers to face misconduct proceedings\n\n"
     "Four Greater Manchester Police officers will face misconduct proceedings, the IOPC has "
     "decided. Greater Manchester Police has been told of our findings, and Greater Manchester "
     "Police said it would hold the hearings.\n\n"
     "Over the last year our investigations led to 230 officers facing proceedings.", "230", "IOPC"),
    ("Garda to face trial after Fiosrú investigation\n\n"
     "A garda based in Limerick will stand trial for assault following our investigation. "
     "Gardaí in Limerick were notified, and the Garda member remains suspended by An Garda Síochána.\n\n"
     "Since April we have sent 17 files to the DPP.", "17", "Fiosrú"),
]

REFUSALS = [
    # a quoted "we" is the speaker's, and a newspaper's own analysis is not a body's release
    ("Met officer sacked\n\nThe Metropolitan Police dismissed a constable on Monday.\n\n"
     "\"We dismissed 84 officers last year,\" a Met spokesperson said.", "84", "Met Police"),
]


@pytest.mark.parametrize("text,number,org", RELEASES + HARDER + REFUSALS,
                         ids=[c[1] for c in RELEASES + HARDER + REFUSALS])
def test_a_release_in_the_first_person_is_its_bodys(text, number, org):
    assert figures(text)[number].org == org
