"""Homonyms in the browser (issue 16): from an article that does not say which Nguyễn Văn Hùng it
means, to the listing of the people of that name, to one of them; axe-clean at 1280 px and no
sideways scrolling at 375 px on the listing and person pages."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from browser_helpers import ARTIFACTS, NARROW, WIDE, Tab, need_axe, serving
from playwright.sync_api import Browser
from test_browser_reading import follow, heading, serious_axe_violations

from tests.site_helpers import FIXTURES, build, settings_for

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def people_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    result = build(settings_for(tmp_path_factory.mktemp("people-site"), content=FIXTURES / "homonyms"))
    assert result.status == 0, result.err
    with serving(result.output) as url:
        yield url


def open_at(browser: Browser, width: int) -> Tab:
    context = browser.new_context(viewport={"width": width, "height": 900}, locale="vi-VN", service_workers="block")
    context.route("**/favicon.ico", lambda route: route.fulfill(status=204))
    return Tab(context.new_page())


def test_ambiguous_article_to_listing_to_person(browser: Browser, people_url: str) -> None:
    tab = open_at(browser, WIDE)
    page = tab.page
    try:
        page.goto(people_url + "tin/khong-ro-tinh/")
        follow(page, ".facts a:has-text('Nguyễn Văn Hùng')")
        assert page.url == people_url + "can-bo/nguyen-van-hung/"
        assert heading(page) == "Nguyễn Văn Hùng"
        people = page.locator("section[aria-labelledby=nguoi-cung-ten] li > a").all_inner_texts()
        assert people == ["Nguyễn Văn Hùng (Đồng Nai)", "Nguyễn Văn Hùng (Gia Lai)", "Nguyễn Văn Hùng (Nghệ An)"]
        assert page.locator("section[aria-labelledby=chua-ro] .story-title").all_inner_texts() == [
            "Hội nghị cán bộ chủ chốt"]
        follow(page, "section[aria-labelledby=nguoi-cung-ten] a:has-text('Nghệ An')")
        assert heading(page) == "Nguyễn Văn Hùng (Nghệ An)"
        assert sorted(page.locator("section[aria-labelledby=bai-viet] .story-title").all_inner_texts()) == [
            "Huyện Quỳnh Lưu tổng kết công tác xây dựng Đảng", "Hà Tĩnh giao ban công tác dân vận",
            "Quỳnh Lưu triển khai nhiệm vụ quý IV"]
        assert not tab.failures and not tab.errors
    finally:
        page.context.close()


@pytest.mark.parametrize("address", ["can-bo/nguyen-van-hung/", "can-bo/nguyen-van-hung-nghe-an/",
                                     "tin/khong-ro-tinh/"])
def test_people_pages_axe_clean_and_narrow(browser: Browser, people_url: str, address: str) -> None:
    axe = need_axe()
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    for width in (WIDE, NARROW):
        tab = open_at(browser, width)
        try:
            response = tab.page.goto(people_url + address)
            assert response is not None and response.status == 200
            tab.page.screenshot(path=str(ARTIFACTS / f"people-{address.strip('/').replace('/', '-')}-{width}.png"),
                                full_page=True)
            if width == WIDE:
                assert serious_axe_violations(tab.page, axe) == []
            else:
                overflow = tab.page.evaluate(
                    "document.documentElement.scrollWidth - document.documentElement.clientWidth")
                assert overflow <= 0, f"{address} scrolls sideways by {overflow}px at {width}px"
            assert tab.failures == [] and tab.errors == []
        finally:
            tab.page.context.close()
