"""find_headline: which line of a page's top is the headline, past labels, banners, slogans,
captions and link lists; None when the page opens with its lead or a caption."""

from __future__ import annotations

import re

from . import knowledge
from . import patterns as pt
from .banners import (
    BANNER,
    ENGLISH_BANNER,
    ORGAN_BANNER,
    OUTLET_NAME,
    PORTAL_PAGE,
    SLOGAN,
    department_name_only,
    glued_crumbs,
    last_crumb,
)
from .captions import (
    BYLINE_CAPS,
    CAPTION_OPENERS,
    INLINE_CREDIT,
    OFFICE_HEADLINE,
    PERSON_CAPTION,
    PERSON_LINE,
    PHOTO_POSITION,
    SCENE_CAPTION,
    caption_like,
    office_and_name,
)
from .fused import fused_capitals, fused_dateline, fused_headline, fused_lead
from .headstamps import MAX_HEADLINE, stamp_right_under, stamped_below, titled_below
from .leadwords import lead_words, shared
from .lines import Line


def _is_label(text: str) -> bool:
    """A section label or breadcrumb above the headline (`CÔNG TÁC ĐẢNG`, `đảng - đoàn thể`)."""
    n = pt.words(text)
    letters = [ch for ch in text if ch.isalpha()]
    if (pt.SECTION_LABEL.match(text) and n <= 12) or n <= 3:
        return True
    return (n <= 7 and bool(letters) and all(ch.isupper() for ch in letters)) or (n <= 6 and text[:1].islower())


def _is_banner(text: str, rest: list[tuple[Line, str]]) -> bool:
    """A portal's banner or slogan line above the headline: all capitals with a headline after it, or
    the outlet's English name."""
    if BANNER.match(text) or ENGLISH_BANNER.match(text):
        return True
    letters = [ch for ch in text if ch.isalpha()]
    if not letters or not all(ch.isupper() for ch in letters):
        return False
    # (`• Xem với cỡ chữ`, `•`: a toolbar's items under the headline, and `Kinh tế`, a section's name, say nothing)
    said = (line.text for line, kind in rest if kind == "text" and not _toolbar_item(line.text))
    following = next((text for text in said if text.strip().lower() not in knowledge.section_names()), "")
    return bool(following) and not following.isupper() and not _lead_like(following) and pt.words(following) >= 4


def _toolbar_item(text: str) -> bool:
    item = pt.BULLET.sub("", text).strip()
    return item != text.strip() and (not item or pt.is_furniture(item))


_SECTION_PARTS = re.compile(r"\s+[-–|/]\s+|\s{2,}")  # `Thời Sự - Chính trị   Nhân sự mới`


def _short_before_headline(text: str, rest: list[tuple[Line, str]]) -> bool:
    """`Thời sự Chính trị`, `Chính trị - Xây dựng Đảng` or a motto (`Đoàn kết - Dân chủ - Kỷ cương - …`)
    above a longer headline is a section name or a slogan, not the headline."""
    parts = _SECTION_PARTS.split(text)
    sections = len(parts) > 1 and all(pt.words(part) <= 4 and part[:1].isupper() for part in parts)
    if (sum(map(pt.words, parts)) if sections else pt.words(text)) > (10 if sections else 5):
        return False
    # (past a supra-title: `Chủ tịch UBND tỉnh:` over the headline)
    following = next((line.text for line, kind in rest if kind == "text" and not line.text.endswith(":")), "")
    return 6 <= pt.words(following) <= 60 and not _lead_like(following) and not following.isupper()


def _lead_like(text: str) -> bool:
    body = pt.DATELINE.sub("", text, count=1)
    n = pt.words(text)
    sentence = ". " in text or text.rstrip().endswith((".", "…"))
    # (`Đây là điểm nhấn của chương trình …`: a sentence that points back at what came before it)
    # (`(QNO) - Trước diễn biến … phòng chống.`: a sentence an outlet's tag opens is the lead; `(PLO)- <headline>`)
    tagged = body != text and sentence
    return bool(tagged or pt.LEAD_START.match(body) or _POINTS_BACK.match(body)) or n > 80 or (n > 30 and sentence)


_POINTS_BACK = re.compile(r"(?:đây là|đó là|điều này|việc này|theo đó|trước đó|bên cạnh đó)\b", re.I)


def find_headline(
    content: list[tuple[Line, str]], stamps: frozenset[int] = frozenset()
) -> tuple[Line | None, str, int, list[Line]]:
    """(headline line, lead text left after a fused headline, index where the body starts, extra
    head lines such as a top byline); `stamps`: the numbers of the page's date lines."""
    extra: list[Line] = []
    after_photo = False
    links = 0
    for index, (line, kind) in enumerate(content):
        value = line.text.strip(" |")  # `| Toàn cảnh Đại hội …. |`: a caption in a table cell
        if kind == "placeholder":
            after_photo = True
            extra.append(line)
            continue
        if (
            after_photo
            and (caption_like(value) or value.endswith(".") or line.text.startswith("|"))  # (`| <caption> |`)
            and not content[index - 1][0].text.startswith("<")
        ):
            return None, "", index, extra  # a photo and its caption open the page: no headline line
        after_photo = False
        if pt.BULLET.match(value) or pt.PHOTO_CREDIT.match(value) or _is_banner(value, content[index + 1 :]):
            extra.append(line)
            continue
        # (`hoạt động mttq và các đoàn thể xã hội`: a section's label in lower case; `Báo Dân tộc và Phát triển`:
        # an outlet's name; no headline of the labelled sets opens in lower case or is an outlet's name alone)
        if (value[:1].islower() or OUTLET_NAME.match(value)) and index + 1 < len(content):
            extra.append(line)
            continue
        if _LINK_ITEM.search(value) and index + 1 < len(content):
            links += 1
            extra.append(line)  # `Bộ X: … -` / `Đà Nẵng thống nhất … -`: a list of links to other articles
            continue
        if links >= 2:
            links = 0
            extra.append(line)  # the list's last item has no dash after it
            continue
        # `11H38: KỲ HỌP …`, `Bí thư Tỉnh ủy Nguyễn Văn A`, `A (thứ 5 từ phải qua) tặng hoa …`: a live entry, a caption
        if _LIVE_ENTRY.match(value) or office_and_name(value) or _SALUTATION.match(value) or PHOTO_POSITION.search(
            value
        ):
            return None, "", index, extra
        if last_crumb(value, content[index + 1][0].text if index + 1 < len(content) else ""):
            extra.append(line)  # `1. Tin tức / 2. Tin kinh tế xã hội / 3. <headline>` over `<headline>`: a breadcrumb
            continue
        if _printed_twice(value, content[index + 1 :]):
            return line, "", index + 2, extra  # `<headline> / <headline>`: the page prints it twice (a caption)
        if _short_and_repeated(value, content[index + 1 :]):
            extra.append(line)  # `Tài nguyên - Môi trường` twice: a section's name over the headline
            continue
        fused = fused_headline(value) or fused_lead(value) or fused_dateline(value) or fused_capitals(value)
        if fused:
            return Line(line.number, fused[0]), fused[1], index, extra
        # (`“A cần phát huy …; xây dựng … kiểu mẫu."`: a quoted sentence ends inside its quotes)
        sentence = value.rstrip("”\"’ ").endswith(".") and pt.words(value) > MAX_DOTTED_HEADLINE
        if sentence and stamped_below(content, index + 1, stamps) and (
            pt.words(content[index + 1][0].text) <= MAX_HEADLINE
        ):  # `<summary>. / <headline> / Thứ ba, 20:02, 23/09/2025 / <lead>`: a standfirst above the headline
            return content[index + 1][0], "", index, extra  # (the summary stays in the body)
        if sentence and titled_below(content, index, stamps):
            extra.append(line)  # `<portal's motto>. / Thứ sáu, 07 Tháng 9 2018 14:58 / <headline> / <lead>`
            continue
        short = pt.words(value) <= MAX_LABEL_WORDS and (
            _headline_over_lead(content[index + 1 :], repeated=True) or _headline_over_stamp(content, index + 1, stamps)
        )
        if (short or _SECTION_WITH_LIST.match(value)) and index + 1 < len(content):
            extra.append(line)  # `Đại biểu nhân dân với cử tri`, `kiểm tra tiến độ`: a section or tag over the headline
            continue
        if _stamped_headline_below(content, index, stamps):
            extra.append(line)  # `<special page's name> / Thời sự / <headline> / A - 16:51, 21/01/2021`
            continue
        if caption_like(value) and value.endswith(".") and _headline_over_lead(content[index + 1 :]):
            extra.append(line)  # a photo's caption over the headline and its dated lead
            continue
        # (`Tỉnh ủy-HĐND- UBND- …: Trao quà trung thu …`: an organ, then the headline, is no caption; `… Ảnh: X`:
        # a caption that says so, whose next line may be the headline)
        run_opener = not (OFFICE_HEADLINE.match(value) or _KICKER.match(value) or INLINE_CREDIT.search(value))
        if caption_like(value) and _caption_follows(content[index + 1 :]) and run_opener:
            # (`Đồng chí Phó Bí thư … chúc tết …` over `Đồng chí A, … phát biểu`: a headline, then a caption)
            return None, "", index, extra  # a run of photo captions opens the page: no headline line
        if sentence and not _dotted_headline_over_lead(value, content[index + 1 :]):
            return None, "", index, extra  # a sentence, not a headline: the page opens with its lead
        # (`<headline>.` / `14/09/2025 - 15:51`: the page's stamp under a caption-like line makes it the headline)
        stamped = stamp_right_under(content, index, stamps, adjacent=True)
        stamped = stamped and not value.lower().startswith(CAPTION_OPENERS)
        caption = caption_like(value) and value.endswith(".") and not stamped
        if pt.STANDFIRST.match(value) or _lead_like(value) or caption:
            return None, "", index, extra  # the lead, a standfirst or a photo caption opens the page
        # (`CHÀO MỪNG NGÀY “NHÀ GIÁO VIỆT NAM”` / `2024-11-21 11:46:00.0`: capitals the page's stamp follows are its
        # headline; `PNAT BAN PC MOI NHAT (7)`, with no Vietnamese letter, is a photo's file name)
        headline_caps = stamped and pt.words(value) > 3 and not value.isascii() and not pt.SECTION_LABEL.match(value)
        label = _is_label(value) and not headline_caps
        if (label or _short_before_headline(value, content[index + 1 :])) and index + 1 < len(content):
            extra.append(line)
            continue
        if _SIGNED_LINE.match(value) and index + 1 < len(content):
            extra.append(line)  # `Quỳnh Nga (Trung tâm cung ứng dịch vụ công xã …)`: the writer and their office
            continue
        if INLINE_CREDIT.search(value) and index + 1 < len(content):
            extra.append(line)  # a photo caption above the headline or the lead
            continue
        if _repeated_below(value, content[index + 1 :]):
            extra.append(line)  # a tag page's topic (`Đường liên kết vùng X`) that the headline below repeats
            continue
        if (value.endswith(":") or SLOGAN.match(value) or PORTAL_PAGE.match(value)) and _headline_follows(
            content[index + 1 :]
        ):  # `Kỳ họp thứ 5, HĐND tỉnh … khóa X:` is a supra-title over the headline
            extra.append(line)
            continue
        if (ORGAN_BANNER.match(value) or department_name_only(value)) and index + 1 < len(content):
            extra.append(line)  # `UBND xã Nhơn Trạch`, `Hội đồng nhân dân thành phố …`: the site's name, no headline
            continue
        if (
            _headline_over_lead(content[index + 1 :])
            and not stamp_right_under(content, index, stamps, adjacent=True)
            and not _tells_more_of_lead(value, content[index + 1 :])
        ):
            extra.append(line)  # a portal's motto or a supra-title: the headline is the line right over the lead
            continue  # (`<headline> / Thứ hai - 30/06/2025 14:51 / <sapo title> / <lead>`: the stamped one is)
        if _unrelated_to_lead(value, content[index + 1 :]):
            extra.append(line)  # `Sức sống cơ sở`, `Đại biểu tham dự chương trình`: a section or a caption, no headline
            continue
        if pt.words(value) <= 60:
            return line, "", index + 1, extra
        return None, "", index, extra
    return None, "", len(content), extra


_LINK_ITEM = re.compile(r"\S\s+[-–]$")
# a writer's name, then the office they write for in brackets
_SIGNED_LINE = re.compile(
    r"^(?:[A-ZĐÀ-Ỹ][a-zà-ỹđ]+\s){1,3}[A-ZĐÀ-Ỹ][a-zà-ỹđ]+\s*"
    r"\((?i:[^()]*\b(?:trung tâm|ban|phòng|báo|đài|ubnd|hội|văn phòng|cổng)\b[^()]*)\)$"
)
_KICKER = re.compile(r"^(?!(?:ảnh|photo|nguồn)\b)[^:]{3,60}:\s+[A-ZĐÀ-Ỹ]", re.I)
MAX_LABEL_WORDS = 8  # a section name or tag over the headline
MAX_DOTTED_HEADLINE = 18  # a headline that ends in a full stop is short; a longer one is a sentence
# `Tin Tổng Hợp ( Chính trị, Thanh tra, Nhà nước, Pháp Luật)`: a section and its sub-sections
_SECTION_WITH_LIST = re.compile(r"^[^()]{2,30}\(\s*[A-ZĐÀ-Ỹ][^()]{0,20}(?:,\s*[A-ZĐÀ-Ỹ][^(),]{0,20}){2,}\)$")
# a speech's salutation: `Kính thưa Chủ tọa kỳ họp;`, `Thưa các vị đại biểu!`
_SALUTATION = re.compile(r"^[“\"‘'(]*\s*(?:kính thưa|thưa)\s", re.I)  # (a speech quoted: `“Thưa …`)
# a live report's time-stamped entry: `11H38: KỲ HỌP KẾT THÚC PHIÊN LÀM VIỆC BUỔI SÁNG`
_LIVE_ENTRY = re.compile(r"^\d{1,2}\s*[hH:]\s*\d{2}\s*:\s")
MAX_SECTION_PART_WORDS = 3


def _section_name(text: str) -> bool:
    """`Tài nguyên - Môi trường`, `Thời sự`: a section's name, in short capitalised parts."""
    parts = _SECTION_PARTS.split(text.strip())
    return pt.words(text) <= 2 or (
        len(parts) > 1 and all(pt.words(part) <= MAX_SECTION_PART_WORDS and part[:1].isupper() for part in parts)
    )


def _short_and_repeated(text: str, rest: list[tuple[Line, str]]) -> bool:
    following = rest[0][0].text if rest and rest[0][1] == "text" else ""
    return _section_name(text) and following.strip().casefold() == text.strip().casefold() != ""


def _printed_twice(text: str, rest: list[tuple[Line, str]]) -> bool:
    following = rest[0][0].text if rest and rest[0][1] == "text" else ""
    return (
        3 <= pt.words(text) <= MAX_HEADLINE
        and not _section_name(text)  # (`Tài nguyên - Môi trường` twice: a section's name)
        and following.strip().casefold() == text.strip().casefold()
        and not _lead_like(text)
        and not pt.opens_with_date(text)  # (a lead printed twice is still the lead)
        and not INLINE_CREDIT.search(text)  # (`<caption>. Ảnh: X` twice: the headline comes after)
    )


def _caption_follows(rest: list[tuple[Line, str]]) -> bool:
    following = next((line.text for line, kind in rest if kind == "text"), "")
    return (
        bool(following)
        and caption_like(following)
        and pt.words(following) <= 30
        and not _lead_like(following)
        and not pt.SENTENCE_END.search(following)
    )


def _repeated_below(text: str, rest: list[tuple[Line, str]]) -> bool:
    """A line that the next, longer headline-like line contains word for word (or, cut short with `...` after a
    breadcrumb, its last words: `Trang chủNewsVăn hóa - Xã hộiLai Châu tổ chức … ở xã có...`)."""
    following = next((line.text for line, kind in rest if kind == "text"), "")
    said = " ".join(text.rstrip(".… ").split()[-5:]) if text.rstrip().endswith(("...", "…")) else text.strip()
    if glued_crumbs(text, following):
        return _headline_follows(rest)  # `Trang chủNewsThời sựKhánh thành …` over `Khánh thành …`: a breadcrumb
    return (
        pt.words(said) >= 3
        and pt.words(following) > pt.words(said)
        and f" {said.casefold()} " in f" {following.casefold()} "
        and _headline_follows(rest)
    )


def _headline_over_stamp(content: list[tuple[Line, str]], index: int, stamps: frozenset[int]) -> bool:
    """`<section> / <headline> / HT 08/01/2023 00:00 / <lead>`: content line `index` is the headline when the
    page's timestamp (with its byline, if any; page.py reads it) comes right under it."""
    if index + 1 >= len(content) or not _headline_follows(content[index:]):
        return False
    below = content[index + 1][0]
    return below.number in stamps


def _stamped_headline_below(content: list[tuple[Line, str]], index: int, stamps: frozenset[int]) -> bool:
    """Whether, past short labels, a line two or three lines down is the headline the page's stamp follows,
    while content line `index` has none under it: the page's headline is that one."""
    stamped_next = index + 1 < len(content) and content[index + 1][0].number in stamps
    if stamped_next or stamped_below(content, index + 1, stamps):
        return False
    if _topics_twice(content, index) and stamp_right_under(content, index + 2, stamps, adjacent=True):
        return True  # `<topics A B C> / <topics B C> / <headline> / <stamp>`: a list of topic links printed twice
    for ahead in (2, 3):
        between = content[index + 1 : index + ahead]
        if any(kind != "text" or pt.words(line.text) > MAX_LABEL_WORDS for line, kind in between):
            return False
        if index + ahead < len(content) and _headline_over_stamp(content, index + ahead, stamps):
            return True
    return False


def _topics_twice(content: list[tuple[Line, str]], index: int) -> bool:
    """Line `index` ends with all of the next (a strip of topic links printed twice) over a headline-like line."""
    this, after = (content[n][0].text.strip().casefold() if n < len(content) else "" for n in (index, index + 1))
    return pt.words(after) >= 4 and this.endswith(f" {after}") and _headline_follows(content[index + 2 :])


def _headline_over_lead(rest: list[tuple[Line, str]], repeated: bool = False) -> bool:
    """Whether the next line is a headline with the lead right under it (`<motto> / <headline> / Ngày 2/6,
    UBND xã …`): the line over it is then no headline."""
    texts = [line.text for line, kind in rest if kind == "text"][:3]
    again = repeated and len(texts) > 1 and texts[1].casefold() == texts[0].casefold()
    if len(texts) > 2 and (BYLINE_CAPS.match(texts[1]) or again):
        del texts[1]  # `<headline> / MAI LÂM / (GLO)- Ngày 10-2, …`: a byline (or the headline again) before the lead
    if len(texts) < 2 or not _headline_follows(rest):
        return False
    headline, lead = texts[:2]
    return (
        pt.words(headline) >= 5
        and not headline.startswith(".")  # (`. Trao quyết định …`: a caption's tail)
        and not (headline.endswith("|") and not headline.startswith("|"))  # (`… UBND tỉnh mới |`: a link's cell)
        and not (caption_like(headline) and headline.endswith("."))
        and not PERSON_LINE.match(headline)
        and not PERSON_CAPTION.match(headline)
        and not SCENE_CAPTION.match(headline)
        and not _SIGNED_LINE.match(headline)  # (`<headline> / Quỳnh Nga (Trung tâm …) / (Baothanhhoa.vn) - Chiều …`)
        and pt.opens_with_date(lead)
    )


MAX_DOTTED_OVER_LEAD = 30


def _dotted_headline_over_lead(text: str, rest: list[tuple[Line, str]]) -> bool:
    """`Đồng chí Bí thư huyện ủy … tại xã Nghi Phong.` over `Sáng ngày 24/12, …`: one sentence right over a
    dated lead is the headline, though it ends in a full stop."""
    lead = next((line.text for line, kind in rest if kind == "text"), "")
    return (
        pt.words(text) <= MAX_DOTTED_OVER_LEAD
        and ". " not in text.rstrip(". ")
        and pt.opens_with_date(lead)
        and not _said_again(text, lead)
    )


def _said_again(text: str, lead: str) -> bool:
    """`TPHCM chủ động … trong những ngày tới.` over a lead that ends `… về việc chủ động … trong những ngày tới.`:
    a summary the lead then says word for word (all but its first two words)."""
    words = text.rstrip(". ").split()
    return len(words) > MAX_DOTTED_HEADLINE and " ".join(words[2:]).casefold() in lead.casefold()


MAX_UNRELATED_WORDS = 6
LINES_TO_LEAD = 4

def _unrelated_to_lead(text: str, rest: list[tuple[Line, str]]) -> bool:
    """A short line over the lead that shares no word with it, or fewer than a line between them: a headline
    names what its lead tells (`Sức sống cơ sở / Văn hóa phố phường / Tặng sân chơi cho thiếu nhi / Sáng …`)."""
    if pt.words(text) > MAX_LABEL_WORDS:
        return False
    texts = [line.text for line, kind in rest if kind == "text"][:LINES_TO_LEAD]
    at = next((i for i, line in enumerate(texts) if pt.opens_with_date(line) or _lead_like(line)), None)
    if at is None:
        return False
    told = lead_words(texts[at])
    common = shared(text, told)
    if at == 0:
        return common == 0 and pt.words(text) <= MAX_UNRELATED_WORDS
    rivals = [line for line in texts[:at] if 3 <= pt.words(line) <= MAX_HEADLINE]
    return common <= 1 and any(shared(line, told) >= common + 2 for line in rivals)


def _tells_more_of_lead(text: str, rest: list[tuple[Line, str]]) -> bool:
    """`<headline> / Người khuyết tật Tin từ thiện / Sáng …`: a line the lead under the next tells far more of."""
    below, lead = [*[line.text for line, kind in rest if kind == "text"][:2], "", ""][:2]
    return shared(text, told := lead_words(lead)) >= 2 * shared(below, told) + 3


def _headline_follows(rest: list[tuple[Line, str]]) -> bool:
    following = next((line.text for line, kind in rest if kind == "text"), "")
    return (
        3 <= pt.words(following) <= 40
        and not _lead_like(following)
        and not following.endswith(":")
        and (pt.words(following) <= MAX_DOTTED_HEADLINE or not pt.SENTENCE_END.search(following))
    )
