"""A one-line summary of an article: its `summary` key, else the start of its first paragraph."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .content import Article
from .textnorm import squash_spaces, tone_key

LIMIT = 220
_TAG = re.compile(r"<[^>]*>")
_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MARKS = re.compile(r"[*_`#>|]+")
_BLANK_LINE = re.compile(r"\n\s*\n")


def plain(markdown_text: str) -> str:
    """Markdown paragraph -> plain text (links keep their words; images and tags go)."""
    text = _TAG.sub(" ", markdown_text)
    text = _LINK.sub(lambda m: "" if m[0].startswith("!") else m[1], text)
    return squash_spaces(_MARKS.sub(" ", text))


def shorten(text: str, limit: int = LIMIT) -> str:
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0].rstrip(",;:-–")
    return cut + "…"


def repeats_title(text: str, title: str) -> bool:
    """True when a paragraph starts with the headline (either tone placement, any Unicode form)."""
    head = text[: len(title)]
    return head == title or (head[:1].casefold() == title[:1].casefold() and tone_key(head) == tone_key(title))


def _blocks(text: str) -> Iterator[str]:
    """`re.split` by blank lines, one block at a time: the summary rarely needs more than the first."""
    start = 0
    for gap in _BLANK_LINE.finditer(text):
        yield text[start:gap.start()]
        start = gap.end()
    yield text[start:]


def summarize(article: Article, body: str | None = None) -> str:
    """The front matter's summary, else the body's first paragraph of some length (`body`: the
    article's, when the caller has it unpacked already)."""
    if article.summary:
        return shorten(squash_spaces(article.summary))
    for block in _blocks(article.body if body is None else body):
        text = plain(block)
        if article.title and repeats_title(text, article.title):
            text = text[len(article.title):].lstrip(" .:-–")
        if len(text) >= 20:
            return shorten(text)
    return ""
