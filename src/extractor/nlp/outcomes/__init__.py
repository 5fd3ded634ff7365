"""The outcomes component: what happened to one police officer or member of staff.

A rule in models/outcome_patterns.jsonl is a spaCy Matcher pattern for the words
that state an outcome ("jailed", "placed on the barred list", "no case to
answer") plus flags saying how to read it. For every match the component

1. refuses what did not happen: a negation or modal in the verb chain before it
   ("was not dismissed", "could be jailed"), a condition ("if convicted", "Had he
   been convicted,"), a wish or threat ("faces being sacked", "expected to be
   sacked"); a would-have-been-dismissed reading is refused when its condition is a
   conviction or finding that was not made ("had he been convicted, he would have
   faced dismissal"), kept when it is the officer still serving ("had he not resigned");
2. finds the subject (models/subjects.json, extractor.nlp.subjects):
     agent    the person left of the verb: over "was also", ", who ...,", else the
              first person in the clause ("A police officer who ... has been dismissed")
     patient  the person a finding is about: "against X" / "for X", else a police officer
              in the sentence who is not the chair, else the officer the article was
              last about ("the panel agreed that the allegation amounted to ...")
     object   the person inside the match ("found PC X guilty")
     of       each person after "of" ("the convictions of A and B")
   a second verb with no subject of its own ("... and was given a final written
   warning") takes the subject of the verb before it; "they", "both men", "the pair"
   stand for the people of the latest outcome stated for several people at once
   ("PC A and PC B were dismissed ... against both men");
   and refuses plural, counted and generic subjects ("38 officers", "most",
   "someone who has been dismissed") and people who are not police ("a man");
3. reads a prison sentence's length ("two years and four months" -> 28) and turns
   a suspended one into suspended_sentence; life sentences have no length;
4. dates the outcome where the article gives a day: a single-day date in its
   sentence; for a hearing's findings the day of a nearby sentence about the
   hearing, or of another finding about the same person; for a prison sentence
   the day of a nearby sentence about the sentencing. Months and years do not
   date an outcome.

Matches of one rule that overlap keep the longest; a rule's `supersedes` drops
overlapping matches of weaker outcomes ("would have been dismissed" over
"dismissed"). Within a sentence, and in the very next sentence, the same outcome for the same
person is kept once ("found the allegation not proven. PC X was cleared"), unless
the second says "again"; restatements further away are kept (they are optional in gold), but
a headline's outcome that the story below states again for the same person is the story's
Outcome said twice, and only the story's is kept (headline.py).
`OutcomeFinder.explain(doc)` says, for every match, what it became or why it
was refused.
"""

from .custodial import duration_regex
from .find import OutcomeFinder, make_outcomes
from .ruleset import PATTERNS_FILE, OutcomeRule, load_rules

__all__ = ["PATTERNS_FILE", "OutcomeFinder", "OutcomeRule", "duration_regex", "load_rules", "make_outcomes"]
