"""One seed's text -> front matter and a Markdown body: each fact from its own small rule."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from ..textnorm import tone_key
from . import patterns as pt
from .body import damaged_words, replacement_characters, to_markdown
from .byline import find_byline
from .dates import find_date
from .decode import clean_text
from .found import Found
from .locality import Locality, find_locality
from .officials import CLOSED, mentions_in
from .page import Page, parse_page
from .roster import Person, find_officials
from .title import find_title

SUMMARY_CHARS = 240
CAP_BYTES = 2000  # scrapers cut pages at 2,000 bytes …
CAP_MIN_BYTES = 1800  # … web archives' excerpts a little shorter (1,912-1,914 bytes: a character limit)


@dataclass
class Extraction:
    title: Found[str]
    date: Found[str]
    locality: Found[Locality]
    officials: list[Person]
    author: Found[str]
    author_org: Found[str]
    source: Found[str]
    summary: str
    body: str
    review: dict[str, dict[str, str]] = field(default_factory=dict)

    def flag(self, name: str, why: str, text: str = "", value: Any = None) -> None:
        if name in self.review:
            self.review[name]["why"] += f"; {why}"
            return
        entry = {"why": why}
        if text:
            entry["text"] = text[:200]
        if value is not None:
            entry["value"] = str(value)
        self.review[name] = entry


def summarise(markdown: str) -> str:
    """The lead's first sentence or two, as plain text, for lists and feeds."""
    for paragraph in markdown.split("\n\n"):
        if paragraph.startswith(("#", "*")):
            continue
        plain = re.sub(r"\\(.)", r"\1", paragraph).replace("&lt;", "<")
        if len(plain) <= SUMMARY_CHARS:
            return plain
        cut = plain[:SUMMARY_CHARS]
        end = max(cut.rfind(". "), cut.rfind("; "))
        return cut[: end + 1] if end > 80 else cut.rsplit(" ", 1)[0] + "…"
    return ""


def _paragraphs(page: Page, title: str) -> list[str]:
    """The headline, the body's blocks, and the lines after the last paragraph that give someone an
    office, up to a list of related articles: photo captions printed below the text (every such line in 30
    labelled sets names an official)."""
    related = next((line.number for line in page.lines if pt.RELATED_HEADING.match(line.text)
                    and page.blocks and line.number > page.blocks[-1].line), None)
    captions = [line.text for line in page.tail if (related is None or line.number < related)
                and any(m.roles for m in mentions_in(line.text))]
    # (`Trân trọng giới thiệu toàn văn phát biểu của Tổng Bí thư X:` over a speech: a line over the text)
    over = [line.text for line in page.head_extra if any(m.roles for m in mentions_in(line.text))]
    return ([title] if title else []) + over + [block.text for block in page.blocks] + captions


def extract(text: str) -> Extraction:
    capped = CAP_MIN_BYTES <= len(text.encode("utf-8")) <= CAP_BYTES
    page = parse_page(clean_text(text), capped)
    title = find_title(page)
    date = find_date(page)
    byline = find_byline(page, capped)
    excluded = {tone_key(part) for part in re.split(r"\s*[–—,&-]\s*|\s+và\s+", byline.author.value or "") if part}
    year = int(date.value[:4]) if date.value else (page.header_dates[0].date.year if page.header_dates else None)
    paragraphs = _paragraphs(page, page.title.text if page.title else "")
    # (`Đỗ Thuần – Bí thư Chi bộ …`: the sign-off's own office makes its writer no official of the report)
    paragraphs = [p for p in paragraphs if not byline.author.text or p.strip() != byline.author.text.strip()]
    # a page that stops in its last paragraph, mid-sentence (a scraper's size limit): its last role may be cut
    last = page.blocks[-1] if page.blocks else None
    cut = (
        last is not None
        and not page.tail
        and last.kind == "para"
        and last.line == page.lines[-1].number
        and not last.text.rstrip().endswith(CLOSED)
    )
    officials = find_officials(paragraphs, excluded, year, cut, page.lines[-1].text if capped and page.lines else "")
    when = date.value or (page.header_dates[0].date.isoformat() if page.header_dates else None)
    locality = find_locality(page, when, {p.name for p in officials})
    markdown = to_markdown(page, page.title.text if page.title else "")
    result = Extraction(
        title, date, locality, officials, byline.author, byline.author_org, byline.source, summarise(markdown), markdown
    )
    for name, found in (("title", title), ("date", date), ("locality", locality), ("author", byline.author)):
        if found.review:
            value = found.value.name if isinstance(found.value, Locality) else found.value
            result.flag(name, found.review, found.text, value)
    damaged_roles = [role for p in officials for role in p.roles if any(w in role for w in p.damaged)]
    if damaged_roles:
        result.flag(
            "officials",
            "chức vụ có chữ mất dấu (giữ nguyên như bài viết): "
            + "; ".join(f"“{r}”" for r in damaged_roles),
        )
    damaged = damaged_words(page)
    if damaged:
        result.flag(
            "body", "chữ mất dấu (giữ nguyên như bài viết): " + ", ".join(f"“{w}”" for w in damaged)
        )
    lost = replacement_characters(page)
    if lost:
        result.flag("body", f"{lost} ký tự không giải mã được, hiện thành “\ufffd”")
    return result


def warm_up() -> None:
    """Load every table extraction reads, so that worker processes inherit them."""
    extract("Hội nghị\nSáng 1/1/2024, UBND huyện Bắc Hà tổ chức hội nghị. Đồng chí Nguyễn Văn A, Chủ tịch UBND huyện.")


def front_matter(result: Extraction, seed: str, seed_sha256: str) -> dict[str, Any]:
    locality = result.locality.value or Locality(None, None, None)
    data: dict[str, Any] = {
        "title": result.title.value,
        "date": result.date.value,
        "locality": {"name": locality.name, "level": locality.level, "province": locality.province}
        | ({"former": locality.former} if locality.former else {}),
        "officials": [{"name": p.name, "roles": list(p.roles)} for p in result.officials],
        "author": result.author.value,
    }
    if result.author_org.value:
        data["author_org"] = result.author_org.value
    data["source"] = result.source.value
    data["summary"] = result.summary or None
    data["seed"] = seed
    data["seed_sha256"] = seed_sha256
    data["review"] = result.review
    return data
