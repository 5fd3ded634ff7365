"""A group known by its number (post17f; sentences written for these tests, none copied
from a dev set or a held-out page): the number word capitalised inside a name after "the"
("the Birmingham Six", "the Fatal Four") names the group; it is not a count. Each positive
also holds a real count, which must still be read; each near miss must keep its count."""

from itertools import product

NAMES = ["the Birmingham Six", "the Guildford Four", "the Central Park Five", "the Fatal Five",
         "the Bridgewater Three"]
FRAMES = [
    "Campaigners compared the case to {name}, and 12 officers were later disciplined.",
    "The force said {name} causes of road deaths were its focus; 12 officers were disciplined.",
    "Lawyers for {name} said 12 officers were disciplined over the inquiry.",
    "Like {name}, the men were cleared, and 12 officers were disciplined.",
    "12 officers were disciplined, the review into {name} found.",
    "Years after {name} were freed, 12 officers were disciplined.",
]
POSITIVE = [(frame.format(name=name), ["12"]) for frame, name in product(FRAMES, NAMES)]

# the number is a count: at the start of a sentence, in lower case, or a Title Case headline
NEGATIVE = [
    ("Five officers were dismissed after the hearing.", ["Five"]),
    ("The force dismissed five officers after the hearing.", ["five"]),
    ("The Met Sacks Five Officers After Misconduct Hearing", ["Five"]),
    ("Of the officers investigated, the Met dismissed Five Constables last year.", ["Five"]),
    ("At the hearing, Three officers admitted gross misconduct.", ["Three"]),
    ("The panel found that the three officers had committed gross misconduct.", ["three"]),
    ("Gwent Police said the four officers were dismissed without notice.", ["four"]),
    ("In the end, Six officers were sacked by the force.", ["Six"]),
    ("The Chief Constable dismissed two officers. Four more were given final written warnings.", ["two", "Four"]),
    ("Durham Constabulary dismissed seven officers in 2022.", ["seven"]),
    ("Police Scotland Suspends Two Officers Over Leaked Messages", ["Two"]),
    ("The IOPC said nine officers would face gross misconduct hearings.", ["nine"]),
    ("Twelve officers were disciplined, the report said.", ["Twelve"]),
    ("The Sheriff Fires Three Deputies After Jail Death", ["Three"]),
    ("The force confirmed the Two officers were suspended.", ["Two"]),
]
