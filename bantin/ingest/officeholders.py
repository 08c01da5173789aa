"""Who holds a public office: a company's, a cooperative's, a church's or a staff post is none; a cleric
holds one only when it is named; a namesake of a historical figure does when a local office is named; a
person tied only to years long gone is of the past; an office relieved is held no more."""

from __future__ import annotations

import re

from ..textnorm import tone_key

# `miễn nhiệm chức vụ Chủ tịch UBND tỉnh … đối với ông A`: an office ends; A held it until then (kept, no role)
_RELIEVED = re.compile(
    r"\b(?:miễn nhiệm|bãi nhiệm|thôi)\b[^.;:]{0,220}\b(?:đối )?với\b(?:\s*:)?[^.:]{0,80}?(?:ông|bà|đồng chí|đ/c)?\s*$",
    re.I,
)
# `Thượng tọa A, Ủy viên Ban Chấp hành Hội …`: a cleric holds a public office only when one is named
CLERIC = re.compile(
    r"\b(?:hòa thượng|hoà thượng|thượng tọa|thượng toạ|đại đức|ni trưởng|ni sư|linh mục|giám mục|mục sư)\s+$", re.I
)
# a body of the state, the Party or the Front: an office in one is a public office
PUBLIC_ORGAN = re.compile(
    r"\b(?:hđnd|ubnd|hội đồng nhân dân|ủy ban nhân dân|uỷ ban nhân dân|quốc hội|đbqh|đảng|tỉnh ủy|tỉnh uỷ|thành ủy|"
    r"thành uỷ|huyện ủy|huyện uỷ|mặt trận|mttq)\b",
    re.I,
)
STAFF = tone_key("chuyên viên ")  # `chuyên viên Phòng Kinh tế …`: staff, not an office (the sets' convention)


_PRIVATE = re.compile(
    r"\b(?:công ty|cty|hợp tác xã|htx|(?<!hiệp hội )doanh nghiệp|tnhh|cổ phần|tmcp|trang trại|tổ hợp tác|"
    r"cơ sở sản xuất|cơ sở chế biến|chủ cơ sở|chủ doanh nghiệp|chủ nhiệm htx|nhà hàng|khách sạn)\b",
    re.I,
)


# a church's own bodies: a dignitary holding only these is not a public office holder
_RELIGIOUS = re.compile(
    r"\b(?:giáo hội|ban trị sự|ban tăng|tăng sự|phật giáo|công giáo|giáo phận|tòa giám mục|hội thánh|tin lành|"
    r"cao đài|hòa hảo|hoà hảo|giáo xứ|tu viện|chùa|sư sãi)\b",
    re.I,
)


# offices of today's local state and party (not `Tổng Bí thư … Đảng`, a historical figure's title too)
_LOCAL_ORGAN = re.compile(
    r"\b(?:hđnd|ubnd|hội đồng nhân dân|ủy ban nhân dân|uỷ ban nhân dân|tỉnh ủy|tỉnh uỷ|thành ủy|thành uỷ|huyện ủy|"
    r"huyện uỷ|đảng ủy|đảng uỷ|mttq|đbqh|công an tỉnh|sở)\b",
    re.I,
)


def holds_public_office(roles: tuple[str, ...]) -> bool:
    """`Trần Quốc Toản, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh`: a namesake of a historical figure
    holding an office of today's state or party."""
    return any(_LOCAL_ORGAN.search(role) for role in roles)


def private(role: str) -> bool:
    """A company's or a cooperative's office, or a church's, is not a public one."""
    return bool(_PRIVATE.search(role) or _RELIGIOUS.search(role))


_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_BORN = re.compile(r"\bsinh(?:\s+(?:năm|ngày|tháng))?[\s\d/.-]*?\b(?:1[89]\d\d|20\d\d)\b", re.I)  # a birth year


def of_the_past(sentence: str, year: int | None) -> bool:
    """A mention tied only to years long gone (`… được bổ nhiệm năm 1964`) is a historical figure."""
    if year is None:
        return False
    years = [int(y) for y in _YEAR.findall(_BORN.sub("", sentence))]
    return bool(years) and max(years) <= year - 30


RELIEVED_REACH = 400  # characters before a name read for its relieving verb (a page of one huge line stays linear)


def relieved_before(text: str, start: int) -> bool:
    """Whether the name at `start` is one an office is relieved from (`miễn nhiệm … đối với ông A`)."""
    return bool(_RELIEVED.search(text[max(0, start - RELIEVED_REACH) : start]))
