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


def shared_with_lead(line: str, lead: str) -> int:
    """How many of the line's content words the lead's opening words use."""
    return len(content_words(line) & content_words(" ".join(lead.split()[:LEAD_WORDS])))
