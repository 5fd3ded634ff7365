"""Auxiliary ellipsis: a participle coordinated with an earlier one shares its verb chain.

English states one chain for a list of passive participles: 'shall not be removed,
suspended or demoted', 'could be charged and jailed', 'should be moved to other duties or
be suspended', 'when an officer is arrested or indicted'. The later participles have no
chain of their own, so the negation, modal or condition that governs the first governs them
too. A mixin of the outcome finder's refusals (context.py): it needs self.w
(models/subjects.json), self.cues (models/outcome_cues.jsonl) and self._verb_chain /
self._chain_refusal."""

from __future__ import annotations

from spacy.tokens import Doc

from .ruleset import OutcomeRule

# words that join two participles under one chain; a comma joins the items of a list
_JOINS = frozenset({"and", "or", "nor", ","})
# a negation on a finite chain reaches past 'or' / 'nor' / a list comma ('was not arrested,
# charged or disciplined'), not past 'and': 'was never charged and retired last year' states the
# retirement; on a non-finite chain it reaches past 'and' too ('avoided being arrested and charged')
_NEGATION_JOINS = frozenset({"or", "nor", ","})
# the forms of 'be' and the auxiliaries: closed-class grammar, kept in the code
_PASSIVE = frozenset({"be", "been", "being"})
_BE = _PASSIVE | {"am", "is", "are", "was", "were"}
_FINITE = _BE - _PASSIVE | {"has", "have", "had", "did", "do", "does", "can", "could", "may", "might", "must",
                            "shall", "should", "will", "would"}
# outcome kinds (records.py) whose verbs are never passive: 'was cleared and resigned' is a finite past, its own clause
_INTRANSITIVE = frozenset({"resigned", "retired"})
_PARTICIPLE_ENDS = ("ed", "en", "wn", "ght", "pt", "nt", "ld", "ut")  # fired, taken, shown, caught, kept, sent, held, put
_REACH = 14  # tokens back to the first participle's chain: a short list or one complement


class SharedChain:
    """The refusal a coordinated participle takes from the first participle's chain."""

    def _shared_refusal(self, doc: Doc, rule: OutcomeRule, chain_start: int, chain: list[str], lo: int,
                        end: int = 0, hi: int = 0) -> str:
        """'' unless the words before the chain join it to an earlier participle whose own
        chain (or the present-tense clause it opens) says it did not happen."""
        join = chain_start - 1
        if join < lo or doc[join].lower_ not in _JOINS or rule.outcome in _INTRANSITIVE:
            return ""
        if any(t not in _PASSIVE and t not in self.w["adverbs"] for t in chain) or doc[chain_start].lower_ in _FINITE:
            return ""  # 'was suspended and was later charged': its own chain (in the rule's words or before)
        first = self._first_conjunct(doc, join, lo)
        if first is None:
            return ""
        first_start, first_chain = self._verb_chain(doc, first, lo)
        if not any(t in _BE for t in first_chain):
            return ""  # 'has not said and charged ...': no passive chain to share
        refusal = self._chain_refusal(doc, rule, first_start, first_chain, lo, end, hi)
        if refusal == "negated" and doc[join].lower_ not in _NEGATION_JOINS and \
                any(t in _FINITE for t in first_chain):
            return ""  # "was never charged and retired"; but "avoid being arrested and charged"
        if refusal:
            return f"{refusal} (shared chain)"
        if self._present_clause(doc, first_start, first_chain, lo):
            return "an event to come (shared chain)"  # "when an officer is arrested or indicted"
        return ""

    def _first_conjunct(self, doc: Doc, join: int, lo: int):
        """Where the earlier participle starts: right after the nearest auxiliary before the
        join, with no clause break, relative pronoun or full stop between (None if none)."""
        aux, stops = self.w["aux"], set(self.w["clause_breaks"]) | set(self.w["relative_pronouns"])
        for j in range(join - 1, max(lo, join - _REACH) - 1, -1):
            t = doc[j].lower_
            if t in stops or t in (".", "!", "?", "(", ")") or doc[j].is_space:
                return None
            if t in aux:
                chain_words = aux | set(self.w["adverbs"]) | self.cues.chain_words
                k = j + 1
                while k < join and doc[k].lower_ in chain_words:
                    k += 1  # "was not arrested, charged ...": the chain runs on to the participle
                return k if k < join and self._participle_list(doc, k, join) else None
        return None

    @staticmethod
    def _participle_list(doc: Doc, first: int, join: int) -> bool:
        """The first conjunct is a participle ('removed', 'taken'); before a comma the words
        up to it are single-word list items ('removed, suspended, demoted or ...'), before
        'and' / 'or' it may have a complement ('moved to other duties or be suspended')."""
        if not doc[first].is_alpha or not doc[first].lower_.endswith(_PARTICIPLE_ENDS):
            return False  # "who used to be a constable, pleaded guilty": no participle
        if doc[join].lower_ != ",":
            return True
        return all((doc[j].text == ",") == ((j - first) % 2 == 1) for j in range(first, join))

    def _present_clause(self, doc: Doc, first_start: int, first_chain: list[str], lo: int) -> bool:
        """The first participle's chain is 'is' / 'are' in a clause opened a few words before by
        'when', 'once', 'until' ... (cue scope present_clause_start): an event to come."""
        if first_chain[:1] not in (["is"], ["are"]):
            return False
        opens = self.cues.words("condition", "present_clause_start")
        for j in range(first_start - 1, max(lo, first_start - 7) - 1, -1):
            t = doc[j].lower_
            if t in opens:
                return True
            if t in (",", ";", ":") or t in self.w["relative_pronouns"]:
                return False
        return False
