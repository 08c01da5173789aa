"""Round one hundred of issue 13's rules, after bn43 002 and 004 and bsc43 004: a site's domain fused before the
headline (`Tin90p.com - …`) is no part of it; a banner in capitals over a section's name (`Kinh tế`) and the page's
stamp is the banner still; a caption's tail that opens with a full stop (`. Trao quyết định …`) is no headline. People
are made up; units are real ones."""

from __future__ import annotations

from bantin.ingest.extract import extract
from tests.ingest_helpers import FILLER

_LEAD = (
    "Ngày 10/9, đồng chí Lê Văn Hòa, Phó Chủ tịch UBND tỉnh Hưng Yên đã đi kiểm tra công tác ứng phó với ngập lụt "
    "tại xã Hàm Tử."
)
_HEADLINE = "Phó Chủ tịch UBND tỉnh kiểm tra công tác ứng phó với ngập lụt tại các địa phương"


def test_a_sites_domain_before_the_headline_is_dropped() -> None:
    found = extract(f"Tin90p.com - {_HEADLINE}\n{_LEAD}\n\n" + FILLER * 3)
    assert found.title.value == _HEADLINE


def test_a_banner_in_capitals_over_a_section_name_is_no_headline() -> None:
    banner = "KỶ NIỆM 80 NĂM NGÀY THÀNH LẬP QUÂN ĐỘI NHÂN DÂN VIỆT NAM (22/12/1944 - 22/12/2024)"
    stamp = "Đăng ngày: 10/09/2024 - Lượt xem: 155"
    found = extract(f"{banner}\nKinh tế\n{stamp}\n{_HEADLINE}\n\n{_LEAD}\n\n" + FILLER * 3)
    assert found.title.value == _HEADLINE


def test_a_headline_in_capitals_over_the_lead_stays_the_headline() -> None:
    headline = "PHƯỜNG PHÚ TRINH TỔ CHỨC HỘI NGHỊ TIẾP XÚC CỬ TRI SAU KỲ HỌP THỨ 9"
    found = extract(f"10/01/2025\n{headline}\nSáng\nngày 08/01/2025, Uỷ ban MTTQ phường Phú Trinh tổ chức hội nghị.\n\n"
                    + FILLER * 3)
    assert found.title.value == headline


def test_a_captions_tail_under_the_headline_is_not_taken_for_it() -> None:
    headline = "Gặp mặt các cán bộ thuộc diện Ban Thường vụ Tỉnh ủy quản lý nghỉ chế độ"
    tail = ". Trao quyết định nghỉ chế độ cho 28 cán bộ thuộc diện Ban Thường vụ Tỉnh ủy quản lý"
    lead = "Chiều 30-6, Ban Thường vụ Tỉnh ủy Khánh Hòa gặp mặt các cán bộ nghỉ chế độ."
    found = extract(f"{headline}\n{tail}\n{lead}\n\n" + FILLER * 3)
    assert found.title.value == headline
