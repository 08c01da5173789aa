"""End to end on the committed content/ (issue 5's acceptance); skipped until ingest has written it."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace
from pathlib import Path

import pytest
from site_helpers import PROJECT, Built, build

from bantin import config
from bantin.content import content_files


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Built:
    if len(content_files(PROJECT / "content")) < 5:
        pytest.skip("content/ has not been ingested yet")
    settings = replace(config.load(PROJECT), output_dir=str(tmp_path_factory.mktemp("content") / "output"))
    return build(settings)


def text(html: str) -> str:
    return unicodedata.normalize("NFC", " ".join(re.sub(r"<[^>]+>", " ", html).split()))


def test_committed_content_builds(site: Built) -> None:
    assert site.status == 0, site.err


def test_phan_dang_toan_lists_both_sa_pa_articles_with_roles(site: Built) -> None:
    page = text(site.page("can-bo/phan-dang-toan/index.html"))
    assert "Bí thư Thị" in page and "2022" in page and "2023" in page
    assert len(re.findall(r'href="\.\./\.\./tin/', site.page("can-bo/phan-dang-toan/index.html"))) >= 2


def test_sa_pa_page_lists_two_articles_both_on_phan_dang_toans_page(site: Built) -> None:
    sa_pa = site.page("dia-phuong/thi-xa-sa-pa/index.html")
    assert "2 bài" in text(sa_pa)
    articles = set(re.findall(r'<h3 class="story-title"><a href="\.\./\.\./(tin/[^"]+)"', sa_pa))
    assert len(articles) == 2
    toan = site.page("can-bo/phan-dang-toan/index.html")
    assert all(f'href="../../{a}"' in toan for a in articles)


def test_timeline_runs_from_2022_12_15_to_2024_04_08(site: Built) -> None:
    page = text(site.page("dong-thoi-gian/index.html"))
    first, last = page.find("15/12/2022"), page.find("08/04/2024")
    assert 0 <= first < last


def test_article_without_province_sits_in_an_honest_place(site: Built) -> None:
    assert (Path(site.output) / "dia-phuong/chua-xac-dinh/index.html").is_file()
