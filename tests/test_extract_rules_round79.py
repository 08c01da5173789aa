"""Round seventy-nine of issue 13's rules, after the first looks of bn29 and bsc29: a text-to-speech player's voice
(`Nữ Miền Bắc` under the player's clock) is no byline; a page stamp with a colon after its weekday (`Thứ ba: 09:49
ngày 19/08/2025`) dates the page; a strip of topic links printed twice over the headline and its stamp is no
headline; a writer's name in capitals glued after the end mark of the last paragraph (`… trẻ em… T.PHÚC`) is the
byline. People are made up; units are real ones."""

from __future__ import annotations

from bantin.ingest.extract import extract
from tests.ingest_helpers import FILLER

_LEAD = (
    "Sáng 14/8/2025, Tỉnh ủy, HĐND, UBND tỉnh Điện Biên tổ chức Lễ kỷ niệm 80 năm Ngày truyền thống lực lượng "
    "Công an nhân dân. Dự buổi lễ có đồng chí Lò Văn Tâm, Phó Bí thư Tỉnh ủy."
)


def test_a_players_voice_is_no_byline() -> None:
    headline = "Điện Biên kỷ niệm 80 năm Ngày truyền thống Công an nhân dân"
    text = f"{headline}\n\n{_LEAD}\n\n14/08/2025\n\n00:00\nNữ Miền Bắc\n\n"
    found = extract(text + FILLER * 3)
    assert found.author.value is None
    assert "Lò Văn Tâm" in {person.name for person in found.officials}


def test_a_stamp_with_a_colon_after_its_weekday_dates_the_page() -> None:
    headline = "Phường Tân Ninh tiếp nhận Đảng bộ Công ty Cổ phần Xi măng Tây Ninh"
    lead = "(BTNO) - Sáng 18/8, Đảng ủy phường Tân Ninh, tỉnh Tây Ninh tổ chức Lễ tiếp nhận Đảng bộ Công ty."
    found = extract(f"{headline}\nThứ ba: 09:49 ngày 19/08/2025\n\n{lead}\n\n" + FILLER * 3)
    assert found.title.value == headline
    assert found.date.value == "2025-08-18"  # the year is the stamp's


def test_topic_links_printed_twice_are_no_headline() -> None:
    headline = "Phường Tân Ninh tiếp nhận Đảng bộ Công ty Cổ phần Xi măng Tây Ninh"
    text = (
        "Đọc báo in\nTải ứng dụng\n"
        "Ngày thương binh liệt sỹ Tư tưởng Hồ Chí Minh Đại hội Đảng Báo chí Cách mạng\n"
        "Tư tưởng Hồ Chí Minh Đại hội Đảng Báo chí Cách mạng\n"
        f"{headline}\nThứ ba: 09:49 ngày 19/08/2025\n\n"
        "(BTNO) - Sáng 18/8, Đảng ủy phường Tân Ninh, tỉnh Tây Ninh tổ chức Lễ tiếp nhận Đảng bộ Công ty.\n\n"
    )
    found = extract(text + FILLER * 3)
    assert found.title.value == headline
    assert (found.locality.value.level, found.locality.value.name) == ("phường", "Tân Ninh")


def test_a_writers_name_in_capitals_glued_after_the_last_paragraph_is_the_byline() -> None:
    lead = (
        "Chiều 9/7, HĐND tỉnh Tiền Giang khóa IX tổ chức kỳ họp bất thường. Ông Trần Văn Hòa, Ủy viên Ban Thường vụ "
        "Tỉnh ủy, được bầu làm Chủ tịch UBND tỉnh."
    )
    closing = "Các đại biểu đã thông qua chương trình hành động vì trẻ em… T.PHÚC"
    found = extract(f"HĐND tỉnh Tiền Giang bầu Chủ tịch UBND tỉnh\n\n{lead}\n\n{FILLER * 3}\n\n{closing}")
    assert found.author.value == "T.PHÚC"
    assert "trẻ em… T.PHÚC" not in found.body  # the name is its own line, not the paragraph's last words
