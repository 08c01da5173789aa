"""Regular expressions for the genre's recurring line shapes (dates, headers, placeholders)."""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

from .knowledge import DATA

DATE_NUMERIC = r"(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4})"
DATE_ISO = r"(\d{4})([-/])(\d{1,2})\2(\d{1,2})"  # `2025-11-19`, `2026/03/17`
TIME = r"\d{1,2}\s*(?::|h)\s*\d{2}['’′]?(?::\d{2})?\s*(?:[(\[]?gmt\s*[+\-]?\d*(?::\d{2})?[)\]]?|(?:am|pm|sa|ch)\b)?"
WEEKDAY = r"(?:thứ\s*(?:hai|ba|tư|năm|sáu|bảy|2|3|4|5|6|7)|chủ\s*nhật|cn|t[2-7])"

# " date 2025-08-12 (Ngày Nay) - …": a scraper's publication marker fused into the first line
DATE_MARKER = re.compile(r"^\s*date\s+(\d{4})-(\d{2})(?:-(\d{2}))?\b\s*", re.I)  # (`date 2024-12`: month only)
# "14/12/2021Ngày 13/12, …": a header date fused onto the lead, no space between
FUSED_HEADER_DATE = re.compile(rf"^{DATE_NUMERIC}(?:\s*{TIME})?(?:\s*\|\s*lượt xem\s*:?\s*\d+\s*)?(?=[A-ZĐÀ-Ỹ])", re.I)
# "VTC NewsVTC News14/11/2024": an outlet's or section's label with the page's date fused onto its last word
GLUED_LABEL_DATE = re.compile(rf"^(?:[^\d\s]+\s+){{0,5}}[^\d\s]*[^\W\d]{DATE_NUMERIC}\s*$")
# "Đã đăng vào 9 Th12, 2020 lúc 10:36": a blog platform's Vietnamese date
HEADER_SHORT_MONTH = re.compile(
    r"^(?:đã đăng vào|đăng vào|đăng ngày|ngày đăng)?\s*(\d{1,2})\s+th(\d{1,2}),?\s+(\d{4})\b.*$", re.I
)
# a line that is only a date (and time, weekday, separators): a page header
HEADER_DATE_LINE = re.compile(
    # (`Thứ ba - 16/09/2025 21:10`; `Hôm nay, Chủ nhật ngày 17/01/2021`: a site's clock)
    rf"^[•·\-\s]*(?:hôm nay\s*[,:]?\s*)?(?:{WEEKDAY}\s*[,\-–]?\s*)?(?:ngày\s*)?{DATE_NUMERIC}"
    rf"(?:\s*[|,\-–]?\s*(?:lúc\s*)?{TIME})?(?:\s*[|,\-–]?\s*{WEEKDAY})?\s*$",
    re.I,
)
_GMT_AFTER = r"(?:[(\[]?\s*gmt\s*[+\-]?\s*\d*(?::\d{2})?\s*[)\]]?)?"
HEADER_TIME_FIRST = re.compile(
    rf"^[•·\-\s]*\(?\s*(?:{WEEKDAY}\s*[,:]?\s*)?{TIME}\s*[|,\-–]?\s*(?:{WEEKDAY}\s*[,\-–]?\s*)?(?:ngày\s*)?{DATE_NUMERIC}"
    rf"\s*{_GMT_AFTER}\s*\)?\s*$",
    re.I,
)  # `20:02 23/09/2025`, `Thứ ba, 20:02, 23/09/2025`, `11:34 - Chủ Nhật, 23/07/2023`, `(17:01 | 02/06/2023)`,
# `09:11, 18/07/2023 [GMT+7]`, `Thứ ba: 09:49 ngày 19/08/2025`, `16:59' 22/4/2021`
# "Cập nhật: 15/03/2021", "Ngày đăng 02/08/2019 | 18:00 | View count: 422", "Publish date …"
HEADER_LABELLED = re.compile(
    r"^[•·\-\s(]*(?:cập nhật|ngày cập nhật|cập nhật lúc|ngày đăng|đăng ngày|đăng lúc|ngày đăng tải|"
    r"ngày xuất bản|xuất bản|ngày ban hành|thời gian đăng|publish(?:ed)? date|published|posted(?: on)?|"
    r"updated|post(?:ed)? date|date|print|ngày(?=\s*:))\s*[:,]?\s*(?:lúc\s*)?(?:"  # (`Cập nhật, 08:06, …`; `Ngày: …`)
    + TIME
    + r"\s*[|,\-–]?\s*)?(?:"
    + WEEKDAY
    + r"\s*,?\s*)?(?:ngày\s*)?"
    + DATE_NUMERIC
    + r".*$",
    re.I,
)
# "… ứng cử viên đại biểu Quốc hội 05/03/2026 17:58": a headline with the page's timestamp after it
TRAILING_STAMP = re.compile(  # (`Văn Hà19/02/2025 - 13:05`: a byline the scrape glued to its stamp)
    rf"(?:\s+|(?<=[a-zà-ỹđ]))\(?(?:{DATE_NUMERIC}\s*(?:[|,\-–]\s*)?{TIME}|(?:[-–|]\s*)?{TIME}\s*[,|]?\s*(?P<d2>\d{{1,2}})\s*[/.\-]\s*"
    rf"(?P<m2>\d{{1,2}})\s*[/.\-]\s*(?P<y2>\d{{4}}))(?:\s*(?:am|pm|sa|ch)\b)?(?:\s*\(?gmt\s*[+-]\s*\d{{1,2}}\)?)?\)?\s*$",
    re.I,
)  # `… 05/03/2026 17:58`, `… (11/11/2025, 14:53)` after a headline; after a byline `Ngọc Thu - 20:15, 23/06/2023`,
# `A 23:20 | 28/09/2023`
# `Thứ Sáu, ngày 23 tháng 08 năm 2019, 09:25:27`, `Thứ sáu, 07 Tháng 9 2018 14:58`: a page date in words, with its
# clock time
HEADER_WORDS = re.compile(
    rf"^[•·\-\s]*(?:(?:{WEEKDAY}\s*,?\s*)?ngày\s+|{WEEKDAY}\s*,?\s*)(\d{{1,2}})\s+tháng\s+(\d{{1,2}})\s+(?:năm\s+)?"
    rf"(\d{{4}})"
    rf"(?:\s*[,|\-–]?\s*{TIME})?\s*$",
    re.I,
)
# `Cập nhật lần cuối: 30 Tháng Chín, 2022`: a page date with its month's name
_MONTH_NAMES = (
    "một|giêng", "hai", "ba", "tư|bốn", "năm", "sáu", "bảy", "tám", "chín", "mười", "mười một", "mười hai|chạp"
)
HEADER_MONTH_NAME = re.compile(
    r"^(?:(?:ngày\s+)?cập nhật(?: lần cuối)?|ngày đăng|đăng ngày)?\s*:?\s*(\d{1,2})\s+tháng\s+"
    rf"({'|'.join(sorted('|'.join(_MONTH_NAMES).split('|'), key=len, reverse=True))})\s*,?\s*(\d{{4}})\s*$",
    re.I,
)


def named_month_date(text: str) -> dt.date | None:
    match = HEADER_MONTH_NAME.match(text.strip())
    if not match:
        return None
    month = next(i for i, names in enumerate(_MONTH_NAMES, 1) if match[2].lower() in names.split("|"))
    try:
        return dt.date(int(match[3]), month, int(match[1]))
    except ValueError:
        return None


# "2025-10-21T09:12:00+07:00", "Cập nhật: 2025-11-04 14:20": machine-written timestamps
HEADER_ISO = re.compile(
    rf"^[•·\-\s]*(?:(?:cập nhật|ngày đăng|đăng lúc|xuất bản|published|updated|date)\s*:?\s*)?{DATE_ISO}"
    r"(?:[T\s]\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+\-]\d{2}:?\d{2})?)?"
    r"(?:\s+\d{1,5}\s+bình luận)?\s*$",  # (`2025-02-03 20:50:48 0 Bình luận`: the count of comments after it)
    re.I,
)
# "Hải Phòng, ngày 27 tháng 02 năm 2020" on a print page: bounds the year only
PRINT_DATE = re.compile(r"^[A-ZĐÂĂÊÔƠƯ][^\d,]{1,40},\s*ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}\s*$")

PLACEHOLDER = re.compile(
    r"^(?:[\w\-.%()+~]+\.(?:jpe?g|png|gif|webp|bmp|tiff?|svg)"
    r"|<\s*(?:image|img)\b[^>]*>?.*"
    r"|!\[[^\]]*\]\([^)]*\)\s*\|?"  # `![]() |`: an image's Markdown in a table cell
    r"|\[(?:image|hình ảnh|ảnh)[^\]]*\]"
    r"|[\w\-.%()+~]*\.(?:jpe?g|png|gif|webp)\)"  # `.jpg)`: the end of an image's markup
    r"|anh tin bai|ảnh tin bài|image|hình ảnh|no ?image)$",
    re.I,
)
# `Tin liên quan`, `Xem thêm`: what follows is other articles' headlines, not this one's captions
RELATED_HEADING = re.compile(
    r"^(?:tin liên quan|bài liên quan|bài viết liên quan|tin khác|các tin khác|xem thêm|đọc thêm|tin cùng chuyên mục|"
    r"tin mới|tin nổi bật|(?:tin |bài (?:viết )?)?cùng tác giả|từ khóa|từ khoá|tags?\s*:?\s*$)\b",
    re.I,
)
BULLET = re.compile(r"^[•·▪◦●■□►▶]\s*")
SECTION_LABEL = re.compile(r".*(?:>>|»|›|\s/\s).*")
STANDFIRST = re.compile(r"^\((?:[^()]|\([^()]*\)){20,}\)\.?$")  # (not `(GLO)- Sáng 10-3, … (xã A, huyện B).`)
# "(Ngày Nay) - ", "BDK.VN - ", "(QNO) - ", "BHG - ": a publisher's own dateline tag
DATELINE = re.compile(r"^(?:\((?P<p>[^()]{2,40})\)|(?P<t>[A-ZĐ][A-ZĐ0-9.]{1,20}(?:\.[A-Z]{2,4})?))\s*[-–—]\s*")
# a lead that starts with the time of the event: "Sáng 12/3,", "Chiều ngày 2/8,", "Ngày 15/12/2022,"
LEAD_START = re.compile(
    r"^(?:(?:sáng|chiều|tối|trưa|đêm|cuối|đầu)(?:\s+(?:sớm|muộn|tối|nay|qua|hôm\s+nay))?\s*(?:ngày\s*)?\d"
    r"|(?:vào\s+|từ\s+)?(?:ngày|hôm)\s*(?:nay|qua|\d)"
    # (`Trong 2 ngày (4 và 5-6)`, `Trong ngày 5/3`; not `Trong ngày làm việc thứ ba`: a day the lead told already)
    r"|trong\s+(?:các\s+)?(?:ngày|hai ngày|ba ngày|2 ngày|3 ngày|sáng|chiều)"
    r"\s*(?:ngày\s*|hôm\s*(?:nay|qua)\s*)?[\d(,]"
    r"|(?:vừa qua|mới đây|hôm nay|sáng nay|chiều nay|tối nay|tuần qua|trong tuần)\b)",
    re.I,
)
SENTENCE_END = re.compile(r"[.!?…:;”\"]\s*$")
PHOTO_CREDIT = re.compile(r"^\(?\s*(?:ảnh|ảnh minh họa|photo|video)\s*:", re.I)


@cache
def furniture() -> re.Pattern[str]:
    lines = (DATA / "furniture.txt").read_text(encoding="utf-8").splitlines()
    parts = [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]
    return re.compile("^(?:" + "|".join(f"(?:{p})" for p in parts) + r")\s*$", re.I)


_OUTLET_TAG = re.compile(r"^\(?[\w.]{2,20}\)?\s*[-–]\s*")  # `Kinhtedothi - `, `(BLC) - `


def opens_with_date(text: str) -> bool:
    """`Sáng 7/10, …`, `(PLO) - Chiều 7/10, …`, `Kinhtedothi - Chiều 7/10, …`: a lead that opens with its date."""
    untagged = (DATELINE.sub("", text, count=1), _OUTLET_TAG.sub("", text, count=1))
    return any(LEAD_START.match(lead) for lead in untagged)


# a view counter printed after a line's text: `<headline> (Lượt xem: 2279)`, `… | Lượt đọc: 35`
TRAILING_COUNTER = re.compile(  # (… `Lượt xem: 4051 In bài viết`: the toolbar's print link after it)
    r"(?:\s*[(|\-–]\s*|\s+)(?:lượt xem|lượt đọc|đã xem)\s*:?\s*[\d.,]+\s*\)?(?:\s*(?:in bài viết|in bài|bản in))?\s*$",
    re.I,
)


def is_furniture(line: str) -> bool:
    return bool(furniture().match(line.strip()))


def words(line: str) -> int:
    return len(line.split())


def opens_with_event_time(paragraph: str) -> bool:
    """Whether a paragraph opens with the time of the event (`Chiều 5-3, …`, `(PLO) - Sáng 7/8, …`)."""
    return bool(LEAD_START.match(DATELINE.sub("", paragraph, count=1)))
