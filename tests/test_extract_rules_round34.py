"""Rounds thirty-four and thirty-five of issue 13's rules. Thirty-four, written after the first looks of gn2 and
gsc2: names after a department that ends in `Môi trường`, two people's offices joined by `và`, military commanders'
titles, organs named in lower case, a province written bare after a district's office, a short line over the lead
that shares no word with it, the one commune a provincial delegation visits. Thirty-five, after those of hn2 and
hsc2: wards written `P. X`, round-ups of wards, a list's holder written bare, a cited document's issuer, sign-offs
before page furniture, double surnames, `tỉnh Y Ngọc`, a stamped headline. People are made up; units are real ones
of the gazetteer."""

from __future__ import annotations

import pytest

from bantin.ingest.extract import extract
from bantin.ingest.places import find_mentions
from tests.ingest_helpers import FILLER, ROOT, headline_withheld

CORPUS = ROOT / "tests" / "corpus"


def _roles(sentence: str) -> dict[str, tuple[str, ...]]:
    return {person.name: person.roles for person in extract(f"Tin tức\n\n{sentence} {FILLER * 3}").officials}


@pytest.mark.parametrize("department", ["Nông nghiệp và Môi trường", "Tài nguyên và Môi trường"])
def test_a_name_after_a_department_ending_in_moi_truong_is_a_person(department: str) -> None:
    assert _roles(f"Dự có Giám đốc Sở {department} Lê Văn Hà.") == {"Lê Văn Hà": (f"Giám đốc Sở {department}",)}


def test_a_name_after_a_school_word_still_names_the_school() -> None:
    assert _roles("Hiệu trưởng trường Nguyễn Du phát biểu tại buổi lễ.") == {}


def test_va_before_a_title_opens_the_next_persons_office() -> None:
    sentence = ("Dự có Thiếu tướng Trần Quang Minh, Giám đốc Công an tỉnh và Giám đốc Sở Nông nghiệp và Môi trường "
                "Lê Văn Hà.")
    roles = _roles(sentence)
    assert roles["Trần Quang Minh"] == ("Giám đốc Công an tỉnh",)
    assert roles["Lê Văn Hà"] == ("Giám đốc Sở Nông nghiệp và Môi trường",)


def test_va_before_a_sector_stays_inside_one_department() -> None:
    assert _roles("Dự có ông Lê Văn Hà, Giám đốc Sở Dân tộc và Tôn giáo.") == {
        "Lê Văn Hà": ("Giám đốc Sở Dân tộc và Tôn giáo",)
    }


def test_military_commanders_titles_and_units() -> None:
    roles = _roles("Ông Lê Văn Hà, Phó Lữ đoàn trưởng Lữ đoàn 146, Vùng 4 Hải quân được chỉ định giữ chức "
                   "Chủ tịch UBND đặc khu Trường Sa; Thượng tá Trần Quang Minh, Chính ủy Vùng 4 Hải quân dự.")
    assert roles["Lê Văn Hà"] == ("Phó Lữ đoàn trưởng Lữ đoàn 146, Vùng 4 Hải quân", "Chủ tịch UBND đặc khu Trường Sa")
    assert roles["Trần Quang Minh"] == ("Chính ủy Vùng 4 Hải quân",)


@pytest.mark.parametrize(
    "office",
    [
        "Bí thư Đảng ủy các cơ quan Đảng tỉnh Nghệ An",
        "Cục trưởng Cục An ninh chính trị nội bộ",
        "Trưởng Ban công tác đại biểu Quốc hội",
        "Phó Chủ tịch thứ nhất Hội đồng Thi đua - Khen thưởng Trung ương",
        "Chủ tịch UB.MTTQ huyện Hàm Yên",
        "Chủ tịch Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam",
    ],
)
def test_organs_named_in_lower_case_stay_in_the_office(office: str) -> None:
    assert _roles(f"Dự có ông Lê Văn Hà, {office}.")["Lê Văn Hà"] == (office,)


def test_a_bare_province_after_a_districts_office_says_where_it_lies() -> None:
    roles = _roles("Theo ông Lê Văn Hà, Chủ tịch UBND huyện Trùng Khánh, Cao Bằng, lễ hội diễn ra trong hai ngày.")
    assert roles == {"Lê Văn Hà": ("Chủ tịch UBND huyện Trùng Khánh",)}


@pytest.mark.parametrize("label", ["Sức sống cơ sở", "Đại biểu tham dự chương trình"])
def test_a_short_line_sharing_no_word_with_the_lead_is_no_headline(label: str) -> None:
    page = (f"{label}\n\nSáng 14/2, Chủ tịch UBND tỉnh Lê Văn Hà cùng đoàn công tác đã tới trao quà Tết cho các hộ "
            f"có hoàn cảnh khó khăn tại xã Đức Minh. {FILLER * 3}")
    assert headline_withheld(page)


def test_the_headline_under_section_labels_is_the_line_that_shares_the_leads_words() -> None:
    page = ("Sức sống cơ sở\n\nVăn hóa phố phường\n\nTặng sân chơi cho thiếu nhi\n\nSGGPO\n\nSáng 18-11, phường "
            f"Bình Dương (TPHCM) đã tiếp nhận công trình sân chơi thiếu nhi trị giá 150 triệu đồng. {FILLER * 3}")
    assert extract(page).title.value == "Tặng sân chơi cho thiếu nhi"


def test_a_short_headline_that_names_the_leads_subject_stays() -> None:
    lead = "Sáng 14/2, Chủ tịch UBND tỉnh Lê Văn Hà trao quà Tết tại xã Đức Minh."
    page = f"Trao quà Tết tại Đức Minh\n\n{lead} {FILLER}"
    assert extract(page).title.value == "Trao quà Tết tại Đức Minh"


@pytest.mark.parametrize(
    ("page", "commune"),
    [
        ("gn2/013_bac-ninh-pho-chu-tich-ubnd-tinh-ngay-hoi-dai-doan-ket-thon-chao.txt", "Sơn Động"),
        ("gsc2/013_khanh-hoa-pho-thu-tuong-kiem-tra-lu-dien-dien.txt", "Diên Điền"),
        ("jn/017_lai-chau-thu-lum-doan-dbqh-tiep-xuc-cu-tri.txt", "Thu Lũm"),
    ],
)
def test_the_one_commune_a_provincial_delegation_visits_is_the_locality_flagged(page: str, commune: str) -> None:
    found = extract((CORPUS / page).read_text(encoding="utf-8")).locality
    assert (found.value.level, found.value.name) == ("xã", commune)
    assert found.review


def test_a_province_that_acts_in_two_communes_stays_the_province() -> None:
    page = ("Công bố quyết định điều động cán bộ\n\nChiều 8/1, Ban Thường vụ Tỉnh ủy Tuyên Quang tổ chức hội nghị công "
            f"bố các quyết định điều động cán bộ tại hai xã Xuân Vân và Trung Sơn. {FILLER * 3}")
    found = extract(page).locality
    assert (found.value.level, found.value.name) == ("tỉnh", "Tuyên Quang")


def test_a_commune_venue_under_a_districts_headline_is_flagged() -> None:
    page = ("Hội Nông dân huyện Chợ Lách ra mắt Hội quán cà phê nông thôn mới\n\nNgày 21 tháng 5 năm 2024, tại ấp Sơn "
            f"Long xã Sơn Định, Hội Nông dân huyện Chợ Lách tổ chức ra mắt Hội quán. {FILLER * 3}")
    found = extract(page).locality
    assert found.value.name in ("Chợ Lách", "Sơn Định") and "Sơn Định" in found.review


# Round thirty-five, after the first looks of hn2 and hsc2 (before in2 and isc2 were seen)


def test_a_ward_written_p_dot_space_before_a_known_name_and_its_secretary() -> None:
    roles = _roles("Bí thư Đảng ủy P. Thuận Hóa Lê Văn Hà cho biết: Đảng bộ phường được thành lập năm 2025.")
    assert roles == {"Lê Văn Hà": ("Bí thư Đảng ủy P. Thuận Hóa",)}


def test_an_initial_before_a_given_name_is_no_ward() -> None:
    assert [m.level for m in find_mentions("Dự có ông Nguyễn P. Hùng, Bí thư Đảng ủy xã.")] == ["xã"]
    assert [(m.level, m.name) for m in find_mentions("Đảng viên P. Vỹ Dạ nhận huy hiệu")] == [("phường", "Vỹ Dạ")]


def test_a_round_up_of_wards_on_the_two_tier_map_is_the_provinces() -> None:
    page = (f"Sáng 12/8, P. Thuận Hóa trao tặng Huy hiệu Đảng cho 102 đảng viên. {FILLER}\n\n"
            f"Tại P. Vỹ Dạ, 24 đảng viên được nhận Huy hiệu Đảng. {FILLER}\n\n"
            f"Tại P. Kim Trà, 8 đảng viên được trao Huy hiệu Đảng. {FILLER}")
    found = extract(page).locality
    assert (found.value.level, found.value.name) == ("thành phố", "Huế") and "Vỹ Dạ" in found.review


def test_one_ward_reporting_alone_stays_the_ward() -> None:
    page = f"Sáng 12/8, P. Thuận Hóa trao tặng Huy hiệu Đảng cho 102 đảng viên. {FILLER * 3}"
    assert extract(page).locality.value.name == "Thuận Hóa"


def test_a_lists_holder_written_bare_in_the_headline() -> None:
    page = ("Hội Nông dân An Giang giải ngân vốn Quỹ hỗ trợ nông dân\n\nNgày 17/10/2019, Hội Nông dân tỉnh phối hợp "
            f"với Hội Nông dân huyện Phú Tân, Thoại Sơn giải ngân vốn Quỹ hỗ trợ nông dân. {FILLER * 3}")
    found = extract(page).locality
    assert (found.value.level, found.value.name, found.value.province) == ("tỉnh", "An Giang", "An Giang")
    assert found.review


def test_a_cited_documents_issuer_is_not_the_subject() -> None:
    page = ("Hội nghị đối thoại giữa Chủ tịch UBND phường Quan Hoa với nhân dân\n\nThực hiện Quyết định số 2200-QĐ/TU "
            "ngày 25/5/2017 của Ban thường vụ Thành ủy Hà Nội về “Quy chế đối thoại trên địa bàn thành phố Hà Nội”; "
            f"sáng ngày 24/8/2018, hội nghị đã diễn ra. {FILLER * 3}")
    assert extract(page).locality.value.name == "Quan Hoa"


@pytest.mark.parametrize(
    ("page", "author"),
    [
        ("hn2/003_hai-phong-hoi-phu-nu-thanh-pho-trao-qua-sieu-thi-tet-0-dong.txt", "Hồng Nhung"),
        ("hn2/006_tuyen-quang-chu-tich-ubnd-xa-thai-hoa-kiem-tra-sat-lo-2025.txt", "Thanh Tâm"),
    ],
)
def test_a_sign_off_before_page_furniture_is_the_author(page: str, author: str) -> None:
    extraction = extract((CORPUS / page).read_text(encoding="utf-8"))
    assert extraction.author.value == author
    assert extraction.source.value is None or "CỔNG" not in extraction.source.value


def test_names_with_a_double_surname_and_a_term_number_after_a_place() -> None:
    roles = _roles("Miễn nhiệm đối với nguyên Giám đốc sở Nội vụ Nguyễn Lâm Thị Tú Anh (nghỉ hưu). “Đoàn ĐBQH Bắc Ninh "
                   "Khóa XV phải là cầu nối” – Phó Chủ tịch Quốc hội Trần Thị Hoa nhấn mạnh.")
    assert set(roles) == {"Nguyễn Lâm Thị Tú Anh", "Trần Thị Hoa"}


def test_a_central_highlands_name_after_tinh_is_a_person() -> None:
    roles = _roles("Phó Chủ tịch Thường trực UBND tỉnh Y Ngọc đề nghị các sở phối hợp chặt chẽ.")
    assert roles == {"Y Ngọc": ("Phó Chủ tịch Thường trực UBND tỉnh",)}


def test_a_caption_like_headline_with_the_page_stamp_under_it() -> None:
    page = ("Chủ tịch UBND xã Thái Hoà kiểm tra tình hình sạt lở, ngập lụt tại các thôn.\n\n14/09/2025 - 15:51\n\n"
            f"Ngày 14/9, Chủ tịch UBND xã Thái Hoà Lê Văn Hà đã kiểm tra tình hình sạt lở. {FILLER * 3}")
    assert extract(page).title.value == "Chủ tịch UBND xã Thái Hoà kiểm tra tình hình sạt lở, ngập lụt tại các thôn."
