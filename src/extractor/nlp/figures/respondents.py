"""Bodies that answered a request, not conduct: when a journalist, a watchdog or a minister
asks forces, states or offices for figures, how many of them answered is the survey's
coverage, not a count of what officers did. 'Of the 38 forces that responded, ...',
'Forty states supplied records; six did not', 'only nine of the offices replied', 'Two-thirds
of agencies that provided data ...', 'Nine others said they kept no such list'.

The count is of bodies (the noun is a body's, or left out), its own verb is an answer (or a
refusal, or 'did not' standing for one) and a request is in its sentence or the two before
it; what the answers then say ('... reported 40 officers sacked') is read as usual."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from .. import doc_text
from .base import Candidate

_REACH = 7  # tokens between the count and its verb: "only nine of the district attorneys' offices"
_FILLERS = frozenset(("others", "other", "more", "further", "of", "them", "these", "those", "the", "that",
                      "which", "who", "had", "have", "has", "also", "only", "then", "eventually", "ultimately",
                      "all", "just", "remaining", "either", "'s", "’s", "'", "’", "-"))
_AFTER_DID_NOT = frozenset((",", ".", ";", ":", "and", "—", "–", ")"))
_SENTENCES_BACK = 2


_WORDS: dict[int, tuple] = {}  # a cues object's answer verbs (by first word), bodies and people, as sets


def _words(cues) -> tuple[dict[str, list[list[str]]], frozenset[str], frozenset[str]]:
    found = _WORDS.get(id(cues))
    if found is None:
        verbs: dict[str, list[list[str]]] = {}
        for v in cues.answer_verbs:
            verbs.setdefault(v.split()[0], []).append(v.split())
        found = _WORDS[id(cues)] = (verbs, frozenset(cues.answering_bodies), frozenset(cues.answer_not_bodies))
    return found


def _answer_at(words: list[str], verbs: dict[str, list[list[str]]]) -> bool:
    return any(words[:len(p)] == p for p in verbs.get(words[0], ()))


def answered_request(doc: Doc, cand: Candidate, sent: Span, cues) -> bool:
    """A count of bodies whose verb answers (or refuses) a request made just before; an outcome
    the sentence states is the one asked about ("asked how many were sacked; 40 responded")."""
    if cand.value is None or not cues.answer_verbs:
        return False
    verbs, bodies, people = _words(cues)
    head = (cand.noun or "").lower().split()[-1:]
    if cand.counted_found and head and head[0] not in bodies \
            and any(doc[k].lower_ == head[0] for k in range(cand.span.end, min(len(doc), cand.span.end + 4))):
        return False  # "12 officers refused to answer questions": officers, not bodies asked
    # a noun read from elsewhere in the sentence ("how many officers ...; 40 responded") is not the count's
    i, end = cand.span.end, min(sent.end, cand.span.end + _REACH)
    while i < end:
        w = doc[i].lower_
        if w in verbs or w == "did":
            words = [doc[k].lower_ for k in range(i, min(sent.end, i + 5))]
            if _answer_at(words, verbs):
                return _request_near(doc, sent, cues)
            if words[1:2] in (["not"], ["n't"], ["n’t"]):
                # "three did not,": an answer withheld; "three did not attend": an act of their own
                return (not words[2:3] or words[2] in _AFTER_DID_NOT) and _request_near(doc, sent, cues)
        if w in people:
            return False  # "nine of the officers who responded": people, not bodies
        if not (w in _FILLERS or w in bodies or w.endswith("ly") and len(w) > 4
                or doc[i].is_title and doc[i].is_alpha and i > cand.span.end):
            return False
        i += 1
    return False


def _request_near(doc: Doc, sent: Span, cues) -> bool:
    """A request in the sentence or the two before it: 'asked all 43 forces', 'requested lists'."""
    start = sent.start
    for _ in range(_SENTENCES_BACK):
        if start == 0:
            break
        start = doc[start - 1].sent.start
    text = " " + " ".join(doc_text(doc)[doc[start].idx:sent.end_char].lower().split()) + " "
    return any(f" {c} " in text or f" {c}," in text or f" {c}." in text for c in cues.request_cues)
