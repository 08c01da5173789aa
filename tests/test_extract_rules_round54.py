"""Round fifty-four of issue 13's rules, after the first looks of bn3 and bsc3: a Buddhist monastic (a name that
opens with `Thích`, under an abbreviated title like `ĐĐ.` or `TT.`) holding only posts of the Sangha is no office
holder; offices keep `phòng, chống …` (prevention and control, one phrase), `liên ngành`, and a second lower-case
task joined by `và` (`… thiên tai và tìm kiếm cứu nạn tỉnh`), but not a second body (`Sở Y tế và đoàn đại biểu
…`); `Tổng Kiểm toán Nhà nước` and `Tổ phó` are titles; a heading's office does not end on `và`. An office read
after a bracketed aside with no comma (`Ông A (SN 1964) Giám đốc Sở …`) and one before a name past a bracketed
province (`Bí thư Đảng ủy Đặc khu Cô Tô (Quảng Ninh) A`) are the person's. People are made up; units are real
ones of the gazetteer."""

from __future__ import annotations

import pytest

from tests.ingest_helpers import roles_in as _roles


def test_a_monastic_with_only_sangha_posts_is_no_office_holder() -> None:
    found = _roles(
        "Ban Phật giáo tỉnh do ĐĐ.Thích Tâm An, Trưởng ban làm Trưởng đoàn thăm chốt biên giới; đón đoàn có "
        "TT. Thích Minh Phúc, Trưởng BTS PG huyện và Trung tá Trần Văn Bình, Chính trị viên phó BCH QS huyện"
    )
    assert "Thích Tâm An" not in found and "Thích Minh Phúc" not in found
    assert found["Trần Văn Bình"] == ("Chính trị viên phó BCH QS huyện",)


def test_a_monastic_with_a_public_office_stays() -> None:
    found = _roles("Đại đức Thích Tâm An, Ủy viên Ủy ban MTTQ huyện, Trưởng Ban Trị sự GHPG huyện dự hội nghị")
    assert "Ủy viên Ủy ban MTTQ huyện" in found["Thích Tâm An"]


@pytest.mark.parametrize(
    ("sentence", "name", "office"),
    [
        (
            "đồng chí Nguyễn Thành Nam, Phó Chủ tịch UBND tỉnh, Phó Trưởng ban Thường trực Ban Chỉ huy Phòng, chống "
            "thiên tai và tìm kiếm cứu nạn tỉnh kiểm tra",
            "Nguyễn Thành Nam",
            "Phó Trưởng ban Thường trực Ban Chỉ huy Phòng, chống thiên tai và tìm kiếm cứu nạn tỉnh",
        ),
        (
            "ông Phạm Văn Nam, Phó Chủ tịch UBND tỉnh, Trưởng Ban chỉ đạo liên ngành an toàn thực phẩm tỉnh chủ trì",
            "Phạm Văn Nam",
            "Trưởng Ban chỉ đạo liên ngành an toàn thực phẩm tỉnh",
        ),
        ("ông Hồ Đức Nam, Ủy viên TW Đảng, Tổng Kiểm toán Nhà nước dự", "Hồ Đức Nam", "Tổng Kiểm toán Nhà nước"),
        ("ông Vũ Mạnh Nam (Tổ phó) và bà Giang Thị Hạnh (Tổ trưởng) dự", "Vũ Mạnh Nam", "Tổ phó"),
        ("Đại hội bầu 02 Phó Bí thư Huyện ủy và là ông Huỳnh Văn Nam và Trần Hữu Phong", "Trần Hữu Phong",
         "Phó Bí thư Huyện ủy"),
    ],
)
def test_an_office_is_read_whole(sentence: str, name: str, office: str) -> None:
    assert office in _roles(sentence)[name]


def test_a_second_body_after_and_is_no_part_of_the_office() -> None:
    found = _roles("ông Bùi Xuân Nam - Giám đốc Sở Y tế và đoàn đại biểu HĐND TP. Nha Trang tiếp xúc cử tri")
    assert found["Bùi Xuân Nam"] == ("Giám đốc Sở Y tế",)


def test_an_office_after_a_birth_year_in_brackets_without_a_comma() -> None:
    found = _roles("sáu cán bộ gồm: Ông Huỳnh Quốc An (SN 1965), Giám đốc Sở Xây dựng. Ông Lưu Văn Nam (SN 1964) "
                   "Giám đốc Sở Khoa học và Công nghệ")
    assert found["Lưu Văn Nam"] == ("Giám đốc Sở Khoa học và Công nghệ",)


def test_an_office_before_a_name_past_a_bracketed_province() -> None:
    found = _roles("Bí thư Đảng ủy Đặc khu Cô Tô (Quảng Ninh) Lê Ngọc Nam cho biết, đặc khu tổ chức chuyến tàu")
    assert found["Lê Ngọc Nam"] == ("Bí thư Đảng ủy Đặc khu Cô Tô",)
