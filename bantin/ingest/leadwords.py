"""The words a headline-like line shares with a lead: the measure of whether the line tells what the lead tells."""

from __future__ import annotations

import re

from ..textnorm import tone_key

# words any headline and lead may share without being about the same thing
_FUNCTION_WORDS = frozenset(map(tone_key, (
    "và", "của", "các", "những", "cho", "tại", "với", "trong", "là", "được", "có", "đã", "về", "năm", "ngày", "người"
)))
LEAD_WORDS = 80  # how far into the lead a line's words are looked for


def content_words(text: str) -> set[str]:
    return {tone_key(w) for w in re.findall(r"[^\W\d_]{2,}", text)} - _FUNCTION_WORDS


def lead_words(lead: str) -> set[str]:
    """The content words of the lead's opening, read once for every line measured against it."""
    return content_words(" ".join(lead.split()[:LEAD_WORDS]))


def shared(line: str, told: set[str]) -> int:
    """How many of the line's content words the lead (its `lead_words`) uses."""
    return len(content_words(line) & told)
