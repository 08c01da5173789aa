"""Round eighty-six of issue 13's rules, after the first looks of bn32 and bsc32: a block of other articles headed `TIN
TỨC KHÁC` is page furniture, not a writer's byline. People are made up; units are real ones."""

from __future__ import annotations

import pytest

from bantin.ingest.extract import extract
from tests.ingest_helpers import FILLER


@pytest.mark.parametrize("heading", ["TIN TỨC KHÁC TIN TỨC KHÁC", "Tin tức khác"])
def test_an_other_news_heading_is_no_byline(heading: str) -> None:
    text = (
        f"{heading}\n\n"
        "Đảng ủy - HĐND - UBND phường Trung Tự thăm, tặng quà các Mẹ Việt Nam anh hùng.\n"
        "Ngày đăng 26/01/2021 | 09:19  | Lượt xem: 768\n\n"
        "Sáng 25/1, bà Lê Thị Hoa, Bí thư Đảng ủy phường Trung Tự đã đến thăm, tặng quà các Mẹ Việt Nam anh hùng.\n\n"
        + FILLER * 3
    )
    assert extract(text).author.value is None
