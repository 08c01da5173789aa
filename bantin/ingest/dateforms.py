"""Dates as a text writes them (`Sáng 7/8`, `ngày 11 tháng 3 năm 2020`, `Chiều qua (5/3)`) and which of
them are events rather than citations of documents, plans or the bounds of a period."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from .patterns import DATE_NUMERIC
from .years import DOCUMENT, OLDEST_CITED

_SEP = r"\s*[/.\-]\s*"
_EXTRA_DAY = r"(?:(?:sáng|chiều|tối|trưa)\s+)?(?:ngày\s*)?\d{1,2}"
_PREFIXED = re.compile(
    r"(?:(?:sáng|chiều|tối|trưa|đêm|hôm|ngày)\s*(?:ngày\s*)?(?:mùng\s*|mồng\s*)?\(?\s*)"  # (`Trong 2 ngày (4 và 5-6)`)
    # (`ngày 18,19 và 20/5/2020`, `Chiều ngày 03 và sáng ngày 04/5`: a range of days, the first one)
    # (a dash only before the last day: `ngày 31-1 và 1-2` is two dates)
    rf"(?P<d>\d{{1,2}})(?:(?:\s*(?:,|và)\s*{_EXTRA_DAY})*\s*(?:,|và|–|-|đến)\s*{_EXTRA_DAY}(?={_SEP}\d{{1,2}}))?"
    rf"{_SEP}(?P<m>\d{{1,2}})(?!\d)(?:{_SEP}(?P<y>\d{{4}}))?(?![\d/])",
    re.I,
)
# `Trong 3 ngày, từ 13 đến 15.2`: a range of days, the first one (a lone `từ ngày 1/7` is a start, not an event;
# `được tổ chức trong 2,5 ngày (từ 21-23/9)`: a bracketed range is a schedule's aside)
_RANGE = re.compile(
    r"(?<!\()\btừ\s+(?:ngày\s+)?(?P<d>\d{1,2})\s*(?:đến|–|-)\s*(?:ngày\s*)?\d{1,2}"
    rf"{_SEP}(?P<m>\d{{1,2}})(?!\d)(?:{_SEP}(?P<y>\d{{4}}))?(?![\d/])",
    re.I,
)
# "Chiều qua (5/3)", "Sáng nay (4/7)", "Sáng nay 15/10", "Hôm nay, 31/1": a relative day with its date
_RELATIVE = re.compile(
    r"(?:sáng|chiều|tối|trưa|đêm|hôm)\s+(?:nay|qua|hôm qua)\s*[,(]?\s*(?:ngày\s*)?(?P<d>\d{1,2})"
    rf"{_SEP}(?P<m>\d{{1,2}})(?!\d)(?:{_SEP}(?P<y>\d{{4}}))?(?![\d/])",
    re.I,
)
# `ngày 11 tháng 3 năm 2020`, `sáng mùng 5 tháng 02`, `chiều ngày 7 tháng 6, năm 2021`
_WORDS = re.compile(
    r"(?:(?:sáng|chiều|tối|trưa|đêm)\s+(?:ngày\s+)?|ngày\s+)(?:mùng\s+|mồng\s+)?(?P<d>\d{1,2})"
    # (`Trong hai ngày 14 và 15 tháng 10 năm 2025`, `Từ ngày 28 đến ngày 30 tháng 7`: the first day)
    r"(?:\s*(?:,|và|–|-|đến)\s*(?:ngày\s+)?\d{1,2})?\s+tháng\s+"
    r"(?P<m>\d{1,2})(?:\s*,?\s*năm\s+(?P<y>\d{4}))?",
    re.I,
)
# `(20/12) Đồng chí A đã đến thăm …`: a portal's lead that opens with the day in brackets
_BRACKETED_OPENING = re.compile(
    r"^\s*\(\s*(?P<d>\d{1,2})\s*/\s*(?P<m>\d{1,2})(?:\s*/\s*(?P<y>\d{4}))?\s*\)\s*(?=[A-ZĐÀ-Ỹ])"
)
BARE_FULL = re.compile(rf"(?<![\d/.\-])(?P<d>\d{{1,2}}){_SEP}(?P<m>\d{{1,2}}){_SEP}(?P<y>\d{{4}})(?![\d/])")
SPAN = re.compile(
    rf"(?P<d1>\d{{1,2}}){_SEP}(?P<m1>\d{{1,2}}){_SEP}(?P<y1>\d{{4}})\s*[-–—]\s*"
    rf"(?P<d2>\d{{1,2}}){_SEP}(?P<m2>\d{{1,2}}){_SEP}(?P<y2>\d{{4}})"
    r"|\((?P<a>\d{4})\s*[-–—]\s*(?P<b>\d{4})\)"
)

MIN_YEAR = 1945


def event_sentence(text: str, found: str) -> str:
    at = text.find(found)
    if at < 0:
        return ""
    start = max(text.rfind(". ", 0, at), text.rfind("; ", 0, at)) + 1
    ends = [i for i in (text.find(". ", at), text.find("; ", at)) if i >= 0]
    return text[start : min(ends) if ends else len(text)]


@dataclass(frozen=True)
class EventDate:
    day: int
    month: int
    year: int | None
    text: str


def valid(year: int, month: int, day: int | None) -> bool:
    try:
        dt.date(year, month, day or 1)
    except ValueError:
        return False
    return year >= MIN_YEAR


_NOT_EVENT = re.compile(
    r"(?:đến|tính đến|đến hết|hết|trước|sau|kỷ niệm|chào mừng|hướng tới|nhân dịp|từ sau|thành lập từ|"
    r"được thành lập|có hiệu lực(?: từ)?|đi vào hoạt động(?: từ)?|kể từ|sinh|ngày sinh|"  # (`sinh ngày 22/7/1959`)
    r"đợt|"  # (`trao Huy hiệu Đảng đợt 2/9/2025`: an award round is named by its day, not held on it)
    r"thông qua|ban hành)"  # (`Điều lệ Đảng … được Đại hội XI thông qua ngày 19/11/2011`: a document's own day)
    r"\s*(?:(?:sáng|chiều|tối)\s*)?(?:ngày\s*)?$",
    re.I,
)


# a date the text plans, not one it reports: `Đại hội dự kiến tổ chức vào ngày 20/8`, `sẽ khai mạc sáng 5/9`
_PLANNED = re.compile(r"\b(?:dự kiến|sẽ|theo kế hoạch|theo lịch|hạn chót|chậm nhất)\b[^.;,]{0,40}$", re.I)


def is_citation(text: str, start: int, end: int) -> bool:
    """A document's date (`Nghị quyết số 23-NQ/TU ngày 16/12/2021`), a planned date, or one that is not the event's."""
    before = text[max(0, start - 90) : start]
    after = text[end : end + 12].lower()
    # (`Tối ngày 2/6/2024 sẽ diễn ra Lễ kỷ niệm …`: the day a preview looks forward to)
    return bool(DOCUMENT.search(before) or _NOT_EVENT.search(before) or _PLANNED.search(before)) or (
        after.lstrip().startswith(("của ", "sẽ ", "dự kiến "))
    )


# each form of a day in running text, and its priority (a bare `12/3/2025` yields to a day its words introduce)
_EVENT_FORMS = ((_WORDS, 0), (_PREFIXED, 0), (_RANGE, 0), (_RELATIVE, 0), (_BRACKETED_OPENING, 0), (BARE_FULL, 1))


def event_dates(text: str) -> list[EventDate]:
    """Day-precise dates in running text that are not citations of documents, in order."""
    found: list[tuple[int, EventDate]] = []
    spans = [(m.start(), m.end()) for m in SPAN.finditer(text)]  # anniversary spans are not events
    for rx, priority in _EVENT_FORMS:
        for match in rx.finditer(text):
            if is_citation(text, match.start(), match.end()) or any(a <= match.start() < b for a, b in spans):
                continue
            day, month = int(match["d"]), int(match["m"])
            year = int(match["y"]) if match["y"] else None
            if not valid(year or 2000, month, day):  # (2000 is a leap year: `29/2` without a year may be real)
                continue
            found.append((priority * 10**6 + match.start(), EventDate(day, month, year, match.group().strip())))
    found.sort(key=lambda item: item[0])
    unique: list[EventDate] = []
    for _, date in found:
        if all(date.text not in seen.text and seen.text not in date.text for seen in unique):
            unique.append(date)
    return unique


def nearer_the_page(events: list[EventDate], page: dt.date) -> tuple[EventDate, dt.date] | None:
    """`Ngày 30/12/2025, Ban chỉ đạo … xây dựng Kế hoạch …. Sáng ngày 18/01/2026, … tổ chức Ngày hội …` on a page of
    19/01/2026: a later full date of the lead, nearer the page's date and not after it, is the event's; the
    first is a step that led to it."""
    dated = [(e, dt.date(e.year, e.month, e.day)) for e in events if e.year and valid(e.year, e.month, e.day)]
    if len(dated) < 2 or dated[0][0] is not events[0]:
        return None
    first_gap = (page - dated[0][1]).days
    # (`Trong 4 ngày 10, 11-6-2021 và 14, 15-6-2021`: days of one session, not a later step)
    nearer = [
        (e, day)
        for e, day in dated[1:]
        if 0 <= (page - day).days < first_gap and (day - dated[0][1]).days > CLOSER_MARGIN_DAYS
    ]
    if first_gap <= CLOSER_MARGIN_DAYS or not nearer:
        return None
    return max(nearer, key=lambda pair: pair[1])  # (the nearest: the latest not after the page's date)


CLOSER_MARGIN_DAYS = 7


_WEEKDAYS = {"hai": 0, "ba": 1, "tư": 2, "năm": 3, "sáu": 4, "bảy": 5, "chủ nhật": 6}
_DAY_NAME = r"(?P<name>thứ\s*(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s*nhật)"
# `Tối Chủ nhật, ngày 24/9` (not `kỳ họp thứ 2`, an ordinal)
_WEEKDAY_BEFORE = re.compile(rf"(?<!họp )(?<!phiên )(?<!lần )\b{_DAY_NAME}[ \t]*[,(]?[ \t]*(?:ngày[ \t]*)?$", re.I)
_WEEKDAY_AFTER = re.compile(rf"^\s*[(,]\s*{_DAY_NAME}\b", re.I)  # `ngày 24/9 (Chủ nhật)`


def _weekday_said(lead: str, event: EventDate) -> tuple[int, str] | None:
    """The weekday (Monday 0) the lead gives the event's day, with its words: `Tối Chủ nhật, ngày 24/9`."""
    at = lead.find(event.text)
    if at == -1:
        return None
    before = re.split(r"[.!?\n]", lead[max(0, at - 25) : at])[-1]
    said = _WEEKDAY_BEFORE.search(before) or _WEEKDAY_AFTER.match(lead, at + len(event.text))
    if said is None:
        return None
    name = re.sub(r"\s+", " ", said["name"].lower()).removeprefix("thứ").strip()
    return (int(name) - 2 if name.isdigit() else _WEEKDAYS[name]), said["name"]


def weekday_fits(lead: str, event: EventDate, years: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Of the (year, reason) pairs a text suggests, those valid for the event's day in which the weekday the lead
    gives it, if any, falls on it: only about one year in seven has the day on that weekday."""
    said = _weekday_said(lead, event)
    valid_years = [(y, why) for y, why in years if valid(y, event.month, event.day)]
    return valid_years if said is None else [(y, why) for y, why in valid_years if _falls_on(said[0], y, event)]


def _falls_on(weekday: int, year: int, event: EventDate) -> bool:
    return valid(year, event.month, event.day) and dt.date(year, event.month, event.day).weekday() == weekday


_YEAR = re.compile(r"\b(?:19[5-9]\d|20\d\d)\b")


def weekday_years(lead: str, event: EventDate, text: str) -> list[tuple[int, str]]:
    """`Tối Chủ nhật, ngày 24/9` in a text whose years run 2022 to 2025: the one year, from a year before the
    text's first to a year after its last, in which the day falls on that weekday."""
    said = _weekday_said(lead, event)
    years = [int(y) for y in _YEAR.findall(text)]
    if said is None or not years:
        return []
    span = range(min(years) - 1, max(years) + 2)
    weekday, words = said
    fits = [y for y in span if _falls_on(weekday, y, event)]
    if len(fits) != 1:
        return []
    why = f"năm suy ra: từ {span[0]} đến {span[-1]} (quanh các năm bài nêu), “{event.text}” là {words} "
    why += f"chỉ vào năm {fits[0]}"
    return [(fits[0], why)]


def same_day_written(event: EventDate, sentence: str) -> list[tuple[int, str]]:
    """The year the event's sentence writes with its day and month (`Ngày 17-10, … (17-10-2018 đến 18-11-2018)`);
    of an anniversary's `(10/10/1948 - 10/10/2023)`, the later."""
    same = [int(y) for d, m, y in re.findall(DATE_NUMERIC, sentence) if (int(d), int(m)) == (event.day, event.month)]
    if not same or max(same) < OLDEST_CITED:
        return []
    return [(max(same), f"năm suy ra: câu nêu sự kiện có ngày {event.day}/{event.month}/{max(same)}")]
