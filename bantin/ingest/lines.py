"""A line of a seed's text, with its line number (the unit page parsing and the rules read)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Line:
    number: int  # 1-based line in the seed
    text: str

