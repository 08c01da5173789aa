"""Officials are people (issue 16): homonyms apart by today's province, pinned by editors' ids.

The corpus in fixtures/homonyms: Nguyễn Văn Hùng in Nghệ An (2 articles, and one in Hà Tĩnh
pinned to him by id), Đồng Nai (1) and Gia Lai (2, one with its own id), plus one article without
a province; Trần Thị Lan in Hà Giang 2023 and Tuyên Quang 2025 (one province since July 2025) and
in Hà Nội; Lê Minh Tuấn in Quảng Ninh and, pinned by id, in Lào Cai, and in the article without a
province (his name has one person: his page, no review item).
"""

from __future__ import annotations

import io
import re
import shutil
import unicodedata
import xml.dom.minidom
from pathlib import Path

import pytest
from site_helpers import FIXTURES, Built, build, internal_links, settings_for

from bantin.check import run_check
from bantin.content import Article, LocalityRef, OfficialMention, PartialDate, pack_body
from bantin.site import build_site

HOMONYMS = FIXTURES / "homonyms"
HUNG_PAGES = {  # page -> the articles it lists
    "nguyen-van-hung-nghe-an": {"hung-nghe-an-1", "hung-nghe-an-2", "hung-ha-tinh"},
    "nguyen-van-hung-dong-nai": {"hung-dong-nai"},
    "nguyen-van-hung-gia-lai": {"hung-gia-lai-1", "hung-gia-lai-2"},
    "tran-thi-lan-tuyen-quang": {"lan-ha-giang", "lan-tuyen-quang"},
    "tran-thi-lan-ha-noi": {"lan-ha-noi"},
    "le-minh-tuan": {"tuan-quang-ninh-1", "tuan-quang-ninh-2", "tuan-lao-cai", "khong-ro-tinh"},
}
LISTINGS = {"nguyen-van-hung": ["Đồng Nai", "Gia Lai", "Nghệ An"], "tran-thi-lan": ["Hà Nội", "Tuyên Quang"]}


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Built:
    return build(settings_for(tmp_path_factory.mktemp("people"), content=HOMONYMS))


def text(html: str) -> str:
    return unicodedata.normalize("NFC", " ".join(re.sub(r"<[^>]+>", " ", html).split()))


def section(html: str, heading_id: str) -> str:
    start = html.index(f'id="{heading_id}"')
    return html[start:html.index("</section>", start)]


def articles_in(html: str) -> set[str]:
    return set(re.findall(r'href="(?:\.\./)+tin/([^/"]+)/"', html))


def test_exactly_the_pages_of_people_and_listings(site: Built) -> None:
    assert site.status == 0, site.err
    pages = {p.name for p in (site.output / "can-bo").iterdir() if p.is_dir()}
    assert pages == set(HUNG_PAGES) | set(LISTINGS)
    for key in pages:
        assert (site.output / "can-bo" / key / "feed.xml").is_file()


@pytest.mark.parametrize("key", sorted(HUNG_PAGES))
def test_each_person_page_lists_exactly_their_articles(site: Built, key: str) -> None:
    html = site.page(f"can-bo/{key}/index.html")
    assert articles_in(section(html, "bai-viet")) == HUNG_PAGES[key]
    feed = xml.dom.minidom.parse(str(site.output / "can-bo" / key / "feed.xml"))
    linked = {a.getAttribute("href").rstrip("/").rsplit("/", 1)[-1] for a in feed.getElementsByTagName("link")
              if a.parentNode.tagName == "entry"}
    assert linked == HUNG_PAGES[key]


def test_person_page_names_the_province_and_links_the_namesakes(site: Built) -> None:
    html = site.page("can-bo/nguyen-van-hung-nghe-an/index.html")
    assert "<h1>Nguyễn Văn Hùng (Nghệ An)</h1>" in html
    assert 'href="../../can-bo/nguyen-van-hung/"' in html
    roles = text(section(html, "chuc-vu"))
    assert "Bí thư Huyện ủy" in roles and "Phó Chủ tịch UBND tỉnh" in roles  # before and after the transfer
    assert "Chủ tịch UBND xã" not in roles  # the Đồng Nai namesake's role is not his
    merged = text(site.page("can-bo/tran-thi-lan-tuyen-quang/index.html"))
    assert "Huyện Bắc Mê" in merged and "Tuyên Quang" in merged  # Hà Giang 2023, Tuyên Quang 2025


@pytest.mark.parametrize("key", sorted(LISTINGS))
def test_listing_page_lists_the_people_of_a_name(site: Built, key: str) -> None:
    html = site.page(f"can-bo/{key}/index.html")
    people = section(html, "nguoi-cung-ten")
    shown = re.findall(r'<a href="\.\./\.\./can-bo/([^/]+)/">[^<(]+\(([^)]+)\)</a> <span class="n">(\d+) bài', people)
    assert [province for _, province, _ in shown] == LISTINGS[key]
    assert {k: int(n) for k, _, n in shown} == {k: len(HUNG_PAGES[k]) for k, _, _ in shown}
    if key == "nguyen-van-hung":
        assert "Chủ tịch UBND xã" in people and "Phó Chủ tịch UBND tỉnh" in people  # latest roles
        assert articles_in(section(html, "chua-ro")) == {"khong-ro-tinh"}
    else:
        assert 'id="chua-ro"' not in html


def test_ambiguous_article_links_the_listing_and_is_in_the_review_queue(site: Built, tmp_path: Path) -> None:
    html = site.page("tin/khong-ro-tinh/index.html")
    assert re.search(r'href="\.\./\.\./can-bo/nguyen-van-hung/" data-pagefind-filter="can_bo">Nguyễn Văn Hùng</a> '
                     r'<span class="note">\(cùng tên', html)
    assert 'href="../../can-bo/le-minh-tuan/" data-pagefind-filter="can_bo">Lê Minh Tuấn</a><span' in html
    review = text(site.page("bien-tap/index.html"))
    assert "cùng tên với 3 người" in review and "id: nguyen-van-hung-nghe-an" in review
    out, err = io.StringIO(), io.StringIO()
    assert run_check(settings_for(tmp_path, content=HOMONYMS), out=out, err=err) == 0, err.getvalue()
    queue = out.getvalue()
    assert re.search(r"homonyms/khong-ro-tinh\.md: officials: cùng tên với 3 người: Nguyễn Văn Hùng \(Đồng Nai; "
                     r"Chủ tịch UBND xã; 1 bài\) id: nguyen-van-hung-dong-nai; .*Nghệ An.*chưa rõ", queue), queue
    flagged = sorted(set(re.findall(r"^  homonyms/([^:]+)\.md: officials:", queue, re.M)))
    assert flagged == ["hung-dong-nai", "khong-ro-tinh", "lan-ha-noi"]  # one-article people too; no pinned one
    assert "Lê Minh Tuấn" not in queue


def test_articles_localities_search_filters_and_sitemap_use_the_person(site: Built) -> None:
    article = site.page("tin/hung-gia-lai-2/index.html")
    assert ('href="../../can-bo/nguyen-van-hung-gia-lai/" data-pagefind-filter="can_bo">Nguyễn Văn Hùng (Gia Lai)'
            in article)
    filters = {m for p in (site.output / "tin").glob("*/index.html")
               for m in re.findall(r'data-pagefind-filter="can_bo">([^<]+)<', p.read_text(encoding="utf-8"))}
    assert {f for f in filters if f.startswith("Nguyễn Văn Hùng")} == {
        "Nguyễn Văn Hùng", "Nguyễn Văn Hùng (Nghệ An)", "Nguyễn Văn Hùng (Đồng Nai)", "Nguyễn Văn Hùng (Gia Lai)"}
    locality = site.page("dia-phuong/huyen-chu-se/index.html")
    assert 'href="../../can-bo/nguyen-van-hung-gia-lai/">Nguyễn Văn Hùng (Gia Lai)</a>' in locality
    index = text(site.page("can-bo/index.html"))
    assert "Nguyễn Văn Hùng (Đồng Nai) 1 bài" in index and "Nguyễn Văn Hùng (Nghệ An) 3 bài" in index
    sitemap = site.page("sitemap.xml")
    for key in (*HUNG_PAGES, *LISTINGS):
        assert f"can-bo/{key}/</loc>" in sitemap
    assert all(target.is_file() for _, _, target in internal_links(site.output))


def person(name: str, *roles: str, pin: str | None = None) -> OfficialMention:
    return OfficialMention(name, roles, pin, 9 if pin else 0)


def article(slug: str, province: str | None, *officials: OfficialMention, day: int = 1) -> Article:
    where = LocalityRef(f"Huyện {slug}", "huyện", province) if province else LocalityRef(None, None, None)
    return Article(slug=slug, path=f"{slug}.md", title=slug, date=PartialDate(2024, 1, day), locality=where,
                   officials=officials, author=None, source=None, seed=None, review=(),
                   packed_body=pack_body("Nội dung."))


def pages_of(articles: list[Article]) -> dict[str, tuple[str, ...]]:
    site, problems = build_site(articles)
    assert [p for p in problems if p.severity == "error"] == []
    return {o.link.key: tuple(sorted(o.articles)) for o in site.officials}


def test_a_province_alone_decides_and_no_province_joins_the_only_person() -> None:
    assert pages_of([article("a", "Nghệ An", person("Hồ Văn Nam")), article("b", None, person("Hồ Văn Nam"))]) == {
        "ho-van-nam": ("a", "b")}
    site, _ = build_site([article("a", "Nghệ An", person("Hồ Văn Nam")), article("b", None, person("Hồ Văn Nam"))])
    assert site.flags == {}


def test_an_id_of_the_name_alone_on_its_only_mention_is_fine() -> None:
    assert pages_of([article("a", "Nghệ An", person("Hồ Văn Nam", pin="ho-van-nam"))]) == {"ho-van-nam": ("a",)}


def test_province_form_of_an_id_keeps_working_when_the_name_has_one_person() -> None:
    pinned = article("b", "Hà Tĩnh", person("Hồ Văn Nam", pin="ho-van-nam-nghe-an"))
    assert pages_of([article("a", "Nghệ An", person("Hồ Văn Nam")), pinned]) == {"ho-van-nam": ("a", "b")}


def test_an_id_pins_a_misspelt_name_to_the_person() -> None:
    pages = pages_of([article("a", "Nghệ An", person("Hồ Văn Nam")), article("b", "Đồng Nai", person("Hồ Văn Nam")),
                      article("c", "Hà Tĩnh", person("Hồ Văm Nam", pin="ho-van-nam-nghe-an"))])
    assert pages == {"ho-van-nam-nghe-an": ("a", "c"), "ho-van-nam-dong-nai": ("b",)}


def test_unknown_id_is_an_error_with_file_and_line_and_the_mention_is_placed_by_evidence() -> None:
    site, problems = build_site([article("a", "Nghệ An", person("Hồ Văn Nam")),
                                 article("b", "Nghệ An", person("Hồ Văn Nam", pin="ho-van-nam-nghe-a"))])
    assert [str(p) for p in problems] == [
        'content/b.md:9: officials item 1 (Hồ Văn Nam): id "ho-van-nam-nghe-a" is no person\'s page key; did you '
        "mean ho-van-nam-nghe-an? write the key of the person's page (can-bo/<key>/) or remove the id"]
    assert [(o.link.key, o.articles) for o in site.officials] == [("ho-van-nam", ("a", "b"))]


def test_an_id_naming_a_listing_is_a_review_item() -> None:
    site, problems = build_site([article("a", "Nghệ An", person("Hồ Văn Nam")),
                                 article("b", "Đồng Nai", person("Hồ Văn Nam")),
                                 article("c", None, person("Hồ Văn Nam", pin="ho-van-nam"))])
    assert problems == []
    assert [i.why.split(":")[0] for i in site.flags["c"]] == ["id “ho-van-nam” là trang liệt kê 2 người cùng tên “Hồ "
                                                              "Văn Nam”, không chỉ một người", "cùng tên với 2 người"]
    assert site.namesakes[0].unresolved == ("c",)


def test_check_reports_an_unknown_id_on_its_line(tmp_path: Path) -> None:
    content = tmp_path / "content"
    shutil.copytree(HOMONYMS, content)
    path = content / "tuan-lao-cai.md"
    path.write_text(path.read_text(encoding="utf-8").replace("id: le-minh-tuan", "id: le-minh-tuna"), encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    assert run_check(settings_for(tmp_path / "proj", content=content), out=out, err=err) == 1
    line = path.read_text(encoding="utf-8").splitlines().index("    id: le-minh-tuna") + 1
    assert f'content/tuan-lao-cai.md:{line}: officials item 1 (Lê Minh Tuấn): id "le-minh-tuna" is no person\'s ' \
           "page key; did you mean le-minh-tuan?" in err.getvalue()


def test_a_person_of_one_article_is_a_review_item_until_an_id_confirms_it() -> None:
    nghe_an = [article("a", "Nghệ An", person("Hồ Văn Nam")), article("b", "Nghệ An", person("Hồ Văn Nam"))]
    site, _ = build_site([*nghe_an, article("c", "Đồng Nai", person("Hồ Văn Nam"))])
    assert list(site.flags) == ["c"]
    assert "cùng tên với 1 người ở tỉnh khác: Hồ Văn Nam (Nghệ An" in site.flags["c"][0].why
    site, _ = build_site([*nghe_an, article("c", "Đồng Nai", person("Hồ Văn Nam", pin="ho-van-nam-dong-nai"))])
    assert site.flags == {} and [o.link.key for o in site.officials] == ["ho-van-nam-dong-nai", "ho-van-nam-nghe-an"]
