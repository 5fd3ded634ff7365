"""What a human review decision means; pure, no I/O (the log itself lives in store.py).

The review log is append-only. Each entry records who decided what on one item,
with the item's reviewed state ``before`` and ``after`` the decision, a state
being ``{"status": ..., "values": {...}}`` where ``values`` are the record's
fields as JSON (span and quote included, id and rule left out). The machine's
values stay in the item tables untouched; the "current reviewed state" of an
item is derived by folding its log:

- accept / reject / correct / add push a decision on the item's stack;
- undo pops the decision on top (it is itself an entry, so nothing is lost)
  and restores that decision's ``before`` state;
- the state is the top decision's ``after``, or, with no decision standing,
  ``unreviewed`` for a machine item and ``rejected`` for a human-added one
  (undoing an addition withdraws it).

An item's *version* is the id of its latest log entry (0 when it has none).
Every decision carries the version its editor saw; the store refuses one whose
version is stale, so two editors never silently overwrite each other.

Items a human adds (from text selected in the article) carry the rule
``human:added`` (any rule starting ``human:`` is human): re-extraction never
marks them orphaned, and their ids are keyed apart from machine items.
"""

from __future__ import annotations

import datetime as dt
import types
import typing
from dataclasses import dataclass, field
from typing import Any, Literal, Optional

from pydantic import ValidationError

from ..errors import ReviewError
from ..records import Check, Claim, DateMention, Figure, Outcome, item_id

# review kind -> (item table, record class)
KINDS: dict[str, tuple[str, type]] = {
    "figure": ("figures", Figure),
    "outcome": ("outcomes", Outcome),
    "date": ("dates", DateMention),
    # a claim about change or comparison, with whether the article's own figures bear it out
    "claim": ("claims", Claim),
    "check": ("checks", Check),
}
ADDABLE = ("figure", "outcome")
STATUSES = ("unreviewed", "accepted", "rejected", "corrected")
# What the queue filters on: a reviewed status, or "orphaned" for items the
# latest extraction no longer produces (whatever their status).
FILTERS = (*STATUSES, "orphaned")
DECISIONS = ("accept", "reject", "correct", "add", "undo")
HUMAN_PREFIX = "human:"
HUMAN_RULE = HUMAN_PREFIX + "added"

# Fields a reviewer never edits: identity, provenance, and a check's spans
# (which point at the items it rests on rather than at words of its own).
_FIXED = {"id", "rule", "text", "span", "spans"}


@dataclass(frozen=True)
class Entry:
    """One row of the review log."""
    id: int
    item_id: str
    item_kind: str
    reviewer: Optional[str]
    decided_at: dt.datetime
    decision: str
    before: Optional[dict]
    after: Optional[dict]
    reason: Optional[str]

    def to_json(self) -> dict:
        return {"id": self.id, "reviewer": self.reviewer, "decision": self.decision,
                "decided_at": self.decided_at.isoformat(timespec="seconds") + "Z",
                "reason": self.reason, "before": self.before, "after": self.after}


@dataclass
class Reviewed:
    """An item with its machine values and its current reviewed state."""
    kind: str
    article_id: str
    current: bool          # False: the latest extraction no longer produces it (orphaned)
    machine: Any           # the record as the extractor (or the adding human) stored it
    status: str
    values: dict           # the reviewed values: machine values with corrections applied
    version: int
    standing: Optional[Entry]          # the decision that gives the status, if any
    history: list[Entry] = field(default_factory=list)

    @property
    def id(self) -> str:
        return self.machine.id

    @property
    def human(self) -> bool:
        return is_human(self.machine)

    @property
    def changed_fields(self) -> list[str]:
        """Fields whose reviewed value differs from the machine's."""
        machine = machine_values(self.machine)
        return [name for name, value in self.values.items() if machine.get(name) != value]

    @property
    def machine_changed(self) -> bool:
        """An accepted item whose machine values a later extraction changed."""
        return self.status == "accepted" and bool(self.changed_fields)

    def to_json(self) -> dict:
        machine = machine_values(self.machine)
        return {
            "id": self.id, "kind": self.kind, "article_id": self.article_id,
            "current": self.current, "human": self.human, "status": self.status,
            "version": self.version, "values": self.values, "machine": machine,
            "spans": spans_of(self.machine, self.values), "changed": self.changed_fields,
            "machine_changed": self.machine_changed,
            "check_kind": machine.get("kind") if self.kind == "check" else None,
            "reviewer": self.standing.reviewer if self.standing else None,
            "decided_at": self.standing.to_json()["decided_at"] if self.standing else None,
            "reason": self.standing.reason if self.standing else None,
            "history": [e.to_json() for e in self.history],
        }


def is_human(record) -> bool:
    return getattr(record, "rule", "").startswith(HUMAN_PREFIX)


def machine_values(record) -> dict:
    return record.model_dump(mode="json", exclude={"id", "rule"})


def spans_of(record, values: dict) -> list[list[int]]:
    if isinstance(record, Check):
        return [list(s) for s in values.get("spans", [])]
    return [list(values["span"])]


def standing(entries) -> Optional[Entry]:
    """The decision that stands after a log's entries (oldest first): each undo takes
    back the latest decision not yet taken back."""
    stack: list[Entry] = []
    for entry in entries:
        if entry.decision == "undo":
            if stack:
                stack.pop()
        else:
            stack.append(entry)
    return stack[-1] if stack else None


def fold(kind: str, article_id: str, current: bool, record, entries: list[Entry]) -> Reviewed:
    """The item's reviewed state from its log entries (oldest first)."""
    standing_entry = standing(entries)
    state = standing_entry.after if standing_entry else None
    if state is None:
        status = "rejected" if is_human(record) else "unreviewed"
        values = machine_values(record)
    else:
        status, values = state["status"], state.get("values") or machine_values(record)
    return Reviewed(kind=kind, article_id=article_id, current=current, machine=record,
                    status=status, values=values, version=entries[-1].id if entries else 0,
                    standing=standing_entry, history=list(entries))


def state_of(item: Reviewed) -> dict:
    return {"status": item.status, "values": item.values}


def undo_target(item: Reviewed, reviewer: str | None = None) -> Entry:
    """The decision an undo takes back: the one standing, which only the editor who
    made it may take back (another editor decides again instead)."""
    if item.standing is None:
        raise ReviewError(f"item {item.id}: there is no decision to undo")
    if reviewer is not None and item.standing.reviewer != reviewer:
        raise ReviewError(f"item {item.id}: the decision standing is {item.standing.reviewer}'s "
                          f"({item.standing.decision}); only they can undo it, you can decide again")
    return item.standing


# -- corrections --------------------------------------------------------------

def _unwrap(annotation) -> tuple[Any, bool]:
    """(inner type, nullable) of Optional[X] / X | None."""
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        nullable = len(args) < len(typing.get_args(annotation))
        if len(args) == 1:
            return args[0], nullable
        literal = [a for a in args if typing.get_origin(a) is Literal]
        return (literal[0] if literal else str), nullable
    return annotation, False


def field_specs(kind: str) -> list[dict]:
    """The editable fields of a kind, for the correction form: name, type
    (number, date, enum, bool, text), enum options, whether it may be empty."""
    _, cls = KINDS[kind]
    specs = []
    for name, info in cls.model_fields.items():
        if name in _FIXED:
            continue
        inner, nullable = _unwrap(info.annotation)
        spec: dict[str, Any] = {"name": name, "nullable": nullable}
        if isinstance(info.default, (str, int, float, bool)):
            spec["default"] = info.default  # what a new item starts with
        if typing.get_origin(inner) is Literal:
            spec.update(type="enum", options=list(typing.get_args(inner)))
            if kind == "check" and name == "kind":
                spec["type"] = "text"  # check kinds are open: new ones are plain strings
        elif inner is float or inner is int:
            spec["type"] = "number"
        elif inner is dt.date:
            spec["type"] = "date"
        elif inner is bool:
            spec["type"] = "bool"
        else:
            spec["type"] = "text"
        specs.append(spec)
    if kind != "check":
        specs[:0] = [{"name": "span_start", "type": "number", "nullable": False},
                     {"name": "span_end", "type": "number", "nullable": False}]
    return specs


def _message(kind: str, exc: ValidationError) -> str:
    parts = []
    for error in exc.errors():
        where = ".".join(str(p) for p in error["loc"])
        text = error["msg"].removeprefix("Value error, ")
        parts.append(f"{where}: {text}" if where else text)
    return f"invalid {kind}: " + "; ".join(parts)


def _span(article_text: str, start: Any, end: Any) -> tuple[int, int]:
    try:
        span = (int(str(start).strip()), int(str(end).strip()))
    except ValueError:
        raise ReviewError(f"span must be two whole numbers, not {start!r}..{end!r}") from None
    if not 0 <= span[0] < span[1] <= len(article_text):
        raise ReviewError(f"span {span[0]}..{span[1]} is not within the article "
                          f"(0..{len(article_text)}) or is empty")
    return span


def validate(kind: str, base: dict, changes: dict, article_text: str, rule: str = ""):
    """The record ``base`` (JSON values) with ``changes`` (field -> value as typed,
    '' meaning empty) applied, validated by the record's own pydantic model.
    Raises ReviewError naming every bad field."""
    _, cls = KINDS[kind]
    editable = {spec["name"] for spec in field_specs(kind)}
    unknown = sorted(set(changes) - editable)
    if unknown:
        raise ReviewError(f"a {kind} has no editable field {', '.join(unknown)}")
    data = dict(base)
    changes = {name: (None if isinstance(v, str) and not v.strip() else v)
               for name, v in changes.items()}
    if "span_start" in changes or "span_end" in changes:
        start = changes.pop("span_start", None)
        end = changes.pop("span_end", None)
        start = base["span"][0] if start is None else start
        end = base["span"][1] if end is None else end
        span = _span(article_text, start, end)
        data.update(span=span, text=article_text[span[0]:span[1]])
    data.update(changes)
    data.update(rule=rule)
    try:
        record = cls.model_validate(data)
    except ValidationError as exc:
        raise ReviewError(_message(kind, exc)) from None
    if not isinstance(record, Check):
        try:
            record.check_span(article_text)
        except ValueError as exc:
            raise ReviewError(f"invalid {kind}: {exc}") from None
    return record


def correct(item: Reviewed, changes: dict, article_text: str) -> dict:
    """The reviewed values after ``changes``, on top of the current reviewed values."""
    return machine_values(validate(item.kind, item.values, changes, article_text))


def new_item(kind: str, article_id: str, article_text: str, span: Any, values: dict):
    """A record a human adds from selected words of the article, with its stable id."""
    if kind not in ADDABLE:
        raise ReviewError(f"only a {' or '.join(ADDABLE)} can be added, not {kind!r}")
    try:
        start, end = span
    except (TypeError, ValueError):
        raise ReviewError("select the words of the article the new item rests on") from None
    start, end = _span(article_text, start, end)
    base = {"span": (start, end), "text": article_text[start:end]}
    if kind == "figure":
        base["value"] = None
    # a field left empty takes the model's default, as an extracted item's would
    values = {name: v for name, v in values.items() if not (isinstance(v, str) and not v.strip())}
    record = validate(kind, base, values, article_text, rule=HUMAN_RULE)
    key = record.value if kind == "figure" else record.outcome
    record.id = item_id(article_id, kind, record.span, f"human|{key}")
    return record
