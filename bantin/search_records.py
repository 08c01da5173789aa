"""What the search indexer reads for one article: a small HTML record made from the model.

Not the article page: the text Pagefind needs is already in memory (title, body, place,
officials, date), so each article becomes a page of its own for the indexer, holding the title in
an h1 (Pagefind weighs it), the body's blocks, and the filters and metadata the search page shows.
Filter values come from the same model objects the article page shows (`entry.place.title`,
`mention.official.label`: the person, with the province when namesakes exist), so a change
there reaches search with nothing to keep in step.

Đ is a letter of its own to Pagefind (Unicode does not decompose it), so `dang` would miss `Đăng`.
The record spells it as d followed by STROKE, a combining mark, so that Pagefind folds it away with
the other marks when it matches loosely (`dang` finds `Đăng`, `Đảng`, `dang`) and keeps it when
asked for exact marks (`Đăng` finds only `Đăng`, `dầu` never `đầu`); words stay where they are, so
a phrase is still a phrase. The mark must be alphabetic as well as combining: Pagefind keeps only
letters and digits of a word before it records the word as written (the form exact mode compares),
and folds combining marks for the loose form. A stroke overlay (U+0335) is not alphabetic, so it
was dropped there: `đầu` was recorded as `dầu`. COMBINING LATIN SMALL LETTER D is both, and no
Vietnamese text holds it. The search page turns d + STROKE back into đ before showing any text.
"""

from __future__ import annotations

import html
import re

from .model import Entry
from .vietnamese import date_short

STROKE = "\u0369"  # COMBINING LATIN SMALL LETTER D; templates/static/search.js knows it too

_HEADING = re.compile(r"^(#{1,6})[ \t]+(.*?)[ \t#]*$")
_ITEM = re.compile(r"^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+|^[ \t]*>[ \t]?")
_IMAGE_OR_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_TAG = re.compile(r"</?[A-Za-z][^>]*>|<!--.*?-->", re.S)
_MARKUP = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>])|\*{1,3}|_{2,3}|`+")  # an escape, or emphasis and code
_ITEM_START = frozenset("-*+>0123456789 \t")


def stroked(text: str) -> str:
    """`Đảng đoàn` -> `Dͩảng dͩoàn`: đ as the indexer should read it. A STROKE already in the
    text goes, so that the search page turns back into đ only what was đ."""
    if STROKE in text:
        text = text.replace(STROKE, "")
    return text.replace("đ", "d" + STROKE).replace("Đ", "D" + STROKE)


def plain(markdown: str) -> str:
    """The reader's text of some Markdown: markup, tags and escapes gone, entities read. Each
    step only where its characters occur: most text has none (a build reads every body)."""
    text = markdown
    if "[" in text:
        text = _IMAGE_OR_LINK.sub(r"\1", text)
    if "<" in text:
        text = _TAG.sub(" ", text)
    if "*" in text or "_" in text or "`" in text or "\\" in text:
        text = _MARKUP.sub(lambda found: found[1] or "", text)
    return html.unescape(text) if "&" in text else text


def blocks(body: str) -> list[tuple[str, str]]:
    """The body as (kind, text) blocks: "h2"… for headings (Pagefind weighs them), "p" for the rest."""
    found: list[tuple[str, str]] = []
    for chunk in re.split(r"\n[ \t]*\n", body):
        lines: list[str] = []
        for line in chunk.split("\n"):
            if line[:1] == "#" and (heading := _HEADING.match(line)):
                found.append((f"h{min(6, len(heading[1]) + 1)}", _clean(plain(heading[2]))))
            elif line[:1] in _ITEM_START and line.strip():
                lines.append(_ITEM.sub("", line))
            elif line:
                lines.append(line)
        if text := _clean(plain(" ".join(lines))):
            found.append(("p", text))
    return [(kind, text) for kind, text in found if text]


def _clean(text: str) -> str:
    return " ".join(text.split())


def _attr(text: str) -> str:
    return html.escape(text, quote=True)


def record(entry: Entry) -> str:
    """The page the indexer reads for this article (its URL comes from where it is written)."""
    article, place = entry.article, entry.place
    parts = ['<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"></head><body>',
             f"<h1>{html.escape(stroked(entry.title))}</h1>", "<div data-pagefind-ignore>"]
    date = date_short(entry.date) if entry.date else "Chưa rõ ngày"
    parts.append(f'<span data-pagefind-meta="date:{_attr(date)}"></span>')
    parts.append(f'<span data-pagefind-meta="place_url:{_attr(place.url)}"></span>')
    where = html.escape(place.title)
    parts.append(f'<span data-pagefind-filter="dia_phuong" data-pagefind-meta="place">{where}</span>')
    for name in sorted({mention.official.label for mention in entry.mentions}):  # the person (issue 16)
        parts.append(f'<span data-pagefind-filter="can_bo">{html.escape(name)}</span>')
    parts.append("</div>")
    for kind, text in blocks(article.body):
        parts.append(f"<{kind}>{html.escape(stroked(text))}</{kind}>")
    if article.source:
        parts.append(f"<p>Theo {html.escape(stroked(article.source))}</p>")
    parts.append("</body></html>\n")
    return "".join(parts)
