"""Loading rule files from models/ into spaCy matchers, with typos caught early.

Every rule line is validated as it is read (``modelfiles``: unknown keys refused),
so a misspelt key is an error naming the file, line and key, never a dead rule.
"""

from __future__ import annotations

from typing import Optional

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from ..errors import RuleError
from ..modelfiles import FigureRule, OrgRule
from ..rulefiles import load_jsonl
# The matcher the rules run in lives in anchored.py (and its word tests in
# wordflags.py); named here too, where the components have always found them.
from .anchored import AnchoredMatcher, share_flags
from .wordflags import WordTest, word_flag

__all__ = ["TokenRule", "OrgRule", "AnchoredMatcher", "WordTest", "share_flags", "word_flag", "load_token_rules",
           "build_matcher", "phrase_matcher", "load_orgs", "kept", "matches_by_label"]


# The rule lines' schemas are modelfiles' (the one definition); rulefiles checks
# every line against them as it reads the file.
TokenRule = FigureRule


def load_token_rules(filename: str) -> list[TokenRule]:
    return [TokenRule(**row) for row in load_jsonl(filename)]


def build_matcher(nlp: Language, rules: list[TokenRule], filename: str) -> AnchoredMatcher:
    matcher = AnchoredMatcher(nlp.vocab)
    for rule in rules:
        try:
            matcher.add(rule.id, [rule.pattern])
        except Exception as exc:  # spaCy raises several types for a bad pattern
            raise RuleError(f"models/{filename}: rule {rule.id}: {exc}") from exc
    return matcher


def phrase_matcher(nlp: Language, table: dict[str, list[str]], attr: str = "LOWER") -> PhraseMatcher:
    """A PhraseMatcher whose match labels are the table's keys."""
    matcher = PhraseMatcher(nlp.vocab, attr=attr)
    for label, phrases in table.items():
        matcher.add(label, [nlp.make_doc(p) for p in phrases])
    return matcher


def load_orgs(filename: str = "orgs.jsonl") -> list[OrgRule]:
    return [OrgRule(**row) for row in load_jsonl(filename)]


def kept(span: Span, keep: Optional[tuple[int, int]]) -> Span:
    """The part of a match a rule keeps: keep=[0, 1] keeps the first token,
    keep=[0, -1] all but the last (context the rule needed but is not the figure)."""
    if not keep:
        return span
    start, end = keep
    end = len(span) + end if end <= 0 else end
    return span.doc[span.start + start: span.start + end]


def matches_by_label(matcher, doc: Doc) -> list[tuple[str, Span]]:
    # Span(doc, s, e) is doc[s:e] for a match's offsets, without spaCy's Python slice check
    strings = doc.vocab.strings
    return [(strings[m], Span(doc, s, e)) for m, s, e in matcher(doc)]
