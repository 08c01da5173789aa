"""Round one hundred and seven of issue 13's rules, after bn49 and bsc49's first look: a labelled page date (`Ngày:
12/10/2022`, `Post date: 27/07/2025`) is the page's, not the lead's, so the lead's own day (`Sáng ngày 11/10`) is the
event's; after an outlet's tagged standfirst (`GD&TĐ - …`), the lead is the dated paragraph under a photo's caption
printed once or twice; an honour between a name and its offices (`A, Anh hùng Lực lượng vũ trang nhân dân, Chủ tịch
…`) is passed over. People are made up; units are real ones."""

from __future__ import annotations

from bantin.ingest.extract import extract
from tests.ingest_helpers import FILLER, mentioned

_HEADLINE = "Hội Nông dân tỉnh hội nghị Ban chấp hành lần thứ 15"


def test_a_labelled_page_date_leaves_the_leads_day_to_the_event() -> None:
    lead = "Sáng ngày 11/10, Hội Nông dân tỉnh tổ chức hội nghị Ban chấp hành lần thứ 15. " + FILLER * 3
    assert extract(f"{_HEADLINE}\nNgày: 12/10/2022\n{lead}\n").date.value == "2022-10-11"


def test_an_english_post_date_and_an_anniversary_span_leave_the_leads_day() -> None:
    lead = (
        "Nhân kỷ niệm 78 năm Ngày Thương binh - Liệt sĩ (27/7/1947 - 27/7/2025), tối 26/7, xã Vĩnh Định đã tổ "
        "chức lễ dâng hương, thắp nến tri ân các anh hùng liệt sĩ. " + FILLER * 3
    )
    page = f"XÃ VĨNH ĐỊNH TỔ CHỨC LỄ DÂNG HƯƠNG TRI ÂN CÁC ANH HÙNG LIỆT SĨ\n\nPost date: 27/07/2025\n\n{lead}\n"
    assert extract(page).date.value == "2025-07-26"


def test_after_a_tagged_standfirst_the_lead_is_the_dated_paragraph_under_the_captions() -> None:
    caption = "Lãnh đạo tỉnh Nam Định dự lễ gắn biển công trình Trường Tiểu học Nguyễn Tất Thành tại TP Nam Định."
    page = (
        "Nam Định khánh thành trường học nhân dịp 60 năm Bác Hồ về thăm\n\n"
        "GD&TĐ - Việc gắn biển công trình nhằm chào mừng 60 năm Bác Hồ về thăm tỉnh Nam Định 21/5/1963 - 21/5/2023.\n\n"
        f"{caption}\n{caption}\n\n"
        "Ngày 8/5/2023, UBND TP Nam Định đã tổ chức lễ gắn biển tên Trường Tiểu học Nguyễn Tất Thành. "
        + FILLER * 3
        + "\n"
    )
    found = extract(page).locality
    assert (found.value.level, found.value.name) == ("thành phố", "Nam Định")


def test_an_honour_between_a_name_and_its_offices_is_passed_over() -> None:
    named = mentioned(
        "Thượng tướng Nguyễn Văn Đạt, Anh hùng Lực lượng vũ trang nhân dân, Chủ tịch Hội Cựu chiến binh Việt Nam dự."
    )
    assert named == [("Nguyễn Văn Đạt", ("Chủ tịch Hội Cựu chiến binh Việt Nam",))]
