"""Loading rule files from models/ into spaCy matchers, with typos caught early.

Every rule line is validated by a pydantic model that forbids unknown keys, so a
misspelt key is an error naming the file and rule, never a silently dead rule.
"""

from __future__ import annotations

from typing import Literal, Optional

from pydantic import BaseModel, ConfigDict, ValidationError
from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span

from ..errors import RuleError
from . import load_json, load_jsonl


class TokenRule(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str
    family: str
    pattern: list[dict]
    unit: Optional[Literal["count", "percent"]] = None
    kind: Optional[Literal["digits", "words", "share", "vague"]] = None
    qualifier: Optional[str] = None
    keep: Optional[tuple[int, int]] = None
    # the match does not count when the next word is one of these ("Kent Police Federation")
    not_followed_by: Optional[list[str]] = None


class OrgRule(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str
    aliases: list[str]
    as_written: bool = False


def load_token_rules(filename: str) -> list[TokenRule]:
    rules = []
    for row in load_jsonl(filename):
        try:
            rules.append(TokenRule(**row))
        except ValidationError as exc:
            raise RuleError(f"models/{filename}: rule {row.get('id', '?')}: {exc.errors()[0]['msg']}") from exc
    return rules


def build_matcher(nlp: Language, rules: list[TokenRule], filename: str) -> Matcher:
    matcher = Matcher(nlp.vocab)
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
    try:
        return [OrgRule(**row) for row in load_jsonl(filename)]
    except ValidationError as exc:
        raise RuleError(f"models/{filename}: {exc.errors()[0]['msg']}") from exc


def lexicon() -> dict:
    return load_json("lexicon.json")


def kept(span: Span, keep: Optional[tuple[int, int]]) -> Span:
    """The part of a match a rule keeps: keep=[0, 1] keeps the first token,
    keep=[0, -1] all but the last (context the rule needed but is not the figure)."""
    if not keep:
        return span
    start, end = keep
    end = len(span) + end if end <= 0 else end
    return span.doc[span.start + start: span.start + end]


def matches_by_label(matcher, doc: Doc) -> list[tuple[str, Span]]:
    return [(doc.vocab.strings[m], doc[s:e]) for m, s, e in matcher(doc)]
