"""Fifth round of issue 13's rules: a page cut by its scraper's size limit after a subhead, and the
offices of state groups. Each rule on short texts written for the purpose; names and places are made up."""

from __future__ import annotations

from bantin.ingest.extract import CAP_BYTES, extract
from bantin.ingest.officials import mentions_in

_LEAD = ("Sáng 3/3, tại xã Sơn Lâm, Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị tiếp xúc cử tri với những người "
         "ứng cử đại biểu Quốc hội khóa XVI.\n\n")
_FILLER = "Cử tri nêu nhiều ý kiến về đường giao thông, trường học và nước sạch cho bà con trong xã. "
_CUT = ("Tiếp xúc cử tri ở xã Sơn Lâm\n\nỨng cử viên Vi Văn Tư trình bày chương trình hành động\n\n"
        "Ứng cử viên ĐBQH Vi Văn Tư, Phó Chủ tịch UBND tỉnh, cam kết sẽ theo dõi những kiến nghị của cử tri về")


def _page_of(size: int) -> str:
    """A lead, then filler paragraphs, then a subhead, a caption and a last paragraph cut mid-sentence,
    padded so the whole page is `size` bytes of UTF-8."""
    head = _LEAD
    while len((head + _FILLER + "\n\n" + _CUT).encode()) < size:
        head += _FILLER
    head = head.rstrip() + "\n\n"
    spare = size - len((head + _CUT).encode())
    return head[: len(head) - 2] + " " * max(0, spare) + "\n\n" + _CUT if spare >= 0 else head + _CUT


def test_a_page_cut_at_the_size_limit_keeps_its_last_paragraph_after_a_subhead_and_caption() -> None:
    page = _page_of(CAP_BYTES)
    assert len(page.encode()) == CAP_BYTES
    officials = {p.name: p.roles for p in extract(page).officials}
    assert officials.get("Vi Văn Tư") == ("Phó Chủ tịch UBND tỉnh",)


def test_a_short_page_ending_in_an_unpunctuated_line_after_short_lines_keeps_it_out_of_the_body() -> None:
    page = _LEAD + _FILLER * 3 + "\n\nLê Hà\n\nTin liên quan\n\n" \
        "Phó Chủ tịch UBND tỉnh Vi Văn Tư kiểm tra tiến độ xây dựng đường liên xã ở vùng cao phía tây"
    extraction = extract(page)
    assert "Vi Văn Tư" not in {p.name for p in extraction.officials}
    assert "kiểm tra tiến độ" not in extraction.body


def test_a_state_group_is_part_of_its_chairs_office() -> None:
    text = "Ông Lê Văn Hà, Chủ tịch Hội đồng thành viên Tập đoàn Điện lực Việt Nam, dự lễ."
    assert mentions_in(text)[0].roles == ("Chủ tịch Hội đồng thành viên Tập đoàn Điện lực Việt Nam",)
