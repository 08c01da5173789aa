"""Round one hundred and nine of issue 13's rules, after the titles the last sessions' first looks missed: a
section's name, the headline and the lead printed on one line are cut apart where the lead opens with `Sau 2 ngày`,
`Đó là`, `Những ngày qua,` or after a headline that ends in a bracket or a quotation (`… (20/10) Hướng tới …`,
`…: “…” Đó là …`); a headline of four words after a section's name is kept whole; `Ngày Phụ nữ Việt Nam` inside a
headline does not open its lead. Places are real; the words are made up."""

from __future__ import annotations

from bantin.ingest.extract import extract
from tests.ingest_helpers import FILLER


def _title(line: str) -> str | None:
    return extract(f"{line}\n\n{FILLER * 3}\n").title.value


def test_a_lead_opening_after_so_many_days_is_cut_from_the_headline() -> None:
    line = (
        "Chính trị Phấn đấu đến năm 2030 đưa phường Lâm Viên - Đà Lạt phát triển toàn diện Sau 2 ngày làm việc "
        "khẩn trương, dân chủ, Đại hội đại biểu Đảng bộ phường lần thứ I đã thành công tốt đẹp."
    )
    assert _title(line) == "Phấn đấu đến năm 2030 đưa phường Lâm Viên - Đà Lạt phát triển toàn diện"


def test_a_short_headline_after_a_section_name_is_kept_whole() -> None:
    line = (
        "An sinh - Cuộc sống Nhà mới trước mùa mưa Những ngày qua, những ngôi nhà cuối cùng trên địa bàn xã "
        "Hàm Liêm đã được bàn giao cho bà con trước mùa mưa."
    )
    assert _title(line) == "Nhà mới trước mùa mưa"


def test_a_headline_ending_on_a_quotation_is_cut_from_the_lead_that_follows() -> None:
    line = (
        "Đoàn đại biểu Quốc hội - HĐND Chủ tịch UBND tỉnh Lâm Đồng: “Không để kiến nghị của dân chờ lâu” "
        "Đó là yêu cầu được nêu tại buổi tiếp xúc cử tri sau kỳ họp thứ 2 của HĐND tỉnh tại điểm cầu Tỉnh ủy."
    )
    assert _title(line) == "Chủ tịch UBND tỉnh Lâm Đồng: “Không để kiến nghị của dân chờ lâu”"


def test_a_day_named_in_the_headline_does_not_open_the_lead() -> None:
    line = (
        "Xã hội Nhiều hoạt động hướng tới Ngày Phụ nữ Việt Nam (20/10) Hướng tới kỷ niệm 95 năm Ngày thành lập "
        "Hội Liên hiệp Phụ nữ Việt Nam, các cấp hội đã triển khai nhiều phong trào thiết thực."
    )
    assert _title(line) == "Nhiều hoạt động hướng tới Ngày Phụ nữ Việt Nam (20/10)"
