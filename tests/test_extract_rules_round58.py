"""Round fifty-eight of issue 13's rules, after the first looks of bn7 and bsc7: a lead whose actor heads a lower
unit it does not name (`đồng chí A - Bí thư Đảng ủy phường cùng …`) flags the higher unit chosen; a headline whose
kicker is a province written bare (`Đồng Nai: Nhiều hoạt động …`) flags another unit chosen. The values do not
change: these are the choices the labels make both ways. People are made up; units are real ones of the gazetteer."""

from __future__ import annotations

from tests.ingest_helpers import locality_of


def test_the_unnamed_unit_of_the_leads_actor_is_pointed_out() -> None:
    lead = (
        "Nhân dịp Giáng sinh năm 2023, chiều 21/12 đồng chí Đoàn Văn Nam - Bí thư Đảng uỷ phường cùng lãnh đạo HĐND, "
        "UBND phường đã đến chúc mừng linh mục Nguyễn Văn Hà cùng đồng bào công giáo, chúc đồng bào tích cực đóng "
        "góp vào sự phát triển chung của phường và thành phố Hải Dương."
    )
    level, _, review = locality_of("Chúc mừng Giáng sinh đồng bào công giáo", lead)
    assert level == "phường" or "Bí thư Đảng uỷ phường" in review


def test_a_province_in_the_headlines_kicker_contests_another_unit() -> None:
    lead = "Ngày 2/11/2025, Khu dân cư Bửu Hòa 3, phường Biên Hòa tổ chức Ngày hội Đại đoàn kết toàn dân tộc."
    level, name, review = locality_of("Đồng Nai: Nhiều hoạt động ý nghĩa tại Ngày hội Đại đoàn kết", lead)
    assert (level, name) == ("tỉnh", "Đồng Nai") or "“Đồng Nai:”" in review
