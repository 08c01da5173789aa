"""Round fifty-two of issue 13's rules, after the first looks of dn2 and dsc2: a site's clock written `Hôm nay,
Chủ nhật ngày 17/01/2021` is the page's date, not the headline or the event's; a hosted blog's footer and sign-up
button are furniture, no writer; a name in capitals right over a lead that the outlet's tag opens (`(GLO)- …`)
signs the article. People are made up; units are real ones of the gazetteer."""

from __future__ import annotations

from bantin.ingest.extract import extract
from tests.ingest_helpers import FILLER

LEAD = f"Chiều 02/7/2018, UBND xã Kim Mỹ tổ chức hội nghị đối thoại với nhân dân. {FILLER * 3}"


def test_a_sites_clock_is_neither_headline_nor_event_date() -> None:
    clock = "Hôm nay, Chủ nhật ngày 17/01/2021"
    found = extract(f"{clock}\n\nTin tức trong Huyện\n\nXã Kim Mỹ tổ chức Hội nghị đối thoại\n\n{LEAD}")
    assert found.title.value == "Xã Kim Mỹ tổ chức Hội nghị đối thoại"
    assert found.date.value == "2018-07-02"


def test_a_hosted_blogs_footer_is_no_writer() -> None:
    footer = "Concevoir un site comme celui-ci avec WordPress.com\nCommencer"
    assert extract(f"Xã Kim Mỹ tổ chức Hội nghị đối thoại\n\n{LEAD}\n\n{footer}").author.value is None


def test_a_name_in_capitals_over_a_tagged_lead_signs_the_article() -> None:
    page = (f"Video Báo Ảnh Báo in Podcast\n\nTRẦN AN\n(GLO)- Sáng 5-2, đoàn công tác đến thăm, chúc Tết cán bộ, "
            f"chiến sĩ Đồn Biên phòng Ia O. {FILLER * 3}")
    assert extract(page).author.value == "TRẦN AN"
