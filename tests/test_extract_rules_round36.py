"""Rounds thirty-six to thirty-eight of issue 13's rules. Thirty-six, written after the first looks of in2 and
isc2: bylines stamped without a dash, a writer credited on the date's line, the stamped line as the headline, a
preview's future date, captions over the lead, relieved office holders, a range of days in words, a congress's year
from its term. Thirty-seven, after those of jn2 and jsc2: birth years written `SN`, organs in lower case, greeting
banners, language links, sign-offs with an office. Thirty-eight, after those of kn2 and ksc2: mass organisations'
level words, unlabelled counters, sections printed twice. People are made up; units are real ones of the gazetteer."""

from __future__ import annotations

import pytest

from bantin.ingest.extract import extract
from tests.ingest_helpers import FILLER, ROOT

CORPUS = ROOT / "tests" / "corpus"


@pytest.mark.parametrize(
    "stamp",
    [
        "Lê Văn Hà 23:20 | 28/09/2023",
        "Lê Văn Hà - 17:58 14/09/2023 GMT+7",
        "Lê Văn Hà Thứ hai, ngày 04/12/2023 07:45 AM (GMT+7)",
    ],
)
def test_a_byline_stamped_under_the_headline(stamp: str) -> None:
    page = (f"Công ty Phân lân nung chảy Văn Điển\nHọp báo về Đại hội Hội Nông dân tỉnh lần thứ X\n{stamp}\n"
            f"Chiều ngày 14/9, Hội Nông dân tỉnh Hưng Yên tổ chức họp báo. {FILLER * 3}")
    extraction = extract(page)
    assert extraction.author.value == "Lê Văn Hà"
    assert extraction.title.value == "Họp báo về Đại hội Hội Nông dân tỉnh lần thứ X"


def test_a_writer_credited_on_the_dates_line() -> None:
    page = ("Xã Thăng Trường hiệp thương lần thứ hai\n\nNgày đăng: 02/02/2026 Lượt xem: 121 Tác giả: Lê Văn Hà\n\n"
            f"Chiều ngày 02/02/2026, Ủy ban MTTQ Việt Nam xã Thăng Trường tổ chức hội nghị. {FILLER * 3}")
    extraction = extract(page)
    assert extraction.author.value == "Lê Văn Hà"
    assert str(extraction.date.value) == "2026-02-02"


def test_the_line_the_stamp_stands_under_is_the_headline_not_the_subtitle() -> None:
    page = ("Hưng Yên công bố nghị quyết sáp nhập đơn vị hành chính, chỉ định nhân sự\nThứ hai - 30/06/2025 14:51\n"
            "Kết nối trực tuyến tới 104 điểm cầu xã, phường trên toàn tỉnh\n"
            f"Sáng nay (30/6), tỉnh Hưng Yên tổ chức lễ công bố nghị quyết. {FILLER * 3}")
    assert extract(page).title.value.startswith("Hưng Yên công bố")


def test_a_previews_future_date_is_no_event_date() -> None:
    page = ("Chuẩn bị Lễ kỷ niệm 420 năm hình thành tỉnh\n\nTối ngày 2/6/2024 sẽ diễn ra Lễ kỷ niệm 420 năm hình thành "
            f"tỉnh Quảng Bình. {FILLER * 3}")
    assert extract(page).date.value is None


def test_credited_captions_over_the_lead_do_not_stand_for_it() -> None:
    page = CORPUS / "isc2" / "020_ca-mau-khai-mac-trien-lam-de-cuong-van-hoa.txt"
    assert extract(page.read_text(encoding="utf-8")).locality.value.level == "tỉnh"


def test_office_holders_relieved_of_an_office() -> None:
    lead = ("Ngày 3/10/2025, Ban Chấp hành đã thống nhất miễn nhiệm chức danh Chủ tịch UBND TP.Hà Nội nhiệm kỳ "
            "2021 - 2026 đối với ông Lê Văn Hà do được điều động.")
    later = "Biểu quyết để ông Trần Quang Minh thôi giữ chức Chủ nhiệm Ủy ban Kiểm tra Thành ủy."
    page = f"Hội nghị Ban Chấp hành Đảng bộ thành phố\n\n{lead}\n\n{later} {FILLER * 3}"
    assert {p.name for p in extract(page).officials} == {"Lê Văn Hà", "Trần Quang Minh"}


def test_a_range_of_days_in_words_gives_the_first() -> None:
    lead = "Trong hai ngày 14 và 15 tháng 10 năm 2025, Hội Phụ nữ xã tổ chức đại hội."
    page = f"Đại hội Hội Phụ nữ xã\n\n{lead} {FILLER}"
    assert str(extract(page).date.value) == "2025-10-14"


def test_a_congress_that_elected_its_committee_falls_in_its_terms_first_year() -> None:
    lead = "Trong hai ngày 21 và 22/7 Đại hội Đảng bộ TP Hạ Long đã bầu Ban Chấp hành Đảng bộ khóa 25 gồm 55 ủy viên."
    page = f"Đại hội Đảng bộ thành phố\n\n{lead}\n\n{FILLER}\n\nNhiệm kỳ 2020 - 2025, Đảng bộ đặt mục tiêu. {FILLER}"
    date = extract(page).date
    assert str(date.value) == "2020-07-21" and date.review


# Round thirty-seven, after the first looks of jn2 and jsc2 (before kn2 and ksc2 were seen)


def test_office_holders_written_with_their_birth_year_abbreviated() -> None:
    lead = "Ngày 28/8/2025, UBND tỉnh ký các quyết định về việc nghỉ hưu trước tuổi."
    names = "Tại Sở Tài chính, 4 Phó giám đốc gồm: ông Lê Văn Hà (SN 1967), ông Trần Quang Minh (SN 1968) nghỉ hưu."
    page = f"Phó giám đốc Sở nghỉ hưu trước tuổi\n\n{lead}\n\n{names} {FILLER * 3}"
    people = {p.name: p.roles for p in extract(page).officials}
    assert people == {"Lê Văn Hà": ("Phó giám đốc",), "Trần Quang Minh": ("Phó giám đốc",)}


@pytest.mark.parametrize(
    ("office", "name"),
    [("Giám đốc Sở An toàn thực phẩm", "Lê Thị Hoa"), ("Bí thư thứ nhất Trung ương Đoàn", "Bùi Văn Hà")],
)
def test_organs_named_in_lower_case_before_a_name(office: str, name: str) -> None:
    page = f"Kỳ họp thứ 6\n\nSáng 3/12/2025, khai mạc kỳ họp. Dự có {office} {name}. {FILLER * 3}"
    assert {p.name: p.roles for p in extract(page).officials} == {name: (office,)}


def test_a_greeting_banner_over_the_headline_is_a_slogan() -> None:
    page = CORPUS / "jsc2" / "018_dong-nai-dai-hoi-phu-nu-xa-xuan-dinh.txt"
    extraction = extract(page.read_text(encoding="utf-8"))
    assert extraction.title.value.startswith("Đại hội đại biểu Hội Liên hiệp Phụ nữ xã Xuân Định")


def test_a_language_link_run_into_the_headline_is_dropped() -> None:
    page = ("Nguyên Chủ tịch nước khảo sát hỗ trợ xây trường học tại huyện Cần Giuộc English Edition\n\n"
            f"Chiều 14/10/2025, đoàn đến khảo sát hỗ trợ xây trường học. {FILLER * 3}")
    assert extract(page).title.value == "Nguyên Chủ tịch nước khảo sát hỗ trợ xây trường học tại huyện Cần Giuộc"


def test_a_sign_off_with_the_writers_office() -> None:
    extraction = extract((CORPUS / "jn2" / "012_lang-son-huu-lien-ket-nap-dang-vien.txt").read_text(encoding="utf-8"))
    assert extraction.author.value == "Đỗ Thuần"
    assert "Đỗ Thuần" not in {p.name for p in extraction.officials}


# Round thirty-eight, after the first looks of kn2 and ksc2 (before ln2 and lsc2 were seen)


def test_a_mass_organisations_level_word_points_to_the_pages_province() -> None:
    page = ("Thứ ba, 13-1-26 11:44:45\nCà Mau, 32°C\n\nTổng kết công tác Hội, phong trào phụ nữ năm 2024\n\n"
            f"Chiều 27/12, Hội LHPN tỉnh tổ chức Hội nghị tổng kết công tác Hội năm 2024. {FILLER * 3}")
    found = extract(page).locality
    assert (found.value.level, found.value.name) == ("tỉnh", "Cà Mau") and found.review


def test_a_page_clock_with_unlabelled_counts_is_no_headline() -> None:
    page = ("Lễ khánh thành và bàn giao trường THCS An Hòa cơ sở 2\n\nThứ bảy - 07/09/2019 13:00 294 0\n"
            f"Sáng ngày 07.09.2019, UBND xã An Hòa tổ chức lễ khánh thành trường. {FILLER * 3}")
    extraction = extract(page)
    assert extraction.title.value == "Lễ khánh thành và bàn giao trường THCS An Hòa cơ sở 2"
    assert str(extraction.date.value) == "2019-09-07"


def test_a_sections_name_printed_twice_is_no_headline() -> None:
    headline = "Thành phố Hưng Yên: Gần 1,3 nghìn người tham gia diễn tập phòng, chống thiên tai và tìm kiếm cứu nạn"
    page = (f"Tìm kiếm\n\nTài nguyên - Môi trường\n\nTài nguyên - Môi trường\n\n{headline}\n\nNgày 15.7.2022, Ban Chỉ "
            f"đạo diễn tập thành phố Hưng Yên tổ chức diễn tập. {FILLER * 3}")
    assert extract(page).title.value == headline
