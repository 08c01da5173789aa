"""find_byline: the writer (a person) and the credited source (an outlet), top or bottom."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..textnorm import tone_key
from . import gazetteer, knowledge
from . import patterns as pt
from .found import Found, nothing
from .page import Line, Page
from .tokens import tokenize
from .units import cut_units

_NAME_WORD = r"[^\W\d_][^\W\d_'’]*"
_INITIAL = r"[A-ZĐ]\.\s*"  # `M. TRƯỜNG`, `T.Huy`
_PERSON = rf"(?:{_INITIAL})?(?:{_NAME_WORD})(?:\s+{_NAME_WORD}){{0,4}}"
_BYLINE = re.compile(
    rf"^(?P<name>{_PERSON}(?:\s*(?:[-–—,&]|\bvà\b)\s*{_PERSON})?)\s*(?:\((?P<org>[^()]{{2,80}})\))?\s*\.?$"
)
_LABELLED_AUTHOR = re.compile(
    r"^(?:bài(?:\s*(?:và|,|\+|&|-|–)\s*ảnh)?|tin(?:\s*(?:và|,|\+|&|-|–)\s*ảnh)?|bài viết|tác giả|nhóm phóng viên|"
    r"phóng viên|pv|ghi chép|thực hiện|bt|btv|biên tập|t/h|tổng hợp)\s*:\s*(?P<name>[^;|]+?)"
    r"\s*(?:\((?:t/h|th|tổng hợp)\))?\s*(?:[;|,-]\s*(?:ảnh|video|đồ họa)\s*:.*)?\.?$",
    re.I,
)
_SOURCE = re.compile(
    r"^[(\[]?\s*(?P<label>theo|nguồn tin|nguồn)\s*:?\s+(?P<what>[^()\[\]]{2,80}?)\s*[)\]]?\s*\.?$", re.I
)
_ORG_HEADS = (
    "báo",
    "đài",
    "trung tâm",
    "văn phòng",
    "ban ",
    "phòng ",
    "cổng",
    "tạp chí",
    "ubnd",
    "hđnd",
    "sở ",
    "huyện ủy",
    "huyện uỷ",
    "thành ủy",
    "thành uỷ",
    "tỉnh ủy",
    "tỉnh uỷ",
    "đảng ủy",
    "đảng uỷ",
    "thông tấn",
    "truyền hình",
    "ttxvn",
    "vov",
    "vtv",
    "bộ ",
    "cục ",
    "hội ",
    "liên đoàn",
    "ủy ban",
    "uỷ ban",
    "mặt trận",
    "công an",
    "bộ chỉ huy",
    # (a school by its kind, not `Trường Giang`, a pen name)
    *(f"trường {kind}" for kind in ("th ", "mn ", "thcs", "thpt", "tiểu học", "mầm non", "trung học", "phổ thông",
                                    "ptdt", "đại học", "cao đẳng", "trung cấp", "chính trị", "quân sự", "bồi dưỡng")),
)
_OUTLET = re.compile(r"^(?:[\w-]+\.)+(?:vn|com|net|org|gov\.vn|com\.vn)$|^[A-ZĐ]{2,8}$", re.I)


@dataclass(frozen=True)
class Byline:
    author: Found[str]
    author_org: Found[str]
    source: Found[str]


# bylines that name no person: a reporter, a team, the newsroom
_NOT_A_PERSON = re.compile(
    r"^(?:pv|ptv|btv|ctv|nhóm pv|nhóm phóng viên|phóng viên|tòa soạn|ban biên tập|tin|bài"
    r"|audio|video|podcast|clip|infographic|emagazine|copy link|sao chép liên kết|chia sẻ|share|in bài)\.?$",
    # (a player's, a section's or a share button's label)
    re.I
)


# `Ông Trương Cảnh T…`, `Bà Hoàng Thị Tố Nga (thứ 4 từ phải qua)`: a person spoken of, not a writer
_SPOKEN_OF = re.compile(r"^(?:ông|bà|đồng chí|đ/c)\s", re.I)


def _is_person(text: str, labelled: bool = False) -> bool:
    """`labelled`: written after `Bài:`, `Tin, ảnh:`, which say a person follows (`TRƯỜNG NGUYÊN` is no school)."""
    if _SPOKEN_OF.match(text.strip()):
        return False
    words = re.sub(rf"^{_INITIAL}", "", text.strip()).replace("–", " ").replace("-", " ").replace(",", " ").split()
    # (`T.Nhân-N.Triều`: two writers, each name's first word cut to its initial)
    words = [re.sub(r"^[A-ZĐ]\.(?=[A-ZĐÀ-Ỹ])", "", w) for w in words if w.lower() != "và"]
    first = words[0] if words else ""
    # (`N. NGA`, `P. MAI`: an initial, then a given name in capitals, is a writer; `P.NCC` an office's tag;
    # `Tin, ảnh: MQ`: a writer's initials after a writer's label)
    initialled = re.match(_INITIAL, text.strip()) is not None and _VOWEL.search(first) is not None
    signed_initials = initialled or (labelled and len(first) <= MAX_LABELLED_INITIALS)
    if len(words) == 1 and first.isupper() and len(first) <= 6 and first.isascii() and not signed_initials:
        return False  # `HYTV`, `BLC`: an outlet's initials, not a pen name
    if _broadcast_desk(text):
        return False
    return (
        1 <= len(words) <= 8
        and not _NOT_A_PERSON.match(text.strip())
        and all(w[:1].isupper() and w.replace("'", "").isalpha() for w in words)
        and (labelled or not text.lower().startswith(_ORG_HEADS))
        and not pt.is_furniture(text)
        and not _opens_with_title(text)
    )


_VOWEL = re.compile(r"[aeiouy]", re.I)
MAX_LABELLED_INITIALS = 2  # `Tin, ảnh: MQ` is a writer's; `Tin, ảnh: TTXVN` an agency's


def _opens_with_title(text: str) -> bool:
    """`Phó Bí` (a line cut in `Phó Bí thư …`), `Chủ tịch UBND`: an office's words, not a pen name."""
    units = cut_units(tokenize(text))  # (in capitals `TRƯỜNG` may read as `Trưởng`: such bylines are names)
    return bool(units) and units[0].kind == "title" and not text.isupper()


MAX_SIGNED_OFFICE_WORDS = 8
MAX_SIGNED_NAME_WORDS = 4


def _office_alone(text: str) -> bool:
    """`Bí thư Chi bộ Các cơ quan Đảng`: one short office and nothing else (not `Phó bí thư …, chủ tịch UBND xã đã
    trình …`, a sentence)."""
    return _opens_with_title(text) and "," not in text and len(text.split()) <= MAX_SIGNED_OFFICE_WORDS


# `VOV Tây Bắc`, `VTV Huế`: a broadcaster's acronym and its regional desk (no surname is written in capitals
# without a diacritic before a given name in lower case letters)
_ACRONYM = re.compile(r"[A-ZĐ]{3,6}")


def _broadcast_desk(text: str) -> bool:
    words = text.split()
    return (
        len(words) > 1
        and bool(_ACRONYM.fullmatch(words[0]))
        and words[1][:1].isupper()
        and words[1][1:].islower()
        and tone_key(words[0]) not in knowledge.surnames()[1]
    )


def _is_org(text: str) -> bool:
    return text.lower().startswith(_ORG_HEADS) or bool(_OUTLET.match(text.strip())) or _broadcast_desk(text)


# what a `Theo …` sentence starts with when it cites a document or a person's words, not an outlet
_CITED_NOT_OUTLET = re.compile(
    r"^(?:kế hoạch|quyết định|nghị quyết|nghị định|thông tư|chỉ thị|báo cáo|tờ trình|thông báo|công văn|"
    r"đề án|chương trình|quy định|luật|hướng dẫn|ý kiến|đồng chí|ông|bà|lãnh đạo|đại diện)\b",
    re.I,
)


def _names_outlet(text: str) -> bool:
    """`Theo` + an outlet: a domain, an organ (`Báo Lào Cai`), or a short capitalised name (`Dân trí`)."""
    return _is_org(text) or (
        text[:1].isupper() and len(text.split()) <= 5 and "," not in text and not _CITED_NOT_OUTLET.match(text)
    )


def _once(text: str) -> str:
    """`LÊ VĂN NGỌC LÊ VĂN NGỌC`: a byline printed twice on one line, once."""
    words = text.split()
    half = len(words) // 2
    return " ".join(words[:half]) if len(words) % 2 == 0 and half and words[:half] == words[half:] else text


def _read_line(line: Line) -> tuple[str, str, str, str] | None:
    """(kind, value, org, text) for a byline-ish line: kind is author, source or None."""
    # (`A - B/DIENBIENTV.VN`; `An Thượng |`: a table cell's bar after the name)
    text = _OUTLET_TAG.sub("", _once(_without_glued_furniture(line.text.strip(" |"))))
    text = _COLLABORATOR.sub("", text)  # `CTV Hoài Thương - Huyện ủy Cam Lâm`: the writer after their label
    if pt.PHOTO_CREDIT.match(text) or pt.is_furniture(text):
        return None
    match = _LABELLED_AUTHOR.match(text)
    if match:  # `Tin, ảnh: Minh Chuyên (Mèo Vạc)`: the writer, then where they write from
        name, _, where = match["name"].partition("(")
        if not _is_person(name, labelled=True):
            # (`Tác giả: Lò Văn Nguyên, Công chức Văn hoá xã`, `Thực hiện: Lê Ngọc Tân - Trưởng Ban …`: the writer,
            # then the post)
            # (`Tin & ảnh: Ngọc - Thúy, Ban Chính sách Pháp luật`: two writers, then their office)
            before_comma = name.split(",")[0]
            name = before_comma if _is_person(before_comma, labelled=True) else re.split(r"\s[-–]\s", before_comma)[0]
        if _is_person(name, labelled=True) and (not where or where.rstrip().endswith(")")):
            return "author", name.strip(), where.strip().rstrip(")").strip(), text
    signed = _SIGNED_FOR.match(text)  # `Dương Văn Lợt – Trung tâm Kiểm soát bệnh tật tỉnh Kon Tum`
    # (`Đỗ Thuần – Bí thư Chi bộ Các cơ quan Đảng`: the writer, then the office they write from)
    signed_for = signed and (_names_organisation(signed["org"]) or _office_alone(signed["org"]))
    if signed_for and _is_person(signed["name"]) and not _dateline_place(signed["name"]):
        return "author", signed["name"].strip(), signed["org"].strip(), text
    stamped = _STAMPED.match(text)
    if stamped and _is_person(stamped["name"]) and not _dateline_place(stamped["name"]):
        return "author", stamped["name"].strip(), "", text  # `Tú Uyên Thứ bảy, ngày 11/10/2025 08:39 GMT+7`
    match = _SOURCE.match(text)
    if match:
        what = match["what"].strip().rstrip(".")
        signed = _SIGNED_FOR.match(what)  # `Nguồn tin: Nguyễn Thịnh – Đài Điện Biên Đông`: the writer and the outlet
        if match["label"].lower() != "theo" and signed and _is_org(signed["org"]) and _is_person(signed["name"]):
            return "author", signed["name"].strip(), signed["org"].strip(), text
        name, comma, org = what.partition(",")  # `Nguồn tin: Lan Anh, Đài TT – TH Điện Biên Đông`
        if match["label"].lower() != "theo" and comma and _is_org(org.strip()) and _is_person(name):
            return "author", name.strip(), org.strip(), text
        if match["label"].lower() != "theo" and _is_person(what) and not _OUTLET.match(what):
            return "author", what, "", text
        if match["label"].lower() == "theo" and not _names_outlet(what):
            return None  # `Theo đó, …`, `Theo tờ trình …`: a sentence, not a credit
        return "source", what, "", text
    match = _BYLINE.match(text)
    if match and _is_person(match["name"]):
        org = (match["org"] or "").strip()
        unit = _UNIT_AFTER_NAME.match(match["name"].strip())
        if unit and _dateline_place(unit["name"]):
            return None  # `Hà Nội – TTXVN`: a dateline, not a writer
        if unit:  # `Viết Quang - VPHU Phú Vang`: the writer, then the office it writes for
            return "author", unit["name"].strip(), org or unit["unit"], text
        return "author", match["name"].strip(), org, text
    unit = _UNIT_AFTER_NAME.match(text)  # `Phùng Vị – HND tỉnh`: the writer, then the office's acronym
    if unit and _is_person(unit["name"]) and not _dateline_place(unit["name"]):
        return "author", unit["name"].strip(), unit["unit"].strip(), text
    if _INITIALS.match(text) and not _NOT_A_PERSON.match(text.replace(".", "")):
        return "author", text, "", text  # `H.N.`, `K.N`: a writer's initials on a line of their own
    if len(text.split()) <= 12 and _is_org(text) and not pt.SENTENCE_END.search(text.rstrip(".")):
        # (`CỔNG THÔNG TIN ĐIỆN TỬ …` in the footer: the site's own name, no credited origin)
        return None if _SITE_NAME.match(text) else ("source", text.rstrip("."), "", text)
    return None


# a writer's name, then the page's date stamp on the same line (`Văn Thiện 17:04 29/06/2025`)
_DATE_STAMP = rf"(?:{pt.TIME}\s+)?{pt.DATE_NUMERIC}(?:\s*,?\s*{pt.TIME})?(?:\s*\(?gmt\s*[+-]\s*\d{{1,2}}\)?)?"
# (the page reader may already have taken the date away: `Tú Uyên Thứ bảy, ngày`)
_STAMPED = re.compile(
    rf"^(?P<name>{_PERSON}(?:\s*[-–]\s*{_PERSON})?)\s+"
    rf"(?:{pt.WEEKDAY}\s*,?\s*(?:ngày)?\s*(?:{_DATE_STAMP})?|(?:ngày\s+)?{_DATE_STAMP})$",
    re.I,
)
_COLLABORATOR = re.compile(r"^(?:CTV|PV)\s+(?=[A-ZĐÀ-Ỹ])(?![A-ZĐ]{2})")  # (a collaborator's, a reporter's label)
_SITE_NAME = re.compile(r"^(?:cổng|trang)\s+thông\s+tin\b", re.I)
_OUTLET_TAG = re.compile(r"/[A-ZĐ][A-ZĐ0-9.\-]{1,30}$")
_INITIALS = re.compile(r"^[A-ZĐ]\.\s?[A-ZĐ](?:\.\s?[A-ZĐ])?\.?$")
# (`Trương Lượng – Trung tâm TT -VH -TT`: an office's name may hold spaced hyphens)
_SIGNED_FOR = re.compile(r"^(?P<name>[^–—-]+?)\s*[-–—]\s*(?P<org>[^–—-]+(?:\s+-\s*[^–—\s-][^–—-]*)*)$")
# a title-case name, a dash, then an office's acronym (`VPHU`, `TTVH`) and its place
_UNIT_AFTER_NAME = re.compile(r"^(?P<name>(?:[A-ZĐÀ-Ỹ][a-zà-ỹđ]+\s?){1,4}?)\s*[-–]\s*(?P<unit>[A-ZĐ]{3,8}\b.*)$")
_TWO_NAMES = re.compile(r"^[^\W\d_]+(?:\s[^\W\d_]+){1,3}\s[-–&]\s[^\W\d_]+(?:\s[^\W\d_]+){1,3}$")


def _rejoined(lines: tuple[Line, ...]) -> list[Line]:
    """`Vũ Thắng -` / `Hồng Ngọc`: a byline of two writers that the page breaks after its dash."""
    joined: list[Line] = []
    for line in lines:
        if joined and joined[-1].text.rstrip()[-1:] in "-–—&":
            joined[-1] = Line(joined[-1].number, f"{joined[-1].text.rstrip()} {line.text.strip()}")
        else:
            joined.append(line)
    return joined


_LINKS_HEADING = re.compile(
    r"(?:các\s+)?(?:tin|bài)(?:\s+tức|\s+viết)?\s+(?:khác|liên quan|cùng chuyên mục)|xem thêm", re.I
)
_GLUED = re.compile(r"^(?P<byline>.*[a-zà-ỹđ])(?P<rest>[A-ZĐ][^A-ZĐ].*)$")


def _without_glued_furniture(text: str) -> str:
    """`Mỹ HạnhTin tức khác`: a byline the scrape glued to the link list's heading after it."""
    glued = _GLUED.match(text)
    if glued and (pt.is_furniture(glued["rest"]) or _LINKS_HEADING.match(glued["rest"])):
        return glued["byline"]
    return text


def _marked_byline(text: str) -> bool:
    """A paragraph that says it is a byline: labelled (`Tin, ảnh: A`), signed for an organisation
    (`A – Trung tâm Y tế huyện`) or glued to the heading of a list of links (`Mỹ HạnhTin tức khác`)."""
    signed = _SIGNED_FOR.match(text)
    return bool(
        _LABELLED_AUTHOR.match(text)
        or (signed and len(signed["name"].split()) <= 4 and _names_organisation(signed["org"]))
        or _without_glued_furniture(text) != text
    )


def _names_organisation(text: str) -> bool:
    """`Trung tâm Kiểm soát bệnh tật tỉnh Kon Tum`, not a second writer (`Trường Giang`) or initials (`TX`)."""
    words = text.split()
    return _is_org(text) and len(words) >= 3 and any(word.islower() for word in words)


def _dateline_place(name: str) -> bool:
    """`Hà Nội 12/03/2025`: a province or district before a date is a dateline (communes share pen names)."""
    return any(unit.level not in gazetteer.COMMUNE_LEVELS for unit in gazetteer.lookup(name))


def _runs_on(page: Page, line: Line) -> bool:
    """Whether the page's next line goes on with the same sentence (it opens in lower case or a digit)."""
    following = next((later for later in page.lines if later.number > line.number), None)
    return following is not None and (following.text.lstrip()[:1].islower() or following.text.lstrip()[:1].isdigit())


# (`(GLO)-`, `(Baothanhhoa.vn) -`)
_TAGGED_LEAD = re.compile(r"^\((?:[A-ZĐ0-9 .]{2,12}|[\w-]+(?:\.[\w-]+)*\.vn)\)\s*[-–]")


def find_byline(page: Page, capped: bool = False) -> Byline:
    """`capped`: the text stops at the scraper's size limit, so its last line may be cut short."""
    author: Found[str] = nothing()
    org: Found[str] = nothing()
    source: Found[str] = nothing()
    # the lines a bare name signs from: right over the page's stamp (`Nguyễn Thuấn / 02/02/2026, 21:00`), or right
    # over a lead the outlet's tag opens (`PHƯƠNG DUNG / (GLO)- …`)
    signing = {stamp.line.number - 1 for stamp in page.header_dates}
    if page.blocks and _TAGGED_LEAD.match(page.blocks[0].text):
        signing.add(page.blocks[0].line - 1)
    candidates = [(line, True) for line in _rejoined(page.tail)] + [
        (line, line.number in signing and len(line.text.split()) >= 2) for line in page.head_extra
    ]  # (`Main` over the stamp: a menu's word)
    for block in page.blocks[:2]:
        words = len(block.text.split())
        pair = _TWO_NAMES.match(block.text)  # `THANH HUYỀN - VĨNH THÀNH`: two writers, not a subhead
        signs = _BYLINE.match(block.text)  # `Quỳnh Nga (Trung tâm cung ứng dịch vụ công xã …)`: a long office
        signed = signs is not None and bool(signs["org"]) and len(signs["name"].split()) <= MAX_SIGNED_NAME_WORDS
        if (words <= 8 or signed) and (not block.text.isupper() or words <= 3 or pair):  # (`NGỌC TRÂM`, not a subhead)
            candidates.append((Line(block.line, block.text), True))
    # (`Tin, ảnh: VŨ ĐÌNH ĐÔNG` between two articles of one page: a labelled byline wherever it stands)
    candidates += [(Line(b.line, b.text), True) for b in page.blocks[2:] if _marked_byline(b.text)]
    others: list[str] = []  # further person bylines: a page that carries a second article's
    for line, plain_names in candidates:
        read = _read_line(line)
        if read is None or (not plain_names and read[3] == line.text.strip() and _BYLINE.match(read[3])):
            continue
        kind, value, affiliation, text = read
        if kind == "author" and not author.empty and value != author.value:
            others.append(value)
        if kind == "author" and author.empty:
            cut = capped and page.lines and line.number == page.lines[-1].number
            if cut and len(value.split()) == 1 and not _LABELLED_AUTHOR.match(text):
                continue  # `Để`: one word where the page stops is a sentence cut short, not a pen name
            if len(value.split()) == 1 and _runs_on(page, line):
                continue  # `Giám` / `đốc Sở …`: a hard-wrapped sentence's first word, not a pen name
            why = f"dòng cuối “{text}” có thể bị cắt: bài dừng ở giới hạn độ dài" if cut else ""
            if not why and text.strip() == value and gazetteer.is_province(value):  # (a related item's heading)
                why = f"dòng “{text}” không có nhãn tác giả và trùng tên tỉnh: có thể không phải bút danh"
            author = Found(value, text, why)
            if affiliation:
                org = Found(affiliation, text)
        elif kind == "source" and source.empty:
            source = Found(value, text)
    if others and not author.review:
        shown = "”, “".join([author.value or "", *others])
        author = Found(author.value, author.text, f"trang có nhiều dòng ký tên (“{shown}”): có thể có bài khác")
    return Byline(author, org, source)
