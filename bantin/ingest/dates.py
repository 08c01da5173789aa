"""find_date: when the reported event happened, from the lead; the year only when the text fixes it."""

from __future__ import annotations

import calendar
import datetime as dt
import re

from . import dateforms
from .dateforms import BARE_FULL, SPAN, EventDate, event_dates, event_sentence, is_citation, nearer_the_page, valid
from .found import Found, nothing
from .lunar import khmer_festival_years, lunar_years
from .page import HeaderDate, Page, paragraphs
from .patterns import LEAD_START
from .years import DOCUMENT, MONTH_YEAR, YEAR_SAID, assembly_campaign_year, school_years, written_year, years_from_text

# `đến tháng 6/2024` bounds a period; `phiên họp thường kỳ tháng 11-2025` names a meeting, not its date
_MONTH_ONLY_BLOCKERS = re.compile(r"(?:đến|từ|trước|sau|cuối|đầu|hết|qua|thường kỳ|định kỳ|thường lệ)\s*$", re.I)
_REVIEW = re.compile(r"(?:kết quả|tổng kết|sơ kết|đánh giá|thực hiện|đạt được|năm)\s[^.;]{0,60}?năm\s*(\d{4})", re.I)
_PLAN = re.compile(
    r"(?:phương hướng|nhiệm vụ|kế hoạch|mục tiêu|chỉ tiêu|giải pháp|triển khai|chương trình|định hướng)"
    r"[^.;]{0,50}?năm\s*(\d{4})",
    re.I,
)
_TERM = re.compile(r"nhiệm kỳ\s*(\d{4})\s*[-–—]\s*(\d{4})", re.I)
_FIRST_SESSION = re.compile(r"kỳ họp thứ nhất|kỳ họp thứ 1\b|phiên họp thứ nhất", re.I)
_CONGRESS = re.compile(
    # (not `năm đầu thực hiện Nghị quyết Đại hội … nhiệm kỳ 2020-2025`: its resolution, carried out years after)
    r"(?<!nghị quyết )đại hội(?! đảng các cấp)[^.;]{0,120}?nhiệm kỳ\s*(\d{4})\s*[-–—]\s*(\d{4})"
    r"|ban chấp hành[^.;]{0,60}?nhiệm kỳ\s*(\d{4})\s*[-–—]\s*(\d{4})[^.;]{0,60}?ra mắt đại hội",  # a new committee
    re.I,
)
# a congress the lead says has elected its committee (`Đại hội Đảng bộ … đã bầu Ban Chấp hành …`)
_ELECTING_CONGRESS = re.compile(r"\bđại hội\b[^.;]{0,120}?\bbầu\s+(?:ra\s+)?ban chấp hành", re.I)
TERM_YEARS = 5
_CONGRESS_FUTURE = re.compile(r"(?:tiến tới|chuẩn bị|hướng tới|trước thềm|kế hoạch tổ chức)\s[^.;]{0,20}đại hội", re.I)

# a vote is held in the first year of the term it elects (`ứng cử viên … nhiệm kỳ 2026 - 2031`: spring 2026)
_ELECTION = re.compile(
    r"(?:ứng cử viên|người ứng cử|ứng cử đại biểu|vận động bầu cử|giới thiệu người ứng cử)[^.]{0,300}?"
    r"nhiệm kỳ\s*(\d{4})\s*[-–—]\s*(\d{4})"
    r"|nhiệm kỳ\s*(\d{4})\s*[-–—]\s*(\d{4})[^.]{0,200}?(?:ứng cử viên|người ứng cử|vận động bầu cử)",
    re.I,
)
# `Tết Nguyên đán Giáp Thìn 2024`, `mừng Xuân Bính Ngọ 2026`: the lunar new year of that year
_TET = re.compile(
    r"\b(?:Tết|(?:mừng|đón|chào|vui|dịp)\s+Xuân)\b(?:\s+Nguyên\s+đán)?(?:\s+[^\W\d_][^\s\d]*){0,2}\s+(\d{4})", re.I
)
_REVIEW_WORDS = re.compile(
    r"tổng kết|sơ kết|kết quả|đánh giá|năm qua|nhìn lại|thực hiện nhiệm vụ|chuẩn bị|kế hoạch", re.I
)



def _year_from_header(event: EventDate, headers: tuple[HeaderDate, ...]) -> tuple[int, HeaderDate]:
    """The year that puts the event nearest before one of the page's dates (a page may also show
    today's date in a clock widget), and that date."""
    best = None
    for header in headers:
        if _swapped(event, header):
            return header.date.year, header
        for year in (header.date.year - 1, header.date.year, header.date.year + 1):
            if not valid(year, event.month, event.day):
                continue
            delta = (header.date - dt.date(year, event.month, event.day)).days
            score = abs(delta) + (0 if delta >= -3 else 400)
            if best is None or score < best[0]:
                best = (score, year, header)
    return (best[1], best[2]) if best else (headers[0].date.year, headers[0])


def _on_the_day(event: EventDate, year: int, header: HeaderDate) -> bool:
    """A page dated the event's day or the days after it (`13:42 28/09/2025` over `Sáng 28/9, …`): its year
    is the event's, whatever past month the lead recalls (`bão Yagi vào tháng 9/2024`)."""
    if header.month_only or not valid(year, event.month, event.day):
        return False
    return 0 <= (header.date - dt.date(year, event.month, event.day)).days <= SAME_EVENT_DAYS


def _swapped(event: EventDate, header: HeaderDate) -> bool:
    """`date 2025-08-09` over `Chiều 8-9`: a page date with its day and month written the other way round
    is the event's own day, not a date a month away."""
    return (
        not header.month_only
        and event.day is not None
        and header.date.day != header.date.month
        and (header.date.month, header.date.day) == (event.day, event.month)
    )


def _inferred_years(event: EventDate, lead: str, body: str) -> list[tuple[int, str]]:
    """Years the text fixes for a day and month without a year, each with why."""
    years: list[tuple[int, str]] = []
    for match in SPAN.finditer(lead):
        if match["y2"]:
            first, last = int(match["y1"]), int(match["y2"])
        else:
            first, last = int(match["a"]), int(match["b"])
        if 0 < last - first <= 200:
            years.append((last, f"năm suy ra từ khoảng “{match.group().strip()}”"))
    years += _lead_month_years(event, lead)
    reviewed = {int(y) for y in _REVIEW.findall(body)}
    planned = {int(y) for y in _PLAN.findall(body)}
    pairs = sorted(n for n in reviewed if n + 1 in planned)
    if len(pairs) == 1 and (event.month >= 10 or event.month <= 3):
        year = pairs[0] if event.month >= 10 else pairs[0] + 1
        years.append((year, f"năm suy ra: hội nghị tổng kết năm {pairs[0]}, bàn nhiệm vụ năm {pairs[0] + 1}"))
    sentence = event_sentence(lead, event.text)
    years_said = {int(y) for y in YEAR_SAID.findall(sentence)}
    if len(years_said) == 1 and not _REVIEW_WORDS.search(sentence):
        year = years_said.pop()
        years.append((year, f"năm suy ra: câu nêu sự kiện có “năm {year}”"))
    years += dateforms.same_day_written(event, sentence)
    years += lunar_years(event.month, sentence or lead) + khmer_festival_years(sentence or lead)
    tet = _TET.search(sentence or lead) or _TET.search(lead)  # (`Nhân dịp Tết … 2020. Chiều ngày 4.1, …`)
    if tet and event.month in (1, 2, 11, 12):  # gifts and visits before Tết 2024 happen in Jan-Feb 2024 or late 2023
        year = int(tet[1]) - (1 if event.month >= 11 else 0)
        years.append((year, f"năm suy ra: trước “{tet.group().strip()}”"))
    election = _ELECTION.search(f"{lead} {body}")
    if election and event.month <= 6:
        first, last = (election[1], election[2]) if election[1] else (election[3], election[4])
        years.append((int(first), f"năm suy ra: bầu cử nhiệm kỳ {first}–{last} diễn ra năm {first}"))
    years += assembly_campaign_year(event.month, f"{lead} {body}")
    years += school_years(event.month, f"{lead} {body}")
    years += _after_a_cited_document(event, f"{lead} {body}")
    years += _near_a_dated_meeting(event, f"{lead} {body}")
    term = _TERM.search(lead)
    if term and _FIRST_SESSION.search(lead):
        years.append((int(term[1]), f"năm suy ra: kỳ họp thứ nhất của nhiệm kỳ {term[1]}–{term[2]}"))
    congress = _CONGRESS.search(lead)
    if congress and not _CONGRESS_FUTURE.search(lead[: congress.start() + 10]):
        first, last = (congress[1], congress[2]) if congress[1] else (congress[3], congress[4])
        years.append((int(first), f"năm suy ra: đại hội mở đầu nhiệm kỳ {first}–{last}"))
    elif _ELECTING_CONGRESS.search(lead) and not _CONGRESS_FUTURE.search(lead):
        # (`Đại hội Đảng bộ TP Hạ Long đã bầu Ban Chấp hành …` and, further on, the one term `Nhiệm kỳ 2020 - 2025`)
        terms = {(t[1], t[2]) for t in _TERM.finditer(body) if int(t[2]) - int(t[1]) == TERM_YEARS}
        if len(terms) == 1:
            first, last = terms.pop()
            years.append((int(first), f"năm suy ra: đại hội bầu ban chấp hành nhiệm kỳ {first}–{last}"))
    if event.day == 29 and event.month == 2 and term:
        leap = [y for y in range(int(term[1]), int(term[2]) + 1) if valid(y, 2, 29)]
        if len(leap) == 1:
            years.append((leap[0], f"năm suy ra: ngày 29/2 trong nhiệm kỳ {term[1]}–{term[2]}"))
    return dateforms.weekday_fits(lead, event, years)


def _lead_month_years(event: EventDate, lead: str) -> list[tuple[int, str]]:
    """`Sáng 7/8, … dự kiến tổ chức trong tháng 8/2025`: the lead names the event's month with its year."""
    return [
        (int(match["y"]), f"năm suy ra từ “{match.group().strip()}” trong sapo")
        for match in MONTH_YEAR.finditer(lead)
        if int(match["m"]) == event.month
    ]


# `phấn đấu hoàn thành … vào ngày 5/4/2026`: a deadline the work aims at, not the day reported
_TARGET = re.compile(r"\b(?:phấn đấu|hoàn thành (?:trước|vào)|trước ngày|kế hoạch|dự kiến|hạn chót)\b", re.I)
# `UBND phường vừa triển khai kế hoạch …` over `… tổ chức lễ ra quân vào ngày 30-8-2025`: a plan's date
_PLANNED = re.compile(r"\b(?:kế hoạch|sẽ|dự kiến)\b", re.I)
_WILL = re.compile(r"\bsẽ\s+(?:diễn ra|được tổ chức|tổ chức|khai mạc)\b", re.I)
# `được nghỉ hưu theo chế độ từ ngày 15/9/2025`: when something takes effect (not `từ ngày 14 đến 16/10`, a span)
_FROM_THEN = re.compile(r"\b(?:kể\s+)?từ(?=\s+ngày\s+\d|\s+\d)(?!.*\bđến\b)", re.I)
SAME_EVENT_DAYS = 3  # a report goes up on the day of its event or within a few days
AFTER_DOCUMENT_DAYS = 92  # a report cites the documents of the quarter before its event


def _after_a_cited_document(event: EventDate, text: str) -> list[tuple[int, str]]:
    """`Quyết định số 467/QĐ-TTg ngày 28/2/2025` then `Sáng 3/3`: an event shortly after a cited
    document (within a quarter) falls in that document's year; never before the latest document cited (`Nghị
    quyết … ngày 22/12/2024` puts `Sáng 4/3` in 2025 only if no document of 23/1/2026 comes before it)."""
    found, cited_dates = [], []
    for match in BARE_FULL.finditer(text):
        if not DOCUMENT.search(text[max(0, match.start() - 90) : match.start()]):
            continue
        cited = dt.date(int(match["y"]), int(match["m"]), int(match["d"])) if valid(
            int(match["y"]), int(match["m"]), int(match["d"])
        ) else None
        if cited is None:
            continue
        cited_dates.append(cited)
        for year in (cited.year, cited.year + 1):
            days = (dt.date(year, event.month, event.day) - cited).days if valid(year, event.month, event.day) else -1
            if 0 <= days <= AFTER_DOCUMENT_DAYS:
                found.append((year, f"năm suy ra: sau văn bản ngày {match.group()}"))
    latest = max(cited_dates, default=None)
    return [(y, why) for y, why in found if latest is None or dt.date(y, event.month, event.day) >= latest]


_MEETING = re.compile(r"(?:kỳ họp|phiên họp|hội nghị|đại hội|khai mạc|tổ chức vào|diễn ra vào)\b[^.;]{0,60}$", re.I)
_ANNIVERSARY = re.compile(r"kỷ niệm|thành lập|ngày sinh|năm ngày|truyền thống", re.I)


def _near_a_dated_meeting(event: EventDate, text: str) -> list[tuple[int, str]]:
    """`Chiều 31/10, … chuẩn bị kỳ họp … tổ chức vào chiều 12/11/2025`: a meeting the text dates in
    full, within two months of the event either way, gives the event's year."""
    found = []
    for match in BARE_FULL.finditer(text):
        day, month, year = int(match["d"]), int(match["m"]), int(match["y"])
        before = text[max(0, match.start() - 80) : match.start()]
        if not valid(year, month, day) or not _MEETING.search(before) or _ANNIVERSARY.search(before) or (
            DOCUMENT.search(before[-60:])
        ):
            continue  # (a founding day in an anniversary's brackets is no meeting, nor a resolution's date)
        meeting = dt.date(year, month, day)
        for guess in (year - 1, year, year + 1):
            if not valid(guess, event.month, event.day):
                continue
            if abs((dt.date(guess, event.month, event.day) - meeting).days) <= 60:
                found.append((guess, f"năm suy ra: gần buổi họp ngày {match.group()} mà bài nêu"))
    return found


def _month_only(text: str) -> tuple[int, int, str] | None:
    for match in MONTH_YEAR.finditer(text):
        if _MONTH_ONLY_BLOCKERS.search(text[: match.start()]) or is_citation(text, match.start(), match.end()):
            continue
        month, year = int(match["m"]), int(match["y"])
        if 1 <= month <= 12 and valid(year, month, None):
            return year, month, match.group()
    return None


# `chiều hôm qua, …`, `sáng nay, …` with no date written: a day counted from the page's date
_RELATIVE_DAY = re.compile(
    r"(?:^|,\s*|\.\s+)(?:(?:sáng|chiều|tối|trưa)\s+(?:hôm\s+)?(?:qua|nay)|hôm\s+(?:qua|nay))\b(?!\s*\(?\d)", re.I
)
# `TP. Cần Thơ`, `TX. Sa Pa`: an abbreviation's dot does not end the sentence a clue is read in
_ABBREVIATION_DOT = re.compile(r"\b(TP|Tp|tp|TX|Tx|T\.Ư|Q|P|H|X)\.(?=\s*[A-ZĐÀ-Ỹ0-9])")


def _without_abbreviation_dots(text: str) -> str:
    """The text clues are read in: no abbreviation dots, `nhiệm kì` spelled `nhiệm kỳ`."""
    return _KI.sub("kỳ", _ABBREVIATION_DOT.sub(r"\1 ", text))


_KI = re.compile(r"(?<=nhiệm )kì\b", re.I)


NEAR_HEADER_DAYS = 45  # a report goes up within weeks of its event: such a page date gives the year
HEADER_SLACK_DAYS = 3  # a page dated a day or two before the event it reports (time zones, late edits)


def _told_against_header(
    event: EventDate, told: int, told_why: str, header: HeaderDate, lead: list[str]
) -> Found[str]:
    """The text fixes a year the page date did not give. On or before the page date it is the event's
    year; after it, the date is one still planned, and a date in the lead up to the page date is the
    event reported (`Đại hội … diễn ra ngày 2-3/10. Chiều 22/9, Tỉnh ủy họp báo …`). Flagged either way."""
    shown = f"{header.date:%m/%Y}" if header.month_only else f"{header.date:%d/%m/%Y}"
    last_day = _month_end(header.date) if header.month_only else header.date
    found = dt.date(told, event.month, event.day)
    if (found - last_day).days <= HEADER_SLACK_DAYS:
        return Found(found.isoformat(), event.text, f"{told_why}; trang ghi ngày {shown}")
    for paragraph in lead:
        for other in event_dates(paragraph):
            if other.text == event.text or other.year is not None or not _opens_a_sentence(paragraph, other.text):
                continue
            for year in (last_day.year, last_day.year - 1):
                if valid(year, other.month, other.day) and dt.date(year, other.month, other.day) <= last_day:
                    why = (f"“{event.text}” ({found:%d/%m/%Y}) sau ngày đăng {shown}: là ngày dự kiến; "
                           f"sự kiện được đưa tin là “{other.text}”")
                    return Found(dt.date(year, other.month, other.day).isoformat(), other.text, why)
    return Found(found.isoformat(), event.text, f"{told_why}; sau ngày đăng {shown}: có thể là ngày dự kiến")


def _month_end(day: dt.date) -> dt.date:
    return day.replace(day=calendar.monthrange(day.year, day.month)[1])


def _opens_a_sentence(paragraph: str, found: str) -> bool:
    """`Ngày 28/2, Chủ tịch UBND tỉnh đã ký …` dates what the sentence reports; `… hợp nhất từ ngày
    1/7/2025` inside a sentence cites another moment."""
    at = paragraph.find(found)
    stops = [paragraph.rfind(stop, 0, at) for stop in (". ", "; ")]
    start = max(stops) + 2 if max(stops) >= 0 else 0
    return at >= 0 and (len(paragraph[start:at].strip(" -–(")) <= 3 or bool(LEAD_START.match(paragraph[start:])))


def find_date(page: Page) -> Found[str]:
    paras = paragraphs(page)
    lead = " ".join(paras[:2])
    title = page.title.text if page.title else ""
    body = " ".join(b.text for b in page.blocks)
    headers = page.header_dates
    # (a site's clock over the headline is the day of the scrape; the stamp under it, the article's)
    below = page.title.number if page.title else 0
    published = sorted((h for h in headers if not h.month_only), key=lambda h: h.line.number < below)
    first = paras[0] if paras else ""
    events = event_dates(first)
    opening_month = None if events else _month_only(f"{title} {first}")
    if not events and not opening_month:  # the lead's first paragraph says nothing of when
        events = [e for p in paras[:2] for e in event_dates(p)] or event_dates(title)
    if events:
        event = events[0]
        closer = nearer_the_page(events, published[0].date) if published else None
        if closer is not None:
            later, day = closer
            why = (f"sapo nêu “{event.text}” rồi “{later.text}”, ngày sau gần ngày đăng "
                   f"{published[0].date:%d/%m/%Y} hơn: chọn ngày sau")
            return Found(day.isoformat(), later.text, why)
        if event.year is not None and valid(event.year, event.month, event.day):
            found = dt.date(event.year, event.month, event.day)
            if headers and all(abs((h.date - found).days) > NEAR_HEADER_DAYS for h in headers):
                why = f"sapo viết “{event.text}” nhưng trang ghi ngày {headers[0].date:%d/%m/%Y}"
                return Found(found.isoformat(), event.text, why)
            later = [h for h in published if (found - h.date).days > 1]
            sentence = event_sentence(lead, event.text)
            if later and _TARGET.search(sentence[:200]):
                why = f"“{event.text}” sau ngày đăng là hạn phải xong; lấy ngày đăng {later[0].date:%d/%m/%Y}"
                return Found(later[0].date.isoformat(), later[0].line.text, why)
            if later:
                why = f"“{event.text}” sau ngày đăng {later[0].date:%d/%m/%Y}: có thể là ngày dự kiến"
                return Found(found.isoformat(), event.text, why)
            if not event_dates(first) and _PLANNED.search(f"{first} {sentence}"):
                why = f"sapo không nêu ngày; “{event.text}” ở đoạn sau là ngày trong kế hoạch, có thể chưa diễn ra"
                return Found(found.isoformat(), event.text, why)
            at = max(0, sentence.find(event.text))
            ahead = _WILL.search(sentence[:at])
            if ahead:  # `Đại hội … sẽ diễn ra …, từ sáng ngày 26/9/2024`: what is to come, the report may be earlier
                why = f"sapo viết “{ahead.group()}” trước “{event.text}”: có thể là ngày dự kiến"
                return Found(found.isoformat(), event.text, why)
            if _FROM_THEN.search(sentence[max(0, at - 12) : at + len(event.text) + 16]):
                why = f"sapo viết “từ {event.text}”: có thể là ngày bắt đầu có hiệu lực, không phải ngày của sự kiện"
                return Found(found.isoformat(), event.text, why)
            return Found(found.isoformat(), event.text)
        context, body = _without_abbreviation_dots(f"{title} {lead}"), _without_abbreviation_dots(body)
        inferred = _inferred_years(event, context, body)
        in_lead = [(y, why) for y, why in _lead_month_years(event, context) if valid(y, event.month, event.day)]
        if headers:
            year, header = _year_from_header(event, headers)
            on_the_day = _on_the_day(event, year, header)
            if len({y for y, _ in in_lead}) == 1 and not on_the_day:
                told_year, why = in_lead[0]  # the lead's `tháng 8/2025` outweighs a page date that points elsewhere
                return Found(dt.date(told_year, event.month, event.day).isoformat(), event.text, why)
            told = {y for y, _ in inferred}
            distant = abs((header.date - dt.date(year, event.month, event.day)).days) > NEAR_HEADER_DAYS
            if len(told) == 1 and year not in told and distant:  # a page date days after the event is firmer
                return _told_against_header(event, told.pop(), inferred[0][1], header, paras[:2])
            clash = [] if on_the_day else [why for y, why in inferred if y != year]
            shown = f"{header.date:%m/%Y}" if header.month_only else f"{header.date:%d/%m/%Y}"
            why = f"năm lấy theo ngày đăng trên trang {shown}" + (f"; nhưng {clash[0]}" if clash else "")
            why += " (ngày và tháng của ngày đăng có lẽ bị ghi đảo)" if _swapped(event, header) else ""
            return Found(dt.date(year, event.month, event.day).isoformat(), event.text, why)
        distinct, whole = {y for y, _ in inferred}, f"{context} {body}"
        if not distinct:  # no page date and no clue in the lead: the periods and sessions the text cites
            inferred = dateforms.weekday_fits(context, event, years_from_text(event.month, event.day, whole))
            distinct = {y for y, _ in inferred}
        if not distinct:  # nor those: the one year near the text's years in which the day has the weekday it gives
            inferred = dateforms.weekday_years(context, event, whole)
            distinct = {y for y, _ in inferred}
        if not distinct:  # nor those: the only year the text writes, as a guess
            inferred = dateforms.weekday_fits(context, event, written_year(event.month, whole))
            distinct = {y for y, _ in inferred}
        if len(distinct) == 1:
            year = distinct.pop()
            return Found(dt.date(year, event.month, event.day).isoformat(), event.text, inferred[0][1])
        bound = f"; ngày in {page.print_date.date:%d/%m/%Y} chỉ cho biết giới hạn" if page.print_date else ""
        why = f"sapo viết “{event.text}” không có năm và bài không cho biết năm{bound}"
        if len(distinct) > 1:
            why = f"“{event.text}” không có năm và bài gợi ra nhiều năm: {', '.join(map(str, sorted(distinct)))}"
        return nothing(why, event.text)
    month = opening_month or _month_only(f"{title} {' '.join(paras[:2])}")
    later = [e for p in paras[2:5] for e in event_dates(p) if _opens_a_sentence(p, e.text)]
    if not month and later and not published and not later[0].year:  # (no page date: what the text cites)
        event = later[0]
        told = _inferred_years(event, _without_abbreviation_dots(f"{title} {lead}"), _without_abbreviation_dots(body))
        if len({y for y, _ in told}) == 1 and valid(told[0][0], event.month, event.day):
            why = f"sapo không nêu ngày; “{event.text}” ở đoạn sau, {told[0][1]}"
            return Found(dt.date(told[0][0], event.month, event.day).isoformat(), event.text, why)
    if not month and later and (published or later[0].year):  # `Ngày 28/2, Chủ tịch UBND tỉnh đã ký …` further down
        event = later[0]
        year, header = (event.year, None) if event.year else _year_from_header(event, tuple(published))
        if valid(year, event.month, event.day):
            why = f"sapo không nêu ngày; “{event.text}” ở đoạn sau" + (
                f", năm theo ngày đăng {header.date:%d/%m/%Y}" if header else ""
            )
            return Found(dt.date(year, event.month, event.day).isoformat(), event.text, why)
    if month:
        year, number, text = month
        return Found(f"{year:04d}-{number:02d}", text, f"chỉ biết tháng: “{text}”")
    relative = _RELATIVE_DAY.search(" ".join(paras[:1])) if published else None
    if relative:  # `chiều hôm qua, ông A …` on a page dated 13/01/2017: the 12th
        back = 1 if "qua" in relative.group().lower() else 0
        day = published[0].date - dt.timedelta(days=back)
        why = f"“{relative.group().strip()}” tính từ ngày đăng {published[0].date:%d/%m/%Y}"
        return Found(day.isoformat(), relative.group().strip(), why)
    if published:
        return Found(
            published[0].date.isoformat(),
            published[0].line.text,
            f"bài không nêu ngày diễn ra sự kiện; đây là ngày đăng “{published[0].line.text.strip()}”",
        )
    months = [h for h in headers if h.month_only]
    if months:  # `date 2019-11` over a text that names no day: the month is all that is known
        shown = months[0].line.text.strip()
        why = f"bài không nêu ngày; chỉ biết tháng theo trang: “{shown}”"
        return Found(f"{months[0].date:%Y-%m}", months[0].line.text, why)
    return nothing("bài không nêu ngày diễn ra sự kiện; nếu biết, hãy ghi theo dạng YYYY-MM-DD")
