"""Each extraction rule on short sentences written for the purpose."""

from __future__ import annotations

import pytest

from bantin.ingest.byline import find_byline
from bantin.ingest.dates import find_date
from bantin.ingest.extract import extract
from bantin.ingest.officials import mentions_in
from bantin.ingest.page import parse_page
from bantin.ingest.title import find_title


def roles_of(text: str) -> dict[str, tuple[str, ...]]:
    return {m.name: m.roles for m in mentions_in(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hội nghị tổng kết\nSáng ngày 04/7/2023, UBND huyện tổ chức hội nghị.", "2023-07-04"),
        ("Hội nghị tổng kết\nChiều 4-4-2022, Huyện ủy tổ chức hội nghị.", "2022-04-04"),
        ("Hội nghị tổng kết\nNgày 7 tháng 6 năm 2021, HĐND xã họp phiên thường kỳ.", "2021-06-07"),
        ("Hội nghị tổng kết\nNgày 25, 26-3-2023, HĐND huyện tổ chức kỳ họp.", "2023-03-25"),
        ("Hội nghị\n08/04/2024\nSáng 8/4, Ban Chấp hành Đảng bộ tỉnh họp.", "2024-04-08"),
        ("Hội nghị\nCập nhật: 02/01/2024 08:00\nChiều 29/12, Huyện ủy tổ chức hội nghị.", "2023-12-29"),
        ("Gặp mặt\nSáng 12/3, Huyện ủy gặp mặt kỷ niệm 75 năm ngày thành lập (12/3/1950 - 12/3/2025).", "2025-03-12"),
        ("Họp\nNgày 9/6, Thường trực HĐND họp chuẩn bị Kỳ họp thứ nhất, nhiệm kỳ 2021-2026.", "2021-06-09"),
        ("Hội nghị\nNgày 20/12, Ban Chấp hành họp đánh giá kết quả năm 2022, bàn nhiệm vụ năm 2023.", "2022-12-20"),
        ("Báo cáo tháng\nTrong tháng 6/2023, UBND xã tập trung chỉ đạo thu hoạch.", "2023-06"),
        ("Thứ Ba 10/03/2026 08:15\nĐại hội\n16/10/2020 09:30\nSáng nay 16/10, Đại hội Đảng bộ huyện khai mạc.",
         "2020-10-16"),
        (" date 2023-11 Hội nghị\nChiều nay (7/11), Huyện ủy tổ chức hội nghị.", "2023-11-07"),
        ("Hội nghị\nĐã đăng vào 3 Th9, 2022 lúc 08:00\nChiều 2/9, Thị ủy tổ chức hội nghị.", "2022-09-02"),
        ("Hội nghị tỉnh\n20/11/2022Ngày 19/11, Ban Thường vụ Tỉnh ủy tổ chức hội nghị.", "2022-11-19"),
        ("Đại hội\n06/07/2020\nTrong 2 ngày (5 và 6-7), Đảng bộ xã tổ chức Đại hội.", "2020-07-05"),
    ],
)
def test_event_dates(text: str, expected: str) -> None:
    assert find_date(parse_page(text)).value == expected


def test_year_not_in_text_stays_empty_and_flagged() -> None:
    found = find_date(parse_page("Làm việc với huyện\nChiều 7/6, Đoàn công tác làm việc với huyện."))
    assert found.value is None and "7/6" in found.review


def test_cited_resolution_date_is_not_the_event() -> None:
    text = "Sơ kết\nHội nghị sơ kết Nghị quyết số 23-NQ/TU ngày 16/12/2021 của Tỉnh ủy về giảm nghèo."
    assert find_date(parse_page(text)).value is None


def test_print_date_only_bounds_the_year() -> None:
    found = find_date(
        parse_page(
            "Hải Phòng, ngày 27 tháng 02 năm 2020\nQuận ủy tổng kết công tác năm\n"
            "Sáng 25/2, Quận ủy tổ chức hội nghị tổng kết công tác xây dựng Đảng."
        )
    )
    assert found.value is None and "27/02/2020" in found.review


def test_roles_after_name_split_at_commas_and_dashes() -> None:
    text = (
        "Dự có đồng chí Hoàng Văn Nam - Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch HĐND tỉnh; "
        "đồng chí Lê Thị Hoa, PCT UBND huyện."
    )
    assert roles_of(text) == {
        "Hoàng Văn Nam": ("Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
        "Lê Thị Hoa": ("PCT UBND huyện",),
    }


def test_roles_before_name_and_place_inside_role() -> None:
    assert roles_of("Bí thư Huyện ủy Bắc Hà Trần Văn Long phát biểu.") == {"Trần Văn Long": ("Bí thư Huyện ủy Bắc Hà",)}
    assert roles_of("Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Hà Giang Nguyễn Văn Sơn chủ trì.") == {
        "Nguyễn Văn Sơn": ("Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh Hà Giang")
    }


def test_group_heading_distributes_its_role() -> None:
    text = (
        "Dự có các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy: Lý Văn Hải, Trưởng Ban Dân vận Tỉnh ủy; "
        "Vàng Thị Mai, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy."
    )
    assert roles_of(text) == {
        "Lý Văn Hải": ("Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
        "Vàng Thị Mai": ("Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy"),
    }


def test_compound_offices_are_not_split() -> None:
    assert roles_of("Dự có bà Giàng Thị Lan, Đại biểu Quốc hội khóa XV, đơn vị tỉnh Yên Bái.") == {
        "Giàng Thị Lan": ("Đại biểu Quốc hội khóa XV, đơn vị tỉnh Yên Bái",)
    }
    assert roles_of("Đồng chí Lục Văn Bình, Trưởng Ban Tổ chức – Nội vụ Huyện ủy phát biểu.") == {
        "Lục Văn Bình": ("Trưởng Ban Tổ chức – Nội vụ Huyện ủy",)
    }


def test_new_office_without_term_and_former_office() -> None:
    assert roles_of("Đồng chí Vi Văn Tâm được chỉ định giữ chức Bí thư Huyện ủy nhiệm kỳ 2020 - 2025.") == {
        "Vi Văn Tâm": ("Bí thư Huyện ủy",)
    }
    assert roles_of("Chia tay đồng chí Mai Văn Lộc - nguyên Chủ tịch UBND huyện.") == {
        "Mai Văn Lộc": ("nguyên Chủ tịch UBND huyện",)
    }


def test_not_officials() -> None:
    text = "Huyện hợp tác với huyện Hà Khẩu, Trung Quốc; học tập tư tưởng, phong cách Hồ Chí Minh. Ảnh: Lê Minh"
    article = extract("Hội nghị\nSáng 1/2/2024, Huyện ủy họp. " + text)
    assert article.officials == []


def test_a_name_cut_mid_word_is_not_an_official() -> None:
    assert roles_of("Dự có ông Trần Văn Bảy, Bí thư Huyện ủy và bà Lê T") == {"Trần Văn Bảy": ("Bí thư Huyện ủy",)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dự có ông Đinh Văn Hải, Phó Trưởng Ban Dân nguyện Quốc hội.",
         {"Đinh Văn Hải": ("Phó Trưởng Ban Dân nguyện Quốc hội",)}),
        ("Dự có bà Lương Thị Mai, Trưởng Ban Văn hóa-Xã hội, HĐND tỉnh.",
         {"Lương Thị Mai": ("Trưởng Ban Văn hóa-Xã hội, HĐND tỉnh",)}),
        ("Dự có ông Tạ Quang Vinh, Chính ủy Bộ Chỉ huy Quân sự (CHQS) tỉnh.",
         {"Tạ Quang Vinh": ("Chính ủy Bộ Chỉ huy Quân sự (CHQS) tỉnh",)}),
        ("Ông Lý Văn Tư, 52 tuổi, Phó Bí thư Huyện ủy, được giới thiệu.",
         {"Lý Văn Tư": ("Phó Bí thư Huyện ủy",)}),
        ("Ông Bàn Văn Sinh, sinh năm 1972, dân tộc Tày, Phó Chủ tịch UBND tỉnh, được giới thiệu.",
         {"Bàn Văn Sinh": ("Phó Chủ tịch UBND tỉnh",)}),
        ("Đồng chí Ngô Văn Khải, Giám đốc Học viện Chính trị Quốc gia Hồ Chí Minh, Chủ tịch Hội đồng Lý luận Trung "
         "ương; đồng chí Vi Văn Lợi, Trưởng Tiểu ban nhân sự Đại hội dự.",
         {"Ngô Văn Khải": ("Giám đốc Học viện Chính trị Quốc gia Hồ Chí Minh", "Chủ tịch Hội đồng Lý luận Trung ương"),
          "Vi Văn Lợi": ("Trưởng Tiểu ban nhân sự Đại hội",)}),
        ("Đồng chí Kha Văn Minh, Phó Chủ tịch – Tổng Thư ký Ủy ban MTTQ tỉnh dự.",
         {"Kha Văn Minh": ("Phó Chủ tịch", "Tổng Thư ký Ủy ban MTTQ tỉnh")}),
        ("Ông Hà Văn Tâm – Bí thư Đảng ủy xã, ông Mai Văn Lộc – Chủ tịch UBND xã, bà Đặng Thị Hoa – Chủ tịch "
         "Ủy ban MTTQ xã cùng dự.",
         {"Hà Văn Tâm": ("Bí thư Đảng ủy xã",), "Mai Văn Lộc": ("Chủ tịch UBND xã",),
          "Đặng Thị Hoa": ("Chủ tịch Ủy ban MTTQ xã",)}),
    ],
)
def test_roles_with_organ_names_brackets_ages_and_lists(text: str, expected: dict[str, tuple[str, ...]]) -> None:
    assert roles_of(text) == expected


def test_byline_source_and_photo_credit() -> None:
    page = parse_page(
        "Hội nghị\nSáng 1/2/2024, Huyện ủy họp bàn nhiệm vụ trọng tâm năm nay.\nẢnh: Hữu Hiệp\n"
        "Theo baohagiang.vn\nMinh Hải – Thùy Linh\nĐăng nhập"
    )
    byline = find_byline(page)
    assert (byline.author.value, byline.source.value) == ("Minh Hải – Thùy Linh", "baohagiang.vn")


def test_organisation_sign_off_is_a_source_not_an_author() -> None:
    page = parse_page("Hội nghị\nSáng 1/2/2024, Huyện ủy họp bàn nhiệm vụ trọng tâm năm nay.\nBáo Sơn La")
    byline = find_byline(page)
    assert (byline.author.value, byline.source.value) == (None, "Báo Sơn La")


@pytest.mark.parametrize(
    ("tail", "source"),
    [
        ("Theo Báo Bình Phước", "Báo Bình Phước"),
        ("Theo Dân trí", "Dân trí"),
        ("Nguồn: baobinhphuoc.com.vn", "baobinhphuoc.com.vn"),
        ("Theo đó, các xã hoàn thành chỉ tiêu", None),
        ("Theo tờ trình của UBND huyện", None),
        ("Theo Kế hoạch của Ban Thường vụ", None),
    ],
)
def test_theo_credits_an_outlet_not_a_sentence(tail: str, source: str | None) -> None:
    page = parse_page(f"Hội nghị\nSáng 1/2/2024, Huyện ủy họp bàn nhiệm vụ trọng tâm năm nay.\n{tail}")
    assert find_byline(page).source.value == source


def test_weather_widgets_and_script_artefacts_are_not_the_headline() -> None:
    page = parse_page(
        "Thứ Hai, 3-6-24 08:10\nBình Phước 31°C / 30°C - 33°C Icon thời tiết mưa\nHà Nội 24 °C\n"
        "Theo dõi Báo Bình Phước trên\nnull Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 12\n"
        "Sáng 2/6, Huyện ủy tổ chức hội nghị."
    )
    assert find_title(page).value == "Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 12"


def test_headline_after_labels_and_proposed_when_missing() -> None:
    page = parse_page("CÔNG TÁC ĐẢNG\nHội nghị Ban Chấp hành Đảng bộ quận lần thứ 5\nSáng 3/3/2020, Quận ủy họp.")
    assert find_title(page).value == "Hội nghị Ban Chấp hành Đảng bộ quận lần thứ 5"
    lead_only = find_title(parse_page("Chiều ngày 12/6, Đảng ủy xã Tân Lập tổ chức hội nghị sơ kết công tác tháng 5."))
    assert lead_only.value.startswith("Đảng ủy xã Tân Lập tổ chức hội nghị") and lead_only.review
