"""Round ninety-seven of issue 13's rules, after bsc41 009: a unit's address may come at a later mention than its
first (`… Phường 4, Uỷ ban MTTQ …` then `tại phường 4, thành phố Sa Đéc`), and it places a unit the map does not
list by that name (a numbered ward) in its holder's province. People are made up; units are real ones."""

from __future__ import annotations

from bantin.ingest.extract import extract
from tests.ingest_helpers import FILLER

_HEADLINE = "ĐẠI BIỂU HỘI ĐỒNG NHÂN DÂN TỈNH TIẾP XÚC CỬ TRI TẠI PHƯỜNG 4"
_LEAD = (
    "Sáng ngày 15/11/2024, tại trung tâm Văn hoá học tập cộng đồng Phường 4, Uỷ ban Mặt trận Tổ quốc Việt Nam "
    "Thành phố Sa Đéc tổ chức cho đại biểu HĐND tỉnh gồm ông Lê Văn Hòa - Bí thư Thành ủy Sa Đéc, đến tiếp xúc "
    "cử tri tại phường 4, thành phố Sa Đéc, trước kỳ họp thứ 9."
)
_BODY = "Cử tri phản ánh về nhà máy xay xát gạo thuộc xã An Hiệp (huyện Châu Thành, Đồng Tháp)."


def test_a_later_mention_gives_the_address_that_places_the_unit() -> None:
    found = extract(f"{_HEADLINE}\n\n{_LEAD}\n\n{_BODY}\n\n" + FILLER * 3)
    locality = found.locality.value
    assert (locality.level, locality.name, locality.province) == ("phường", "4", "Đồng Tháp")
