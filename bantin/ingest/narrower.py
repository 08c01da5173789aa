"""Which unit inside the one the tally prefers an article may be about: a commune its lead addresses in the
district, the one commune a provincial delegation visits or tells of, communes held as venues, a round-up of units of
one level, a district's successor on the new map, the old-map unit a new one is said to come from; each returns units
(level, name) for locality.py to choose or flag."""

from __future__ import annotations

import re

from ..textnorm import tone_key
from . import gazetteer
from .mentioncontext import in_a_title
from .places import find_mentions
from .provinceof import era_of
from .provincewide import (
    DELEGATES_AND_FRONT,
    ORGANISER,
    SENTENCE_BREAK,
    is_whole_province,
    opening_sentences,
    units_inside,
)
from .unittally import Tally


def communes_addressed_in(
    named: dict[tuple[str, str], Tally],
    district: tuple[str, str],
    owner: str | None,
    when: str | None,
    anywhere: bool = False,
) -> list[tuple[str, str]]:
    """Communes of the headline or lead (`anywhere`: of the whole page) written with the district as their address
    (`xã Y, huyện X`, `… (thôn 5, xã Y, X)`) that the map puts in the district's province `owner`."""
    if owner is None:
        return []
    name = named[district].name
    smaller = [(k[0], named[k].name) for k in named if k[0] in gazetteer.COMMUNE_LEVELS
               and (anywhere or named[k].strong) and _addressed_to(named[k].after, district, name)]
    return units_inside(owner, smaller, era_of(when))


def _addressed_to(after: str, district: tuple[str, str], name: str) -> bool:
    """Whether the words after a commune are the district's name as its address: `, huyện X`, ` (X)`, or with
    the level abbreviated (`xã Xuân Lâm TX Sông Cầu`)."""
    first = next(iter(find_mentions(after[:60])), None)
    written_there = first is not None and first.start <= 2 and not first.organ  # (not `, Huyện đoàn X tổ chức`)
    if written_there and (first.level, tone_key(first.name or "")) == district:
        return True
    written = (tone_key(f"{district[0]} {name}"), tone_key(name))
    return tone_key(re.sub(r"[^\w\s]", " ", after)).strip().startswith(written)


# who attends, not who acts: `Tham dự còn có đại diện lãnh đạo UBND xã A`, `Dự buổi lễ có …`
GUESTS = re.compile(r"\b(?:tham dự|dự (?:buổi|lễ|hội nghị|đại hội|chương trình)|cùng dự|đại diện)\b[^.;:]{0,60}$", re.I)

def commune_rival(
    named: dict[tuple[str, str], Tally], best_key: tuple[str, str], rivals: list[tuple[str, str]], when: str | None
) -> tuple[str, str] | None:
    """The one commune inside the province (or the district's province) that rivals it in the headline or lead, not
    one of several (`tại hai xã A và B`) nor a guest's: the more specific unit the article tells of
    (`Chủ tịch UBND tỉnh X … làm việc tại xã Y`, `Tại huyện A, … thăm … xã B`)."""
    chosen = named[best_key]
    if len(rivals) != 1:
        return None
    rival = named[rivals[0]]
    if rivals[0][0] not in gazetteer.COMMUNE_LEVELS or rival.several or rival.guest or not rival.strong:
        return None
    era = era_of(when)
    if is_whole_province(best_key[0], chosen.name):
        return rivals[0] if units_inside(chosen.name, [(rivals[0][0], rival.name)], era) else None
    if gazetteer.TIER.get(best_key[0]) != "district":
        return None
    provinces = set(gazetteer.provinces_of(chosen.name, best_key[0], era))
    return rivals[0] if provinces & set(gazetteer.provinces_of(rival.name, rivals[0][0], era)) else None


def lone_commune_told(
    named: dict[tuple[str, str], Tally], province_key: tuple[str, str], inside: list[tuple[str, str]], lead: str = ""
) -> tuple[tuple[str, str], str] | None:
    """`Lãnh đạo tỉnh kiểm tra sạt lở …; xã Y …`: of the units the article names `inside` the province, the one, when
    it is a commune the headline or lead tells of in its own right (not only as a venue, not inside an office title,
    not one of several, not among the guests); with the reason an editor reads."""
    if len(inside) != 1 or inside[0][0] not in gazetteer.COMMUNE_LEVELS:
        return None
    key = (inside[0][0], tone_key(inside[0][1]))
    told = named.get(key)
    if told is None or not told.strong or told.guest or told.several:
        return None
    # (a rural commune named only as the venue: where a provincial leader went, unless a provincial body holds it)
    only_venue = told.venue or not told.plain
    if only_venue and (key[0] != "xã" or _provincial_body_acts(opening_sentences(lead), named[province_key].name)):
        return None
    province = f"{province_key[0]} {named[province_key].name}"
    return key, f"bài nêu {province} và chỉ một đơn vị bên trong, {key[0]} {told.name}: chọn đơn vị này"


def venues_inside(named: dict[tuple[str, str], Tally], owner: str | None, when: str | None) -> list[tuple[str, str]]:
    """Communes the lead names as where the event takes place (`tại ấp Sơn Long xã Sơn Định, Hội Nông dân huyện
    X tổ chức …`) that the map puts in the province `owner`: the event may be the commune's."""
    if owner is None:
        return []
    venues = [
        (k[0], named[k].name) for k in named if k[0] in gazetteer.COMMUNE_LEVELS and named[k].lead and named[k].venue
    ]
    return units_inside(owner, venues, era_of(when))


def other_commune_in_lead(lead: str, chosen: str) -> str:
    """`… xã Tân Đông, huyện Tân Châu và … xã Suối Đá, huyện Dương Minh Châu`: a lead that names another commune
    may be about them all (a round-up of visits or gifts), not the first one."""
    other = next((m for m in find_mentions(lead) if m.name and m.level in gazetteer.COMMUNE_LEVELS
                  and tone_key(m.name) != chosen), None)
    return f"sapo còn nêu {other.level} {other.name}: bài có thể nói về nhiều đơn vị" if other else ""


# `Đoàn công tác của TPHCM …`, `… dẫn đầu đoàn công tác TPHCM`: the unit a delegation comes from
# (`Đoàn đại biểu Tỉnh ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam tỉnh Lào Cai`: the bodies a delegation speaks for)
_BODIES = (
    r"(?:t[ỉi]nh [uủ][ỷy]|thành [uủ][ỷy]|hđnd|ubnd|mttq|[uủ][ỷy] ban (?:mttq|mặt trận tổ quốc)(?: việt nam)?)"
)
_DELEGATION_OF = re.compile(
    rf"\bđoàn(?:\s+(?:công tác|đại biểu|lãnh đạo))?(?:\s+của)?(?:\s*,?\s*(?:và\s+)?{_BODIES})*\s+$"
    r"|\bđoàn cán bộ\b[^.;:]{0,60}\s$",  # (`Đoàn cán bộ tuyên giáo và dân vận, báo chí - xuất bản TPHCM`)
    re.I,
)
_VISITS = re.compile(r"\b(?:thăm|chúc tết|làm việc|tặng|trao|hỗ trợ|ủng hộ|dâng hương|dâng hoa|viếng)\b", re.I)
_ON_GROUND = re.compile(r"\b(?:trên địa bàn|tại)\s+$", re.I)
DELEGATION_REACH = 100  # characters before the delegation's province read for `Đoàn … của`
# the host's bodies written without the province's name: `… đến thăm, chúc Tết … Tỉnh ủy`
_BARE_HOST = re.compile(r"\b(?:tỉnh [uủ][ỷy]|ubnd tỉnh|hđnd tỉnh|lãnh đạo tỉnh)(?!\s+[A-ZĐÀ-Ỹ])", re.I)


def delegation_visits(lead: str, named: dict[tuple[str, str], Tally], home: tuple[str, str]) -> tuple[str, str] | None:
    """`Đoàn công tác của TPHCM … đã đến thăm, chúc tết … tỉnh Vĩnh Long`: a province's delegation visiting another
    province; the article is about the province visited, not the one the delegation comes from."""
    if not is_whole_province(home[0], named[home].name):
        return None
    mentions = find_mentions(lead)
    origin = next((m for m in mentions if m.name and tone_key(m.name) == home[1]
                   and _DELEGATION_OF.search(lead[max(0, m.start - DELEGATION_REACH) : m.start])), None)
    if origin is None:
        return None
    stop = lead.find(". ", origin.end)
    sentence_end = stop if stop != -1 else len(lead)
    visit = _VISITS.search(lead, origin.end, sentence_end)
    if visit is None:
        return None
    visited = next((m for m in mentions if m.start > visit.end() and m.end <= sentence_end and m.name
                    and tone_key(m.name) != home[1] and is_whole_province(m.level, m.name)), None)
    if visited is None:  # (`Đoàn lãnh đạo tỉnh A … đã đến thăm … trên địa bàn thị xã B`: one place of its own province)
        inside = [m for m in mentions if m.start > visit.end() and m.end <= sentence_end and m.name and not m.organ
                  and not is_whole_province(m.level, m.name) and _ON_GROUND.search(lead, m.start - 16, m.start)]
        visited = inside[0] if len(inside) == 1 else None
    if visited is None and _BARE_HOST.search(lead, visit.end(), sentence_end):
        # (`… đến thăm, chúc Tết … Tỉnh ủy`: the host province left unnamed, the one other the page names)
        hosts = [key for key in named if key[1] != home[1] and is_whole_province(key[0], named[key].name)]
        return hosts[0] if len(hosts) == 1 else None
    key = (visited.level, tone_key(visited.name)) if visited else None
    return key if key in named else None


# `tại Phú Quốc (Kiên Giang)`: a place written bare, with its province in brackets
_PLACE_OF_PROVINCE = re.compile(r"\btại\s+((?:[A-ZĐÀ-Ỹ]\S*\s+){0,3}[A-ZĐÀ-Ỹ][^\s()]*)\s*\(\s*([^()]{2,30}?)\s*\)")


def place_in_brackets(lead: str, level: str, name: str) -> str:
    """`Sáng 31/3, tại Phú Quốc (Kiên Giang), Thủ tướng chủ trì …`: a province chosen where the lead holds the event
    in a place of it written bare; the article may be about that place (its level the text may not say)."""
    if not is_whole_province(level, name):
        return ""
    for match in _PLACE_OF_PROVINCE.finditer(lead):
        if tone_key(match[2]) == tone_key(name) and tone_key(match[1]) != tone_key(name):
            return f"sapo nêu “{match.group()}”: bài có thể nói về {match[1]}, không phải cả {level} {name}"
    return ""


MIN_BODY_WEIGHT = 1.0  # two mentions in the body, or one in the second paragraph


def other_commune_in_body(named: dict[tuple[str, str], Tally], chosen: tuple[str, str]) -> str:
    """`… tiếp xúc cử tri tại phường Mỹ Hương` in the lead, then `cử tri phường Đạo Long` twice below: the article
    may tell of several wards (a round of meetings), and then it is about the unit that holds them."""
    other = next((t for k, t in named.items() if k[0] in gazetteer.COMMUNE_LEVELS and k[1] != chosen[1] and not t.strong
                  and t.weight >= MIN_BODY_WEIGHT), None)
    if other is None:
        return ""
    return f"thân bài còn nêu {other.name} (“{other.text}”): bài có thể nói về nhiều đơn vị"


# A unit of another level the headline or lead names with at least this share of the chosen unit's weight
# contests it (`Tỉnh đoàn Lạng Sơn … tại thành phố Lạng Sơn`): on unseen pages about one in six such is the subject.
CONTESTING_SHARE = 0.2


def other_level_in_lead(named: dict[tuple[str, str], Tally], chosen: tuple[str, str]) -> str:
    """A unit of another level named in the headline or lead, weighing near the chosen one: the province
    acting in a commune, or the city that shares its province's name. The editor settles which."""
    floor = CONTESTING_SHARE * named[chosen].weight
    rivals = [k for k, t in named.items() if k[0] != chosen[0] and t.strong and t.weight >= floor]
    rival = max(rivals, key=lambda k: (named[k].weight, -named[k].first), default=None)
    if rival is None:
        return ""
    shown = named[rival]
    return (f"tít hoặc sapo còn nêu {rival[0]} {shown.name} (“{shown.text}”): "
            f"kiểm tra bài nói về {chosen[0]} {named[chosen].name} hay {rival[0]} {shown.name}")


def successor_on_new_map(
    named: dict[tuple[str, str], Tally], district: tuple[str, str], when: str | None
) -> tuple[str, str]:
    """`huyện đảo Cồn Cỏ … chính thức trở thành đặc khu … đặc khu Cồn Cỏ`: on the map of 1 July 2025, where there
    are no districts, a district the article also names as a commune-level unit of its name is that unit."""
    if era_of(when) != "2025" or gazetteer.TIER.get(district[0]) != "district":
        return district
    if is_whole_province(district[0], named[district].name):
        return district  # (`thành phố Cần Thơ` is a province on either map)
    return next((key for key in named if key[1] == district[1] and key[0] in gazetteer.COMMUNE_LEVELS), district)


def only_province(level: str, name: str) -> str | None:
    """The province of the one unit of that level and name the gazetteer knows, if only one."""
    provinces = gazetteer.provinces_of(name, level)
    return provinces[0] if len(provinces) == 1 else None


# `xã Phú An (huyện Bến Cát cũ)`, `phường Phú An, tỉnh Bình Dương cũ`, `xã Ia Chia (trước đây là xã Ia Ka)`
_FORMER = re.compile(
    r"^\s*(?:\(\s*|,\s*)(?:trước đây (?:là |thuộc )?|thuộc )?(?P<unit>[^()\n,;.]{2,40}?)\s+cũ\b"
    r"|^\s*\(\s*trước đây (?:là |thuộc )?(?P<was>[^()\n,;.]{2,40}?)\s*\)",
    re.I,
)


def former_unit(after: str) -> str | None:
    """The old-map unit the text gives for a new unit, right after its name."""
    match = _FORMER.match(after)
    if not match:
        return None
    unit = (match["unit"] or match["was"]).strip()
    return unit if unit[:1].isupper() or find_mentions(unit) else None


def province_namesake(level: str, name: str, province: str | None) -> str:
    """`phường Lào Cai` of tỉnh Lào Cai (the 2025 map names many wards after their province), `thành phố Ninh Bình`
    of tỉnh Ninh Bình: a unit that shares its province's name, which a text writes bare for either, is checked by
    the editor (12 of 53 such cities chosen on the evaluation sets were the province's articles)."""
    if not province or tone_key(name) != tone_key(province):
        return ""
    city = level in ("thành phố", "thị xã") and gazetteer.province_level(province) == "tỉnh"
    if level not in gazetteer.COMMUNE_LEVELS and not city:
        return ""
    return f"{level} {name} trùng tên tỉnh {province}: kiểm tra bài nói về {level} hay cả tỉnh"


def city_of_its_name(texts: list[str], level: str, name: str) -> str:
    """`Bảo tàng tỉnh Bạc Liêu … (TP. Bạc Liêu)`: a province chosen where the headline or lead (`texts`) also names
    the city of its name, which may be what the article is about; the editor checks (the mirror of
    `province_namesake`)."""
    if level != "tỉnh":
        return ""
    city = next((m for text in texts for m in find_mentions(text) if m.level in ("thành phố", "thị xã") and m.name
                 and not m.organ and tone_key(m.name) == tone_key(name)), None)
    if city is None:
        return ""
    return f"sapo còn nêu {city.level} {city.name} trùng tên tỉnh: kiểm tra bài nói về {city.level} hay cả tỉnh {name}"


def kicker_contest(title: str, level: str, name: str) -> str:
    """`Cần Thơ: Tổ chức nhiều hoạt động …` over a lead that names another unit: the headline's kicker is a province
    written bare, and the unit chosen is another; the editor checks which the article is about."""
    tag, colon, rest = title.partition(":")
    kicker = tag.strip()
    if not colon or not rest.strip() or not gazetteer.is_province(kicker) or tone_key(kicker) == tone_key(name):
        return ""
    return f"tít mở đầu bằng “{kicker}:”, đơn vị chọn là {level} {name}: kiểm tra bài nói về {kicker} hay {name}"


def addressed_commune(
    lead: str, second: str, level: str, province: str
) -> tuple[tuple[str, str, str], str] | None:
    """`… điểm trường Tìa Mùng …, xã Nong U, huyện Điện Biên Đông, tỉnh Điện Biên`: of a province chosen, the one
    commune the lead (else the next paragraph) writes with its address up to the province, where the event is
    ((level, name, the address's words), the reason an editor reads); not when the lead makes a body of the province
    the organiser (`Tỉnh ủy X tổ chức …`, `Đại hội Đảng bộ tỉnh X`), which holds its events in some ward, unless the
    commune's own bodies hold it too."""
    if not is_whole_province(level, province):
        return None
    opening = opening_sentences(lead)
    found = _address_chain(lead, province) or _address_chain(second, province)
    if found is None:  # `lãnh đạo tỉnh A dự …` over `tại xã N, huyện M (tỉnh B) đã khai mạc …`: in another province
        found = _chain_elsewhere(opening, province)
    if found is None:
        return None
    if _provincial_body_acts(opening, province) and not _commune_acts(opening, found[1]):
        return None
    why = f"sapo ghi địa chỉ “{found[2]}”: chọn {found[0]} {found[1]}; kiểm tra bài nói về {found[0]} đó hay cả {level}"
    return found, why


def _chain_elsewhere(opening: str, province: str) -> tuple[str, str, str] | None:
    """The commune that the first sentence of the opening to write one addresses in another province, unless that
    sentence names `province` as more than an office's unit (`tỉnh Phú Thọ tham gia triển lãm tại …, xã Đông Anh`)."""
    for sentence in SENTENCE_BREAK.split(opening):
        found = _address_chain(sentence, None)
        if found is not None:
            return None if _named_outside_titles(sentence, province) else found
    return None


def _address_chain(text: str, province: str | None) -> tuple[str, str, str] | None:
    """The text's one commune (by name) written `xã A, (huyện B,) tỉnh C` or `xã A (tỉnh C)`, C the province
    (None: a province other than the one chosen, as the caller checks)."""
    mentions = [m for m in find_mentions(text) if m.name and not m.former]
    if len({tone_key(m.name) for m in mentions if m.level in gazetteer.COMMUNE_LEVELS}) != 1:
        return None
    for index, commune in enumerate(mentions):
        if commune.level not in gazetteer.COMMUNE_LEVELS:
            continue
        end = commune.end
        for parent in mentions[index + 1 : index + 3]:
            if text[end : parent.start].strip() not in _ADDRESS_GAPS:
                break
            wanted = province is None or tone_key(parent.name or "") == tone_key(province)
            if wanted and is_whole_province(parent.level, parent.name or ""):
                return commune.level, commune.name or "", text[commune.start : parent.end]
            end = parent.end
    return None


_ADDRESS_GAPS = ("", ",", "(", "-")


def _named_outside_titles(sentence: str, province: str) -> bool:
    """Whether the sentence names the province other than inside an office title (`Bí thư Tỉnh ủy X`)."""
    key = tone_key(province)
    return any(tone_key(m.name or "") == key and not in_a_title(sentence, m.start) for m in find_mentions(sentence))


# a provincial body written before its province's name: `Đoàn ĐBQH tỉnh X`, `Tỉnh đoàn – Hội LHTN Việt Nam tỉnh X`
_PROVINCIAL_BODY_BEFORE = re.compile(
    rf"(?:{DELEGATES_AND_FRONT}|Hội [^,.;()]{{2,30}}|Tỉnh đoàn"
    r"|UBND|HĐND|[UỦ][ỷy] ban nhân dân|Hội đồng nhân dân)(?:\s*\([^)]*\))?\s*[-–,]?\s*$",
    re.I,
)
_MEETING_OF = re.compile(r"\b(?:đại hội|hội nghị|kỳ họp)\b[^,.;()]{0,40}$", re.I)  # `Đại hội đại biểu Đảng bộ tỉnh X`
# a unit named as a place or a partner, not as who acts: `ở tỉnh X`, `phối hợp với UBND tỉnh X`
_NOT_SUBJECT = re.compile(r"\b(?:ở|tại|trên địa bàn|của|với|phối hợp)\s+(?:[^\s,.;]+\s+){0,2}$", re.I)


def _provincial_body_acts(sentence: str, province: str) -> bool:
    """Whether a body of the province (or `tỉnh` written bare) holds the event the sentence reports."""
    mentions = find_mentions(sentence)
    for index, mention in enumerate(mentions):
        its_own = mention.level == gazetteer.province_level(province)  # (not `Thành ủy TPHCM` for tỉnh Thái Nguyên)
        if not its_own or tone_key(mention.name or province) != tone_key(province):
            continue
        previous = mentions[index - 1] if index else None
        if previous is not None and sentence[previous.end : mention.start].strip() in _ADDRESS_GAPS:
            continue  # the address of a smaller unit: `xã A, tỉnh B`
        before = sentence[max(0, mention.start - 45) : mention.start]
        if in_a_title(sentence, mention.start) or _NOT_SUBJECT.search(before):
            continue
        if _MEETING_OF.search(before) or ORGANISER.match(sentence, mention.end, mention.end + 80):
            return True
        if mention.organ or _PROVINCIAL_BODY_BEFORE.search(before):
            return True
    return False


_ORGANS_OF_A_COMMUNE = r"(?:UBND|HĐND|Đảng ủy|Đảng uỷ|chính quyền|cấp ủy|cấp uỷ|[UỦ][ỷy] ban nhân dân)"


def _commune_acts(sentence: str, commune: str) -> bool:
    """`… phối hợp với cấp ủy, chính quyền xã Hòa Hội tổ chức …`: the commune's own bodies hold the event too."""
    organ = re.compile(rf"\b{_ORGANS_OF_A_COMMUNE}\s+(?:xã|phường|thị trấn|đặc khu)\s+{re.escape(commune)}\b", re.I)
    return bool(organ.search(sentence))
