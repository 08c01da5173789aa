"""Where the page's date lines stand among the lines at its top (portals print the date right under the headline),
for find_headline."""

from __future__ import annotations

from . import patterns as pt
from .lines import Line

MAX_HEADLINE = 40


def titled_below(content: list[tuple[Line, str]], index: int, stamps: frozenset[int]) -> bool:
    """Whether the page's date line comes right under line `index`, then a line that reads as a headline (no
    sentence), then a long paragraph."""
    texts = [line.text.strip() for line, kind in content[index + 1 : index + 3] if kind == "text"]
    number = content[index][0].number
    below = content[index + 1][0].number if index + 1 < len(content) else number
    return (
        any(number < stamp <= number + 2 and stamp < below for stamp in stamps)
        and len(texts) == 2
        and 5 <= pt.words(texts[0]) <= MAX_HEADLINE
        and not texts[0].endswith(".")
        and pt.words(texts[1]) > MAX_HEADLINE
    )


def stamped_below(content: list[tuple[Line, str]], index: int, stamps: frozenset[int]) -> bool:
    """Whether the page's timestamp line comes right after content line `index` (portals print it under
    the headline)."""
    if index >= len(content) or content[index][1] != "text" or content[index][0].text.endswith("."):
        return False
    return stamp_right_under(content, index, stamps)


def stamp_right_under(
    content: list[tuple[Line, str]], index: int, stamps: frozenset[int], adjacent: bool = False
) -> bool:
    """Whether one of the page's date lines stands between content line `index` and the next (with `adjacent`,
    on the next line or the one after a blank, not under a widget's lines), or ends that line itself when it is no
    sentence (`<headline> 17/06/2025 10:37`, not `<caption>. 17/06/2025 10:37`)."""
    number = content[index][0].number
    following = content[index + 1][0].number if index + 1 < len(content) else 10**9
    first = number if not content[index][0].text.rstrip().endswith(".") else number + 1
    return any(first <= stamp < following and (not adjacent or stamp - number <= 2) for stamp in stamps)
