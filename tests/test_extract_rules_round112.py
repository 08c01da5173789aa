"""Round one hundred and twelve of issue 13's rules, after bn54 and bsc54's first look (taken on round one hundred and
eleven): a breadcrumb glued onto the headline (`Trang chủNewsThời sự<headline>`) over the headline printed again is
furniture; `QUV`, `ThUV` and `UVBTVĐU` (and the same for a district's, a province's and a ward's standing committee)
are offices, and one glued to the next by a slash (`UVBTVQU/Bí thư Đảng ủy phường`) is one role as printed;
`được tín nhiệm bầu` and `được bầu` before an office assign it. People are made up."""

from __future__ import annotations

from bantin.ingest.extract import extract
from tests.ingest_helpers import FILLER, mentioned


def test_a_breadcrumb_glued_onto_the_headline_is_furniture() -> None:
    page = (
        "Trang chủNewsThời sựKhánh thành trường tiểu học ở xã biên giới\n\n"
        "Khánh thành trường tiểu học ở xã biên giới\n\n"
        "Tham gia đoàn có các Ủy viên Ban Thường vụ Thành ủy: Trưởng ban Nội chính Thành ủy Nguyễn Quang Minh, "
        "Trưởng ban Dân vận Thành ủy Đỗ Anh Tú.\n\n" + FILLER * 3 + "\n"
    )
    assert extract(page).title.value == "Khánh thành trường tiểu học ở xã biên giới"


def test_abbreviated_committee_memberships_are_offices() -> None:
    said = mentioned(
        "Đại biểu phường: Đ/c Đoàn Văn Tú - QUV - Bí thư Đảng ủy phường, Đ/c Trần Đình Hưng – UVBTVĐU - Chủ tịch HĐND "
        "phường; Lò Văn Phúc – UVBTVTU, Chủ tịch HĐND tỉnh."
    )
    assert said == [
        ("Đoàn Văn Tú", ("QUV", "Bí thư Đảng ủy phường")),
        ("Trần Đình Hưng", ("UVBTVĐU", "Chủ tịch HĐND phường")),
        ("Lò Văn Phúc", ("UVBTVTU", "Chủ tịch HĐND tỉnh")),
    ]


def test_an_office_one_is_elected_to_without_lam_is_read() -> None:
    said = mentioned("Đồng chí Hoàng Minh Hải được bầu Bí thư Đoàn phường Tuần Châu nhiệm kỳ 2022 - 2027.")
    assert said == [("Hoàng Minh Hải", ("Bí thư Đoàn phường Tuần Châu",))]
    assert mentioned("Đồng chí Hoàng Minh Hải được tín nhiệm bầu Bí thư Đoàn phường Tuần Châu.")[0][1]


def test_an_abbreviated_office_glued_to_the_next_by_a_slash_is_one_role_as_printed() -> None:
    said = mentioned("Dự có bà Lê Thị Ngọc Hà – UVBTVQU/Bí thư Đảng ủy phường; ông Trần Văn Tư – Chủ tịch UBND phường.")
    assert said == [("Lê Thị Ngọc Hà", ("UVBTVQU/Bí thư Đảng ủy phường",)), ("Trần Văn Tư", ("Chủ tịch UBND phường",))]
