"""What an extraction rule returns: a value, and for an editor, why it may need a look."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class Found(Generic[T]):
    value: T | None
    text: str = ""  # the words of the seed the value came from
    review: str = ""  # non-empty: the editor should check this value, and this is why

    @property
    def empty(self) -> bool:
        return self.value is None or self.value == ""


def nothing(review: str = "", text: str = "") -> Found:
    return Found(None, text, review)
