"""Round ninety-one of issue 13's rules, after the first looks of bn37 and bsc37: a language switcher (`Tiếng Việt |
English`) and a tag list's label alone on its line (`Tags`) are page furniture, never the headline or the byline.
People are made up; units are real ones."""

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
