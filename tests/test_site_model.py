"""The site model on articles written here: identity of people and places, order, time."""

from __future__ import annotations

import unicodedata
from dataclasses import replace

from bantin.adminunits import province_today
from bantin.content import Article, LocalityRef, OfficialMention, PartialDate, pack_body
from bantin.site import build_site
from bantin.vietnamese import date_long, date_short, initial, name_key, text_key

Where = tuple[str | None, str | None, str | None]


def article(slug: str, date: PartialDate | None = None, place: Where = (None, None, None),
            officials: tuple[tuple[str, tuple[str, ...]], ...] = (), title: str = "") -> Article:
    return Article(slug=slug, path=f"{slug}.md", title=title or f"Bài {slug}", date=date,
                   locality=LocalityRef(*place), officials=tuple(OfficialMention(n, r) for n, r in officials),
                   author=None, source=None, seed=None, review=(),
                   packed_body=pack_body("Một đoạn văn đủ dài để làm tóm tắt cho bài."))


D = PartialDate
SA_PA = ("Sa Pa", "thị xã", "Lào Cai")


def test_tone_placement_and_unicode_form_make_one_official() -> None:
    nfd = unicodedata.normalize("NFD", "Phan Đăng Toàn")
    site, _ = build_site([
        article("a", D(2022, 12, 15), SA_PA, (("Phan Đăng Toàn", ("Bí thư Thị uỷ",)),)),
        article("b", D(2023, 12, 11), SA_PA, ((nfd, ("Bí thư Thị ủy", "Chủ tịch HĐND thị xã")),)),
    ])
    assert [o.link.key for o in site.officials] == ["phan-dang-toan"]
    toan = site.officials[0]
    assert toan.articles == ("b", "a")
    roles = {r.role: (r.first, r.last, r.articles) for r in toan.roles}
    assert len(roles) == 2  # "Bí thư Thị uỷ" and "Bí thư Thị ủy" are one role
    secretary = next(r for r in toan.roles if r.role.startswith("Bí thư"))
    assert (secretary.first, secretary.last, secretary.articles) == (D(2022, 12, 15), D(2023, 12, 11), ("a", "b"))


def test_role_dates_mix_month_only_and_full_dates() -> None:
    person = (("Lò Văn Tư", ("Bí thư",)),)
    site, _ = build_site([article("a", D(2023, 3), SA_PA, person), article("b", D(2023, 3, 9), SA_PA, person),
                          article("c", None, SA_PA, person)])
    role = site.officials[0].roles[0]
    assert (role.first, role.last, role.articles) == (D(2023, 3), D(2023, 3, 9), ("b", "a", "c"))


def test_aliases_merge_spellings_under_the_editors_name() -> None:
    site, _ = build_site([
        article("a", D(2023, 1, 2), SA_PA, (("Hoàng M. Bình", ()),)),
        article("b", D(2023, 1, 3), SA_PA, (("Hoàng Minh Bình", ()),)),
    ], {"Hoàng Minh Bình": ("Hoàng M. Bình",)})
    assert [(o.link.key, o.link.name, o.articles) for o in site.officials] == [
        ("hoang-minh-binh", "Hoàng Minh Bình", ("b", "a"))]
    assert site.entry("a").mentions[0].official.name == "Hoàng Minh Bình"


def test_articles_newest_first_month_only_after_days_undated_last() -> None:
    site, _ = build_site([article("undated"), article("month", D(2024, 3)), article("day", D(2024, 3, 5)),
                          article("old", D(2022, 1, 1)), article("b-same", D(2024, 3, 5))])
    assert [e.slug for e in site.entries] == ["b-same", "day", "month", "old", "undated"]


def test_timeline_groups_years_months_and_keeps_honest_places() -> None:
    site, _ = build_site([article("undated"), article("month", D(2024, 3)), article("day", D(2024, 3, 5)),
                          article("old", D(2022, 12, 15))])
    tl = site.timeline
    assert [y.year for y in tl.years] == [2022, 2024]
    march = tl.years[1].months[0]
    assert (march.dated, march.month_only, march.count) == (("day",), ("month",), 2)
    assert tl.undated == ("undated",)
    assert [year for year, _ in tl.chart()] == [2022, 2023, 2024]
    assert tl.chart()[2][1][2] == 2


def test_unnamed_locality_goes_to_the_unknown_place() -> None:
    site, _ = build_site([article("tinh", D(2024, 4, 8), (None, "tỉnh", None)), article("sp", D(2023, 1, 1), SA_PA)])
    assert site.entry("tinh").place.key == "chua-xac-dinh"
    assert not site.entry("tinh").place.known
    assert [loc.place.key for loc in site.localities] == ["thi-xa-sa-pa", "chua-xac-dinh"]
    assert [g.province for g in site.provinces] == ["Lào Cai"]


def test_locality_without_province_joins_its_only_known_province() -> None:
    site, _ = build_site([article("a", D(2023, 1, 1), SA_PA), article("b", D(2023, 1, 2), ("Sa Pa", "thị xã", None))])
    assert [(loc.place.key, loc.articles) for loc in site.localities] == [("thi-xa-sa-pa", ("b", "a"))]


def test_same_name_in_two_provinces_are_two_places() -> None:
    site, _ = build_site([article("a", D(2023, 1, 1), ("Tân Lập", "xã", "Phú Thọ")),
                          article("b", D(2023, 1, 2), ("Tân Lập", "xã", "Thái Nguyên"))])
    assert sorted(loc.place.key for loc in site.localities) == ["xa-tan-lap-phu-tho", "xa-tan-lap-thai-nguyen"]


def test_related_prefers_shared_officials_then_same_place() -> None:
    person = (("Lò Văn Tư", ("Bí thư",)),)
    site, _ = build_site([
        article("a", D(2023, 1, 1), SA_PA, person),
        article("b", D(2023, 2, 1), ("Bát Xát", "huyện", "Lào Cai"), person),
        article("c", D(2023, 3, 1), SA_PA), article("d", D(2023, 4, 1), ("Mường Khương", "huyện", "Lào Cai"))])
    assert site.related["a"] == ("b", "c")
    assert site.related["d"] == ()


def test_duplicate_slugs_are_renumbered_not_dropped() -> None:  # issue 14: no article lost to its slug
    first, second = article("x"), article("x")
    second = replace(second, path="sub/x.md")
    site, problems = build_site([first, second])
    assert sorted(e.slug for e in site.entries) == ["x", "x-2"]
    assert site.by_slug["x"].article.path == "sub/x.md" and site.by_slug["x-2"].article.path == "x.md"  # by path
    assert "content/x.md" in str(problems[0]) and "sub/x.md" in str(problems[0]) and "tin/x-2/" in str(problems[0])
    assert problems[0].severity == "warning"


def test_vietnamese_name_order() -> None:
    names = ["Phan Đăng Toàn", "Đinh Quốc Anh", "Ánh Văn Ân", "Trần Văn Bắc", "Hoàng Minh Bình", "Lê Văn Đức",
             "Lê Văn Dũng", "Nguyễn Thị Ánh", "Lò Thị Mai", "Vũ Văn Ba", "Vũ Văn Bà", "Vũ Văn Bá"]
    assert sorted(names, key=name_key) == [
        "Đinh Quốc Anh", "Nguyễn Thị Ánh", "Ánh Văn Ân", "Vũ Văn Ba", "Vũ Văn Bà", "Vũ Văn Bá", "Trần Văn Bắc",
        "Hoàng Minh Bình", "Lê Văn Dũng", "Lê Văn Đức", "Lò Thị Mai", "Phan Đăng Toàn"]
    assert sorted(["ơ", "o", "ô", "đ", "d", "e"], key=text_key) == ["d", "đ", "e", "o", "ô", "ơ"]
    assert initial("Ánh Văn Ân") == "Â" and initial("Lê Văn Đức") == "Đ"


def test_dates_read_the_vietnamese_way() -> None:
    assert date_long(D(2023, 12, 11)) == "Thứ Hai, 11/12/2023"
    assert date_long(D(2023, 12)) == "tháng 12/2023"
    assert date_short(D(2022, 12, 15)) == "15/12/2022"
    assert date_long(None) == "chưa rõ ngày"


def test_province_today_after_2025_and_no_guess() -> None:
    assert province_today("Yên Bái") == "tỉnh Lào Cai"
    assert province_today("Bắc Kạn") == "tỉnh Thái Nguyên"
    assert province_today("Lào Cai") == "tỉnh Lào Cai"
    assert province_today("Sa Pa") is None  # a district, not a province: no guess
    assert province_today("Không Có Tỉnh Này") is None
    assert province_today(None) is None


def test_a_new_unit_shows_the_old_one_the_articles_name() -> None:
    new = Article(slug="m", path="m.md", title="Bài m", date=D(2025, 8, 2),
                  locality=LocalityRef("Phú An", "xã", "Hồ Chí Minh", "huyện Bến Cát"), officials=(),
                  author=None, source=None, seed=None, review=(),
                   packed_body=pack_body("Một đoạn văn đủ dài để làm tóm tắt cho bài."))
    site, _ = build_site([new])
    place = site.localities[0].place
    assert place.former == "huyện Bến Cát" and place.province_today is None
