"""What the article as a whole says about a named person: a name written without a rank
is an officer when the article says elsewhere that this person is one.

    "Tony Pollen of Ridgeland was charged ... Pollen was a corporal with the police"
    "The former deputies are Kirby Dollar and Timothy Watford. ... Dollar pleaded guilty"
    "Sgt. Pat Sharpe, 30, ... Sharpe was also convicted"

The evidence is a mention of the same surname that is already a police officer (a rank
before the name, an appositive), or a copula between the name and a rank or role
(models/subjects.json "name_is_role"), in either order. Every name mention of that
surname, before or after the evidence, is then police.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Optional

from ...rulefiles import word_set
from .mention import Mention, surname as _surname

# the words that open an employer between a role verb and its "as": "employed by the city as"
_EMPLOYER_LEADS = word_set("reference_words.json", "employer_leads")
# words that open another clause or person inside it: "worked for the council while his wife served as"
_NOT_EMPLOYER = word_set("reference_words.json", "not_employer")


@lru_cache(maxsize=16)
def _longest_first(phrases) -> list[list[str]]:
    """A word list's phrases as word lists, longest first: the same for every article (the
    lists are frozensets, so their order is fixed for the life of the process), read, never changed."""
    return sorted((p.split() for p in phrases), key=len, reverse=True)


class ArticleFrame:
    """A mixin of People: needs self.doc, self.w, self.mentions, self.lowers, self.texts, self.sent_of,
    self.sent_bounds."""

    def _mark_named_officers(self) -> None:
        phrases = _longest_first(self.w.get("name_is_role", ()))
        if not phrases:
            return
        police: set[str] = set()
        for m in self.mentions:
            surname = _surname(m)
            if surname and m.police is True and not m.plural:
                police.add(surname)
        ms = self.mentions
        deeds = _longest_first(self.w.get("name_does_police", ()))
        for n, m in enumerate(ms):
            if m.kind == "nonpolice" and not m.plural and m.head in self.w["male_heads"] | self.w["female_heads"] \
                    and self._does_police(m.end, deeds):
                m.kind, m.police = "def" if m.det == "def" else "desc", True  # "The man, who has since retired from the police"
            elif m.kind == "name" and m.police is None and _surname(m) and self._does_police(m.end, deeds):
                police.add(_surname(m))
            elif m.kind == "name" and m.police is None and _surname(m):
                role = self._after_copula(m.end, phrases, ms[n + 1] if n + 1 < len(ms) else None)
                if role is not None and role.police is True and not role.plural and role.kind in ("desc", "def"):
                    police.add(_surname(m))
                    role.antecedent = m  # "had Sam Smith still been a serving officer, he ...": one person
            elif m.kind in ("name", "desc") and m.police is True and not m.plural and n + 1 < len(ms) and \
                    ms[n + 1].kind == "def" and 0 < ms[n + 1].lead - m.end <= 6:
                role = self._after_copula(m.end, phrases, ms[n + 1])
                if role is not None and role.kind == "def" and role.police is True and not role.plural:
                    role.antecedent = m  # "Garda Tom Rice is the only officer to be charged": one person
            elif m.police is True and m.plural and m.det in ("def", "number"):  # "Four deputies, A, B, C and D,"
                police.update(self._names_after(m, phrases, ms[n + 1:n + 7]))
            if m.kind == "name" and m.police is None and _surname(m) and self._one_of_group(m):
                police.add(_surname(m))
        police.update(self._names_of_counted_group())
        for m in ms:
            if m.kind == "name" and m.police is None and _surname(m) in police:
                m.police = True

    def mark_officer(self, m: Mention) -> None:
        """The article has shown that the person named by m is an officer: every mention
        of the surname is (a caption before the story names them too). Sets frame_changed
        when an earlier mention changed, so what was read before can be read again."""
        surname = _surname(m)
        changed = m.police is not True
        m.police = True
        for other in self.mentions:
            if other.kind == "name" and other.police is None and _surname(other) == surname:
                other.police = True
                changed = True
                if other.start < m.start:
                    self.frame_changed = True
        if changed:
            self._resolve()  # "Thornquist punched a man ... The city fired him": 'him' now the officer

    def _after_copula(self, j: int, phrases: list[list[str]], nxt: Optional[Mention]) -> Optional[Mention]:
        """The mention right after a copula phrase starting at token j ('was a corporal',
        ', who worked as a corrections officer'), or after the insertions of an appositive
        (', 28, of Easton, a deputy with the sheriff's office')."""
        role = self._appositive_role(j, nxt)
        if role is not None:
            return role
        if j < len(self.lowers) and self.lowers[j] == ",":
            j += 1
        if j < len(self.lowers) and self.lowers[j] == "who":
            j += 1
        while j < len(self.lowers) and self.lowers[j] in self.w["adverbs"]:
            j += 1  # "Smith still been a serving officer", "Pollen was then a corporal"
        if j < len(self.lowers) and self.lowers[j] in ("until", "till"):  # "who until last year was a deputy"
            j = next((k for k in range(j + 2, min(j + 5, len(self.lowers))) if self.lowers[k] in ("was", "had")), j)
        for words in phrases:
            if self.lowers[j:j + len(words)] == words:
                k = j + len(words)
                while k < len(self.lowers) and self.lowers[k] in self.w["adverbs"]:
                    k += 1
                if nxt is not None and nxt.lead == k and self.sent_of[k] == self.sent_of[j]:
                    return nxt
                return self._as_past_employer(j, k, phrases, nxt)
        return self._as_past_employer(j, j, phrases, nxt)

    def _as_past_employer(self, j: int, k: int, phrases: list[list[str]], nxt: Optional[Mention]) -> Optional[Mention]:
        """'had been employed by the City of Easton as a patrolman', 'was hired by the sheriff's
        office in 2015 as a deputy', 'worked for the county as a jailer': a role phrase ending
        in 'as' holds its employer (a preposition and up to nine words, no verb, no comma)
        between the verb and 'as'. The verb may follow a copula phrase ('had been')."""
        low, n = self.lowers, len(self.lowers)
        stems = getattr(self, "_as_stems", None)
        if stems is None:  # once a Doc: "employed as" -> {"employed": [["employed"]]}
            stems = self._as_stems = {}
            for words in phrases:
                if words[-1] == "as" and len(words) > 1:
                    stems.setdefault(words[0], []).append(words[:-1])
        for at in ((j,) if j == k else (j, k)):
            for stem in (stems.get(low[at], ()) if at < n else ()):
                if low[at:at + len(stem)] != stem:
                    continue
                q = at + len(stem)
                if not (q < n and low[q] in _EMPLOYER_LEADS):
                    continue
                for r in range(q + 1, min(n, q + 11)):
                    if low[r] == "as":  # the employer may hold a name of its own ("the City of Easton")
                        role = nxt if nxt is not None and nxt.lead == r + 1 else \
                            next((m for m in self.mentions if m.lead == r + 1), None)
                        return role if role is not None and self.sent_of[r] == self.sent_of[j] else None
                    if self.doc[r].is_punct and low[r] not in ("'s", "’s", "'", "’") or \
                            low[r] in self.w["aux"] or low[r] in self.w["relative_pronouns"] or \
                            low[r] in self.w["clause_breaks"] or low[r] in _NOT_EMPLOYER:
                        break
        return None

    def _does_police(self, j: int, deeds: list[list[str]]) -> bool:
        """'O'Neill, who had resigned from the force by then': a deed only an officer does
        right after the name (models/subjects.json "name_does_police")."""
        low, n = self.lowers, len(self.lowers)
        if j + 2 < n and low[j] == "(" and low[j + 2] == ")":
            j += 3  # "Declan Hart (51), who ...": an age in brackets
        if j < n and low[j] == ",":
            j += 1
        if j < n and low[j] in ("who", "had", "has", "later", "then"):
            j += 1
        while j < n and (low[j] in self.w["adverbs"] or low[j] in ("had", "has")):
            j += 1
        if any(low[j:j + len(d)] == d for d in deeds):
            return True
        for words in self.w.get("name_serves_force", ()):  # "who served with the Easton Police Department"
            parts = words.split()
            if low[j:j + len(parts)] == parts:
                k = j + len(parts)
                return any(t in self.w.get("force_words", ()) for t in low[k:k + 6])
        return False

    def _apposed_officer(self, a: Mention, b: Mention) -> bool:
        """'The man, a former Ohio state trooper, pleaded guilty', 'The suspect, an off-duty
        constable,', 'The 44-year-old, a serving PC,': one person written first as a person
        noun (or an age), then in apposition as one police officer, closed by a comma, a dash
        or the sentence's end. Not 'the client, a teacher,' (no officer), 'the man, a police
        officer's son,' (the officer owns the noun), nor a group."""
        doc = self.doc
        if b.kind != "desc" or b.police is not True or b.plural or b.det != "indef" or b.owner or \
                b.lead != a.end + 1 or a.plural or a.owner or self.texts[a.end] != ",":
            return False
        if not (a.kind == "nonpolice" or a.kind == "pron" and a.head == "year-old"):
            return False
        end = self._after_place_phrase(b.end)
        return end >= self.sent_end(b.start) or doc[end].text in (",", ".", ";", ")", "-", "–", "—")

    def _after_place_phrase(self, j: int) -> int:
        """Past a short phrase of where an officer serves after the description ("with Kent
        Police", "at the county jail", "from a North-East force"), else j: a preposition and
        up to seven words, no verb."""
        low, n = self.lowers, len(self.lowers)
        if not (j < n and low[j] in ("with", "at", "from", "of", "in")):
            return j
        for k in range(j + 1, min(n, j + 9)):
            if self.texts[k] in (",", ")", "-", "–", "—"):
                return k
            if low[k] in self.w["aux"] or low[k] in self.w["relative_pronouns"] or \
                    self.doc[k].is_punct and low[k] not in ("'s", "’s"):
                return j
        return j

    def _appositive_role(self, j: int, nxt: Optional[Mention]) -> Optional[Mention]:
        """', 28, of Easton, a deputy': skip an age and an 'of Place' between commas, then a
        rank with its article."""
        low, texts, n = self.lowers, self.texts, len(self.lowers)
        for _ in range(3):
            if not (j < n and low[j] == ","):
                return None
            k = j + 1
            if nxt is not None and nxt.lead == k and k < n and low[k] in ("a", "an", "the"):
                return nxt
            if k < n and texts[k].isdigit():
                k += 1
            elif k + 1 < n and low[k] == "of" and texts[k + 1][:1].isupper():
                k += 2
                while k < n and texts[k][:1].isupper():
                    k += 1
                if k + 2 < n and low[k] == "," and texts[k + 1][:1].isupper() and low[k + 2] == ",":
                    k += 2  # "of Canfield, Ohio,": the town's state
            else:
                return None
            j = k
        return None

    def _police_group_near(self, sent: int, count: Optional[float] = None) -> bool:
        """A group of officers ('two other deputies', 'the officers') in this or the sentence before."""
        return any(g.police is True and g.plural and g.sent in (sent, sent - 1) and
                   (count is None or g.count == count) for g in self.mentions)

    def _one_of_group(self, m: Mention) -> bool:
        """'... while two other deputies watched. One of them, Kyle Ruiz, 29, was charged':
        a name in apposition to one of a group of officers named just before."""
        low, j = self.lowers, m.lead - 1
        if j < 3 or low[j] != ",":
            return False
        before = low[max(0, j - 4):j]
        one_of = before[-3:-1] == ["one", "of"] or before[-2:] in (["the", "other"], ["another", "one"])
        return one_of and self._police_group_near(m.sent)

    def _names_of_counted_group(self) -> set[str]:
        """'Two former officers were indicted. Marc Lyle, 41, and Dev Saye, 38, are accused of
        ...': names listed at the start of the sentence after a counted group of officers,
        as many as its count, are the group's officers."""
        out: set[str] = set()
        starts = {m.lead: m for m in self.mentions}
        for m in self.mentions:
            if m.kind != "name" or m.sent == 0 or m.lead != self.sent_bounds[m.sent][0]:
                continue
            names, j = [m], m.end
            while True:
                while j < len(self.lowers) and (self.lowers[j] in (",", "(", ")") or self.texts[j].isdigit()):
                    j += 1
                if j < len(self.lowers) and self.lowers[j] == "and":
                    j += 1
                nxt = starts.get(j)
                if nxt is None or nxt.kind != "name" or nxt.sent != m.sent or nxt in names:
                    break
                names.append(nxt)
                j = nxt.end
            if len(names) >= 2 and self._police_group_near(m.sent - 1, len(names)) and \
                    not any(g.police is True and g.plural and g.sent == m.sent for g in self.mentions):
                out.update(_surname(n) for n in names)
        return out

    def _names_after(self, group: Mention, phrases: list[list[str]], later: list[Mention]) -> set[str]:
        """'The former deputies are Kirby Dollar and Timothy Watford': the names listed."""
        j = group.end
        for words in phrases + [[","]]:  # "The former deputies are A and B", "The deputies, A and B,"
            if self.lowers[j:j + len(words)] == words:
                j += len(words)
                break
        else:
            return set()
        out = set()
        for m in later:
            if m.lead != j or m.kind != "name" or self.sent_of[m.start] != group.sent:
                break
            out.add(_surname(m))
            j = m.end
            if j < len(self.lowers) and self.lowers[j] == ",":
                j += 1
            if j < len(self.lowers) and self.lowers[j] == "and":
                j += 1
        return out
