"""Where each piece of a page's text stands for the locality tally: the headline, the lead (the paragraph that
reports, past a standfirst, a summary or photo captions over it), the paragraph after it, and the body."""

from __future__ import annotations

import re

from .captions import caption_like
from .page import Page, paragraphs
from .patterns import STANDFIRST, opens_with_event_time
from .places import find_mentions


def page_segments(page: Page) -> list[tuple[str, str]]:
    """The page's text as (where, text) pieces the locality tally weighs: the headline (`title`), the paragraph
    that reports (`lead`, found past a standfirst, a summary or photo captions), the next (`second`), the rest."""
    paras = paragraphs(page)
    if paras and STANDFIRST.match(paras[0]):  # a parenthesised standfirst introduces, the lead reports
        paras = paras[1:] + paras[:1]
    elif dated := _dated_lead(paras):
        paras = [paras[dated], *paras[:dated], *paras[dated + 1 :]]
    segments = []
    if page.title:
        title = page.title.text
        tag, colon, rest = title.partition(":")
        if colon and len(tag.split()) <= 5 and rest.strip() and find_mentions(rest):
            segments.append(("second", tag))  # `TP.Thuận An: Đảng bộ phường Thuận Giao …`: the tag is the parent
            title = rest
        segments.append(("title", title))
    segments += [("lead", p) for p in paras[:1]] + [("second", p) for p in paras[1:2]]
    rest = [b.text for b in page.blocks if b.text not in paras[:2]]
    # lines over the headline (a portal's page title `Chi tiết bài viết - Xã A - …`) weigh as the body does
    segments += [("body", t) for t in rest] + [("body", line.text) for line in page.head_extra]
    return segments


# an outlet's tag before a news site's standfirst: `(ĐCSVN) – Sau hơn 1 tháng …`, `GD&TĐ - Việc gắn biển …`
_TAGGED_STANDFIRST = re.compile(r"^(?:\([^()]{2,40}\)|[A-ZĐ][A-ZĐ0-9.&]{1,20})\s*[-–—]\s")
MAX_CAPTION_WORDS = 30
# photo captions credited `. Ảnh: A` over the lead
_CAPTION_CREDIT = re.compile(r"[.!]\s+(?:ảnh|photo)\s*:\s*[^.;:()]{1,30}$", re.I)


def _dated_lead(paras: list[str]) -> int | None:
    """The paragraph that reports when the page opens with something else: a summary, then `Chiều 5-3, …`; photo
    captions credited `. Ảnh: A` over the lead (0 or None: the first paragraph is the lead)."""
    if len(paras) > 1 and not opens_with_event_time(paras[0]) and (dated := _dated_after_summary(paras)):
        return dated
    if paras and _CAPTION_CREDIT.search(paras[0]):
        return next((i for i, p in enumerate(paras[:4]) if opens_with_event_time(p)), None)
    return None


def _dated_after_summary(paras: list[str]) -> int | None:
    """The paragraph after a summary that opens with the event's time: the next one, or, after an outlet's tagged
    standfirst, the one after a photo's short caption printed once or twice (`Lãnh đạo tỉnh dự lễ … ngày 8/5.`)."""
    if opens_with_event_time(paras[1]):
        return 1
    if not _TAGGED_STANDFIRST.match(paras[0]):
        return None
    for index, text in enumerate(paras[1:4], 1):
        if opens_with_event_time(text):
            return index
        if not caption_like(text) or len(text.split()) > MAX_CAPTION_WORDS:
            return None
    return None

