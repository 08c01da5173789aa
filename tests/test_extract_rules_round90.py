"""Round ninety of issue 13's rules: a capitalised run of three or four words right after an honorific (`đồng chí`,
`ông`, `đ/c`) is the whole name even when its first word is no listed surname (`Ngọc Kim Nam`, `Phượng Hoàng
Minh`), rather than the shorter name a later surname would start. People are made up; units are real ones."""

from __future__ import annotations

import pytest

from tests.ingest_helpers import roles_in


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Dự có đồng chí Ngọc Kim Lâm - Ủy viên Ban Thường vụ Huyện ủy", "Ngọc Kim Lâm"),
        ("Các đại biểu đã bầu ông Phượng Hoàng Sơn – Bí thư Đảng ủy, giữ chức Chủ tịch HĐND xã", "Phượng Hoàng Sơn"),
        ("Ảnh: đ/c Tiếu Hoa Lan - Chủ tịch UBND xã trao quà", "Tiếu Hoa Lan"),
        ("Dự có đồng chí Nguyễn Văn Bình, Phó Chủ tịch UBND huyện", "Nguyễn Văn Bình"),
    ],
)
def test_a_name_right_after_an_honorific_keeps_an_unlisted_surname(sentence: str, name: str) -> None:
    assert name in roles_in(sentence)
