"""Round one hundred and eleven of issue 13's rules, after bn53 and bsc53's first look (taken on round one hundred and
ten): a blog's comment form (`Trả lời`, `Email của bạn sẽ không được hiển thị công khai …`) is furniture, so the
sign-off over it is read and a line of capitals under the lead is no byline; a province's delegation that its leader
heads to a visit (`… làm trưởng đoàn cũng đã tới thăm …`) is flagged as the visiting side; an office that opens after
a name and its comma and ends in a ward's level word takes the words after it as the ward (`bà A, Chủ tịch Hội … phường
Lê Mao`); a headline in capitals right over the page's stamp is the headline, not a section's label; `Nhân dịp` opens
a lead fused on the headline's line. People are made up; places are real."""

from __future__ import annotations

from bantin.ingest.extract import extract
from tests.ingest_helpers import FILLER, mentioned


def test_a_sign_off_over_a_comment_form_is_the_byline() -> None:
    lead = (
        "(kontumtv.vn) – Ngày 3/7, Thượng tướng Lê Văn Chiến, Thứ trưởng Bộ Quốc phòng đã dự lễ khởi công xây dựng "
        "Nhà văn hóa thôn Chư Hem, xã Ia Dal.\n\nNHA VAN HOA\n\n"
    )
    form = (
        "\n\nCTV Văn Lý\n\nTrả lời\n\n"
        "Email của bạn sẽ không được hiển thị công khai. Các trường bắt buộc được đánh dấu *\n"
    )
    body = FILLER * 12  # (a page the scraper cut near 2,000 bytes, as the page this rule comes from)
    page = lead + body + form
    assert 1800 <= len(page.encode()) <= 2000
    assert extract(page).author.value == "Văn Lý"


def test_a_delegation_its_leader_takes_on_a_visit_is_flagged_as_the_visitor() -> None:
    page = (
        "Chúc mừng Giáng sinh\n\n"
        "Đoàn đại biểu tỉnh Phú Thọ do đồng chí Nguyễn Văn Hải - Ủy viên Ban Thường vụ Tỉnh ủy, Giám đốc Sở Dân tộc "
        "và Tôn giáo làm trưởng đoàn cũng đã tới thăm và chúc mừng Tòa Tổng giám mục nhân dịp đón Giáng sinh.\n\n"
        + FILLER * 3 + "\n"
    )
    found = extract(page).locality
    assert found.value.name == "Phú Thọ" and "bên đến thăm" in found.review


def test_an_office_after_a_name_and_its_comma_keeps_its_ward() -> None:
    said = mentioned(
        "Cụ thể gồm ông Trần Quảng Văn, Chủ tịch UBND phường Trung Đô và bà Nguyễn Thị Phương, Chủ tịch Hội liên hiệp "
        "phụ nữ phường Lê Mao."
    )
    assert said == [
        ("Trần Quảng Văn", ("Chủ tịch UBND phường Trung Đô",)),
        ("Nguyễn Thị Phương", ("Chủ tịch Hội liên hiệp phụ nữ phường Lê Mao",)),
    ]


def test_capitals_right_over_the_page_stamp_are_the_headline() -> None:
    page = (
        "Truy cập nội dung luôn\n\nCHÀO MỪNG NGÀY “NHÀ GIÁO VIỆT NAM”\n\n2024-11-21 11:46:00.0\n\n"
        "Sáng ngày 20/11/2024 các đồng chí lãnh đạo phường Đắc Sơn đã đến chào mừng và tặng hoa các nhà trường.\n\n"
        + FILLER * 3 + "\n"
    )
    assert extract(page).title.value == "CHÀO MỪNG NGÀY “NHÀ GIÁO VIỆT NAM”"


def test_a_lead_opening_with_nhan_dip_is_cut_from_the_headline() -> None:
    line = (
        "Chính trị Đồng lòng xây dựng phường Xuân Hương - Đà Lạt phát triển toàn diện Nhân dịp Đại hội đại biểu Đảng "
        "bộ phường lần thứ I, phóng viên đã có cuộc phỏng vấn với đồng chí Bí thư Đảng ủy phường."
    )
    assert extract(f"{line}\n\n{FILLER * 3}\n").title.value == (
        "Đồng lòng xây dựng phường Xuân Hương - Đà Lạt phát triển toàn diện"
    )
