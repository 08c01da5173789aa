"""A scraped page -> its parts: header dates, headline, body blocks, the lines after the body.

Everything here works line by line, the way portals lay pages out; nothing is rewritten.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from dataclasses import dataclass

from ..textnorm import tone_key
from . import knowledge
from . import patterns as pt
from .captions import caption_like
from .headline import find_headline
from .lines import Line

__all__ = ["Block", "HeaderDate", "Line", "Page", "paragraphs", "parse_page"]


@dataclass(frozen=True)
class HeaderDate:
    date: dt.date  # a month-only marker: the month's last day
    line: Line
    month_only: bool = False


@dataclass(frozen=True)
class Block:
    kind: str  # "para", "caption" or "subhead"
    text: str
    line: int


@dataclass(frozen=True)
class Page:
    lines: tuple[Line, ...]  # every non-blank line, furniture included (place names hide there)
    header_dates: tuple[HeaderDate, ...]
    print_date: HeaderDate | None
    title: Line | None
    fused_title: bool  # the headline was cut out of the lead line ("(Ngày Nay) - Headline - …")
    blocks: tuple[Block, ...]
    tail: tuple[Line, ...]  # non-furniture lines after the last paragraph: byline, source
    head_extra: tuple[Line, ...]  # non-furniture lines between header and body (top bylines)


def _marker_date(marker: re.Match[str], line: Line) -> HeaderDate:
    year, month = int(marker[1]), int(marker[2])
    if marker[3]:
        return HeaderDate(dt.date(year, month, int(marker[3])), line)
    following = dt.date(year + month // 12, month % 12 + 1, 1)
    return HeaderDate(following - dt.timedelta(days=1), line, month_only=True)


# `Thứ tư, 1-10-25 14:23:32`: a page clock with a two-digit year, trusted only when its weekday agrees
_TWO_DIGIT_YEAR_CLOCK = re.compile(
    r"^thứ\s*(hai|ba|tư|năm|sáu|bảy|[2-7])\s*,?\s*(\d{1,2})-(\d{1,2})-(\d{2})\s+\d{1,2}:\d{2}(?::\d{2})?\s*$", re.I
)
_WEEKDAYS = {"hai": 0, "ba": 1, "tư": 2, "năm": 3, "sáu": 4, "bảy": 5}


def _two_digit_year_clock(text: str) -> dt.date | None:
    match = _TWO_DIGIT_YEAR_CLOCK.match(text)
    if not match:
        return None
    word, day, month, year = match.group(1).lower(), int(match[2]), int(match[3]), 2000 + int(match[4])
    weekday = int(word) - 2 if word.isdigit() else _WEEKDAYS[word]
    try:
        found = dt.date(year, month, day)
    except ValueError:
        return None
    return found if found.weekday() == weekday else None


def _header_date(text: str) -> dt.date | None:
    iso = pt.HEADER_ISO.match(text)
    if iso:
        year, month, day = (int(iso[1]), int(iso[3]), int(iso[4]))
        try:
            return dt.date(year, month, day)
        except ValueError:
            return None
    for rx in (pt.HEADER_DATE_LINE, pt.HEADER_TIME_FIRST, pt.HEADER_LABELLED, pt.HEADER_SHORT_MONTH, pt.HEADER_WORDS):
        match = rx.match(text)
        if match:
            day, month, year = (int(g) for g in match.groups()[-3:])
            try:
                return dt.date(year, month, day)
            except ValueError:
                return None
    return _two_digit_year_clock(text) or pt.named_month_date(text)


MIN_UNPUNCTUATED_PARAGRAPH = 25  # no byline, source or subhead runs this long, full stop or not
MIN_CAPTION_LIKE_PARAGRAPH = 40  # a photo's caption may


# `Thứ 5, 13/06/2024 | 17:46:34 [GMT +7] A  A`: the text-size buttons after a page's date
_TEXT_SIZE_BUTTONS = re.compile(r"(?<=[\d\])])\s+A\s*[-+]?\s+A\s*[-+]?\s*$")
_AUTHOR_AFTER_DATE = re.compile(r"\s(?:tác giả|người viết|bài viết)\s*:\s*[A-ZĐÀ-Ỹ][^:]{1,40}$", re.I)
# `… 07/09/2019 13:00 294 0`, `15:21 25/12/2024 80`, `18:14 02/09/2025 | Xã hội`: a clock, then counts or a section
_AFTER_CLOCK = re.compile(r"(\d{1,2}/\d{1,2}/\d{4}\s+\d{1,2}:\d{2}|\d{1,2}:\d{2}\s+\d{1,2}/\d{1,2}/\d{4})"
                          r"(?:(?:\s+\d{1,3}(?:\.\d{3})*|\s+\d{1,7}){1,2}|\s*\|\s*[^\W\d][^|\d]{1,30})$")
_GLUED_VIEWS = re.compile(r"(\d{1,2}/\d{1,2}/\d{4}\s+\d{1,2}:\d{2})\d+$")
_LAYOUT_BULLET = re.compile(r"^[•·▪]\s*")
LAYOUT_BULLETS = 3  # of the first six lines: a site that sets headline, date and lead as list items
MENU_ITEM_WORDS = 4
MENU_ITEMS = 4


def _without_view_counts(value: str) -> str:
    """`Thứ ba - 16/09/2025 21:10560` (a clock, then a view count), `<headline> (Lượt xem: 2279)`: the line
    without its view count."""
    value = _AFTER_CLOCK.sub(r"\1", _GLUED_VIEWS.sub(r"\1", value))
    counter = pt.TRAILING_COUNTER.search(value)
    return value[: counter.start()] if counter and pt.words(value[: counter.start()]) >= 4 else value


def _without_layout_bullets(lines: list[Line]) -> list[Line]:
    """`• <headline>` / `• Thời gian đăng: …` / `• Sáng ngày …`: bullets a site's layout puts before every
    line are no list; they are dropped."""
    bulleted = [line.text for line in lines[:6] if _LAYOUT_BULLET.match(line.text)]
    if len(bulleted) < LAYOUT_BULLETS or all(pt.words(text) <= MENU_ITEM_WORDS for text in bulleted):
        return lines  # (`• Video` / `• Podcast` / `• Chính trị`: a menu's items, not a layout's bullets)
    items = [len(re.findall(r"[^\W\d_]+", text)) for text in bulleted]
    if sum(0 < n <= MENU_ITEM_WORDS for n in items) >= MENU_ITEMS and sum(n > MENU_ITEM_WORDS for n in items) <= 1:
        return lines  # (`• Thời sự - Chính trị` / `• Kinh tế` / … / `• Văn hóa - Thể thao - Du lịch`: a menu still)
    return [Line(line.number, _LAYOUT_BULLET.sub("", line.text)) for line in lines]


def _is_paragraph(text: str) -> bool:
    n = pt.words(text)
    if n >= MIN_CAPTION_LIKE_PARAGRAPH or (n >= 8 and pt.SENTENCE_END.search(text)):
        return True
    return n >= MIN_UNPUNCTUATED_PARAGRAPH and not caption_like(text)


# (a syllable has at most seven letters: `Kinhtedothi - Chiều 16/10, …` is an outlet's tag, no given name)
_NAME_CONTINUES = re.compile(r"^(?:[A-ZĐÀ-Ỹ][^\W\d_]{0,6}\s+){0,2}[A-ZĐÀ-Ỹ][^\W\d_]{0,6}\s*[,–-]")


def _join_broken_names(lines: list[Line]) -> list[Line]:
    """`… đồng chí Nguyễn` / `Văn Hán, Bí thư …`: a name cut by a line break is put back together."""
    _, surnames = knowledge.surnames()
    joined: list[Line] = []
    for line in lines:
        previous = joined[-1] if joined else None
        last_word = previous.text.split()[-1] if previous and previous.text else ""
        if (
            previous
            and last_word[:1].isupper()
            and tone_key(last_word) in surnames
            and len(previous.text.split()) > 3
            and _NAME_CONTINUES.match(line.text)
        ):
            joined[-1] = Line(previous.number, f"{previous.text} {line.text}")
            continue
        joined.append(line)
    return joined


# `<headline> Ngày cập nhật 01/07/2024 | |`: a portal's update date (and empty table cells) after the headline
_UPDATED_AFTER = re.compile(
    rf"\s+(?:ngày\s+)?cập nhật\s*:?\s*{pt.DATE_NUMERIC}[\s|]*$", re.I
)


# a script's empty value printed before a portal's headline: `null Khai mạc kỳ họp …`
_SCRIPT_ARTEFACT = re.compile(r"^(?:null|undefined)\s+(?=[A-ZĐÀ-Ỹ])")


# a line a hard-wrapping scraper cut at a fixed width: long, not ending a sentence
_WRAP_WIDTH = (50, 100)
_WRAP_SPREAD = 20  # the cut lines of one block are about as long as each other
_WRAP_MIN_CUTS = 3  # and there are several of them, one running on in lower case
_SENTENCE_DONE = re.compile(r"[.!?:;…”\")\]|]\s*$")


def _wrapped(line: Line) -> bool:
    return _WRAP_WIDTH[0] <= len(line.text) <= _WRAP_WIDTH[1] and not _SENTENCE_DONE.search(line.text)


def _join_hard_wrapped(lines: list[Line]) -> list[Line]:
    """`… có đồng chí Võ Văn Trung - Phó Bí thư Thường trực` / `Tỉnh đoàn, Chủ tịch …`: a paragraph a scraper cut
    into lines of one width (several cut lines in a row, no blank line between) is put back together."""
    joined: list[Line] = []
    index = 0
    while index < len(lines):
        end = index
        while end + 1 < len(lines) and lines[end + 1].text and _wrapped(lines[end]):
            end += 1
        widths = [len(line.text) for line in lines[index:end]]
        cut_mid_sentence = any(line.text[:1].islower() for line in lines[index + 1 : end + 1])
        if end - index >= _WRAP_MIN_CUTS and max(widths) - min(widths) <= _WRAP_SPREAD and cut_mid_sentence:
            text = " ".join(line.text for line in lines[index : end + 1])
            joined.append(Line(lines[index].number, text))
            index = end + 1
            continue
        joined.append(lines[index])
        index += 1
    return joined


def parse_page(text: str, capped: bool = False) -> Page:
    """`capped`: the text stops at a scraper's size limit, so its last line may be a paragraph cut short."""
    numbered = [Line(i + 1, line.strip()) for i, line in enumerate(text.split("\n"))]
    raw_lines = _join_broken_names(_join_hard_wrapped(numbered))
    lines = _without_layout_bullets([ln for ln in raw_lines if ln.text])
    header_dates: list[HeaderDate] = []
    print_date = None
    content: list[tuple[Line, str]] = []  # (line, kind) with kind in text/placeholder
    for line in lines:
        value = line.text
        artefact = _SCRIPT_ARTEFACT.match(value)
        if artefact:
            value = value[artefact.end() :]
            line = Line(line.number, value)
        marker = pt.DATE_MARKER.match(value)
        if marker:
            with contextlib.suppress(ValueError):
                header_dates.append(_marker_date(marker, line))
            value = value[marker.end() :].strip()
            line = Line(line.number, value)
            if not value:
                continue
        fused_date = pt.FUSED_HEADER_DATE.match(value)
        if fused_date:
            day, month, year = (int(g) for g in fused_date.groups()[:3])
            with contextlib.suppress(ValueError):
                header_dates.append(HeaderDate(dt.date(year, month, day), line))
            value = value[fused_date.end() :]
            line = Line(line.number, value)
        glued = pt.GLUED_LABEL_DATE.match(value)
        if glued:  # (the label is the outlet's or section's, printed with the date over every article)
            day, month, year = (int(g) for g in glued.groups())
            with contextlib.suppress(ValueError):
                header_dates.append(HeaderDate(dt.date(year, month, day), line))
            continue
        stamp = pt.TRAILING_STAMP.search(value)
        if stamp and re.fullmatch(rf"\W*{pt.WEEKDAY}\W*", value[: stamp.start()], re.I):
            stamp = None  # `Thứ ba, 20:02, 23/09/2025`: the whole line is the page's date (read below)
        bylined = stamp is not None and stamp.group("d2") is not None  # `Ngọc Thu - 20:15, 23/06/2023`
        signed = stamp is not None and bool(_SIGNATURE.match(value[: stamp.start()]))  # `HT 08/01/2023 00:00`
        if stamp and (bylined or signed or pt.words(value[: stamp.start()]) >= 3) and not pt.is_furniture(value):
            parts = stamp.group("d2", "m2", "y2") if bylined else stamp.groups()[:3]  # (not `Bản in ngày …`)
            day, month, year = (int(g) for g in parts)
            with contextlib.suppress(ValueError):
                header_dates.append(HeaderDate(dt.date(year, month, day), line))
            value = _DANGLING_DAY.sub("", value[: stamp.start()])  # `Tú Anh Thứ bảy, ngày 11/10/2025 08:39`
            line = Line(line.number, value)
            if value.rstrip().endswith(":") and pt.words(value) <= 4:
                continue  # `Cập nhật ngày: 30/09/2021 - 17:17`: the stamp's own label
        updated = _UPDATED_AFTER.search(value)
        if updated and pt.words(value[: updated.start()]) >= 3:
            with contextlib.suppress(ValueError):
                day, month, year = (int(g) for g in updated.groups())
                header_dates.append(HeaderDate(dt.date(year, month, day), line))
            value = value[: updated.start()]
            line = Line(line.number, value)
        uncounted = _without_view_counts(value)
        if uncounted != value:
            value = uncounted
            line = Line(line.number, value)
        credit = _AUTHOR_AFTER_DATE.search(value)  # `Ngày đăng: 02/02/2026 Lượt xem: 121 Tác giả: Nguyên Trang`
        found = _header_date(_TEXT_SIZE_BUTTONS.sub("", value[: credit.start()] if credit else value))
        if found:
            header_dates.append(HeaderDate(found, line))
            if credit:  # (the writer's credit on the date's line stays for the byline reader)
                content.append((Line(line.number, credit.group().strip()), "text"))
            continue
        if pt.PRINT_DATE.match(value):
            printed = _print_date(value)
            if printed:
                print_date = HeaderDate(printed, line)
            continue
        if pt.PLACEHOLDER.match(value):
            content.append((line, "placeholder"))
        elif not pt.is_furniture(value):
            content.append((line, "text"))
    title, fused, body_start, head_extra = find_headline(content, frozenset(h.line.number for h in header_dates))
    body = content[body_start:]
    if title is not None and not fused:  # (a headline printed under a summary: the summary stays in the body)
        body = [item for item in body if item[0].number != title.number]
    if fused:
        body = [(Line(body[0][0].number, fused), "text"), *body[1:]]
    opening = body[0][0].number if body else 10**9
    links_heading = next((ln.number for ln in lines if ln.number > opening and pt.RELATED_HEADING.match(ln.text)), None)
    blocks, tail = _blocks(body, capped, links_heading)
    return Page(
        tuple(lines), tuple(header_dates), print_date, title, bool(fused), tuple(blocks), tuple(tail), tuple(head_extra)
    )


def _print_date(text: str) -> dt.date | None:
    match = re.search(r"ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})", text)
    if not match:
        return None
    day, month, year = (int(g) for g in match.groups())
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


MAX_SUBHEAD_WORDS = 20
CUT_PARAGRAPH_WORDS = 12  # a long last line without a full stop: a paragraph the page's size limit cut
# `Theo Chủ tịch UBND quận … Nguyễn Văn A, để`: a shorter last line cut right after a comma's next word
_CUT_MID_CLAUSE = re.compile(r"^(?:\S+\s+){5,}\S*,\s+[a-zà-ỹđ]+$")


MAX_LINES_BEFORE_CUT = 2  # on a page cut by its size limit: a subhead and a caption may stand before the cut


def _captions_only(lines: list[tuple[Line, str]], capped: bool) -> bool:
    """Whether only photo captions stand between the last paragraph and a last line that may be cut;
    on a page the size limit cut, a subhead or a caption without a caption's words may too."""
    if capped and len(lines) <= MAX_LINES_BEFORE_CUT:
        return all(kind == "text" and pt.words(line.text) <= MAX_SUBHEAD_WORDS for line, kind in lines)
    return all(kind == "text" and caption_like(line.text) for line, kind in lines)


def _blocks(
    body: list[tuple[Line, str]], capped: bool, links_heading: int | None = None
) -> tuple[list[Block], list[Line]]:
    """`links_heading`: the number of the line that opens a list of other articles (`Tin khác`), if any."""
    last_para = -1
    after_placeholder = False
    kinds: list[str] = []
    for index, (line, kind) in enumerate(body):
        if kind == "placeholder":
            kinds.append("placeholder")
            after_placeholder = True
            continue
        if pt.BULLET.match(line.text):
            kinds.append("bullet")
            cut_item = capped and index == len(body) - 1 and pt.words(line.text) >= CUT_PARAGRAPH_WORDS
            if cut_item and all(kind == "bullet" for kind in kinds[last_para + 1 : index]):  # (no sign-off between)
                last_para = index  # (`· Đ/c A Phó Chủ tịch UBND xã thông qua báo cáo …`: a captioned item the cap cut)
        elif after_placeholder and pt.words(line.text) <= 60 and not line.text.isupper():  # (not a banner)
            kinds.append("caption")
            last_para = index
        elif _is_paragraph(line.text) or (
            index == len(body) - 1
            and _captions_only(body[last_para + 1 : index], capped)  # (a photo caption may stand before it)
            and (pt.words(line.text) >= CUT_PARAGRAPH_WORDS or _CUT_MID_CLAUSE.search(line.text) is not None)
        ):
            kinds.append("para")
            last_para = index
        else:
            kinds.append("short")
        after_placeholder = False
    blocks: list[Block] = []
    for index, ((line, _), kind) in enumerate(zip(body[: last_para + 1], kinds, strict=False)):
        if kind == "placeholder":
            continue
        if kind == "short":
            kind = "caption" if caption_like(line.text) else "subhead"
            too_long = pt.words(line.text) > MAX_SUBHEAD_WORDS
            if kind == "subhead" and (index == 0 or too_long or line.text.rstrip()[-1:] in ",;:"):
                kind = "para"
        blocks.append(Block("para" if kind == "bullet" else kind, line.text, line.number))
    # (`Hồng Nhung` / `Tin khác` / `Sáng 27/11, UBND quận …`: the other articles' teasers after a links heading are
    # paragraphs too, so the text's sign-off is what stands between its own last paragraph and that heading)
    after_links = [i for i, (ln, _) in enumerate(body) if links_heading is not None and ln.number > links_heading]
    related = after_links[0] if after_links else None
    whole_tail = _tail(body, last_para)
    if related is not None and related <= last_para and "para" in kinds[:related]:
        last_para = max(i for i, kind in enumerate(kinds[:related]) if kind == "para")
        # (`Tin liên quan` left empty by the scrape, the article going on after it: its sign-off is the page's last)
        return blocks, _tail(body[:related], last_para) or whole_tail
    return blocks, whole_tail


def _tail(body: list[tuple[Line, str]], last_para: int) -> list[Line]:
    return [line for (line, kind) in body[last_para + 1 :] if kind == "text" and not pt.BULLET.match(line.text)]


def paragraphs(page: Page) -> list[str]:
    """The text paragraphs, without the short lines that sit among them (a byline `Nam Long` under
    the headline, a name printed twice): the lead is the first of these."""
    return [
        b.text
        for b in page.blocks
        if b.kind == "para"
        and (pt.words(b.text) > 6 or pt.SENTENCE_END.search(b.text) or any(c.isdigit() for c in b.text))
        and not _CREDITED_CAPTION.search(b.text)
    ]


# the weekday and `ngày` a page clock leaves behind when its date is cut off the line
_DANGLING_DAY = re.compile(rf"[\s,\-–|]*(?:{pt.WEEKDAY}\s*,?\s*)?(?:ngày\s*)?$", re.I)
# a writer's name or initials before a page's timestamp (`HT`, `Minh Anh`): one to four capitalised words
_SIGNATURE = re.compile(
    rf"^\s*(?!(?i:ngày|cập nhật|đăng|lúc|{pt.WEEKDAY})\b)"  # (not `Ngày 04/08/2020 17:29`, `Thứ Tư, …`)
    r"(?:[A-ZĐÀ-Ỹ][^\s\d,.:;]*\s+){0,3}[A-ZĐÀ-Ỹ][^\s\d,.:;]*\s*[-–|,]?\s*$"
)
# `Tháng 8-2023, ông A … tại huyện B - Ảnh: A LỘC`: a photo's caption with its credit, not a paragraph of the text
_CREDITED_CAPTION = re.compile(r"\s[-–]\s*(?:ảnh|photo)\s*:\s*[^.;:()]{1,30}$", re.I)
