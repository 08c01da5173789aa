"""The article body as Markdown: paragraphs, subheads as headings, photo captions in italics.

The writer's words are kept as they are; only Markdown's own signs are escaped so they print.
"""

from __future__ import annotations

import re

from ..textnorm import tone_key
from .page import Block, Page
from .tokens import is_damaged, tokenize

_LINE_START = re.compile(r"^(\s*)([#>+*\-=]|\d+[.)](?=\s))")
_INLINE = re.compile(r"([\\`*_\[\]|])")
_UNITS = frozenset({"km", "kg", "cm", "mm", "ml", "kw", "kwh", "mw", "mwh", "tr", "nd", "st", "th"})


def escape(text: str) -> str:
    text = _INLINE.sub(r"\\\1", text)
    text = text.replace("<", "&lt;")
    return _LINE_START.sub(lambda m: m[1] + "\\" + m[2], text)


def _without_repeated_title(block: Block, title: str) -> str:
    """`Headline. Lead…` where the headline is repeated as the first sentence: keep the lead."""
    if not title:
        return block.text
    text = block.text
    if tone_key(text) == tone_key(title):
        return ""
    if tone_key(text[: len(title)]) == tone_key(title):
        rest = text[len(title) :].lstrip(" .:-–")
        if rest[:1].isupper():
            return rest
    return text


def to_markdown(page: Page, title: str) -> str:
    parts: list[str] = []
    for index, block in enumerate(page.blocks):
        text = _without_repeated_title(block, title) if index == 0 else block.text
        if not text:
            continue
        if block.kind == "subhead":
            parts.append(f"## {escape(text)}")
        elif block.kind == "caption":
            parts.append(f"*{escape(text).strip()}*")
        else:
            parts.append(escape(text))
    return "\n\n".join(parts)


def damaged_words(page: Page) -> list[str]:
    """Words that lost their diacritics with their vowel (`tnh`, `ng dụng`), in order, once each."""
    found: list[str] = []
    for block in page.blocks:
        tokens = tokenize(block.text)
        for index, token in enumerate(tokens):
            if not is_damaged(token) or token.key in _UNITS:
                continue
            before = block.text[token.start - 1 : token.start] if token.start else " "
            after = block.text[token.end : token.end + 1] or " "
            if before.strip() or after not in " .,;:":
                continue
            following = tokens[index + 1] if index + 1 < len(tokens) and after == " " else None
            context = token.text + (f" {following.text}" if following is not None and following.is_word else "")
            if all(seen.split()[0] != token.text for seen in found):
                found.append(context)
    return found


def replacement_characters(page: Page) -> int:
    return sum(block.text.count("\ufffd") for block in page.blocks)
