"""Rounds ninety-one and ninety-two of issue 13's rules, after the first looks of bn37 and bsc37: a language switcher
(`Tiếng Việt | English`) and a tag list's label alone on its line (`Tags`) are page furniture, never the headline or
the byline; a battle's name (`chiến sỹ Điện Biên`) does not name a unit the text writes only by its level. People
are made up; units are real ones."""

from __future__ import annotations

from pathlib import Path

from bantin.ingest.extract import extract
from tests.ingest_helpers import FILLER

_LEAD = (
    "Chiều ngày 29-12-2015, Bí thư Tỉnh ủy Long An – Trần Văn Nam có buổi đối thoại trực tiếp với hơn 100 người dân "
    "4 xã Tuyên Bình, Tuyên Bình Tây, Vĩnh Bình và Vĩnh Thuận, huyện Vĩnh Hưng."
)
CORPUS = Path(__file__).parent / "corpus"
_HEADLINE = "Bí thư Tỉnh ủy Long An đối thoại với người dân về xây dựng cánh đồng lớn"


def test_a_language_switcher_is_not_the_headline() -> None:
    page = CORPUS / "bsc37" / "010_long-an-bi-thu-tinh-uy-doi-thoai-canh-dong-lon.txt"  # a real portal's page
    found = extract(page.read_text(encoding="utf-8"))
    assert found.title.value == _HEADLINE


def test_a_tag_lists_label_is_not_the_byline() -> None:
    found = extract(f"{_HEADLINE}\n29/12/2015 - 19:57\n{_LEAD}\n\n" + FILLER * 3 + "\nTags\nÝ kiến bình luận:\n")
    assert found.author.value != "Tags"


def test_a_battles_name_does_not_name_an_unnamed_district() -> None:
    lead = (
        "Nhân dịp kỷ niệm 70 năm chiến thắng Điện Biên Phủ, Huyện ủy, HĐND, UBND huyện tổ chức 11 đoàn đi thăm, tặng "
        "quà 43 gia đình liệt sỹ, chiến sỹ Điện Biên trực tiếp tham gia chiến dịch Điện Biên Phủ."
    )
    found = extract(f"Huyện tặng quà chiến sỹ Điện Biên\n{lead}\n\n" + FILLER * 3).locality.value
    assert (found.level, found.name) == ("huyện", None)
