"""Years the text fixes around a day and month written without one, when the page shows no date:
a period the text cites (`tình hình tháng 8/2025`, `9 tháng năm 2025`), a dated change it looks
towards (`hợp nhất từ ngày 1/7/2025`), a numbered session of the National Assembly, the first
session after an election. Each year comes with the words it came from, for the editor."""

from __future__ import annotations

import datetime as dt
import re

NEAR_DAYS = 62  # a cited month or date this close to the event puts the event in its year
OLDEST_CITED = 1990  # an older full date in a report is history (a founding, a liberation), not a neighbour

MONTH_YEAR = re.compile(r"tháng\s*0?(?P<m>\d{1,2})\s*(?:năm\s*|/\s*|-\s*)(?P<y>\d{4})(?!\d)", re.I)  # `tháng 8/2025`
# `9 tháng năm 2025`, `6 tháng đầu năm 2025`: the period ends with month N of that year
_MONTHS_OF_YEAR = re.compile(r"(?<![\d/])(?P<n>\d{1,2})\s+tháng\s+(?:đầu\s+)?năm\s+(?P<y>\d{4})(?!\d)", re.I)
# words that designate a document before its date (`Nghị quyết số 17/NQ-HĐND ngày 22/8/2025`)
DOCUMENT = re.compile(
    r"(?:số\s*\d+|\d+\s*[-/]\s*[A-ZĐ]{2,}|nghị quyết|quyết định|chỉ thị|kế hoạch số|thông báo số|kết luận số|công văn|"
    r"đề án|chương trình số|nghị định|thông tư|luật|hướng dẫn số|tờ trình|ban hành|ký)\b[^.;:(),]{0,50}$",
    re.I,
)
_FULL_DATE = re.compile(
    r"(?<![\d/.\-])(?P<d>\d{1,2})\s*[/.\-]\s*(?P<m>\d{1,2})\s*[/.\-]\s*(?P<y>\d{4})(?![\d/])"
    r"|(?P<wd>\d{1,2})\s+tháng\s+(?P<wm>\d{1,2})\s*,?\s*năm\s+(?P<wy>\d{4})",
    re.I,
)
_HISTORY = re.compile(r"kỷ niệm|thành lập|ngày sinh|truyền thống|giải phóng|chiến thắng|hy sinh|\(\s*$", re.I)
# the first sitting after a vote elects the council's officers (`kết quả bầu cử … nhiệm kỳ 2021-2026`)
_ELECTED = re.compile(
    r"(?:kết quả bầu cử|trúng cử|bầu cử đại biểu)[^.]{0,200}?nhiệm kỳ\s*(\d{4})\s*[-–—]\s*(\d{4})", re.I
)
_WORD_NUMBERS = {
    "nhất": 1, "hai": 2, "ba": 3, "tư": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10,
    "mười một": 11,
}
_ASSEMBLY_SESSION = re.compile(
    r"kỳ họp (?:lần )?thứ\s+(?P<n>\d{1,2}|mười một|nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười)\b[\s,(]*"
    r"(?:của\s+)?Quốc hội\s*\(?\s*kh(?:óa|oá)\s+(?P<term>XIV|XV)\b",
    re.I,
)
# candidates for a National Assembly term campaign in the spring of its election: public record
ASSEMBLY_ELECTIONS = {"XIV": (2016, 5), "XV": (2021, 5), "XVI": (2026, 3)}  # term -> (year, month of the vote)
_ASSEMBLY_CANDIDATE = re.compile(
    r"(?:ứng cử viên|người ứng cử|ứng cử|vận động bầu cử)\s+(?:đại biểu Quốc hội|ĐBQH)\s*\(?\s*"
    r"kh(?:óa|oá)\s+(?P<term>XVI|XIV|XV)\b",
    re.I,
)


def assembly_campaign_year(month: int, text: str) -> list[tuple[int, str]]:
    """`ứng cử viên đại biểu Quốc hội khóa XVI` in the months up to the vote: the election's year."""
    found = _ASSEMBLY_CANDIDATE.search(text)
    if not found:
        return []
    year, vote_month = ASSEMBLY_ELECTIONS[found["term"].upper()]
    if month > vote_month:
        return []
    return [(year, f"năm suy ra: “{found.group().strip()}” vận động bầu cử năm {year}")]


_SCHOOL_YEAR = re.compile(r"năm học(?: mới)?\s*(\d{4})\s*[-–—]\s*(\d{4})", re.I)


def school_years(month: int, text: str) -> list[tuple[int, str]]:
    """`năm học 2022-2023`: its first year for an event from August on (a school year opens), else its second."""
    school = _SCHOOL_YEAR.search(text)
    if not school or int(school[2]) != int(school[1]) + 1:
        return []
    year = int(school[1]) if month >= 8 else int(school[2])
    return [(year, f"năm suy ra: “{school.group().strip()}”")]


# National Assembly sessions (term, number) -> opening and closing day: public record
_SESSIONS = {
    ("XIV", 1): ("2016-07-20", "2016-07-29"), ("XIV", 2): ("2016-10-20", "2016-11-22"),
    ("XIV", 3): ("2017-05-22", "2017-06-20"), ("XIV", 4): ("2017-10-23", "2017-11-24"),
    ("XIV", 5): ("2018-05-21", "2018-06-15"), ("XIV", 6): ("2018-10-22", "2018-11-21"),
    ("XIV", 7): ("2019-05-20", "2019-06-14"), ("XIV", 8): ("2019-10-21", "2019-11-27"),
    ("XIV", 9): ("2020-05-20", "2020-06-19"), ("XIV", 10): ("2020-10-20", "2020-11-17"),
    ("XIV", 11): ("2021-03-24", "2021-04-08"),
    ("XV", 1): ("2021-07-20", "2021-07-28"), ("XV", 2): ("2021-10-20", "2021-11-13"),
    ("XV", 3): ("2022-05-23", "2022-06-17"), ("XV", 4): ("2022-10-24", "2022-11-15"),
    ("XV", 5): ("2023-05-22", "2023-06-24"), ("XV", 6): ("2023-10-23", "2023-11-29"),
    ("XV", 7): ("2024-05-20", "2024-06-29"), ("XV", 8): ("2024-10-21", "2024-11-30"),
    ("XV", 9): ("2025-05-05", "2025-06-27"), ("XV", 10): ("2025-10-20", "2025-12-11"),
}
# voter meetings run up to about three months before a session and two after it
BEFORE_SESSION, AFTER_SESSION = 100, 75


def _on(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _years_near(month: int, day: int, anchor: dt.date, within: int) -> list[int]:
    dates = (_on(year, month, day) for year in (anchor.year - 1, anchor.year, anchor.year + 1))
    return [d.year for d in dates if d and abs((d - anchor).days) <= within]


_QUARTER = re.compile(r"\bquý\s+(?P<q>I{1,3}|IV|[1-4])\s*(?:/|năm|-)\s*(?P<y>\d{4})(?!\d)", re.I)
_QUARTER_END = {"I": 3, "II": 6, "III": 9, "IV": 12, "1": 3, "2": 6, "3": 9, "4": 12}
# national anniversaries: `kỷ niệm 80 năm Cách mạng Tháng Tám` is held in 1945 + 80 (public record)
_FOUNDED = {
    "cách mạng tháng tám": 1945, "quốc khánh": 1945, "ngày thành lập đảng": 1930, "thành lập đảng": 1930,
    "ngày giải phóng miền nam": 1975, "giải phóng miền nam": 1975, "chiến thắng điện biên phủ": 1954,
    "ngày sinh chủ tịch hồ chí minh": 1890, "ngày sinh bác hồ": 1890, "ngày thành lập quân đội nhân dân": 1944,
    "thành lập quân đội nhân dân": 1944, "ngày thương binh - liệt sĩ": 1947, "ngày thương binh liệt sĩ": 1947,
    "ngày truyền thống công an nhân dân": 1945, "ngày thành lập mặt trận tổ quốc việt nam": 1930,
}
_ANNIVERSARY = re.compile(r"kỷ niệm\s+(?P<n>\d{1,3})\s+năm\s+(?P<what>[^,.;:()]{4,60})", re.I)


def _anniversaries(month: int, day: int, text: str) -> list[tuple[int, str]]:
    """`Kỷ niệm 80 năm Cách mạng Tháng Tám` (1945 + 80) puts a day near the event's own day in 2025."""
    found = []
    for match in _ANNIVERSARY.finditer(text):
        what = match["what"].lower()
        base = next((year for name, year in _FOUNDED.items() if what.startswith(name)), None)
        if base is not None:
            found.append((base + int(match["n"]), f"năm suy ra: “{match.group().strip()}” ({base} + {match['n']})"))
    return found


def _cited_periods(month: int, day: int, text: str) -> list[tuple[int, str]]:
    found = []
    for match in _QUARTER.finditer(text):
        year = int(match["y"])
        end = _on(year, _QUARTER_END[match["q"].upper()], 28)
        event = _on(year, month, day)
        if end and event and -92 <= (event - end).days <= NEAR_DAYS:
            found.append((year, f"năm suy ra từ “{match.group().strip()}” mà bài nêu"))
    for match in MONTH_YEAR.finditer(text):
        cited = _on(int(match["y"]), int(match["m"]), 15) if 1 <= int(match["m"]) <= 12 else None
        if cited and cited.year >= OLDEST_CITED:
            why = f"năm suy ra từ kỳ “{match.group().strip()}” mà bài nêu"
            found += [(year, why) for year in _years_near(month, day, cited, NEAR_DAYS)]
    for match in _MONTHS_OF_YEAR.finditer(text):
        n, year = int(match["n"]), int(match["y"])
        end = _on(year, n, 28) if 1 <= n <= 12 else None
        event = _on(year, month, day)
        if end and event and -31 <= (event - end).days <= NEAR_DAYS:
            found.append((year, f"năm suy ra từ “{match.group().strip()}” mà bài nêu"))
    return found


def _full_date(match: re.Match[str]) -> dt.date | None:
    """The date a `_FULL_DATE` match writes, in figures or in words."""
    d, m, y = (match["d"], match["m"], match["y"]) if match["d"] else (match["wd"], match["wm"], match["wy"])
    return _on(int(y), int(m), int(d))


def _cited_dates(month: int, day: int, text: str) -> list[tuple[int, str]]:
    found = []
    for match in _FULL_DATE.finditer(text):
        cited = _full_date(match)
        before = text[max(0, match.start() - 60) : match.start()]
        if cited is None or cited.year < OLDEST_CITED or _HISTORY.search(before):
            continue
        why = f"năm suy ra: gần ngày “{match.group().strip()}” mà bài nêu"
        found += [(year, why) for year in _years_near(month, day, cited, NEAR_DAYS)]
    return found


def _assembly_sessions(month: int, day: int, text: str) -> list[tuple[int, str]]:
    found = []
    for match in _ASSEMBLY_SESSION.finditer(text):
        raw = match["n"].lower()
        number = int(raw) if raw.isdigit() else _WORD_NUMBERS.get(raw)
        session = _SESSIONS.get((match["term"].upper(), number or 0))
        if session is None:
            continue
        opens, closes = (dt.date.fromisoformat(s) for s in session)
        for year in {opens.year - 1, opens.year, closes.year, closes.year + 1}:
            event = _on(year, month, day)
            if event and opens - dt.timedelta(BEFORE_SESSION) <= event <= closes + dt.timedelta(AFTER_SESSION):
                found.append((year, f"năm suy ra: “{match.group().strip()}” họp năm {opens.year}"))
    return found


def _first_sitting(month: int, day: int, text: str) -> list[tuple[int, str]]:
    elected = _ELECTED.search(text)
    if not elected or month > 7 or _on(int(elected[1]), month, day) is None:
        return []
    words = elected.group().strip()
    if len(words) > 70:  # `kết quả bầu cử … nhiệm kỳ 2021-2026`: the election and its term, not the rest
        words = f"{words[: words.find(' ', 14)]} … {words[words.rfind('nhiệm kỳ') :]}"
    return [(int(elected[1]), f"năm suy ra: sau “{words}”, kỳ họp đầu nhiệm kỳ")]


# a document's number, then the day it was issued: `Nghị quyết số 17/NQ-HĐND ngày 22/8/2025`
_ISSUED = re.compile(r"\bsố\s*[\w/.\-]*\d[\w/.\-]*\s*,?\s*ngày\s*$", re.I)


def _latest_document(text: str) -> dt.date | None:
    """The latest date of a document the text cites: the event it reports comes after it."""
    dates = [_full_date(match) for match in _FULL_DATE.finditer(text)
             if _ISSUED.search(text[max(0, match.start() - 40) : match.start()])]
    return max((d for d in dates if d), default=None)


def years_from_text(month: int, day: int, text: str) -> list[tuple[int, str]]:
    """Every year the text's cited periods, dates and sessions put the day in, each with why; none before
    a document the text cites (`sửa đổi Nghị quyết … ngày 22/8/2025` is reported after that day)."""
    found = (
        _anniversaries(month, day, text)
        + _cited_periods(month, day, text)
        + _cited_dates(month, day, text)
        + _assembly_sessions(month, day, text)
        + _first_sitting(month, day, text)
    )
    floor = _latest_document(text)
    return [(year, why) for year, why in found if floor is None or (_on(year, month, day) or floor) >= floor]


# `năm 2025` alone, not a term or period (`nhiệm kỳ 2021 – 2026`) nor part of a date (`12/3/2025`)
# (a year `năm` writes, unless a birth year, `sinh năm 1986`; `Giáng sinh năm 2025` is Christmas)
NOT_BORN_YEAR = r"(?<!(?<!giáng )\bsinh )\bnăm\s+(\d{4})"
YEAR_SAID = re.compile(rf"{NOT_BORN_YEAR}\b", re.I)
_YEAR_WRITTEN = re.compile(rf"(?<![\d/\-–.]){NOT_BORN_YEAR}(?!\s*[-–—]\s*\d{{4}})(?![\d/])", re.I)
_REVIEW_MONTHS = 2  # in January and February a text that writes a year and the next reviews the past one


def written_year(month: int, text: str) -> list[tuple[int, str]]:
    """The one year a text writes (`kế hoạch năm 2013 và chuẩn bị kế hoạch năm 2014` adds the year it plans
    for): the event's, as a guess for the editor. Early in a year, `năm 2025 … năm 2026` is written in 2026
    about 2025, and a year written alone may be either, so it gives none."""
    years = sorted({int(y) for y in _YEAR_WRITTEN.findall(text) if int(y) >= OLDEST_CITED})
    shown = " và ".join(f"“năm {y}”" for y in years)
    if len(years) == 1 and month > _REVIEW_MONTHS:
        return [(years[0], f"năm suy ra: bài chỉ nhắc {shown}")]
    if len(years) == 2 and years[1] == years[0] + 1:
        year = years[1] if month <= _REVIEW_MONTHS else years[0]
        return [(year, f"năm suy ra: bài chỉ nhắc {shown}")]
    return []

