"""End to end: the user's five seeds through `python build.py ingest`, as an editor would see them."""

from __future__ import annotations

import shutil

import pytest
from ingest_helpers import ROOT, articles, body, run_ingest

from bantin.textnorm import tone_key


@pytest.fixture(scope="module")
def ingested(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict]:
    project = tmp_path_factory.mktemp("project")
    shutil.copytree(ROOT / "seeds", project / "seeds")
    done = run_ingest(project / "seeds", project / "content")
    assert done.returncode == 0, done.stderr
    assert "5 new article(s)" in done.stdout
    return articles(project / "content")


def officials(article: dict) -> dict[str, list[str]]:
    return {tone_key(o["name"]): [tone_key(r) for r in o["roles"]] for o in article["officials"]}


def test_every_seed_becomes_one_article(ingested: dict[str, dict]) -> None:
    assert sorted(ingested) == sorted(p.name for p in (ROOT / "seeds").glob("*.txt"))


def test_headline_not_banner_or_date_header(ingested: dict[str, dict]) -> None:
    provincial = ingested["004_65fc4686f071d328.txt"]
    assert provincial["title"] == "Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 15 (khóa XII)"
    assert "PublishingPortal" not in body(provincial["_path"])
    assert "Tăng cỡ chữ" not in body(provincial["_path"])


def test_officials_with_roles_before_and_after_names(ingested: dict[str, dict]) -> None:
    visit = officials(ingested["002_c7dd85cabd1964fe.txt"])
    assert visit[tone_key("Hà Đức Minh")] == [tone_key("Bí thư Huyện ủy Si Ma Cai")]
    assert visit[tone_key("Phạm Toàn Thắng")] == [tone_key("Trưởng Ban Tổ chức Tỉnh ủy")]
    assert len(visit[tone_key("Đặng Xuân Phong")]) == 3
    # place names that look like names are not people; neither is the byline
    assert not {tone_key(n) for n in ("Si Ma Cai", "Bắc Hà", "Mường Khương", "Vũ Chiến")} & set(visit)


def test_abbreviated_and_damaged_roles_kept_as_written(ingested: dict[str, dict]) -> None:
    meeting = ingested["000_eb62d7e6ae33968b.txt"]
    roles = officials(meeting)[tone_key("Nguyễn Trọng Hài")]
    assert roles == [tone_key("UV BTV Tỉnh uỷ"), tone_key("Phó Chủ tịch UBND tnh")]
    assert "tnh" in meeting["review"]["officials"]["why"]
    assert "ng dụng" in meeting["review"]["body"]["why"]


def test_former_official_and_not_historical_figures(ingested: dict[str, dict]) -> None:
    city = officials(ingested["001_e6a7eaab680102c5.txt"])
    assert city[tone_key("Nguyễn Trường Giang")] == [tone_key("nguyên Phó Chủ tịch UBND thành phố")]
    assert tone_key("Hà Khẩu") not in city
    assert tone_key("Hồ Chí Minh") not in officials(ingested["004_65fc4686f071d328.txt"])


def test_dates_and_their_reasons(ingested: dict[str, dict]) -> None:
    assert ingested["001_e6a7eaab680102c5.txt"]["date"] == "2023-07-04"
    assert "date" not in ingested["001_e6a7eaab680102c5.txt"]["review"]
    inferred = ingested["000_eb62d7e6ae33968b.txt"]
    assert inferred["date"] == "2023-12-11"
    assert "2023" in inferred["review"]["date"]["why"] and "2024" in inferred["review"]["date"]["why"]
    undated = ingested["002_c7dd85cabd1964fe.txt"]
    assert undated["date"] is None and "date" in undated["review"]  # 11/11/2014 is a resolution's date


def test_locality_visited_district_and_unnamed_province(ingested: dict[str, dict]) -> None:
    assert ingested["002_c7dd85cabd1964fe.txt"]["locality"] == {
        "name": "Si Ma Cai",
        "level": "huyện",
        "province": "Lào Cai",
    }
    provincial = ingested["004_65fc4686f071d328.txt"]
    assert provincial["locality"] == {"name": None, "level": "tỉnh", "province": None}
    assert "locality" in provincial["review"]


def test_unit_named_only_by_level_is_taken_from_the_official_and_flagged(ingested: dict[str, dict]) -> None:
    speech = ingested["003_9e44bb76478aa60b.txt"]
    assert speech["locality"]["name"] == "Sa Pa" and speech["locality"]["level"] == "thị xã"
    assert "Phan Đăng Toàn" in speech["review"]["locality"]["why"]


def test_byline_and_source(ingested: dict[str, dict]) -> None:
    visit = ingested["002_c7dd85cabd1964fe.txt"]
    assert (visit["author"], visit["source"]) == ("Vũ Chiến", "baolaocai.vn")
    meeting = ingested["000_eb62d7e6ae33968b.txt"]
    assert (meeting["author"], meeting["author_org"]) == ("Lê Hưng", "Trung tâm VH, TT - TT thị xã")


def test_body_is_clean_markdown(ingested: dict[str, dict]) -> None:
    text = body(ingested["000_eb62d7e6ae33968b.txt"]["_path"])
    for furniture in ("anh tin bai", "Đăng nhập", "Đang online", "Tin tức", "1 2 3", "Lê Hưng ("):
        assert furniture not in text
    assert not text.startswith("Với chủ đề")  # the headline repeated as the first sentence is dropped
    assert text.startswith("Đó là nội dung chính")
    assert "*Các địa biểu tham dự Hội nghị*" in text  # a caption, with the writer's typo kept
    visit = body(ingested["002_c7dd85cabd1964fe.txt"]["_path"])
    assert "IMG_8684.JPG" not in visit and "*Quang cảnh buổi làm việc.*" in visit
    assert "## 13/22 nhóm mục tiêu đạt từ 100% trở lên" in visit


def test_seed_hash_recorded(ingested: dict[str, dict]) -> None:
    for article in ingested.values():
        assert len(article["seed_sha256"]) == 64
