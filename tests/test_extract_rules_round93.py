"""Round ninety-three of issue 13's rules, after the first looks of bn38 and bsc38: a day without a year takes the
year its own sentence writes with the same day and month (`Ngày 17-10, … (17-10-2018 đến 18-11-2018)`), over
other years the text cites; of an anniversary's pair of dates (`10/10/1948 - 10/10/2023`), the later. People are
made up; units are real ones."""

from __future__ import annotations

import pytest

from bantin.ingest.extract import extract
from tests.ingest_helpers import FILLER


@pytest.mark.parametrize(
    ("lead", "body", "date"),
    [
        (
            "Ngày 17-10, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Gia Lai đã tổ chức Lễ phát động Tháng cao điểm “Vì "
            "người nghèo” (17-10-2018 đến 18-11-2018). Dự có bà Lê Thị Hoa, Phó Chủ tịch UBND tỉnh.",
            "Đại diện Ủy ban MTTQ tỉnh báo cáo kết quả xây dựng Quỹ vì người nghèo từ ngày 17-10-2017 đến nay.",
            "2018-10-17",
        ),
        (
            "Ngày 10/10, Đảng ủy xã Cam Đường tổ chức lễ kỷ niệm 75 năm ngày thành lập Đảng bộ xã (10/10/1948 - "
            "10/10/2023). Dự có ông Trần Văn Nam, Phó Bí thư Thành ủy.",
            "Các đại biểu ôn lại truyền thống vẻ vang của Đảng bộ xã.",
            "2023-10-10",
        ),
    ],
)
def test_a_day_takes_the_year_its_own_sentence_writes_with_it(lead: str, body: str, date: str) -> None:
    found = extract(f"Phát động và kỷ niệm\n\n{lead}\n\n{body}\n\n" + FILLER * 3)
    assert found.date.value == date
