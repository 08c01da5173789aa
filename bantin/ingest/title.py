"""find_title: the headline line; when a page has none, a proposal from the lead, flagged."""

from __future__ import annotations

import re

from . import patterns as pt
from .banners import SITE_DOMAIN
from .captions import SCENE_CAPTION
from .found import Found, nothing
from .fused import without_section
from .page import Page, paragraphs

MAX_PROPOSED_WORDS = 16
MAX_WHOLE_LINE_WORDS = 40  # a lone sentence up to this long, opening the page, may be the headline printed as a line
MAX_DOTTED_TITLE = 18  # a longer line that ends in a full stop and opens with a person may be the standfirst
# a photo's caption: a person with the office before the name, then what the photo shows them doing
_CAPTION_SHAPE = re.compile(
    r"^(?:Phó\s+)?(?:Chủ tịch|Bí thư|Giám đốc|Trưởng ban|Trưởng đoàn)\b[^,.;:]{3,60}?\s"
    r"(?:[A-ZĐÀ-Ỹ][^\s,]*\s+){2,4}"
    r"(?:trao đổi|phát biểu|trao|tặng|thăm|chúc|chụp ảnh|trình bày|báo cáo|chủ trì|kết luận|chỉ đạo)\b.{0,60}"
    r"\b(?:tại|với)\b"
)
# `Đồng chí Nguyễn Văn A-Phó Bí thư Huyện ủy, Chủ tịch HĐND huyện khai mạc kỳ họp`: a person, then the office
_PERSON_FIRST = re.compile(
    r"^(?:[Đđ]ồng chí|[Đđ]/c|Ông|Bà)\s+(?:[A-ZĐÀ-Ỹ][^\s,\-–]*\s+){1,4}?[A-ZĐÀ-Ỹ][^\s,\-–]*\s*[-–,]\s*"
    r"(?:[Pp]hó\s+)?(?:[Bb]í thư|[Cc]hủ tịch|[Gg]iám đốc|[Tt]rưởng|[UuỦủ][ỷỷy] viên)"
)
# `Đồng chí Nguyễn Văn A tặng nhà cho …`, `Bí thư Tỉnh ủy X Nguyễn Văn A tặng hoa chúc mừng …`: a person named bare and
# what the photo shows them doing, or flowers handed over, as photos of the genre are captioned
_PERSON_ACTS = re.compile(
    r"^(?:[Đđ]ồng chí|Ông|Bà)\s+(?:[A-ZĐÀ-Ỹ]\S*\s+){1,3}[A-ZĐÀ-Ỹ]\S*\s+(?:trao|tặng|thăm|chúc|phát biểu)\b"
    r"|^(?:Phó\s+)?(?:Chủ tịch|Bí thư|Giám đốc|Trưởng ban)\b.{0,80}?\btặng hoa\b"
    r"|^(?:Phó\s+)?(?:Chủ tịch|Bí thư|Giám đốc|Trưởng ban|Bộ trưởng|Thứ trưởng)\b[^.]{10,150}\.$"  # (`… trò chuyện
    # với cử tri.`: an officer doing something, told in a sentence with its full stop; `UVTW Đảng, Bí thư Thành ủy A đến
    # chung vui …`: offices abbreviated as captions write them)
    r"|^(?:UVTW|UVBCT|UVBTV|UVTV|TUV|HUV)\b"
)
# `Ông Trần Văn A, nguyên Chủ tịch …, được bầu làm …`: a standfirst opens with a person and an apposition
_PERSON_OPENS = re.compile(r"^(?:Ông|Bà|[Đđ]ồng chí|[Đđ]/c)\s+(?:[A-ZĐÀ-Ỹ][^\s,]*\s+){1,4}?[A-ZĐÀ-Ỹ][^\s,]*,")
# the time phrase a lead opens with: "Chiều ngày 12/6, " or "Sáng 7-5, "
_LEAD_TIME = re.compile(
    r"^(?:(?:vào\s+)?(?:sáng|chiều|tối|trưa|đêm)?\s*(?:ngày|hôm)?\s*\d{1,2}(?:\s*[,–-]\s*\d{1,2})?"
    r"\s*[/.\-]\s*\d{1,2}(?:\s*[/.\-]\s*\d{4})?|(?:vừa qua|mới đây|hôm nay|sáng nay|chiều nay|tuần qua))\s*,?\s*",
    re.I,
)

# a day a lead opens its sentence with, then a comma: `sáng ngày 22/01/2025, Đảng ủy …`, `24/10, theo …`
_TIME_THEN_COMMA = re.compile(
    r"(?:^|\b(?:sáng|chiều|tối|trưa|đêm|ngày)\s+)\d{1,2}\s*[/.\-]\s*\d{1,2}(?:\s*[/.\-]\s*\d{4})?\s*,", re.I
)

# a roundup's item marker before its heading: `* Khởi công …`
_BULLET = re.compile(r"^[*•]\s+")
# a portal's badge glued to the headline's last word: `… năm 2019New`
# `…Cần GiuộcNew`, `… Cần Giuộc English Edition`: a badge or a language link the scrape ran into the headline
# `… LỄ KẾT NẠP ĐẢNG VIÊN 17/02/2022`: the day it was posted, printed after the headline (not `… ngày 15/8/2025`,
# `… Liệt sĩ 27/7/1947-27/7/2025`, which the headline says)
_POSTED_ON = re.compile(r"(?<![-–\d])(?<!\b[nN]gày)(?<!\bNGÀY)(?<!\b[đĐ]ợt)(?<!\bĐỢT)\s+\d{1,2}/\d{1,2}/\d{4}$")
_BADGE = re.compile(r"(?<=[a-zà-ỹđ0-9])(?:New|NEW|Hot|HOT)$|(?<=[^\W\d_])\s+English Edition$")

_SENTENCE_BREAK = re.compile(r"(?<=[.!?…])\s+|\s*;\s*")
# a capital first, and a last character a printed headline may end on
_HEADLINE_ENDS = re.compile(r"^[A-ZĐÀ-Ỹ].*[\w.!?)”\"]$", re.S)


# a site's domain fused before the headline: `Tin90p.com - <headline>`
_SITE_PREFIX = re.compile(rf"^{SITE_DOMAIN}\s*[-–|:]\s+(?=\S)", re.I)


def find_title(page: Page) -> Found[str]:
    if page.title is not None:
        text = without_section(_POSTED_ON.sub("", _BULLET.sub("", _BADGE.sub("", page.title.text))))
        text = _SITE_PREFIX.sub("", text)
        lead = next(iter(paragraphs(page)), "")
        if SCENE_CAPTION.match(text):
            why = f"tít “{text[:80]}” có dạng chú thích ảnh (toàn cảnh, đại biểu dự …): bài có thể không có tít"
            return Found(text, text, why)  # a fair title for readers still, and the editor is asked
        if (_CAPTION_SHAPE.search(text) or _PERSON_FIRST.match(text)) and not pt.opens_with_date(lead):
            why = f"tít “{text[:80]}” có dạng chú thích ảnh (người, chức vụ, việc đang làm) và sapo không nêu ngày"
            return Found(text, text, why)  # `Phó Chủ tịch UBND … Trần Văn A trao đổi với báo chí tại buổi họp báo`
        if _PERSON_ACTS.match(text):
            why = f"tít “{text[:80]}” có dạng chú thích ảnh (người, việc đang làm): bài có thể không có tít"
            return Found(text, text, why)
        if text.rstrip().endswith(".") and pt.words(text) > MAX_DOTTED_TITLE and _PERSON_OPENS.match(text):
            why = f"tít “{text[:80]}” là một câu dài kết thúc bằng dấu chấm: có thể là sapo, không phải tít"
            return Found(text, text, why)
        if text.rstrip().endswith(":"):  # `*Tại huyện A và B:`, `Đoàn ĐBQH tỉnh X:`: a heading over what follows
            return Found(text, text, f"tít “{text[:80]}” kết thúc bằng dấu hai chấm: có thể là đề mục, không phải tít")
        lead_time = _TIME_THEN_COMMA.search(text)  # (a lead cut into lines: `… 2025, sáng ngày 22/01/2025, Đảng ủy`)
        if lead_time:
            why = f"tít “{text[:80]}” có ngày của sapo (“{lead_time.group()}”): có thể là dòng cắt ra từ sapo"
            return Found(text, text, why)
        # (a headline the lead goes on from on the same line, `Thời sự <headline> Sáng 14/8, …`, is the page's
        # own: 43 of 45 such lines on the evaluation sets, against 285 of 330 lines alone under the marker)
        if _under_date_marker(page) and not page.fused_title:
            why = (f"tít “{text[:80]}” là dòng đầu ngay sau dấu ngày của trang (date …): trang trích có thể đã bỏ tít "
                   "thật, dòng này có thể là chú thích ảnh hay đề mục")
            return Found(text, text, why)
        return Found(text, text)
    lead = next(iter(paragraphs(page)), "")
    proposal = propose_title(lead)
    if not proposal:
        return nothing("bài không có tít và không có sapo để đề xuất; hãy viết tít")
    if proposal == lead.strip():
        why = f"bài không có tít rõ ràng; câu mở đầu “{lead[:80]}” được giữ nguyên làm tít"
        return Found(proposal, lead[:160], why)
    return Found(proposal, lead[:160], f"bài không có tít; tít này đề xuất từ sapo “{lead[:80]}”")


def _under_date_marker(page: Page) -> bool:
    """The headline is the first line of a text that opens with a page's date marker (` date 2025-11-19 …`). Such a
    text is a page's body cut out without its own headline: about one first line in ten is a photo's caption or a
    subheading, and nothing in the line tells them from a headline (issue 13, round fifty-three)."""
    if page.title is None or not page.lines or not pt.DATE_MARKER.match(page.lines[0].text):
        return False
    first = page.lines[0].number
    marker_alone = pt.DATE_MARKER.fullmatch(page.lines[0].text) is not None
    return page.title.number == (first + 1 if marker_alone else first)


def propose_title(lead: str) -> str:
    if _headline_like(lead):
        return lead.strip()  # `Lễ khánh thành … Cột mốc Quốc gia.`: one sentence, no time: offered as printed
    text = pt.DATELINE.sub("", lead.strip(), count=1)
    text = _LEAD_TIME.sub("", text, count=1)
    sentence = _SENTENCE_BREAK.split(text, maxsplit=1)[0].rstrip(" .;:,…")
    words = sentence.split()
    if not words:
        return ""
    if len(words) > MAX_PROPOSED_WORDS:
        cut = words[:MAX_PROPOSED_WORDS]
        for stop in range(len(cut) - 1, 7, -1):  # end at a clause boundary when there is one
            if cut[stop].endswith(","):
                cut = cut[: stop + 1]
                break
        sentence = " ".join(cut).rstrip(",") + "…"
    return sentence[:1].upper() + sentence[1:]


def _headline_like(lead: str) -> bool:
    """One sentence of at most MAX_WHOLE_LINE_WORDS words that opens with a capital, not with a dateline or a
    time, and ends as a headline does (not on `,` `:` or `…`, as a salutation or a cut line does)."""
    text = lead.strip()
    if pt.words(text) > MAX_WHOLE_LINE_WORDS or not _HEADLINE_ENDS.match(text):
        return False
    if pt.DATELINE.match(text) or _LEAD_TIME.match(text):
        return False
    return len(_SENTENCE_BREAK.split(text)) == 1
