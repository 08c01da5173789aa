"""Round fifty-six of issue 13's rules, after the first looks of bn5 and bsc5: a capitalised run right after a
village's, a neighbourhood's or a border post's word (`khu phố Ninh Nghĩa`, `Đồn Biên phòng Cổ Chiên`) is a place,
not a person (`Phát triển nông thôn A` still names A); after a common surname, an organ's or a sector's words are
given names (`Nguyễn Hải Quân`, not the navy), though `Đoàn` still opens a delegation; `PBTĐU` and `BTĐU` are
abbreviated titles; two writers each with an initial (`T.Nhân-N.Triều - 12:46, 19/04/2025`) sign the article; a
bulleted line the size limit cut is read only when no sign-off stands between it and the text; an office ends
before `và Ban …`, `và Tổ …` (a second body). People are made up; units are real ones of the gazetteer."""

from __future__ import annotations

from bantin.ingest.extract import extract
from tests.ingest_helpers import FILLER, roles_in

HEADLINE = "Khởi công xây nhà Đại đoàn kết tại phường Ninh Thạnh"


def _roles(sentence: str) -> dict[str, tuple[str, ...]]:
    return roles_in(sentence, HEADLINE)


def test_a_run_after_a_place_word_is_no_person() -> None:
    found = _roles(
        "dự có bà Nguyễn Thị Liên - Bí thư chi bộ - Trưởng khu phố Ninh Nghĩa; đồng chí Lê Hữu Nam - Chính trị viên "
        "phó Đồn Biên phòng Cổ Chiên"
    )
    assert set(found) == {"Nguyễn Thị Liên", "Lê Hữu Nam"}


def test_a_minister_after_rural_development_is_still_named() -> None:
    found = _roles("đoàn công tác do Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn Lê Minh Nam làm Trưởng đoàn")
    assert "Lê Minh Nam" in found


def test_words_after_a_common_surname_are_given_names() -> None:
    found = _roles("Chủ tịch UBND phường Tân Định Nguyễn Hải Quân chia sẻ, chăm lo người cao tuổi là trách nhiệm chung")
    assert found == {"Nguyễn Hải Quân": ("Chủ tịch UBND phường Tân Định",)}


def test_a_delegation_after_doan_is_no_person() -> None:
    found = _roles("Đoàn Đại biểu Quốc hội tỉnh do ông Trần Văn Nam, Phó Trưởng đoàn chuyên trách dẫn đầu")
    assert set(found) == {"Trần Văn Nam"}


def test_abbreviated_party_secretaries_are_titles() -> None:
    found = _roles("tới dự có các đồng chí: Hoàng Hải Nam - Phó Bí thư TTĐU; Nguyễn Trọng Hà - PBTĐU, Chủ tịch UBND "
                   "phường")
    assert found["Nguyễn Trọng Hà"] == ("PBTĐU", "Chủ tịch UBND phường")


def test_two_writers_with_initials_over_the_stamp_sign_the_article() -> None:
    page = f"{HEADLINE}\n\nT.Nhân-N.Hà - 12:46, 19/04/2025\n\nSáng 19/4, UBND phường khởi công nhà. {FILLER * 3}"
    assert extract(page).author.value == "T.Nhân-N.Hà"


def test_an_office_ends_before_a_second_body_after_and() -> None:
    found = _roles("dự có bà Nguyễn Thị Liên - Trưởng khu phố Ninh Nghĩa và Ban Cai quản họ đạo liên khu phố Ninh Lợi")
    assert found["Nguyễn Thị Liên"] == ("Trưởng khu phố Ninh Nghĩa",)
