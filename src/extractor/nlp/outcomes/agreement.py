"""Subject-verb agreement: a verb a rule lists in its third-person singular ('faces',
'receives', 'avoids') is stated in the base form after a plural subject ('the two deputies
face charges', 'both constables receive final written warnings', 'three officers avoid
jail').

A rule that lists a verb as a choice with its other forms ('faces', 'facing', 'faced') lists
a verb; its base form is added to the same choice, so a plural subject reads as a singular
one. The base form is also the infinitive and the form after a modal ('could face', 'to
face', 'did not face'): those are refused by the verb chain's cues, as 'could be charged'
is. A word with no other form of itself in the choice ('charges' beside 'counts') is a noun
and is left alone."""

from __future__ import annotations

from typing import Any

from ...rulefiles import word_set

# every base form added to a rule: read by the refusals, since the base form is also the
# mandative subjunctive ('recommended that the board revoke his licence': asked for, not done)
BASE_FORMS: set[str] = set()


# base forms far more often read as nouns where the rule looks for the verb: every court report
# has 'the sentence', few write 'judges sentence X'; matching it costs time for no outcome
_NOUNS_FIRST = word_set("outcome_words.json", "nouns_first")


def _base(word: str, forms: set[str]) -> str:
    """The base form of a third-person singular ``word`` whose other forms are in ``forms``
    ('' when it is not one): faces -> face (faced, facing), reaches -> reach (reached),
    denies -> deny (denied)."""
    if not word.isalpha() or not word.endswith("s") or word.endswith("ss") or len(word) < 4:
        return ""
    candidates = ([word[:-3] + "y"] if word.endswith("ies") else []) + \
        ([word[:-2]] if word.endswith(("ches", "shes", "sses", "xes", "zes", "oes")) else []) + [word[:-1]]
    for base in candidates:
        stem = base[:-1] if base.endswith("e") else base
        if base in forms:
            return ""
        if forms & {base + "d", base + "ed", stem + "ing", base + "ing", base + base[-1] + "ed", base[:-1] + "ied"}:
            return "" if base in _NOUNS_FIRST else base
    return ""


def with_plural_forms(choices: list[str]) -> list[str]:
    """``choices`` with the base form of each third-person singular verb among them added
    after it (the same list when there is none)."""
    forms = set(choices)
    out: list[str] = []
    for word in choices:
        out.append(word)
        base = _base(word, forms)
        if base and base not in out:
            out.append(base)
            BASE_FORMS.add(base)
    return out


def agree(pattern: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A Matcher pattern whose LOWER choices also take the plural (base) form of the verbs
    they list in the singular."""
    out = []
    for spec in pattern:
        lower = spec.get("LOWER")
        if isinstance(lower, dict) and "IN" in lower:
            choices = with_plural_forms(list(lower["IN"]))
            if len(choices) != len(lower["IN"]):
                spec = {**spec, "LOWER": {**lower, "IN": choices}}
        out.append(spec)
    return out


# a state verb in the plural present and the words of the event that began the state: 'the two
# deputies face counts of ...' after 'two deputies were indicted' restates the indictment. A group
# named twice ('two former deputies', 'A and B') is not known as one, so the state is dropped
# where an earlier sentence states the event; where it is the first word of it, it is kept.
_STATE_EVENTS = {"face": frozenset({"charged", "indicted"})}


def restated_state(doc, start: int, lo: int) -> bool:
    """The plural state verb at ``start`` follows a sentence that states its event."""
    events = _STATE_EVENTS.get(doc[start].lower_)
    return bool(events) and any(t.lower_ in events for t in doc[:lo])
