"""What every models/ file schema is built from: a strict object (unknown keys refused),
a whole JSON file (which may carry an "about"), and one line of a JSONL file."""

from __future__ import annotations

from typing import ClassVar, Optional

from pydantic import BaseModel, ConfigDict


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class JsonFile(Strict):
    """A whole JSON file."""

    about: str = ""


class Line(Strict):
    """One line of a JSONL file. ``unique`` names a key no two lines may share a value of."""

    unique: ClassVar[Optional[str]] = None

    @classmethod
    def pick(cls, row: dict) -> type["Line"]:
        """The class a line is read with (files that mix kinds of line override this)."""
        return cls


Words = list[str]
