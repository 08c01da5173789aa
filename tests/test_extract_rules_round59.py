"""Round fifty-nine of issue 13's rules, after the first looks of bn9 and bsc9: sign-offs the byline reader missed
(an initial before a name in capitals, a writer's initials after `Tin, ảnh:`, a collaborator's `CTV` label, a post
after a labelled writer, a sign-off over a portal's footer, over `Cùng tác giả`, or after an empty `Tin liên quan`);
headlines printed with a section's name, a posting date or the lead on their line; a name's last syllable glued to
the verb after it. People are made up; units are real ones of the gazetteer."""

from __future__ import annotations

import pytest

from bantin.ingest.extract import extract

HEADLINE = "Lãnh đạo tỉnh thăm, tặng quà gia đình chính sách tại huyện Kỳ Sơn"
LEAD = (
    "Chiều 14/1, đồng chí Lê Văn Bình - Phó Chủ tịch UBND tỉnh đã đến thăm, tặng quà các gia đình chính sách "
    "trên địa bàn huyện Kỳ Sơn nhân dịp Tết Nguyên đán."
)
CLOSING = "Đồng chí Phó Chủ tịch UBND tỉnh chúc các gia đình đón Tết vui vẻ, đầm ấm và hạnh phúc./."


def _page(*after: str) -> str:
    return "\n\n".join([HEADLINE, LEAD, CLOSING, *after]) + "\n"


@pytest.mark.parametrize(
    ("sign_off", "writer"),
    [
        ("N. NGA", "N. NGA"),  # an initial, then the given name in capitals
        ("Tin, ảnh:MQ", "MQ"),  # a writer's initials after a writer's label
        ("CTV Hoài Thương - Huyện ủy Kỳ Sơn", "Hoài Thương"),  # a collaborator's label and the office written for
        ("Thực hiện : Lê Ngọc Tân - Trưởng Ban Tuyên giáo LĐLĐ tỉnh", "Lê Ngọc Tân"),  # a writer, then their post
    ],
)
def test_sign_offs_name_their_writer(sign_off: str, writer: str) -> None:
    result = extract(_page(sign_off))
    assert result.author.value == writer
    assert writer not in {person.name for person in result.officials}


def test_an_outlets_tag_after_an_initial_is_no_writer() -> None:
    assert extract(_page("P.NCC")).author.value is None  # (no vowel: an office's initials)


def test_a_sign_off_over_the_portals_footer_is_read() -> None:
    footer = [
        "TRANG THÔNG TIN ĐIỆN TỬ BÁO VÀ PHÁT THANH - TRUYỀN HÌNH CẦN THƠ.",
        "Quyền Tổng Biên tập: Nguyễn Văn Hải.",
        "® Cấm sao chép dưới mọi hình thức nếu không có sự chấp thuận bằng văn bản.",
    ]
    assert extract(_page("Văn Thảo", *footer)).author.value == "Văn Thảo"


def test_a_sign_off_over_the_writers_other_articles_is_read() -> None:
    others = ["Cùng tác giả", "Quảng Bình lý giải nguyên nhân 263 dự án chậm tiến độ", "Thứ 6, 17/05/2024 | 11:57"]
    assert extract(_page("Ngô Huyền", *others)).author.value == "Ngô Huyền"


def test_an_empty_related_heading_inside_the_article_does_not_hide_its_sign_off() -> None:
    text = "\n\n".join([HEADLINE, LEAD, "Tin liên quan", CLOSING, "Tâm Ngọc"]) + "\n"
    assert extract(text).author.value == "Tâm Ngọc"


def test_the_date_a_headline_was_posted_on_is_not_part_of_it() -> None:
    text = _page().replace(HEADLINE, f"{HEADLINE} 17/02/2022", 1)
    assert extract(text).title.value == HEADLINE
    dated = "Hội trại tòng quân sẽ diễn ra vào ngày 02/3/2021"  # the headline's own date stays
    assert extract(_page().replace(HEADLINE, dated, 1)).title.value == dated


@pytest.mark.parametrize("section", ["Giáo dục", "Đời sống", "Giáo dục - Việc làm"])
def test_a_section_and_a_lead_on_the_headlines_line_are_cut_off(section: str) -> None:
    text = f" date 2025-01-14 {section} {HEADLINE} {LEAD}\n\n{CLOSING}\n"
    title = extract(text).title
    assert title.value == HEADLINE
    assert not title.review  # (the lead going on from it on its line says the line is the headline)


def test_a_lead_after_a_bracket_closing_the_headline_is_cut_off() -> None:
    headline = "Lễ tân gia ấm cúng nơi rốn lũ Nhôn Mai (Nghệ An)"
    text = f" date 2025-09-16 Kinh tế {headline} Chiều 16/9, hai hộ gia đình ở xã Nhôn Mai tổ chức lễ tân gia.\n"
    assert extract(text + f"\n{CLOSING}\n").title.value == headline


def test_a_headline_opening_with_a_sections_words_keeps_them() -> None:
    headline = "Giáo dục truyền thống cách mạng cho đoàn viên thanh niên huyện Kỳ Sơn"
    text = f" date 2025-01-14 {headline} {LEAD}\n\n{CLOSING}\n"
    assert extract(text).title.value == headline


def test_a_name_glued_to_the_verb_after_it_is_no_person() -> None:
    sentence = (
        "Ông Đinh Quang Tuyên, Phó Bí thư Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh Thái Nguyêncho biết: tỉnh đang huy động "
        "mọi nguồn lực để khắc phục hậu quả."
    )
    officials = {person.name: person.roles for person in extract(_page(sentence)).officials}
    assert "Thái Nguyêncho" not in officials and "Thái Nguyên" not in officials
    assert officials["Đinh Quang Tuyên"] == ("Phó Bí thư Tỉnh ủy", "Chủ tịch Ủy ban MTTQ tỉnh Thái Nguyên")
