"""Round sixty-five of issue 13's rules, after the session's 315 unseen pages: a province chosen where the lead (or
the paragraph after it) writes one commune with its address up to the province (`xã A, tỉnh B`, `(xã A, tỉnh B)`)
gives way to the commune, where the event is, and stays flagged with the address; a body of the province that the
lead makes the organiser keeps the province, unless the commune's own bodies hold the event with it. People are
made up; units are real ones."""

from __future__ import annotations

from bantin.ingest.extract import extract
from tests.ingest_helpers import FILLER, locality_of

HEADLINE = "Nhà văn hóa mới ở tỉnh Sơn La"
BUILT = "Công trình do cán bộ, chiến sĩ đóng góp xây dựng."


def test_the_one_commune_written_with_its_address_is_where_the_event_is() -> None:
    lead = (
        "Ngày 4/1/2026, Đoàn công tác Bộ Chỉ huy Quân sự tổ chức lễ khánh thành nhà văn hóa tại bản Pá Mồng, "
        f"xã Chiềng Lao, tỉnh Sơn La. {BUILT}"
    )
    level, name, review = locality_of(HEADLINE, lead)
    assert (level, name) == ("xã", "Chiềng Lao")
    assert "xã Chiềng Lao, tỉnh Sơn La" in review  # still a contest the editor settles, with the words it came from


def test_an_address_in_brackets_counts_too() -> None:
    lead = (
        "Ngày 4/1/2026, tại bản Pá Mồng (xã Chiềng Lao, tỉnh Sơn La), Đoàn công tác Bộ Chỉ huy Quân sự bàn giao "
        f"nhà văn hóa cho bà con. {BUILT}"
    )
    assert locality_of(HEADLINE, lead)[:2] == ("xã", "Chiềng Lao")


def test_an_address_in_the_paragraph_after_the_lead_counts_too() -> None:
    lead = f"Ngày 4/1/2026, Đoàn công tác Bộ Chỉ huy Quân sự bàn giao nhà văn hóa cho bà con. {BUILT}"
    second = "Nhà văn hóa được dựng tại bản Pá Mồng, xã Chiềng Lao, tỉnh Sơn La, trên nền nhà cũ đã xuống cấp."
    found = extract(f"{HEADLINE}\n\n{lead}\n\n{second}\n\n" + FILLER * 3).locality
    assert (found.value.level, found.value.name) == ("xã", "Chiềng Lao")
    assert found.review


def test_a_provincial_body_that_organises_keeps_the_province() -> None:
    lead = (
        "Sáng 18/11/2025, tại Hội trường (xã Chiềng Lao, tỉnh Sơn La), Tỉnh ủy Sơn La tổ chức hội nghị công bố "
        "quyết định về công tác cán bộ."
    )
    level, name, review = locality_of("Tỉnh Sơn La công bố quyết định về công tác cán bộ", lead)
    assert (level, name) == ("tỉnh", "Sơn La")
    assert "Chiềng Lao" in review


def test_a_provincial_congress_keeps_the_province() -> None:
    lead = (
        "Sáng 30/9/2025, tại Hội trường xã Chiềng Lao, tỉnh Sơn La, Đại hội đại biểu Đảng bộ tỉnh Sơn La lần thứ XVI "
        "đã khai mạc phiên trù bị."
    )
    assert locality_of("Khai mạc Đại hội đại biểu Đảng bộ tỉnh Sơn La", lead)[:2] == ("tỉnh", "Sơn La")


def test_the_commune_holding_the_event_with_a_provincial_body_is_chosen() -> None:
    lead = (
        "Ngày 29/1/2026, Bộ Chỉ huy Bộ đội Biên phòng tỉnh Sơn La phối hợp với cấp ủy, chính quyền xã Chiềng Lao, "
        "tỉnh Sơn La tổ chức chương trình “Xuân Biên phòng ấm lòng dân bản”."
    )
    assert locality_of("Xuân Biên phòng ấm lòng dân bản ở tỉnh Sơn La", lead)[:2] == ("xã", "Chiềng Lao")


def test_two_communes_of_the_province_leave_the_province() -> None:
    lead = (
        "Ngày 4/1/2026, Đoàn công tác Bộ Chỉ huy Quân sự trao quà cho bà con xã Tà Xùa và xã Chiềng Lao, "
        "tỉnh Sơn La. Các phần quà được trao tận tay bà con."
    )
    assert locality_of(HEADLINE, lead)[:2] == ("tỉnh", "Sơn La")
