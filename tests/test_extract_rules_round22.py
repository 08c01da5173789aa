"""Rounds twenty-two to twenty-seven of issue 13's rules (rounds sixteen to twenty-one are in
test_extract_rules_round16.py), each written after the first looks of two fresh sets or, for round twenty-three,
a blind second labelling of localities. People are made up; units are real ones of the gazetteer."""

from __future__ import annotations

import pytest

from bantin.ingest.extract import extract
from bantin.ingest.officials import mentions_in
from bantin.ingest.places import find_mentions
from tests.ingest_helpers import FILLER, locality_of


def _officials(page: str) -> dict[str, tuple[str, ...]]:
    return {p.name: p.roles for p in extract(page).officials}


# round twenty-two: after the first looks of on and osc


def test_a_birth_date_is_no_event() -> None:
    page = ("Miễn nhiệm Chủ tịch UBND tỉnh\n\nThủ tướng vừa phê chuẩn miễn nhiệm chức vụ Chủ tịch UBND tỉnh đối với "
            f"ông Lê Văn Hà. Ông Lê Văn Hà, sinh ngày 22 tháng 7 năm 1959, đã có 44 năm công tác. {FILLER * 3}")
    assert extract(page).date.value != "1959-07-22"


def test_relieved_holders_far_into_a_long_sentence_are_kept() -> None:
    page = ("Kỳ họp HĐND tỉnh\n\nNgày 5/9/2025, Hội đồng nhân dân tỉnh Hòa Bình đã tiến hành miễn nhiệm chức danh Chủ "
            "tịch Hội đồng nhân dân tỉnh đối với đồng chí Trần Văn Minh và chức danh Phó Chủ tịch Hội đồng nhân dân "
            f"tỉnh đối với các đồng chí Lê Văn Hà, Đỗ Văn Bình để nghỉ hưu theo chế độ. {FILLER * 3}")
    officials = _officials(page)
    assert officials["Lê Văn Hà"] == () and officials["Đỗ Văn Bình"] == ()


def test_a_section_headline_and_a_lead_opening_hom_qua_on_one_line() -> None:
    page = ("Chính trị Lãnh đạo UBND thành phố Đà Nẵng kiểm tra hoạt động tại phường Quảng Phú Hôm qua 2-7, Phó Chủ "
            f"tịch UBND thành phố đã đến kiểm tra. {FILLER * 3}")
    assert extract(page).title.value == "Lãnh đạo UBND thành phố Đà Nẵng kiểm tra hoạt động tại phường Quảng Phú"


# round twenty-three: after a blind second labelling of 266 pages' localities (tests/corpus/AUDIT.md)


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        ("Sáng 3/3/2026, các ứng cử viên đại biểu Quốc hội tiếp xúc cử tri các xã Tu Vũ, Đào Xá để vận động bầu cử.",
         ("tỉnh", "Phú Thọ")),
        ("Sáng 3/3/2026, tại Hội trường UBND xã Tu Vũ, các ứng cử viên đại biểu Quốc hội tiếp xúc cử tri các xã Tu Vũ, "
         "Đào Xá.", ("xã", "Tu Vũ")),
        ("Sáng 3/3/2026, tại hội trường Đảng ủy, HĐND, UBND xã Tu Vũ, các ứng cử viên tiếp xúc cử tri các xã Tu Vũ, "
         "Đào Xá.", ("xã", "Tu Vũ")),
        ("Sáng 3/3/2026, các ứng cử viên tiếp xúc cử tri tại xã Tu Vũ và xã Đào Xá, tỉnh Phú Thọ.",
         ("tỉnh", "Phú Thọ")),
    ],
)
def test_a_voter_meeting_of_several_units_is_its_hosts_only_where_the_lead_says_it_is_held_there(
    lead: str, expected: tuple[str, str]
) -> None:
    level, name, review = locality_of("Ứng cử viên tiếp xúc cử tri", f"{lead} Ủy ban MTTQ tỉnh Phú Thọ chủ trì.")
    assert (level, name) == expected
    assert "tiếp xúc cử tri của nhiều đơn vị" in review


@pytest.mark.parametrize(
    "caption", ["Quang cảnh buổi làm việc", "Toàn cảnh hội nghị tiếp xúc cử tri tại phường Hà Lầm"]
)
def test_a_scene_caption_in_the_headlines_place_is_flagged(caption: str) -> None:
    page = f"{caption}\n\nNgày 14/10/2025, ông Lê Văn Hà, Chủ tịch UBND tỉnh làm việc với phường Hà Lầm. {FILLER * 3}"
    title = extract(page).title
    assert title.value == caption and "chú thích ảnh" in title.review


def test_a_headline_over_a_scene_caption_is_not_flagged() -> None:
    page = ("Chủ tịch tỉnh làm việc với phường Hà Lầm\n\nToàn cảnh buổi làm việc\n\nNgày 14/10/2025, ông Lê Văn Hà, "
            f"Chủ tịch UBND tỉnh làm việc với phường Hà Lầm. {FILLER * 3}")
    title = extract(page).title
    assert title.value == "Chủ tịch tỉnh làm việc với phường Hà Lầm" and not title.review


def test_the_provincial_party_committees_own_event_held_in_a_ward_is_the_provinces() -> None:
    lead = "Ngày 16/3/2026, tại phường Hạc Thành, tỉnh Thanh Hóa, Tỉnh ủy tổ chức tiếp công dân định kỳ tháng 3."
    level, name, review = locality_of("Tiếp công dân định kỳ", lead)
    assert (level, name) == ("tỉnh", "Thanh Hóa") and "chỉ là nơi diễn ra" in review


def test_a_ward_a_provincial_leader_visits_stays_the_locality() -> None:
    lead = "Ngày 16/3/2026, Bí thư Tỉnh ủy Thanh Hóa kiểm tra công tác chuẩn bị bầu cử tại phường Hạc Thành."
    level, name, _ = locality_of("Kiểm tra công tác bầu cử", lead)
    assert (level, name) == ("phường", "Hạc Thành")


# round twenty-four: after the first looks of qn and qsc


def test_a_party_committee_before_tp_names_the_city_not_tp() -> None:
    lead = "Chiều 30/9/2025, Ban Thường vụ Thành ủy TP.HCM tổ chức hội nghị công bố quyết định về công tác cán bộ."
    level, name, _ = locality_of("Công bố quyết định về công tác cán bộ", lead)
    assert (level, name) == ("thành phố", "Hồ Chí Minh")


def test_a_page_clock_with_a_bracketed_time_zone_is_the_page_date_not_the_lead() -> None:
    page = ("Tập trung lãnh đạo đại hội các cấp\n\nThứ Tư, 08/04/2015, 08:11 [GMT+7]\n\n(ABC) - Phát biểu kết luận của "
            "đồng chí Lê Văn Hà, Phó Bí thư Tỉnh ủy tại Hội nghị rút kinh nghiệm đại hội điểm, ngày 7-4-2015."
            f"\n\n{FILLER * 3}")
    assert extract(page).date.value == "2015-04-07"


def test_a_lead_opening_with_its_day_in_brackets_dates_the_event() -> None:
    page = (f"Thăm giáo xứ dịp Giáng sinh\n\nCập nhật: 25/12/2016 09:00:00\n\n(20/12) Đồng chí Lê Văn Hà, Phó Bí thư "
            f"Tỉnh ủy đã đến thăm, chúc mừng bà con giáo xứ. {FILLER * 3}")
    assert extract(page).date.value == "2016-12-20"


def test_a_quoted_salutation_is_no_headline_and_the_line_over_the_speech_names_its_speaker() -> None:
    page = ("Trân trọng giới thiệu toàn văn phát biểu của Chủ tịch UBND tỉnh Lê Văn Hà:\n“Thưa các đồng chí lãnh đạo "
            f"tỉnh,\nThưa các vị đại biểu,\nHôm nay, tôi rất vui được về thăm xã. {FILLER * 3}")
    extraction = extract(page)
    assert extraction.title.value != "“Thưa các đồng chí lãnh đạo tỉnh,"
    assert "Lê Văn Hà" in {p.name for p in extraction.officials}


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        ("Đồng chí Trần Văn Minh - ĐUV, Phó Chủ tịch HĐND phường; các đồng chí khác.",
         {"Trần Văn Minh": ("ĐUV", "Phó Chủ tịch HĐND phường")}),
        ("Bà Lê Thu Hà được chỉ định giữ chức Bí thư Đảng ủy phường; ông Trần Văn Minh làm Phó Bí thư Thường trực "
         "Đảng ủy phường.", {"Lê Thu Hà": ("Bí thư Đảng ủy phường",),
                             "Trần Văn Minh": ("Phó Bí thư Thường trực Đảng ủy phường",)}),
        ("Các đại biểu đã bầu bà Lê Thu Hà (với tỷ lệ 98%) và bà Đỗ Thị Lan (với tỷ lệ 100%) giữ chức Phó Chủ tịch "
         "HĐND tỉnh.", {"Lê Thu Hà": ("Phó Chủ tịch HĐND tỉnh",), "Đỗ Thị Lan": ("Phó Chủ tịch HĐND tỉnh",)}),
    ],
)
def test_offices_after_an_abbreviation_an_appointing_clause_or_a_vote_share(
    text: str, roles: dict[str, tuple[str, ...]]
) -> None:
    assert {m.name: m.roles for m in mentions_in(text)} == roles


def test_a_ward_the_lead_names_after_a_work_meeting_is_no_appointment() -> None:
    text = "Đoàn công tác làm việc với xã Tân Lập; ông Trần Văn Minh làm Trưởng đoàn."
    assert {m.name: m.roles for m in mentions_in(text)}.get("Trần Văn Minh", ()) == ()


def test_a_provincial_city_the_leader_inspects_is_the_locality() -> None:
    lead = ("Ngày 22/11/2023, đồng chí Lê Văn Hà, Chủ tịch UBND tỉnh Lâm Đồng đã đi kiểm tra tiến độ một số công "
            "trình, dự án trọng điểm trên địa bàn TP Bảo Lộc.")
    level, name, review = locality_of("Các dự án trọng điểm của tỉnh Lâm Đồng đúng tiến độ", lead)
    assert (level, name) == ("thành phố", "Bảo Lộc") and review


def test_a_commune_the_map_of_its_date_lacks_takes_the_province_the_text_names() -> None:
    lead = ("Ngày 11/6/2021, Phó Chủ tịch UBND tỉnh An Giang Lê Văn Hà kiểm tra tiến độ xây dựng nông thôn mới tại "
            "xã An Phú (huyện Tịnh Biên).")
    page = f"Kiểm tra nông thôn mới tại xã An Phú\n\n{lead}\n\n{FILLER * 3}"
    locality = extract(page).locality.value
    assert (locality.level, locality.name, locality.province) == ("xã", "An Phú", "An Giang")


# round twenty-five: after the first looks of rn and rsc


def test_a_unit_that_is_a_later_item_of_a_list_is_the_lists_holder_flagged() -> None:
    level, name, review = locality_of(
        "Trao Huy hiệu Đảng tặng các đảng viên ở huyện Khoái Châu và thành phố Hưng Yên",
        "Ngày 27/8/2024, đồng chí Lê Văn Hà, Ủy viên Ban Thường vụ Tỉnh ủy đã trao Huy hiệu Đảng.",
    )
    assert (level, name) != ("thành phố", "Hưng Yên") and review


def test_a_province_over_communes_counted_in_the_lead_is_flagged() -> None:
    lead = ("Ngày 13/12/2024, Văn phòng điều phối nông thôn mới thành phố Hà Nội đã tổ chức kiểm tra 3 xã (Thượng "
            "Lâm, Hợp Tiến, Hợp Thanh) đạt chuẩn nông thôn mới nâng cao.")
    level, name, review = locality_of("Kiểm tra xã nông thôn mới nâng cao", lead)
    assert (level, name) == ("thành phố", "Hà Nội") and "3 xã" in review


def test_a_unit_named_in_an_office_under_an_unnamed_higher_organiser_is_flagged() -> None:
    lead = ("Sáng 1/12/2025, Thành ủy và UBND thành phố tổ chức hội nghị công bố các quyết định về công tác cán bộ. "
            "Theo đó, bà Lê Thu Hà được điều động làm Chủ tịch UBND đặc khu Hoàng Sa.")
    level, _, review = locality_of("Công bố quyết định về công tác cán bộ", lead)
    assert level != "đặc khu" or "không nêu tên tổ chức" in review


def test_a_captions_month_is_not_the_leads_date() -> None:
    page = ("Chủ tịch thành phố tiếp dân mỗi sáng\n\n20:00 21/01/2024\n\nMô hình mới vừa được lãnh đạo thành phố "
            "thực hiện nhằm lắng nghe ý kiến người dân.\n\nTháng 8-2023, ông Lê Văn Hà, Phó Chủ tịch UBND tỉnh, tiếp "
            "dân tại huyện Trảng Bom - Ảnh: A LỘC\n\nNgày 21-1, ông Trần Văn Minh, Chủ tịch UBND thành phố vừa ký "
            f"thông báo triển khai mô hình. {FILLER * 3}")
    assert extract(page).date.value == "2024-01-21"


def test_a_section_label_over_a_headline_signed_with_the_page_clock_is_no_headline() -> None:
    page = ("Hoạt động của lãnh đạo tỉnh\n\nBí thư Tỉnh ủy thăm, chúc Tết già làng tại huyện Nam Giang\n\n"
            "HT 08/01/2023 00:00\n\nNhân dịp đón Tết Nguyên đán, sáng ngày 7/1, đoàn công tác của Tỉnh ủy do đồng chí "
            f"Lê Văn Hà, Bí thư Tỉnh ủy làm trưởng đoàn đã đến thăm các già làng. {FILLER * 3}")
    extraction = extract(page)
    assert extraction.title.value == "Bí thư Tỉnh ủy thăm, chúc Tết già làng tại huyện Nam Giang"
    assert extraction.date.value == "2023-01-07"


def test_two_names_each_with_an_honorific_share_an_office_written_after_a_comma() -> None:
    text = "Chủ tọa kỳ họp gồm ông Lê Văn Hà và ông Trần Văn Minh, Phó Chủ tịch HĐND tỉnh."
    found = {m.name: m.roles for m in mentions_in(text)}
    assert found == {"Lê Văn Hà": ("Phó Chủ tịch HĐND tỉnh",), "Trần Văn Minh": ("Phó Chủ tịch HĐND tỉnh",)}


def test_an_office_in_brackets_after_the_second_name_is_that_persons_own() -> None:
    text = "Năm Phó Bí thư gồm ông Lê Văn Hà và ông Trần Văn Minh (Chủ tịch Ủy ban MTTQ tỉnh)."
    found = {m.name: m.roles for m in mentions_in(text)}
    assert "Chủ tịch Ủy ban MTTQ tỉnh" in found["Trần Văn Minh"]
    assert "Chủ tịch Ủy ban MTTQ tỉnh" not in found.get("Lê Văn Hà", ())


# round twenty-six: after the first looks of sn and ssc


def test_a_page_clock_written_in_words_with_a_view_counter_is_no_headline() -> None:
    page = ("Ứng cử viên tiếp xúc cử tri và vận động bầu cử\n\nThứ Bảy, ngày 7 tháng 3 năm 2026 - 00:43 Đã xem: 32\n\n"
            f"Chiều ngày 6-3, các ứng cử viên đã tiếp xúc cử tri tại xã Yên Minh. {FILLER * 3}")
    extraction = extract(page)
    assert extraction.title.value == "Ứng cử viên tiếp xúc cử tri và vận động bầu cử"
    assert extraction.date.value == "2026-03-06"


def test_a_portals_map_and_statistics_widgets_are_furniture() -> None:
    page = ("BẢN ĐỒ\nXem bản đồ lớn\nTHỐNG KÊ\nKỳ họp thứ 7 Hội đồng nhân dân thành phố khóa X\n\nNgày 9 tháng 5 năm "
            f"2013, Hội đồng nhân dân thành phố tổ chức kỳ họp thứ 7. {FILLER * 3}")
    extraction = extract(page)
    assert extraction.title.value == "Kỳ họp thứ 7 Hội đồng nhân dân thành phố khóa X"
    assert extraction.author.value is None


def test_a_caption_of_a_leader_concluding_in_the_headlines_place_is_flagged() -> None:
    page = ("Phó Chủ tịch UBND thành phố Lê Văn Hà kết luận tại cuộc họp\n\nỦy viên Ban Thường vụ Thành ủy, Phó Chủ "
            f"tịch UBND thành phố Lê Văn Hà chủ trì cuộc họp của Ban bầu cử. {FILLER * 3}")
    assert extract(page).title.review


def test_a_writer_signed_with_the_station_keeps_the_name_only() -> None:
    page = (f"Lãnh đạo huyện dâng hương tưởng niệm các anh hùng liệt sĩ\n\nSáng 27/7/2024, lãnh đạo huyện dâng "
            f"hương. {FILLER * 3}\n\nNguồn tin: Trần Văn Minh – Đài Truyền thanh huyện")
    assert extract(page).author.value == "Trần Văn Minh"


@pytest.mark.parametrize(
    ("text", "name", "roles"),
    [
        ("Chiều 22/5, Phó Chủ tịch UBND TX. Tân Châu (tỉnh An Giang) Trần Thị Lan đã kiểm tra.", "Trần Thị Lan",
         ("Phó Chủ tịch UBND TX. Tân Châu",)),
        ("Các đại biểu chúc mừng ông Lê Văn Hà vừa được Thủ tướng phê chuẩn kết quả bầu giữ chức Phó Chủ tịch UBND "
         "tỉnh Thái Nguyên.", "Lê Văn Hà", ("Phó Chủ tịch UBND tỉnh Thái Nguyên",)),
    ],
)
def test_offices_over_an_abbreviated_unit_and_its_bracketed_province_or_a_ratified_vote(
    text: str, name: str, roles: tuple[str, ...]
) -> None:
    assert {m.name: m.roles for m in mentions_in(text)}[name] == roles


# round twenty-seven: after the first looks of tn and tsc


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("HĐND PHƯỜNG PHÚ TRINH TỔ CHỨC TIẾP XÚC CỬ TRI", ("phường", "PHÚ TRINH")),
        ("Hội nghị tại hội trường UBND phường Xuân\nBình.", ("phường", "Xuân Bình")),
        ("Ông A kiểm tra khu tái định cư tại xã Đam Rông 4, tỉnh Lâm Đồng.", ("xã", "Đam Rông 4")),
    ],
)
def test_unit_names_in_capitals_across_a_line_break_or_with_a_number(text: str, expected: tuple[str, str]) -> None:
    assert (find_mentions(text)[0].level, find_mentions(text)[0].name) == expected


def test_a_name_in_capitals_the_map_does_not_know_is_not_run_into_the_verb() -> None:
    assert all(m.name is None or "TỔ CHỨC" not in m.name for m in find_mentions("XÃ TÂN XYZ TỔ CHỨC HỘI NGHỊ"))


def test_a_unit_name_cut_by_a_hard_wrap_is_the_unit_named_in_full_elsewhere() -> None:
    page = ("Sáng ngày 14/01/2025, UBMTTQ phường phối hợp với HĐND, UBND\nphường tổ chức tiếp xúc cử tri tại hội "
            "trường UBND phường Xuân\nBình.\nTham dự có ông Lê Văn Hà – Chủ tịch UBND phường.\nCó 35 cử tri đại diện "
            f"nhân dân trên phường Xuân Bình.\n{FILLER * 3}")
    locality = extract(page).locality.value
    assert (locality.level, locality.name) == ("phường", "Xuân Bình")
