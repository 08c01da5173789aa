"""Round ninety-eight of issue 13's rules, after bsc42 007: a department's name alone on a line at the top of its
portal (`Sở Lao động - Thương binh và Xã hội`) is the site's owner, not the headline; a headline that starts with
the same name says what it does. People are made up; units are real ones."""

from __future__ import annotations

import pytest

from bantin.ingest.extract import extract
from tests.ingest_helpers import FILLER

_LEAD = (
    "Tham dự lễ viếng có ông Lê Văn Hòa, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Quảng Ngãi; lãnh đạo các sở, ban, "
    "ngành và thành phố Quảng Ngãi."
)


@pytest.mark.parametrize(
    "owner", ["Sở Lao động - Thương binh và Xã hội", "Ban Tuyên giáo Tỉnh ủy", "Sở Nội vụ tỉnh Quảng Ngãi"]
)
def test_a_departments_name_over_the_headline_is_the_portals_owner(owner: str) -> None:
    page = f"Trang thông tin điện tử\n\n{owner}\n\nA- A A+ | Tăng tương phản Giảm tương phản\n\n"
    found = extract(page + f"Lãnh đạo tỉnh viếng Nghĩa trang Liệt sĩ tỉnh trước Tết\n\n{_LEAD}\n\n" + FILLER * 3)
    assert found.title.value == "Lãnh đạo tỉnh viếng Nghĩa trang Liệt sĩ tỉnh trước Tết"


def test_a_headline_that_opens_with_a_departments_name_stays_the_headline() -> None:
    headline = "Sở Lao động - Thương binh và Xã hội tổ chức hội nghị tổng kết năm"
    found = extract(f"{headline}\n\n{_LEAD}\n\n" + FILLER * 3)
    assert found.title.value == headline
