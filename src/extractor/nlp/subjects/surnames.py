"""A story's one bare surname: a short article about one unnamed officer ("A Connecticut State
Trooper was involved in an off-duty crash") may go on to call the officer by a surname it never
gives a first name to ("Police put McDonald on administrative assignment ... McDonald was
arrested"; first-sight batches 9 and 12). Such a word is a name when English uses it as one:
in the middle of sentences more than once, and once right before a verb of its own ("McDonald
was", "Betts is"). Only one such surname in a text is read; two or more bare surnames are left
alone (a law report's "Smith v Jones", a list of surnames). Whether it is the officer is for
outcomes/protagonist.py (names_story_surname). A mixin of People (through MentionFinder)."""

from __future__ import annotations

from ...rulefiles import word_set
from .mention import _NAME_WORD, Mention

# how often the surname stands in the middle of a sentence, at least
_MID_USES = 2
# a word right after the surname that makes it the subject of a verb
_VERB_AFTER = word_set("reference_words.json", "surname_verbs")


class StorySurnames:
    """Needs self.doc, self.w, self.texts, self.lowers, self.covered, self.sent_of, self.sent_start
    and self._add (MentionFinder)."""

    def _find_story_surname(self) -> None:
        # a cheap count first: only a capitalised word written three times or more is looked at
        seen: dict[str, list[int]] = {}
        covered = self.covered
        for i, text in enumerate(self.texts):
            if text[:1].isupper() and i not in covered:
                seen.setdefault(text, []).append(i)
        uses = {text: [i for i in at if self._lone_name_word(i)] for text, at in seen.items() if len(at) >= 3}
        found = [(text, at) for text, at in uses.items() if self._used_as_name(at)]
        if len(found) != 1:
            return
        text, at = found[0]
        first = None
        for i in at:
            m = Mention(i, i + 1, "name", text, head="name", police=None, name=text, antecedent=first, bare=True)
            self._add(m)
            first = first or m

    def _lone_name_word(self, i: int) -> bool:
        """A capitalised word that could be a surname, with no other capitalised word beside it."""
        doc, w = self.doc, self.w
        low = self.lowers[i]
        if not _NAME_WORD.fullmatch(self.texts[i]) or low in w["name_stop"] or low in w["institution_words"] or \
                low in w["nonpolice_heads"] or low in w["pronouns"]:
            return False
        before = doc[i - 1] if i > 0 else None
        after = doc[i + 1] if i + 1 < len(doc) else None
        return not (before is not None and before.text[:1].isupper() and before.is_alpha and
                    self.sent_start(i) != i) and not (after is not None and after.text[:1].isupper() and after.is_alpha)

    def _used_as_name(self, at: list[int]) -> bool:
        mid = sum(1 for i in at if self.sent_start(i) != i)
        return mid >= _MID_USES and len(at) >= 3 and not any(self._paired(i) for i in at) and any(
            i + 1 < len(self.doc) and self.lowers[i + 1] in _VERB_AFTER for i in at)

    def _paired(self, i: int) -> bool:
        """'Pryce and Dunne': another capitalised word joined to it, so more than one person
        goes by a surname."""
        n = len(self.doc)
        return (i + 2 < n and self.lowers[i + 1] in ("and", "or") and self.texts[i + 2][:1].isupper()) or \
            (i - 2 >= 0 and self.lowers[i - 1] in ("and", "or") and self.texts[i - 2][:1].isupper())
