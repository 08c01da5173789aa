"""Round ninety-six of issue 13's rules, after bsc41 006: a photo's caption that carries its credit (`… khó khăn.
Ảnh: Công đoàn X`) is a caption, even printed twice and even when the headline under it reads like a caption too;
the headline is the line after it. People are made up; units are real ones."""

from __future__ import annotations

from bantin.ingest.extract import extract
from tests.ingest_helpers import FILLER

_HEADLINE = "Công đoàn Hà Tĩnh trao hỗ trợ 4 Mái ấm Công đoàn cho đoàn viên khó khăn"
_CAPTION = "Công đoàn Hà Tĩnh trao hỗ trợ 4 “Mái ấm Công đoàn” cho đoàn viên khó khăn. Ảnh: Công đoàn Hà Tĩnh"
_LEAD = (
    "Ngày 17.1, Liên đoàn Lao động tỉnh Hà Tĩnh cho biết vừa trao hỗ trợ 4 “Mái ấm Công đoàn” cho đoàn viên. "
    "Ông Lê Văn Hòa, Chủ tịch Liên đoàn Lao động tỉnh, trao quyết định hỗ trợ."
)


def test_a_credited_caption_printed_twice_is_passed_over_for_the_headline() -> None:
    found = extract(f"{_CAPTION}\n{_CAPTION}\n\n{_HEADLINE}\n\n{_LEAD}\n\n" + FILLER * 3)
    assert found.title.value == _HEADLINE


def test_a_credited_caption_printed_once_is_passed_over_too() -> None:
    found = extract(f"{_CAPTION}\n\n{_HEADLINE}\n\n{_LEAD}\n\n" + FILLER * 3)
    assert found.title.value == _HEADLINE
