"""The words before a rank or role head that belong to its mention: counts, determiners,
service states, places, hyphen compounds and adjectives ("two other deputies", "a former
U.S. Border Patrol agent", "an off-duty Spokane, Wash., police officer"). A mixin of
MentionFinder; needs self.doc, self.w, self.lowers, self.sent_start, self._is_role_head and
self._head_is_modifier."""

from __future__ import annotations

import re
from typing import Optional

from spacy.tokens import Token

from ...normalise.numbers import parse_number
from .mention import _FORCE_WORDS, _FUNCTION_WORDS, _VERBISH, is_number

_PLACE_INITIALS = re.compile(r"(?:[A-Z]\.){2,3}")  # "U.S.", "N.C.": a place before a role, written as initials
_PLACE_MARKS = frozenset({"'s", "’s", "."})  # a place's possessive, or the stop of "Ft." split off


class ModifierWalk:
    """Where a mention begins, walking left from its head."""
    def _compound_start(self, j: int, lo: int) -> Optional[int]:
        """Where a hyphen compound written without spaces ends at token j begins ("31-year-old",
        "off-duty"); None for an outcome written as one ("ex-jailed")."""
        doc = self.doc
        k = j
        while k - 1 >= lo and not doc[k - 1].whitespace_ and (doc[k - 1].text == "-" or doc[k].text == "-"):
            k -= 1
        compound = doc[k:j + 1].text.lower()
        if any(x in compound for x in ("jailed", "sacked", "dismissed", "convicted")):
            return None
        return k

    def _modifier_start(self, head: int) -> tuple[int, str, Optional[float]]:
        """Walk left from a head over modifiers. Returns (first token, determiner kind, count)."""
        doc, w = self.doc, self.w
        lo = self.sent_start(head)
        j, first, steps = head - 1, head, 0
        while j >= lo and steps < 6:
            tok = doc[j]
            if j - 1 >= lo and (tok.text == "-" or doc[j - 1].text == "-") and not doc[j - 1].whitespace_:
                k = self._compound_start(j, lo)
                if k is None:
                    break
                first = k
                j = k - 1
                steps += 1
                continue
            skipped = self._skip_inner(j, lo, first, head)
            if skipped is not None:
                first, j = skipped  # not a step
                continue
            low = tok.lower_
            if (dozen := self._dozen(j, lo)) is not None:
                return dozen  # "two dozen correctional officers", "a dozen deputies": a counted group
            kind = "" if self._counted_other(j, lo) else self._determiner_kind(low)  # "two other deputies"
            if kind:
                return first, kind, None
            if re.fullmatch(r"(1[89]|20)\d\d", tok.text):
                break  # a year: "On 3 March 2020 PC X ..."
            if low not in w["modifiers"] and is_number(tok):
                return first, "number", parse_number(tok.text.replace(",", "").lower())
            if tok.text in ("'s", "’s") and j - 1 >= lo and doc[j - 1].lower_ in w["possessive_modifiers"]:
                first = j - 1  # "a sheriff's deputy": the office is part of the rank
                j -= 2
                steps += 1
                continue
            if self._ends_walk(tok, j, lo):
                break
            if low in w["modifiers"] or _PLACE_INITIALS.fullmatch(tok.text) and doc[head].is_lower:
                first = j  # "a former U.S. Border Patrol agent": a place written as initials
            elif low.endswith(("ed", "ing")) and tok.is_lower and j - 1 >= lo and self._adjective_lead(doc[j - 1]):
                first = j  # "a murdered PC", "the jailed officer", "the 19 indicted deputies": an adjective
            elif low.endswith("ly") and tok.is_lower and j - 1 >= lo and self._is_determiner(doc[j - 1].lower_) \
                    and doc[j + 1].lower_.endswith(("ed", "ing")):
                first = j  # "a recently retired Garda sergeant", "the newly promoted inspector"
            elif (tok.is_title or tok.is_upper) and tok.is_alpha and low not in _FUNCTION_WORDS and \
                    low not in w["speaker_verbs"] and not (tok.is_sent_start and low in w["name_stop"]
                                                            and low not in _FORCE_WORDS):
                first = j
            elif self._is_role_head(tok) and self._head_is_modifier(j):
                first = j  # "an Orange County deputy sheriff": a rank word that modifies the title after it
            elif tok.is_alpha and tok.is_lower and low not in _FUNCTION_WORDS and low not in w["aux"] \
                    and low not in w["speaker_verbs"] and low not in w["decision_verbs"] \
                    and low not in w["prepositions"] and low not in _VERBISH \
                    and not low.endswith(("ed", "ing", "ly")) and not self._is_role_head(tok):
                first = j
            else:
                break
            j -= 1
            steps += 1
        return first, "", None

    def _ends_walk(self, tok: Token, j: int, lo: int) -> bool:
        """Punctuation, a possessive, a word that is never a description, or a verb."""
        low, w = tok.lower_, self.w
        return tok.is_punct or tok.is_space or tok.text in ("'s", "’s") or low in w["not_modifiers"] and \
            self.lowers[j + 1] != "old" or (low in w["verbs"] and low not in w["modifiers"]) or self._base_verb(j, lo)

    def _base_verb(self, j: int, lo: int) -> bool:
        """A lower-case word after 'to' or a modal is a verb, not a description, whatever verb it is
        ("voted to decertify former Garda X", "will suspend Deputy X"); a word the description
        list knows stays one ("a letter to former PC X")."""
        low = self.lowers[j]
        return j - 1 >= lo and self.lowers[j - 1] in self.w["verb_markers"] and self.doc[j].is_lower and \
            low not in self.w["modifiers"] and low not in self.w["service_states"]

    def _place_part(self, j: int, lo: int, head: int) -> Optional[int]:
        """Where a place's word that would end the walk on its own begins, when token j is one:
        a place's abbreviation before its next capitalised word ("St. Louis", "Ft. Worth",
        "Mt. Vernon"); a possessive inside a place's name ("Prince George's County", "Queen
        Anne's County"); one capitalised word's possessive before the description ("Maryland's
        longest-serving police chief", "Ohio's top trooper"). Not a titled person's possessive
        ("Sheriff Hale's deputy", "Tom Hale's deputy": a name of two words), nor a role's."""
        doc = self.doc
        tok, nxt = doc[j], doc[j + 1]
        if nxt.is_title and nxt.is_alpha and j + 1 < head:
            if tok.text in self.w["place_abbreviations"]:
                return j
            if tok.text == "." and j - 1 >= lo and not doc[j - 1].whitespace_ and \
                    f"{doc[j - 1].text}." in self.w["place_abbreviations"]:
                return j - 1  # the tokenizer split "Ft." in two
        if tok.text not in ("'s", "’s") or j - 1 < lo:
            return None
        owner = doc[j - 1]
        if not (owner.is_title and owner.is_alpha) or self._is_role_head(owner) or \
                owner.lower_ in _FUNCTION_WORDS or owner.lower_ in self.w["not_modifiers"]:
            return None
        if nxt.is_title and nxt.is_alpha and j + 1 < head:
            return j - 1  # "Prince George's County": the walk goes on over "Prince"
        before = doc[j - 2] if j - 2 >= lo else None
        if before is None or not before.is_title and not before.is_upper or before.lower_ in _FUNCTION_WORDS:
            return j - 1  # "Maryland's", "the Bronx's": one word owns the description
        return None

    def _superlative(self, j: int, lo: int, head: int) -> bool:
        """'most' or 'least' as the adverb of an adjective before the head, after a possessive
        or 'the' ("Maryland's most senior officer", "the most decorated detective")."""
        doc = self.doc
        return doc[j].lower_ in ("most", "least") and j + 1 < head and doc[j + 1].is_lower and j - 1 >= lo and \
            (doc[j - 1].text in ("'s", "’s") or self._is_determiner(doc[j - 1].lower_))

    def _dozen(self, j: int, lo: int) -> Optional[tuple[int, str, Optional[float]]]:
        doc = self.doc
        if doc[j].lower_ == "dozen" and j - 1 >= lo and (is_number(doc[j - 1]) or doc[j - 1].lower_ == "a"):
            return j - 1, "number", parse_number(f"{doc[j - 1].lower_} dozen")
        return None

    def _adjective_lead(self, tok: Token) -> bool:
        """'the jailed officer', 'the 19 indicted deputies': a word before an -ed/-ing adjective."""
        return self._is_determiner(tok.lower_) or is_number(tok)

    def _is_determiner(self, low: str) -> bool:
        w = self.w
        return low in w["determiners_indefinite"] or low in w["determiners_definite"] or low in w["determiners_possessive"]

    def _counted_other(self, j: int, lo: int) -> bool:
        """'two other deputies', 'two more deputies', 'two further officers': the word after a
        count is a modifier; the count counts them."""
        doc = self.doc
        return doc[j].lower_ in ("other", "more", "further", "additional") and j - 1 >= lo and is_number(doc[j - 1]) and \
            not re.fullmatch(r"(1[89]|20)\d\d", doc[j - 1].text)

    def _determiner_kind(self, low: str) -> str:
        """'indef', 'def', 'poss' or 'generic' for a determiner (or a count word), else ''."""
        w = self.w
        for kind, lists in (("indef", ("determiners_indefinite",)), ("def", ("determiners_definite",)),
                            ("poss", ("determiners_possessive",)), ("generic", ("determiners_generic", "count_words"))):
            if any(low in w[name] for name in lists):
                return kind
        return ""

    def _skip_inner(self, j: int, lo: int, first: int, head: int) -> Optional[tuple[int, int]]:
        """(first, next j) past words inside a run of modifiers that would end the walk on
        their own: "or" / "and" between two service states ("six current or former deputies", "current and former officers"),
        "of" inside a capitalised name ("Police Service of Northern Ireland officers") and
        the name's acronym in brackets ("(PSNI)"), a city and its state between commas; None
        when token j is none of these. Also a place's words and an ordinal or superlative that
        picks the person out ("St. Louis City", "Maryland's most senior", "the only officer")."""
        doc, text = self.doc, self.texts[j]
        if text in _PLACE_MARKS or text in self.w["place_abbreviations"]:
            place = self._place_part(j, lo, head)
            if place is not None:
                return place, place - 1
        low = self.lowers[j]
        if j - 1 >= lo and (low in self.w["infinitive_ordinals"] and self._is_determiner(self.lowers[j - 1])
                            or low in ("most", "least") and self._superlative(j, lo, head)):
            return j, j - 1  # "the only officer", "Ohio's most senior trooper" (not "most officers")
        if j - 1 < lo or j + 1 >= len(doc):
            return None
        before, tok, after = doc[j - 1], doc[j], doc[j + 1]
        if tok.lower_ in ("or", "and") and before.lower_ in self.w["service_states"] and \
                after.lower_ in self.w["service_states"]:
            return j - 1, j - 2
        if tok.lower_ in ("of", "and") and before.is_title and after.is_title and \
                not (tok.lower_ == "and" and self._is_role_head(after)):  # not "Deputy Al Fox and Deputy Sam Bird"
            return j - 1, j - 2  # "Police Service of Northern Ireland officers", "Avon and Somerset officers"
        if tok.text == ")" and j - 2 >= lo and doc[j - 2].text == "(" and before.is_upper:
            return first, j - 3
        if tok.text == "," and before.text[:1].isupper() and before.text.replace(".", "").isalpha():
            m = j - 2  # the comma before the state; a state of two words: "Camden, New Jersey, officer"
            if m - 1 >= lo and doc[m].text[:1].isupper() and doc[m].is_alpha and doc[m - 1].text == ",":
                m -= 1
            if m < lo or doc[m].text != ",":
                return None
            k = m - 1
            while k >= lo and doc[k].text[:1].isupper() and doc[k].text.rstrip(".").isalpha():
                k -= 1
            if lo <= k < m - 1 and (self._is_determiner(doc[k].lower_) or doc[k].lower_ in self.w["modifiers"]
                                    or k - 1 >= lo and doc[k - 1].text == "-" and not doc[k - 1].whitespace_
                                    or k - 1 >= lo and doc[k].is_lower and doc[k].is_alpha and self._is_determiner(doc[k - 1].lower_)):
                # the walk goes on over "a former", "an off-duty", or any plain adjective after a
                # determiner ("the white Tulsa, Okla., officer", "a veteran Akron, Ohio, deputy")
                return k + 1, k  # "a Spokane, Wash., police officer", "a Raleigh, N.C., deputy": a city and its state, US wire style
        return None
