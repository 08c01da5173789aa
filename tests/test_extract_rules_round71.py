"""Round seventy-one of issue 13's rules, after the first looks of bn20 and bsc20: a page that names no unit with a
level word but writes one province's name bare in its headline or lead (`… ở Huế`) is that province's, flagged;
a line ending in a photo credit of initials without a colon (`… tại phường Tô Hiệu. Ảnh VT`) is a caption, not the
headline. People are made up; units are real ones."""

from __future__ import annotations

from bantin.ingest.extract import extract
from tests.ingest_helpers import FILLER, headline_withheld, locality_of

VISIT = (
    "Sáng 18-12-2025, Phó Thủ tướng Trần Văn Nam cùng đoàn công tác đã đến thăm hỏi các hộ dân và kiểm tra công tác "
    "khắc phục nhà ở bị hư hại do thiên tai."
)


def test_a_province_written_bare_is_the_locality_of_a_page_that_names_no_unit() -> None:
    level, name, review = locality_of("Phó Thủ tướng kiểm tra xây dựng nhà cho người dân vùng lũ ở Huế", VISIT)
    assert (level, name) == ("thành phố", "Huế")
    assert "Huế" in review


def test_two_provinces_written_bare_leave_the_locality_empty() -> None:
    _, name, review = locality_of("Phó Thủ tướng kiểm tra xây dựng nhà cho người dân vùng lũ ở Huế và Đà Nẵng", VISIT)
    assert name is None
    assert review


def test_a_line_with_a_photo_credit_of_initials_is_no_headline() -> None:
    caption = "Bí thư Tỉnh ủy Lò Văn Hùng tiếp xúc cử tri tại phường Tô Hiệu. Ảnh VT"
    lead = "Chiều 17/6/2025, Bí thư Tỉnh ủy Lò Văn Hùng đã tiếp xúc cử tri phường Tô Hiệu. " + FILLER
    page = f"{caption}\n\n{lead}\n\n{FILLER * 3}"
    assert extract(page).title.value != caption
    assert headline_withheld(page)
