"""Round one hundred and nine of issue 13's rules, after the titles the last sessions' first looks missed: a
section's name, the headline and the lead printed on one line are cut apart where the lead opens with `Sau 2 ngày`,
`Đó là`, `Những ngày qua,` or after a headline that ends in a bracket or a quotation (`… (20/10) Hướng tới …`,
`…: “…” Đó là …`); a headline of four words after a section's name is kept whole; `Ngày Phụ nữ Việt Nam` inside a
headline does not open its lead. Places are real; the words are made up."""

from __future__ import annotations

import pytest

from bantin.ingest.extract import extract
from tests.ingest_helpers import FILLER


def _title(line: str) -> str | None:
    return extract(f"{line}\n\n{FILLER * 3}\n").title.value


FUSED = {
    "a lead opening after so many days": (
        "Chính trị Phấn đấu đến năm 2030 đưa phường Lâm Viên - Đà Lạt phát triển toàn diện Sau 2 ngày làm việc "
        "khẩn trương, dân chủ, Đại hội đại biểu Đảng bộ phường lần thứ I đã thành công tốt đẹp.",
        "Phấn đấu đến năm 2030 đưa phường Lâm Viên - Đà Lạt phát triển toàn diện",
    ),
    "a short headline after a section's name": (
        "An sinh - Cuộc sống Nhà mới trước mùa mưa Những ngày qua, những ngôi nhà cuối cùng trên địa bàn xã "
        "Hàm Liêm đã được bàn giao cho bà con trước mùa mưa.",
        "Nhà mới trước mùa mưa",
    ),
    "a headline ending on a quotation": (
        "Đoàn đại biểu Quốc hội - HĐND Chủ tịch UBND tỉnh Lâm Đồng: “Không để kiến nghị của dân chờ lâu” "
        "Đó là yêu cầu được nêu tại buổi tiếp xúc cử tri sau kỳ họp thứ 2 của HĐND tỉnh tại điểm cầu Tỉnh ủy.",
        "Chủ tịch UBND tỉnh Lâm Đồng: “Không để kiến nghị của dân chờ lâu”",
    ),
    "a day the headline names, which does not open the lead": (
        "Xã hội Nhiều hoạt động hướng tới Ngày Phụ nữ Việt Nam (20/10) Hướng tới kỷ niệm 95 năm Ngày thành lập "
        "Hội Liên hiệp Phụ nữ Việt Nam, các cấp hội đã triển khai nhiều phong trào thiết thực.",
        "Nhiều hoạt động hướng tới Ngày Phụ nữ Việt Nam (20/10)",
    ),
}


@pytest.mark.parametrize(("line", "headline"), FUSED.values(), ids=FUSED.keys())
def test_a_section_name_headline_and_lead_on_one_line_are_cut_apart(line: str, headline: str) -> None:
    assert _title(line) == headline
