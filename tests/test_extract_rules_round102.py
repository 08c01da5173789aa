"""Round one hundred and two of issue 13's rules, after bsc45 003 and 012: a portal's poll on its public service
(`Bình Chọn` / `Đánh giá thái độ phục vụ của cán bộ tiếp nhận hồ sơ ?`) is page furniture, not the headline; each item
of a vote's results (`Kết quả bà A làm Trưởng ban X; ông B làm Trưởng ban Y`) gives its office. People are made up;
units are real ones."""

from __future__ import annotations

from bantin.ingest.extract import extract
from tests.ingest_helpers import FILLER, mentioned

_HEADLINE = "Tổng kết Ngày hội văn hóa các dân tộc huyện Ea Kar lần thứ II, năm 2023"
_LEAD = (
    "Chiều ngày 29/3, dưới sự chủ trì của đồng chí Lê Văn Hòa – Chủ tịch UBND huyện, UBND huyện Ea Kar tổ chức hội "
    "nghị tổng kết."
)


def test_a_portals_poll_over_the_headline_is_furniture() -> None:
    poll = "Bình Chọn\nĐánh giá thái độ phục vụ của cán bộ tiếp nhận hồ sơ ?"
    page = f"{poll}\nCập nhật lúc: 31/03/2023\n\n{_HEADLINE}\n\n"
    assert extract(page + f"{_LEAD}\n\n" + FILLER * 3).title.value == _HEADLINE


def test_each_item_of_a_votes_results_gives_its_office() -> None:
    text = "Kết quả bà Lê Thị Hoa làm Trưởng ban Kinh tế - Ngân sách; ông Trần Văn Nam làm Trưởng ban Pháp chế."
    assert mentioned(text) == [
        ("Lê Thị Hoa", ("Trưởng ban Kinh tế - Ngân sách",)),
        ("Trần Văn Nam", ("Trưởng ban Pháp chế",)),
    ]


def test_a_delegations_function_after_a_semicolon_is_still_none() -> None:
    named = mentioned("Đoàn do ông Lê Văn An dẫn đầu; ông Trần Văn Bình làm Trưởng đoàn.")
    assert [name for name, _ in named] == ["Lê Văn An", "Trần Văn Bình"]
    assert all(roles == () for _, roles in named)
