"""The Markdown ingest and editors write, converted directly: the same HTML as Python-Markdown + nh3.

Why: Python-Markdown is the converter of record (markup.to_html), but it costs about a
millisecond and a half per article body, most of a clean build's Markdown time, for bodies that use
little of Markdown. Ingest writes paragraphs, `## ` subheads, `*caption*` lines and backslash
escapes (ingest/body.py); editors add bold leads, links, block quotes, bullet and numbered lists
and tables (issue 15). This module converts exactly that subset and returns None for anything
else, so the caller falls back to Python-Markdown. It is proven, not assumed:
tests/test_markup_subset.py compares the two, byte for byte, on every body of both generated
corpora, on every fixture and on hypothesis-made text.

The subset, checked before anything is converted (anything else: None):
- blocks are separated by blank lines; no line starts or ends with a space; no whitespace but
  spaces and newlines (tabs, no-break spaces…), no control characters;
- a block is a heading (`## text`, one line), a list (every line `- text`, or every line
  `1. text`; not right after another list, which Python-Markdown would merge into a loose one),
  a block quote (every line `> text`, its text a paragraph; not right after another quote, which
  Python-Markdown would merge), a table (every line `| … |`, the second `|---|---|`, at least two
  columns and one row, no alignment colons), or a paragraph;
- no line of a paragraph, quote or list item may start like block syntax (`#`, `>`, `=`, `-`, `+`,
  `* `, `1. `); captions (`*text*`) are fine;
- inline: backslash escapes, `**strong**` and `*em*` around text without `*`, links
  `[text](http(s)://…)` (text without brackets or backslashes, a URL of plain ASCII without
  spaces, quotes, parentheses, `*` or `;`), `&`, `>`, `&lt;`, `&gt;`, `&amp;`; never `<`, backticks,
  `~`, other entities, nor `_` or brackets outside a link unless escaped by a backslash;
- `|` unescaped only as a table's cell border. (A body with `|` gets Python-Markdown's tables
  extension; with it, `\\|` is an escape.)
"""

from __future__ import annotations

import itertools
import re

# Characters outside the subset: controls, whitespace but the space and the newline (Python-Markdown
# strips some of it), raw HTML, code, fenced code.
_OUTSIDE = re.compile(r"[\x00-\x09\x0b-\x1f\x7f-\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff<`~]")
_UNESCAPED_PIPE = re.compile(r"(?<!\\)(?:\\\\)*\|")  # a table's cell border; `\|` is a pipe as text
_CELL_BORDER = re.compile(r"\\\\|\\\||(\|)")  # the tables extension's split: `\\` and `\|` are not borders
_ENTITY = re.compile(r"&(?:\\?#|(?!(?:lt|gt|amp);)[A-Za-z0-9]+;)")  # any but &lt; &gt; &amp; (`\#` is `#`)
# Line starts that are block syntax inside a paragraph or a list item (after its `- `).
_LINE_START = r"(?:[#>=+\-|]|\*(?:[ \n]|$)|\*\*(?:[ *\n]|$)|\d+[.)](?:[ \n]|$))"  # `**bold` is not
_FIRST_LINE_START, _NEXT_LINE_START = re.compile(_LINE_START), re.compile("\n" + _LINE_START)
_HEADING = re.compile(r"## (?=[^\s#])([^\n]*[^\s#\\])")  # (a backslash last escapes the line end)
_ITEM = re.compile(r"- (?=\S)")
_NUMBERED = re.compile(r"(\d{1,9})\. (?=\S)")
_QUOTED = re.compile(r"> (?=\S)")
_SEPARATOR = re.compile(r"\|(?: *-+ *\|)+")
_SPECIAL = re.compile(r"[\\*_\[\]&>]")
# Python-Markdown's escapable characters; `|` only with the tables extension, which a body with `\|` gets.
_ESCAPABLE = r"[\\`*_{}\[\]()>#+\-.!|]"
# Emphasis whose reading leaves no doubt: `*` or `**` at the start of the text or after a space, not before
# one; then text with no `*` but escaped ones; then as many `*`, not after a space, and no more after them.
# (Every branch of _INLINE starts with its literal character, checks what precedes it after that: then the
# regex engine skips to the next such character instead of trying every branch at every position.)
_EMPHASIS = (rf"\*(?<!\S\*)(?P<strong>\*)?(?=[^\s*])"
             rf"(?P<inner>(?:\\{_ESCAPABLE}|\\(?!{_ESCAPABLE})|[^*\\])+)(?<=\S)\*(?(strong)\*)(?!\*)")
# A link whose reading leaves no doubt: not an image, plain link text, an absolute web URL of plain characters.
_LINK = r"\[(?<!!\[)(?P<text>[^\[\]\\\n]+)\]\((?P<url>https?://[A-Za-z0-9\-.~:/?#@!$&+,=%_]+)\)"  # (no `;`: entities)
# Escapes, links, emphasis, what HTML escapes, and what sends the text back to Python-Markdown (any other
# `*`, `_`, a bracket).
_INLINE = re.compile(rf"\\(?P<escaped>{_ESCAPABLE})|{_LINK}|{_EMPHASIS}|&(?:lt;|gt;|amp;)?|>|\*|_|\[|\]")
_TEXT_ESCAPES = {"&": "&amp;", "&lt;": "&lt;", "&gt;": "&gt;", "&amp;": "&amp;", ">": "&gt;"}
_REL = ' rel="noopener noreferrer"'
_END_QUOTE = "\n</blockquote>"


class _Outside(Exception):
    """The text leaves the subset: let Python-Markdown convert it."""


def _inline(text: str) -> str:
    if not _SPECIAL.search(text):
        return text

    def one(match: re.Match[str]) -> str:
        escaped, inner, url = match["escaped"], match["inner"], match["url"]
        if escaped is not None:
            return _TEXT_ESCAPES.get(escaped, escaped)
        if url is not None:
            return f'<a href="{url.replace("&", "&amp;")}"{_REL}>{_inline(match["text"])}</a>'
        if inner is not None:
            tag = "em" if match["strong"] is None else "strong"
            return f"<{tag}>{_inline(inner)}</{tag}>"
        if match[0] in _TEXT_ESCAPES:
            return _TEXT_ESCAPES[match[0]]
        raise _Outside  # a `*` in a doubtful place, `_`, a bracket: Python-Markdown's rules are subtle there

    return _INLINE.sub(one, text)


def _paragraph(text: str) -> str:
    if _FIRST_LINE_START.match(text) or _NEXT_LINE_START.search(text):
        raise _Outside
    return f"<p>{_inline(text)}</p>"


def _items(lines: list[str], pattern: re.Pattern[str]) -> list[str]:
    matches = [pattern.match(line) for line in lines]
    if not all(matches):
        raise _Outside
    items = [line[m.end():] for line, m in zip(lines, matches, strict=True)]  # type: ignore[union-attr]
    if any(_FIRST_LINE_START.match(item) for item in items):
        raise _Outside
    return items


def _list(lines: list[str]) -> str:
    first = _NUMBERED.match(lines[0])
    if first is None:
        tag, start = "ul", ""
        items = _items(lines, _ITEM)
    else:
        tag, start = "ol", "" if first[1] == "1" else f' start="{first[1]}"'
        items = _items(lines, _NUMBERED)
    return f"<{tag}{start}>\n" + "".join(f"<li>{_inline(item)}</li>\n" for item in items) + f"</{tag}>"


def _cells(row: str) -> list[str]:
    """A table row's cells as the tables extension splits them (the row starts and ends with a border)."""
    borders = [m.start() for m in _CELL_BORDER.finditer(row) if m[1]]
    if len(borders) < 2 or borders[0] != 0 or borders[-1] != len(row) - 1:
        raise _Outside
    return [row[a + 1:b].strip(" ") for a, b in itertools.pairwise(borders)]


def _table(lines: list[str]) -> str:
    head = _cells(lines[0])
    if len(lines) < 3 or len(head) < 2 or not _SEPARATOR.fullmatch(lines[1]) or lines[1].count("|") != len(head) + 1:
        raise _Outside

    def row(cells: list[str], tag: str) -> str:
        cells = (cells + [""] * len(head))[:len(head)]  # the header's columns, padded or cut
        return "<tr>\n" + "".join(f"<{tag}>{_inline(cell)}</{tag}>\n" for cell in cells) + "</tr>\n"

    body = "".join(row(_cells(line), "td") for line in lines[2:])
    return f"<table>\n<thead>\n{row(head, 'th')}</thead>\n<tbody>\n{body}</tbody>\n</table>"


def _block(block: str, before: str) -> tuple[str, str]:
    """One block to HTML, and its kind (list, quote, table, other); `before`: the kind of the block before.
    A quote's HTML is its paragraph, without the blockquote around it."""
    if block.startswith("|"):
        return _table(block.split("\n")), "table"
    if "|" in block and _UNESCAPED_PIPE.search(block):
        raise _Outside  # a pipe outside a table: the tables extension may yet see one
    if block.startswith("#"):
        heading = _HEADING.fullmatch(block)
        if heading is None:
            raise _Outside
        return f"<h3>{_inline(heading[1])}</h3>", "other"
    if block.startswith("> "):  # its paragraph; quotes in a row are one blockquote (subset_to_html)
        return _paragraph("\n".join(_items(block.split("\n"), _QUOTED))), "quote"
    if block.startswith("- ") or _NUMBERED.match(block):
        if before == "list":
            raise _Outside
        return _list(block.split("\n")), "list"
    return _paragraph(block), "other"


def subset_to_html(body: str) -> str | None:
    """The body's safe HTML if it keeps to the subset, else None (then use markup.to_html)."""
    text = body.strip("\n")
    if (not text or _OUTSIDE.search(text) or "\n " in text or " \n" in text or text[0] == " " or text[-1] == " "
            or ("&" in text and _ENTITY.search(text))):
        return None  # (spaces that start a line indent it; two that end one break it)
    parts, kind = [], ""
    try:
        for block in text.split("\n\n"):
            block = block.lstrip("\n")  # three or more newlines in a row
            if block:
                before = kind
                html, kind = _block(block, before)
                if kind == "quote":  # Python-Markdown adds a quote right after another to that one
                    html = f"{parts.pop()[:-len(_END_QUOTE)]}\n{html}" if before == "quote" else f"<blockquote>\n{html}"
                    html += _END_QUOTE
                parts.append(html)
    except _Outside:
        return None
    return "\n".join(parts)
