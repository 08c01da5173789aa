"""A headline printed on one line with what surrounds it: `(Ngày Nay) - Headline - Lead…`, `Thời sự <headline>
Sáng 14/8, …`, `Tin tức <headline> (Baohatinh.vn) - <lead>`: each split into (headline, lead)."""

from __future__ import annotations

import re

from . import gazetteer, knowledge, places
from . import patterns as pt


def fused_headline(text: str) -> tuple[str, str] | None:
    """`(Ngày Nay) - Headline - Lead…` -> (headline, lead)."""
    match = pt.DATELINE.match(text)
    if not match:
        return None
    rest = text[match.end() :]
    for sep in (" - ", " – ", " — "):
        head, found, lead = rest.partition(sep)
        if (
            found
            and 4 <= pt.words(head) <= 30
            and head[:1].isupper()
            and lead[:1].isupper()
            and not pt.LEAD_START.match(head)
            and "," not in head
            and ". " not in head
            and not _joins_a_name(head, lead)
        ):
            return head.strip(), lead.strip()
    return None


def _joins_a_name(head: str, lead: str) -> bool:
    """`… thành lập huyện Thiên Lộc - Can Lộc và …`: the dash joins two names of one unit, not a headline to
    its lead (the head ends with a unit's name and the lead goes on with a name)."""
    last = next(reversed(places.find_mentions(head)), None)
    return last is not None and last.name is not None and last.end >= len(head.rstrip()) and lead[:1].isupper()


MIN_LEAD_WORDS = 6
MIN_TAGGED_LEAD_WORDS = 15  # a lead after an outlet's tag runs on; a headline's second half does not
# an outlet's tag opening the lead inside a line: `… bền vững (Baohatinh.vn) - Đồng chí …`
_INNER_DATELINE = re.compile(r"\s(?:\([^()]{2,40}\)|[A-ZĐ]{2,8})\s*[-–—]\s+(?=[A-ZĐÀ-Ỹ])")


def fused_dateline(text: str) -> tuple[str, str] | None:
    """`Tin tức <headline> (Baohatinh.vn) - <lead>` -> (headline, lead): a section name, the headline and a
    lead that opens with the outlet's tag, on one line."""
    match = _INNER_DATELINE.search(text)
    if not match or text.upper() == text:  # (`… THỨ MƯỜI HAI – KHÓA XI`: a headline in capitals has no tag)
        return None
    head, lead = without_section(text[: match.start()].strip()), text[match.start() :].strip()
    if not 5 <= pt.words(head) <= 40 or ". " in head or pt.LEAD_START.match(head) or not head[:1].isupper():
        return None
    if pt.words(lead) < MIN_LEAD_WORDS or head.endswith(("-", "–")):
        return None  # `… về KT - VH - XH`, `Thị ủy - HĐND - UBND …`: names joined by dashes, no outlet's tag
    after_tag = re.sub(r"^\S+\s*[-–—]\s*", "", lead)
    if after_tag.split()[0].isupper() and pt.words(after_tag) < MIN_TAGGED_LEAD_WORDS:
        return None  # `… Trường THCS - THPT Tân Bằng trước thềm năm học mới`: two names joined, the headline goes on
    return head, lead


# a lead that starts inside a headline's line: `… chào mừng Quốc khánh Sáng 14/8, đồng chí …`
_LEAD_INSIDE = re.compile(
    r"(?<=[^\W_]\s|\)\s)(?:[A-ZĐ]{2,6}\s*[-–]\s*)?(?:Sáng|Chiều|Tối|Trưa|Ngày|Hôm)\s+(?:(?:nay|qua)\s+)?(?:ngày\s+)?"
    r"\(?\d{1,2}\s*[/.\-]\s*\d{1,2}"
)


# after a section name: a lead that opens without its date, right after the headline's last word
# (`Ngày` only before a day or `hôm`: `… hướng tới Ngày Phụ nữ Việt Nam` is the headline's own day)
_UNDATED_LEAD_INSIDE = re.compile(
    r"(?<=[a-zà-ỹđ0-9)”\"]\s)(?:Tại|Theo|Trong|Nhằm|Thực hiện|Chiều|Sáng|Ngày(?=\s(?:\d|hôm))|Đây là|Đó là|Vừa qua|"
    r"Sau khi|Nhân dịp|Sau \d+ (?:ngày|năm|tháng)|Thời gian qua|Những năm qua|Những ngày (?:qua|này)|Hướng tới)[\s,]"
)


def fused_lead(text: str) -> tuple[str, str] | None:
    """`Thời sự Lâm Đồng Khẩn trương … Quốc khánh Sáng 14/8, đồng chí …` -> (headline, lead): a
    section name, the headline and the lead printed on one line."""
    match = _LEAD_INSIDE.search(text)
    sectioned = text.lower().startswith(tuple(f"{section} " for section in knowledge.section_names()))
    if not match and sectioned:
        match = _UNDATED_LEAD_INSIDE.search(text)  # `Thời sự <headline> Tại phiên họp …, đồng chí …`
    start = match.start() if match else _subject_restated(without_section(text), text) if sectioned else None
    if start is None:
        return None
    if _INNER_DATELINE.search(text[:start]):
        return None  # `<headline> ĐNO - Đại hội … phường An Hải …`: the outlet's tag opens the lead before (below)
    head, lead = without_section(text[:start].strip()), text[start:].strip()
    shortest = 4 if sectioned else 5  # (`An sinh - Cuộc sống Nhà mới sau mưa Những ngày qua, …`: a short headline)
    ends_as_sentence = pt.SENTENCE_END.search(head) and not _QUOTED_SAYING.search(head)
    if not shortest <= pt.words(head) <= 40 or ". " in head or ends_as_sentence or not head[:1].isupper():
        return None
    return head, lead


# `Chủ tịch HĐND tỉnh Lâm Đồng: “Không thể chấp nhận …”`: a headline may end on the words it quotes
_QUOTED_SAYING = re.compile(r":\s*[“\"][^”\"]+[”\"]$")


def _subject_restated(headline: str, text: str) -> int | None:
    """`Chính trị Thường trực Tỉnh uỷ làm việc … Thường trực Tỉnh ủy Lâm Đồng đã có buổi làm việc …`: after a
    section's name, the lead starts where the headline's first three words come again (in `text`)."""
    words = headline.split()
    if len(words) < 3:
        return None
    opening = re.compile(r"(?<=[^\W_]\s)" + r"\s+".join(map(re.escape, words[:3])) + r"\s", re.I)
    found = opening.search(text, len(text) - len(headline) + len(words[0]))
    if found is None or pt.words(text[found.start() :]) < MIN_LEAD_WORDS + 2:
        return None
    return found.start()


def without_section(head: str) -> str:
    """`Thời sự Lâm Đồng <headline>`, `Tin tức <headline>`: the headline without a section name (and the
    province the section belongs to) printed before it."""
    lowered = head.lower()
    section = next((s for s in knowledge.section_names() if lowered.startswith(s + " ")), None)
    if section is None:
        return head
    rest = head[len(section) :].split()
    if not rest or not rest[0][:1].isupper():
        return head  # `Giáo dục truyền thống cho …`: a headline's own words, not a section's name
    for size in (3, 2, 1):  # `Thời sự Lâm Đồng`: a section of one province
        if len(rest) > size and gazetteer.is_province(" ".join(rest[:size])) and rest[size][:1].isupper():
            return " ".join(rest[size:])
    return " ".join(rest)


MIN_CAPITAL_WORDS = 5


def fused_capitals(text: str) -> tuple[str, str] | None:
    """`NGÀY HỘI HIẾN MÁU … PHƯỜNG THÁI BÌNH Thực hiện Kế hoạch số …` -> (headline, lead): a headline in capitals,
    then the lead in ordinary case, on one line."""
    words = text.split()
    head = 0
    while head < len(words) and words[head] == words[head].upper():
        head += 1
    if head < MIN_CAPITAL_WORDS or sum(w.isalpha() for w in words[:head]) < MIN_CAPITAL_WORDS:
        return None
    lead = words[head:]
    if len(lead) < MIN_LEAD_WORDS or not (lead[0][:1].isupper() and lead[0][1:].isalpha() and lead[0][1:].islower()):
        return None
    return " ".join(words[:head]), " ".join(lead)
