"""The Markdown subset ingest writes, converted directly: the same HTML as Python-Markdown + nh3.

Why: Python-Markdown is the converter of record (markup.to_html), but it costs about a
millisecond per article body, most of a clean build's Markdown time, for bodies that use almost
nothing of Markdown. Ingest writes paragraphs, `## ` subheads, `*caption*` lines and backslash
escapes (ingest/body.py); the benchmark corpus adds `- ` lists and `**bold**`. This module
converts exactly that subset and returns None for anything else, so the caller falls back to
Python-Markdown. It is proven, not assumed: tests/test_markup_subset.py compares the two,
byte for byte, on every body of a generated corpus, on every fixture and on hypothesis-made text.

The subset, checked before anything is converted (anything else: None):
- blocks are separated by blank lines; no line starts or ends with a space; no whitespace but
  spaces and newlines (tabs, no-break spaces…), no control characters;
- a block is a heading (`## text`, one line), a list (every line `- text`, not right after
  another list, which Python-Markdown would merge into a loose one), or a paragraph;
- no line of a paragraph or list item may start like block syntax (`#`, `>`, `=`, `-`, `+`,
  `* `, `1. `); captions (`*text*`) are fine;
- inline: backslash escapes, `**strong**` and `*em*` around text without `*`, `&`, `>`,
  `&lt;`, `&gt;`, `&amp;`; never `<`, backticks, `~`, other entities, nor `_`, brackets or `|`
  unless escaped by a backslash. (A body with `|` gets Python-Markdown's tables extension, whose
  tables need a `|` that is not escaped; with it, `\\|` is an escape.)
"""

from __future__ import annotations

import re

# Characters outside the subset: controls, whitespace but the space and the newline (Python-Markdown
# strips some of it), raw HTML, tables, fenced code.
_OUTSIDE = re.compile(r"[\x00-\x09\x0b-\x1f\x7f-\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff<`~]")
_UNESCAPED_PIPE = re.compile(r"(?<!\\)(?:\\\\)*\|")  # a table's cell border; `\|` is a pipe as text
_ENTITY = re.compile(r"&(?:\\?#|(?!(?:lt|gt|amp);)[A-Za-z0-9]+;)")  # any but &lt; &gt; &amp; (`\#` is `#`)
# Line starts that are block syntax inside a paragraph or a list item (after its `- `).
_LINE_START = r"(?:[#>=+\-]|\*\*?(?:[ *\n]|$)|\d+[.)](?:[ \n]|$))"
_FIRST_LINE_START, _NEXT_LINE_START = re.compile(_LINE_START), re.compile("\n" + _LINE_START)
_HEADING = re.compile(r"## (?=[^\s#])([^\n]*[^\s#\\])")  # (a backslash last escapes the line end)
_ITEM = re.compile(r"- (?=\S)")
_SPECIAL = re.compile(r"[\\*_\[\]&>]")
# Python-Markdown's escapable characters; `|` only with the tables extension, which a body with `\|` gets.
_ESCAPABLE = r"[\\`*_{}\[\]()>#+\-.!|]"
# Emphasis whose reading leaves no doubt: `*` or `**` at the start of the text or after a space, not before
# one; then text with no `*` but escaped ones; then as many `*`, not after a space, and no more after them.
_EMPHASIS = (rf"(?:^|(?<=\s))(?P<stars>\*\*?)(?=[^\s*])"
             rf"(?P<inner>(?:\\{_ESCAPABLE}|\\(?!{_ESCAPABLE})|[^*\\])+)(?<=\S)(?P=stars)(?!\*)")
# Escapes, emphasis, what HTML escapes, and what sends the text back to Python-Markdown (any other `*`,
# `_`, a bracket: links).
_INLINE = re.compile(rf"\\(?P<escaped>{_ESCAPABLE})|{_EMPHASIS}|&(?:lt;|gt;|amp;)?|>|[*_\[\]]")
_TEXT_ESCAPES = {"&": "&amp;", "&lt;": "&lt;", "&gt;": "&gt;", "&amp;": "&amp;", ">": "&gt;"}


class _Outside(Exception):
    """The text leaves the subset: let Python-Markdown convert it."""


def _inline(text: str) -> str:
    if not _SPECIAL.search(text):
        return text

    def one(match: re.Match[str]) -> str:
        escaped, stars, inner = match["escaped"], match["stars"], match["inner"]
        if escaped is not None:
            return _TEXT_ESCAPES.get(escaped, escaped)
        if stars is not None:
            tag = "strong" if stars == "**" else "em"
            return f"<{tag}>{_inline(inner)}</{tag}>"
        if match[0] in _TEXT_ESCAPES:
            return _TEXT_ESCAPES[match[0]]
        raise _Outside  # a `*` in a doubtful place, `_`, a bracket: Python-Markdown's rules are subtle there

    return _INLINE.sub(one, text)


def _block(block: str, after_list: bool) -> tuple[str, bool]:
    """One block to HTML; and whether it was a list."""
    if block.startswith("#"):
        heading = _HEADING.fullmatch(block)
        if heading is None:
            raise _Outside
        return f"<h3>{_inline(heading[1])}</h3>", False
    if block.startswith("- "):
        lines = block.split("\n")
        if after_list or not all(_ITEM.match(line) for line in lines):
            raise _Outside
        items = [line[2:] for line in lines]
        if any(_FIRST_LINE_START.match(item) for item in items):
            raise _Outside
        return "<ul>\n" + "".join(f"<li>{_inline(item)}</li>\n" for item in items) + "</ul>", True
    if _FIRST_LINE_START.match(block) or _NEXT_LINE_START.search(block):
        raise _Outside
    return f"<p>{_inline(block)}</p>", False


def subset_to_html(body: str) -> str | None:
    """The body's safe HTML if it keeps to the subset, else None (then use markup.to_html)."""
    text = body.strip("\n")
    if (not text or _OUTSIDE.search(text) or "\n " in text or " \n" in text or text[0] == " " or text[-1] == " "
            or ("&" in text and _ENTITY.search(text)) or ("|" in text and _UNESCAPED_PIPE.search(text))):
        return None  # (spaces that start a line indent it; two that end one break it)
    parts, after_list = [], False
    try:
        for block in text.split("\n\n"):
            block = block.lstrip("\n")  # three or more newlines in a row
            if block:
                html, after_list = _block(block, after_list)
                parts.append(html)
    except _Outside:
        return None
    return "\n".join(parts)
