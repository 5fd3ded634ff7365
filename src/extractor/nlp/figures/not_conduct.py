"""Counts that are not about conduct however they are worded: officers as the victims
of others' conduct, and the parts of a count of something else."""

from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Doc, Span

from .. import doc_text, token_lowers
from ..docarrays import span_text
from ..context import _cue_pattern
from .base import _CLAUSE_BREAKS, Candidate

_PERIOD_PREPOSITIONS = {"in", "during", "since", "throughout", "over", "for", "between", "from"}


class NotConductMixin:
    """FigureFinder's checks for counts that are not about conduct."""

    def _part_of_not_conduct(self, doc: Doc, cand: Candidate, sent: Span) -> bool:
        """'Of the 512 tickets written, 125 were dismissed': a part of a count that is not
        about conduct is not either."""
        i = sent.start
        while i < cand.start and (doc[i].lower_ in ("of", "the", "those", "these") or doc[i].is_space):
            i += 1
        return i < cand.start and i in self._not_conduct_starts and sent.start < i <= sent.start + 3 \
            and doc[sent.start].lower_ == "of"


    def _beside_not_conduct(self, doc: Doc, cand: Candidate, sent: Span) -> bool:
        """'total arrests fell to 90,412, down from 95,300 in 2021': a figure with no noun of
        its own whose nearest number before it in its sentence counts something that is not
        conduct counts that too."""
        listed = cand.start > 1 and doc[cand.start - 1].lower_ == "and" and doc[cand.start - 2].orth_ == ","
        if cand.start < 1 or doc[cand.start - 1].lower_ not in ("from", "with", "to", "against", "than", "on", ",", "down", "up") \
                and not listed or cand.extras.get("base") is not None:
            return False  # a number compared with it ("down from", "compared with") or
            # a part of it after a comma: "The board has seven seats, two held by retired officers"
        before = [s for s in self._not_conduct_starts if sent.start <= s < cand.start and doc[s - 1].text != "("]
        if not before:
            return False
        k = bisect_left(self._starts_sorted, cand.start) - 1
        while k >= 0 and self._starts_sorted[k] in self._not_conduct_starts:
            k -= 1  # "2,140 stops (61% Black), 380 searches": a share refused as the public's is no figure
        figure_before = self._starts_sorted[k] if k >= 0 and self._starts_sorted[k] >= sent.start else -1
        if max(before) > figure_before:
            self._not_conduct_starts.add(cand.start)  # "..., 380 searches, 95 frisks": a list of them
            return True
        return False

    def _crowd(self, doc: Doc, cand: Candidate) -> bool:
        """'Thousands of people marched', 'About 200 people gathered outside': a vague count of
        people, or a count of people doing what a crowd does or arrested, is the public."""
        noun = (cand.noun or "").lower()
        if noun not in self._crowd_nouns:
            return False
        if cand.qualifier == "vague":
            return True
        i = self._figure_span_end.get(cand.start, cand.span.end) + len(noun.split())
        words = [t.lower_ for t in doc[i:i + 3]]
        if "arrested" in words or cand.start > 0 and doc[cand.start - 1].lower_ in ("arrested", "detained"):
            return True  # "14 people were arrested during the operation": the public, not officers
        return any(w in self._crowd_verbs or " ".join(words[k:k + 2]) in self._crowd_verbs for k, w in enumerate(words))

    def _victims(self, doc: Doc, cand: Candidate, sent: Span) -> bool:
        """'110 officers were assaulted every day', 'scores of officers are attacked': a
        count of officers as victims of others' conduct."""
        i = cand.span.end
        while i < min(sent.end, cand.span.end + 6) and doc[i].lower_ not in ("were", "are", "was", "is", "been", "being", "get", "got"):
            if doc[i].is_punct:
                return False
            i += 1
        j = i + 1
        while j < min(sent.end, i + 3) and doc[j].lower_ in ("being", "been", "also", "physically", "seriously", "verbally"):
            j += 1
        return i < sent.end and j < sent.end and doc[j].lower_ in self._ctx.cues.victim_verbs

    def _people_in_story(self, doc: Doc, cand: Candidate, sent: Span, outcome) -> bool:
        """People an account of one case names, not a count of outcomes: 'three other
        officers held him down' (others beside the one the story is about, with no outcome
        of their own), 'two former officers, Jane Roe and John Doe, were ...' (a count its
        names spell out), and what a plea 'would have resulted in'."""
        end = cand.span.end
        if outcome is None and end < sent.end and doc[end].lower_ == "other":
            return True
        if self._hypothetical(sent):
            return True
        i = end
        while i < min(sent.end, end + 5) and not doc[i].is_punct:
            i += 1
        return cand.counted_found and i + 5 < sent.end and doc[i].orth_ == "," and self._names_listed(doc, i + 1)

    def _informants(self, doc: Doc, cand: Candidate, sent: Span, outcome, counted) -> bool:
        """'after two deputies, one of them armed, reported racist comments', 'comments to
        two female officers': officers who report or complain, or to whom something was
        said or done, are people in the story, not a count of outcomes."""
        base = cand.extras.get("base")
        if counted is None and base is not None:
            counted = base.counted  # "three officers, two of them sergeants, complained"
        if counted != "officer":
            return False
        cues = self._ctx.cues
        lowers = token_lowers(doc)
        before = " " + " ".join(lowers[max(sent.start, cand.span.start - 2):cand.span.start])
        if any(before.endswith(" " + c) for c in cues.target_cues):
            return True
        words = lowers[cand.span.end:min(sent.end, cand.span.end + 14)]
        near = " " + " ".join(words[:7]) + " "
        if any(f" {c} " in near for c in cues.scene_cues) and not cand.extras.get("outcome_said_later"):
            return True  # "one of three deputies at the scene" (not "... at the scene. They were all sacked")
        if outcome is not None:
            return False
        for k, w in enumerate(words):
            if w in (".", ";", "were", "was", "are", "is", "have", "has", "had", "been"):
                return False
            if w in cues.informant_verbs or " ".join(words[k:k + 2]) in cues.informant_verbs:
                return True
        return False

    def _in_the_incident(self, doc: Doc, cand: Candidate, sent: Span, outcome, counted) -> bool:
        """'five officers were involved in the beating', 'Four deputies, including Lane,
        struck him', 'Two more officers then arrived': a few officers counted as the actors
        of one event, with no outcome after them, are people in the story ('indicted over
        an arrest where five officers were involved': the indictment is another's)."""
        base = cand.extras.get("base")
        if counted is None and base is not None:
            counted = base.counted
        cues = self._ctx.cues
        if counted != "officer" or cand.unit != "count" or cand.value is None \
                or cand.value > cues.incident_max or cand.span.start > 0 and doc[cand.span.start - 1].lower_ == "of":
            return False
        if not self._incident_verb_after(doc, cand, sent):
            return False
        if outcome is not None and (self.outcomes(doc[cand.span.end:sent.end]) or cand.extras.get("outcome_said_later")):
            return False  # "Three officers struck him and were sacked": the outcome after them is theirs
        return not (_cue_pattern(tuple(cues.incident_not_with)).search(sent.text)
                    or self._counted_over_a_period(doc, sent))

    def _incident_verb_after(self, doc: Doc, cand: Candidate, sent: Span) -> bool:
        """An act of the event in the count's clause, an aside naming some of them read past."""
        verbs = self._incident_verbs
        i, end = cand.span.end, min(sent.end, cand.span.end + 14)
        while i < end:
            w = doc[i].lower_
            if w == "," and i + 1 < end and doc[i + 1].lower_ in ("including", "among", "one", "two", "all", "both"):
                i += 1  # "Four deputies, including Lane, struck him"
                while i < end and doc[i].orth_ != ",":
                    i += 1
            elif w in (".", ";", ":", "who", "that", "which", "whom", "but") or "\n" in doc[i].text:
                return False
            elif w in verbs or i + 1 < end and f"{w} {doc[i + 1].lower_}" in verbs:
                # "Another 12 involved sexual misconduct": a kind of case, not the actors of one event
                return not (w == "involved" and self.categories(doc[i + 1:min(len(doc), i + 6)]))
            i += 1
        return False

    @staticmethod
    def _counted_over_a_period(doc: Doc, sent: Span) -> bool:
        """'In 2022, eight officers were ...', 'Since April 2021 ...': a sentence that places
        its counts in a stretch of time is a tally ('during the August 2014 arrest' is not)."""
        text = doc_text(doc)
        for d in doc._.dates or []:
            if sent.start_char <= d.span[0] < sent.end_char and d.date_from and d.date_to \
                    and (d.date_to - d.date_from).days >= 80:
                words = (text[max(sent.start_char, d.span[0] - 12):d.span[0]].split()[-1:]
                         + d.text.split()[:1])  # the word before the date, and its own first word
                if any(w.lower() in _PERIOD_PREPOSITIONS for w in words):
                    return True
        return False

    @staticmethod
    def _names_listed(doc: Doc, i: int) -> bool:
        """'Jane Roe and John Doe': two names (a given name and a surname each) joined by 'and'."""
        def name(j: int) -> bool:
            return doc[j].is_title and doc[j + 1].is_title and doc[j].is_alpha and doc[j + 1].is_alpha
        return name(i) and doc[i + 2].lower_ == "and" and name(i + 3)

    def _hypothetical(self, sent: Span) -> bool:
        key = (sent.start, sent.end)
        found = self._hypotheticals.get(key)
        if found is None:
            text = span_text(sent).lower()
            found = self._hypotheticals[key] = any(c in text for c in self._ctx.cues.hypothetical_cues)
        return found

    def _workforce(self, doc: Doc, cand: Candidate, outcome) -> bool:
        """'The force employed 3,200 officers', 'The council, which has 11 members, met',
        'has more than 14,000 members': officers counted as what a body has, nothing said
        of them, are its size ('has 12 officers under investigation' says something)."""
        if outcome is not None or cand.counted != "officer" or not cand.counted_found or cand.start < 1:
            return False
        cues = self._ctx.cues
        before = " " + " ".join(t.lower_ for t in doc[max(0, cand.start - 3):cand.start])
        owned = any(before.endswith(" " + v) for v in cues.workforce_possessives) \
            and not self._base_of(doc, cand.start - 2)  # "our 16,600 officers", not "12 of its 900 officers"
        if any(before.endswith(" " + v) for v in cues.hiring_verbs):
            return True  # "is recruiting 200 new constables": hired, not disciplined
        end = self._noun_end(doc, cand)
        after = " " + " ".join(t.lower_ for t in doc[end:end + 7]) + " "
        for lead in cues.workforce_after_leads:  # "8,000 officers and staff who work for the force"
            after = after[len(lead) + 1:] if after.startswith(f" {lead} ") else after
        if any(after.startswith(f" {v} ") for v in cues.workforce_after):
            return True  # "Around 1,800 deputies work for the sheriff's office"
        if doc[cand.span.end:cand.span.end + 1].text.lower() in cues.workforce_changes \
                and not self._conduct_words_in(doc[cand.start:self._sent(cand.span).end]):
            return True  # "4,000 fewer officers on the front line": a change in a workforce
        if self._size_listed_before(doc, cand):
            return True  # "has 6,900 officers and 4,100 staff": the second is a size too
        employed = cand.span.end < len(doc) and doc[cand.span.end].lower_ in cues.workforce_adjectives
        if not owned and not employed and not any(before.endswith(" " + v) for v in cues.workforce_verbs):
            return False  # "There are roughly 640 sworn deputies in ...": the terms officers serve on
        if any(c.start > cand.start and (c.extras.get("base") is cand or c.out_of == cand.value)
               for c in self._by_start.values()):
            return False  # "... has around 3,100 officers. Last year 62 of them ...": a base
        if owned:
            self._sizes.add(cand.start)
            return True  # a body's own officers, whatever is said of them next, are its size
        while end < len(doc) and doc[end].is_space:
            end += 1
        size = end >= len(doc) or doc[end].lower_ in cues.workforce_ends or "\n" in doc[end].text
        if size:
            self._sizes.add(cand.start)
        return size

    def _conduct_words_in(self, span: Span) -> bool:
        """An outcome, a kind of conduct or a conduct word ('disciplined', 'investigated') in the span."""
        return bool(self.outcomes(span) or self.categories(span)) \
            or any(t.lower_ in self._ctx.cues.conduct_participles for t in span)

    @staticmethod
    def _noun_end(doc: Doc, cand: Candidate) -> int:
        """Where a count's noun ends, adjectives between included ('3,900 correctional officers')."""
        last = (cand.noun or "").split()[-1:] or [""]
        for k in range(cand.span.end, min(len(doc), cand.span.end + 5)):
            if doc[k].text == last[0]:
                return k + 1
        return cand.span.end + len((cand.noun or "").split())

    def _size_listed_before(self, doc: Doc, cand: Candidate) -> bool:
        """'The force has 6,900 officers and 4,100 staff': a count of people joined by 'and'
        or a comma to a body's size just before it, in the same clause, is a size too."""
        i = cand.start - 1
        if i < 2 or doc[i].lower_ not in ("and", ","):
            return False
        k = i - 1
        while k > max(0, i - 5) and doc[k].is_alpha and not doc[k].like_num:
            k -= 1
        return any(s <= k < self._figure_span_end.get(s, s + 1) for s in self._sizes)

    @staticmethod
    def _base_of(doc: Doc, i: int) -> bool:
        """'12 of its 900 officers', 'Of its 3,100 officers, 62 ...': an 'of' after a count or
        opening its clause makes the count after it a base, not a body's size."""
        if i < 0 or doc[i].lower_ != "of":
            return False
        return i == 0 or doc[i - 1].like_num or doc[i - 1].is_punct or doc[i].is_sent_start is True


    def _named_group(self, doc: Doc, cand: Candidate, sent: Span, outcome, counted) -> bool:
        """'the two deputies then drove off', 'Neither of the two deputies had a body camera',
        'the two work closely together', 'Two of the deputies later tried to ...': a few
        officers the story has already brought in, with nothing said of what happened to them,
        are people in the story, not a count. 'Of the 12 officers, ...' and '38 of the 52'
        are bases; 'the two officers were sacked' states an outcome; 'In 2022, the two ...'
        places a tally in a period."""
        if outcome is not None or cand.unit != "count" or cand.value is None or cand.qualifier != "exact" \
                or cand.value > self._ctx.cues.incident_max or self._cell(cand) is not None:
            return False
        base = cand.extras.get("base")
        if counted is None and base is not None:
            counted = base.counted
        if counted not in ("officer", None) and cand.counted_found:
            return False  # "the two stayed in touch": a bare count is people whatever its context counts
        i, end = cand.start, cand.span.end
        if i > 0 and doc[i - 1].lower_ in self._ctx.cues.named_group_openers:
            if i > 1 and doc[i - 2].lower_ == "of" and (i == 2 or doc[i - 3].like_num or doc[i - 3].is_punct
                                                          or doc[i - 2].is_sent_start):
                return False  # "Of the 12 officers, ...", "38 of the 52": a base
        elif not (counted == "officer" and end + 2 < sent.end and doc[end].lower_ == "of"
                  and doc[end + 1].lower_ in ("the", "those", "these") and not doc[end + 2].like_num):
            return False  # only "Two of the deputies ..." opens a part of a named group without "the"
        if any(c.start > cand.start and (c.extras.get("base") is cand or c.out_of == cand.value)
               for c in self._by_start.values()):
            return False  # "the 10 officers ... Seven of them were charged": a base of what follows
        return not self._counted_over_a_period(doc, sent)

    def _percent_of_other(self, doc: Doc, cand: Candidate) -> bool:
        """'Crime fell 8% in the city', 'Response times improved by 12 percent': a percentage
        with no noun of its own whose clause's subject is something that is not conduct."""
        if cand.unit != "percent" or cand.counted_found or self._cell(cand) is not None:
            return False
        sent = self._sent(cand.span)
        start = cand.start
        while start > max(sent.start, cand.start - 10) and doc[start - 1].lower_ not in _CLAUSE_BREAKS:
            start -= 1
        subject = doc[start:cand.start]
        if not len(subject) or self.counted(subject) or self.categories(subject) or self.outcomes(subject):
            return False
        return bool(self.not_conduct(subject))

    def _officers_at_work(self, doc: Doc, cand: Candidate, sent: Span, outcome) -> bool:
        """'About 300 officers lined the route of the funeral', '150 deputies worked overtime
        during the storm': officers counted as the doers of a past act on one occasion, with no
        conduct, outcome or complaint in the rest of their clause and no period that makes the
        count a tally, are people in the story."""
        if outcome is not None or cand.counted != "officer" or not cand.counted_found or cand.unit != "count" \
                or self._cell(cand) is not None:
            return False
        i = cand.span.end + len((cand.noun or "").split())
        while i < sent.end and (doc[i].lower_ in ("also", "then", "later", "all", "reportedly")
                                or doc[i].lower_.endswith("ly") and len(doc[i]) > 4):
            i += 1
        if i >= sent.end or not (doc[i].lower_.endswith("ed") and len(doc[i]) > 4) \
                or i + 1 < sent.end and doc[i + 1].lower_ in ("by", "to"):
            return False  # "officers dismissed by the force", "officers referred to the IOPC": said of them
        end = i + 1
        while end < sent.end and doc[end].lower_ not in (";", "but", "and", "who", "which", "after"):
            end += 1
        rest = doc[i:end]
        if self.counted(rest) or self.categories(rest) or self.outcomes(rest):
            return False
        return not (self._counted_over_a_period(doc, sent) or self._hypothetical(sent))

    def _share_of_workforce(self, doc: Doc, cand: Candidate, sent: Span, outcome, counted) -> bool:
        """'About 60 percent of the county's deputies live outside the county': a share of
        officers with no outcome, no conduct and no complaint or case in its sentence describes
        the workforce, not conduct."""
        if cand.unit != "percent" or counted != "officer" or outcome is not None or self._cell(cand) is not None:
            return False
        if self._conduct_words_in(sent):
            return False
        return all(doc.vocab.strings[m] == "officer" for m, _, _ in self.counted(sent))
