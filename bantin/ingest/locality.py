"""find_locality: the administrative unit an article is about, and its province.

Mentions in the headline and the lead weigh most; a unit that organises the event weighs more;
a provincial leader visiting a district leaves the district as the subject. A unit the text
never names stays empty and is flagged; a name found only elsewhere on the page is flagged.
"""

from __future__ import annotations

import re
from collections import defaultdict

from ..textnorm import tone_key
from . import gazetteer
from .found import Found
from .mentioncontext import cited, clause_before, in_a_title
from .narrower import (
    GUESTS,
    addressed_commune,
    city_of_its_name,
    commune_rival,
    communes_addressed_in,
    delegation_visits,
    former_unit,
    kicker_contest,
    lone_commune_told,
    only_province,
    other_commune_in_body,
    other_commune_in_lead,
    other_level_in_lead,
    place_in_brackets,
    province_namesake,
    successor_on_new_map,
    venues_inside,
)
from .page import Page
from .places import Mention, bare_names, find_mentions
from .provinceof import (
    bare_provinces,
    era_of,
    merged_away,
    named_provinces,
    province_of,
    whole_province,
    written_province,
)
from .provincewide import (
    ORGANISER,
    SEVERAL_UNNAMED,
    is_whole_province,
    narrower_subject,
    province_over_unit,
    provincial_body_at_city,
    provincial_subject,
    unit_elsewhere,
    units_inside,
    unnamed_organiser,
)
from .roundups import counted_places, round_up, round_up_found
from .segments import page_segments
from .unitlists import bare_holder, list_parent
from .unittally import (
    LEVEL_ORDER,
    WEIGHTS,
    Locality,
    Tally,
    credit_bare_title_names,
    is_address,
    join_names_cut_by_a_line_break,
    note,
    rank,
)

# `tại sân vận động thị trấn X`, `tại Hội trường UBND xã Y`: where it took place, not who acted
# (`tại Trung tâm hội nghị (25B, TP X), HĐND tỉnh X khai mạc …`: the venue's words end with its bracketed address)
_VENUE = re.compile(r"\btại\s+(?!(?:đại hội|hội nghị|kỳ họp|buổi|lễ|phiên|cuộc)\b)(?:[^.;:)]|\)(?!\s*,)){0,60}$", re.I)
_VISITED = re.compile(
    r"(?:làm việc (?:với|tại)|kiểm tra|khảo sát|giám sát|thăm|về dự|đến dự|chúc mừng)\b[^.;:]{0,60}$|\btại\s*$"
    r"|\b(?:trên địa bàn|cử tri(?: tại| của)?(?: các)?)\s*$",  # `cử tri các phường …`: the voters' unit
    re.I,
)
_BATTLE = re.compile(r"\b(?:chiến thắng|chiến dịch|chiến s[ĩỹ]|trận)\s+(?:[A-ZĐ]\w*\s*){1,3}")
_HUB = re.compile(r"\bđiểm cầu trung tâm\b[^.;:,]*$", re.I)  # a national ceremony's hub, not the article's point
# `Đại hội đại biểu Đảng bộ xã X`: a congress is its own unit's, wherever it is held and whoever attends
_CONGRESS_OF = re.compile(r"\bđại hội\s+(?:đại biểu\s+)?(?:đảng bộ\s+)?$", re.I)
_DISTRICT_LEVELS = frozenset(level for level, tier in gazetteer.TIER.items() if tier == "district")


def _tally(
    page: Page, segments: list[tuple[str, str]], provinces: list[str]
) -> tuple[dict[tuple[str, str], Tally], dict[str, float]]:
    """`segments`: the page's `page_segments`; `provinces`: its `named_provinces`, to read a province's name cut
    short."""
    named: dict[tuple[str, str], Tally] = defaultdict(Tally)
    levels: dict[str, float] = defaultdict(float)
    order = 0
    titled: set[tuple[str, str]] = set()
    for where, text in segments:
        first_in_lead = where == "lead"
        previous: Mention | None = None
        for mention in (whole_province(m, provinces) for m in find_mentions(text)):
            order += 1
            if mention.former:
                continue  # `xã Phú An (TP.Bến Cát cũ)`: the old map's unit only says where the new one lies
            parent = is_address(text, previous, mention)
            previous = mention
            hub = _HUB.search(text[max(0, mention.start - 90) : mention.start])  # (`tại điểm cầu trung tâm … TP X`)
            if mention.name and where in ("title", "lead") and (hub or cited(text, mention.start)):
                note(named, levels, mention, text, WEIGHTS["body"], "body", order)
                continue  # `Quyết định số 2200-QĐ/TU … của Thành ủy Hà Nội`: a document's issuer, not the subject
            if mention.name and not parent and where in ("title", "lead") and in_a_title(text, mention.start):
                key = (mention.level, tone_key(mention.name))
                # (an office's unit named again in further titles, `Chủ tịch UBND TP. Huế; … UBMTTQ TP. Huế`, is
                # how the guests are introduced, not more of the subject)
                once = key not in titled
                titled.add(key)
                weight, counted_as = (WEIGHTS["lead"], where) if once else (WEIGHTS["body"], "body")
                note(named, levels, mention, text, weight, counted_as, order)
                continue  # `Bí thư Tỉnh ủy Gia Lai dự đại hội xã …`: an office's unit, not the subject
            weight = WEIGHTS["body" if parent else where]
            if not parent and ORGANISER.match(text, mention.end, mention.end + 80):
                weight += 2.0
            clause = clause_before(text, mention.start)
            visited = where in ("title", "lead") and not parent and _VISITED.search(clause)
            if visited:
                weight += 3.0  # the place a delegation visits or works with is what the article is about
            if where != "body" and not parent and _CONGRESS_OF.search(clause):
                weight += 3.0
            if mention.name is None:
                levels[mention.level] += weight
                continue
            venue = _VENUE.search(clause)
            # (`tại Trung tâm hội nghị … thuộc phường X đã diễn ra …`: a venue's address does not act)
            address = text[max(0, mention.start - 8) : mention.start].lower().rstrip().endswith("thuộc")
            acted = where == "lead" and not parent and not address and weight > WEIGHTS["lead"]
            if first_in_lead and not parent and not venue:
                weight += 2.0  # the first unit the lead names is usually the one acting
                first_in_lead = False
                acted = True
            note(named, levels, mention, text, weight, where, order)
            tally = named[(mention.level, tone_key(mention.name))]
            tally.acted = tally.acted or acted
            tally.visited = tally.visited or bool(visited and where == "lead")
            tally.office = tally.office or bool(venue and mention.organ and where == "lead")
            if where in ("title", "lead"):
                tally.venue, tally.plain = tally.venue or bool(venue), tally.plain or not venue
                tally.guest = tally.guest or bool(GUESTS.search(clause))
    credit_bare_title_names(page, named)
    join_names_cut_by_a_line_break(named)
    return named, levels


def find_locality(page: Page, when: str | None, people: set[str]) -> Found[Locality]:
    """`when`: the article's date (ISO, or its year-month), which picks the map its units are read on."""
    provinces = named_provinces(page)
    segments = page_segments(page)
    named, levels = _tally(page, segments, provinces)
    if named:
        best_key = max(named, key=lambda k: rank(k, named[k]))
        best = named[best_key]
        top_level = max(levels, key=lambda lv: (levels[lv], LEVEL_ORDER.index(lv)))
        if not best.strong and top_level != best_key[0]:
            at_level = [k for k in named if k[0] == top_level]
            if at_level:
                best_key = max(at_level, key=lambda k: rank(k, named[k]))
                best = named[best_key]
            else:
                return _unnamed(page, top_level, when, people, provinces)
        best_key = successor_on_new_map(named, best_key, when)
        best, review = named[best_key], ""
        inner = _acting_inside(named, best_key, when)
        if inner is not None:
            review = (
                f"tít nêu {best_key[0]} {best.name}, sapo nêu {inner[0]} {named[inner].name} "
                f"(“{named[inner].text}”) thuộc {best.name}: chọn đơn vị cụ thể hơn"
            )
            best_key, best = inner, named[inner]
        lead = next((text for where, text in segments if where == "lead"), "")
        visited = delegation_visits(lead, named, best_key)
        if visited is not None:  # `Đoàn công tác của TPHCM … đến thăm … tỉnh Vĩnh Long`: the province visited
            review = f"đoàn của {best_key[0]} {best.name} đến {visited[0]} {named[visited].name}: ghi theo nơi đến"
            best_key, best = visited, named[visited]
        name = best.name
        texts = [text for where, text in segments if where in ("title", "lead")]
        listed = list_parent(texts, best_key[0], name, [(k[0], t.name) for k, t in named.items()], era_of(when))
        if listed is not None and not listed.first:  # `các xã A, B và C`: the unit that holds them
            holder = listed.name or bare_holder(page, listed.level, best_key[0], name, era_of(when))
            province = province_of(page, listed.level, holder, when, provinces) if holder else None
            return Found(Locality(holder, listed.level, province), listed.words, listed.why)
        review = review or (listed.why if listed is not None else "")
        province = province_of(page, best_key[0], name, when, provinces, best.afters)
        if not review and best_key[0] in _DISTRICT_LEVELS:
            owner = province or only_province(best_key[0], name)
            inside = communes_addressed_in(named, best_key, owner, when)
            # `UBND huyện X khánh thành trường …, xã Y, huyện X`: where the works stand (not when the body addresses
            # another commune so: `… tổ 4, phường Z, Tp. X`, one of several visited)
            if len(inside) == 1 and len(communes_addressed_in(named, best_key, owner, when, anywhere=True)) == 1:
                level, commune = inside[0]
                why = f"sapo nêu {level} {commune} thuộc {best_key[0]} {name}: chọn đơn vị cụ thể hơn"
                found = named[(level, tone_key(commune))]
                chosen = Locality(commune, level, province_of(page, level, commune, when, provinces) or owner)
                return Found(chosen, found.text, why)
            inside = inside or venues_inside(named, owner, when)
            if inside:
                shown = ", ".join(f"{lv} {n}" for lv, n in inside[:3])
                review = f"sapo còn nêu {shown}: có thể bài nói về đơn vị cụ thể hơn {best_key[0]} {name}"
        addressed = addressed_commune(lead, next((t for w, t in segments if w == "second"), ""), best_key[0], name)
        several = addressed is not None and (
            counted_places(texts) or round_up(page, (addressed[0][0], tone_key(addressed[0][1])))
        )  # (`tại 3 địa phương ở X`; `Tại xã A (X), …` then `Ở xã B, …`: one of those reported, not the article's)
        if addressed is not None and not several:  # `… xã Nong U, huyện Điện Biên Đông, tỉnh Điện Biên`: where
            (level, commune, words), why = addressed
            chosen = Locality(commune, level, province_of(page, level, commune, when, provinces) or name)
            return Found(chosen, words, why)
        rivals = [k for k in named if k != best_key and k[1] != best_key[1] and named[k].weight >= 0.75 * best.weight]
        headline = [k for k in named if named[k].in_title and k[1] != best_key[1]]
        if not review and best.several:
            review = f"bài nêu nhiều đơn vị cùng cấp (“{best.text}”); {best_key[0]} {name} là đơn vị nêu đầu tiên"
        if not review and best.venue and not best.plain and not best.in_title:
            review = f"sapo chỉ nêu {best_key[0]} {name} là nơi diễn ra (“{best.text}”), không phải đơn vị tổ chức"
        if not review and not best.strong:
            review = f"“{name}” chỉ có trong thân bài, không có ở tít hay sapo"
        elif not review and rivals:
            visited = commune_rival(named, best_key, rivals, when)
            if visited is not None:  # `Chủ tịch UBND tỉnh X … làm việc tại xã Y`: the more specific unit
                place = named[visited]
                why = f"bài nêu {best_key[0]} {name} và {visited[0]} {place.name} (“{place.text}”): chọn đơn vị này"
                chosen = Locality(place.name, visited[0], province_of(page, visited[0], place.name, when, provinces))
                return Found(chosen, place.text, why)
            review = f"bài còn nêu rõ {', '.join(f'{lv} {named[(lv, key)].name}' for lv, key in rivals[:3])}"
        elif not review and headline and not best.in_title:
            shown = ", ".join(f"{lv} {named[(lv, key)].name}" for lv, key in headline[:2])
            review = f"tít nêu {shown}, sapo nêu {best_key[0]} {name} (“{best.text}”)"
        if not review and is_whole_province(best_key[0], name):
            others = [(k[0], named[k].name) for k in named if k != best_key]
            inside = units_inside(name, others, era_of(when))
            lone = lone_commune_told(named, best_key, inside, lead)
            if lone is not None:  # the province's one commune the headline or lead tells of: where it happened
                key, why = lone
                chosen = Locality(named[key].name, key[0], province_of(page, key[0], named[key].name, when, provinces))
                return Found(chosen, named[key].text, why)
            review = narrower_subject(" ".join(texts), best_key[0], name, inside)
            review = review or unit_elsewhere(name, others, era_of(when))
        if not review:
            review = unnamed_organiser(lead, best_key[0], name) or place_in_brackets(lead, best_key[0], name)
        if not review and not is_whole_province(best_key[0], name) and best_key[0] != "tỉnh":
            review = _province_may_own(lead, best_key[0], name)
        if not review and best_key[0] in gazetteer.COMMUNE_LEVELS:
            review = other_commune_in_lead(lead, best_key[1]) or other_commune_in_body(named, best_key)
        review = review or other_level_in_lead(named, best_key) or province_namesake(best_key[0], name, province)
        review = review or city_of_its_name(texts, best_key[0], name) or _visitor(best, best_key[0], lead)
        review = review or (kicker_contest(page.title.text, best_key[0], name) if page.title else "")
        over = _province_over_venue(page, lead, best_key[0], best, province, provinces)
        if over is not None:
            return over
        rounded = round_up_found(page, best_key, best, province, when)
        if rounded is not None:
            return rounded
        former = former_unit(best.after) if era_of(when) != "legacy" else None
        return Found(Locality(name, best_key[0], province, former=former), best.text, review)
    if levels:
        top_level = max(levels, key=lambda lv: (levels[lv], LEVEL_ORDER.index(lv)))
        return _unnamed(page, top_level, when, people, provinces)
    bare = bare_provinces(page)  # `… nhà 'Chiến dịch Quang Trung' ở Huế`: only a province's name, no level word
    if len(bare) == 1:
        level = gazetteer.province_level(bare[0])
        why = f"bài không nêu cấp hành chính nào; tít hoặc sapo chỉ viết tên “{bare[0]}”: ghi theo {level} {bare[0]}"
        return Found(Locality(bare[0], level, bare[0], "page"), bare[0], why)
    return Found(Locality(None, None, None), "", "bài không nêu đơn vị hành chính nào; hãy ghi địa phương")


# `lãnh đạo xã A, huyện B đã đến thăm Bộ chỉ huy …`: the unit is the visitor, the article may be the host's
_GOES_TO_VISIT = r"(?:đến|sang|về|tới)\s+(?:thăm|làm việc|chúc)"
_VISITOR = re.compile(rf"^[^.;:]{{0,45}}?\b(?:(?:cũng\s+)?đã\s+)?{_GOES_TO_VISIT}", re.I)
# `Đoàn đại biểu tỉnh A do đồng chí B - …, Giám đốc Sở … làm trưởng đoàn cũng đã tới thăm …`: its leader between
_LED_VISIT = re.compile(rf"^[^.;]{{0,160}}?\blàm trưởng đoàn\b[^.;:]{{0,12}}?{_GOES_TO_VISIT}", re.I)


def _visitor(best: Tally, level: str, lead: str) -> str:
    """Why the chosen unit may be the visiting side (`xã A … đã đến thăm …` right after a mention), or ``."""
    went = next((m.group() for after in best.afters if (m := _VISITOR.match(after))), "")
    at = lead.find(best.name)
    led = _LED_VISIT.match(lead[at + len(best.name) :]) if at >= 0 and not went else None
    went = went or (led.group()[:60] + "…" if led else "")
    return f"{level} {best.name} là bên đến thăm (“{best.name}{went}”): có thể bài nói về nơi được thăm" if went else ""


def _province_may_own(lead: str, level: str, name: str) -> str:
    """Why a lower unit chosen may be the wrong one: the lead speaks of several units it does not name,
    or makes a provincial body the subject (a citizen reception of the province held in a ward)."""
    several = next((m for m in SEVERAL_UNNAMED.finditer(lead) if level in m.group()), None)  # (its own level)
    if several:
        return f"sapo nói về “{several.group()}”: {level} {name} có thể chỉ là một trong số đó"
    body = provincial_subject(lead, in_a_title)
    if body:
        return f"sapo: “{body}” là chủ thể; {level} {name} có thể chỉ là nơi diễn ra"
    return ""


def _province_over_venue(
    page: Page, lead: str, level: str, best: Tally, province: str | None, provinces: list[str]
) -> Found[Locality] | None:
    """A provincial body's meeting at a unit's office, on several units or province-wide, or its event in a
    provincial city named only as the venue: the province's (named where the text names it), flagged."""
    venue_only = best.venue and not best.plain and not best.in_title and bool(province)
    if level == "thành phố" and venue_only and not is_whole_province(level, best.name):
        words = provincial_body_at_city(lead, level, best.name, province)
        if words is None:
            return None
        why = f"sapo: đơn vị cấp tỉnh (“{words}”) là chủ thể, thành phố {best.name} chỉ là nơi diễn ra: ghi theo tỉnh"
        written = written_province(page, province, provinces)
        return Found(Locality(written, gazetteer.province_level(province), written), best.text, why)
    if level in ("tỉnh", "thành phố"):
        return None
    over = province_over_unit(lead, level, best.name, best.office and not best.in_title, best.several, province)
    if over is None and venue_only:
        body = provincial_subject(lead, in_a_title) or ""
        if tone_key(body) == tone_key("Tỉnh ủy"):  # `tại phường X, Tỉnh ủy … tổ chức …`: the province's own event
            written = written_province(page, province, provinces)  # (a name the text never writes: the editor adds it)
            shown = province if written else f"(bản đồ đặt {level} {best.name} ở {province}, bài không viết tên tỉnh)"
            why = f"sapo: “{body}” là chủ thể, {level} {best.name} chỉ là nơi diễn ra: ghi theo tỉnh {shown}"
            return Found(Locality(written, "tỉnh", written), best.text, why)
    if over is None:
        return None
    name, level, words, why = over
    return Found(Locality(name, level, name), words, why)


def _acting_inside(
    named: dict[tuple[str, str], Tally], best_key: tuple[str, str], when: str | None
) -> tuple[str, str] | None:
    """A province (or centrally governed city) chosen over a unit inside it that the lead says acts:
    `Thành phố Đà Nẵng …` over `UBND phường Hải Châu tổ chức …` in the lead. The more specific one."""
    level, _ = best_key
    if level not in ("tỉnh", "thành phố") or not gazetteer.is_province(named[best_key].name):
        return None
    era = era_of(when)
    inside = [
        key
        for key, tally in named.items()
        if tally.acted
        and (
            LEVEL_ORDER.index(key[0]) > LEVEL_ORDER.index("thành phố")
            # (`kiểm tra … trên địa bàn TP Điện Biên Phủ`: a provincial city the leader visits)
            or (tally.visited and not tally.venue and not is_whole_province(key[0], tally.name))
        )
        and gazetteer.same_province(
            named[best_key].name,
            gazetteer.provinces_of(tally.name, key[0], era),
        )
    ]
    # `chuyến thăm và làm việc tại tỉnh X, …, tại xã A`: the province itself is the visit's destination
    if not inside or named[best_key].visited:
        return None
    return max(inside, key=lambda k: rank(k, named[k]))


def _unnamed(page: Page, level: str, when: str | None, people: set[str], provinces: list[str]) -> Found[Locality]:
    """Only the level is written (`UBND thị xã`): a bare unit name elsewhere on the page (`provinces`: its own)."""
    everything = "\n".join(line.text for line in page.lines)
    for person in people:
        everything = re.sub(re.escape(person), " ", everything, flags=re.I)
    everything = _BATTLE.sub(" ", everything)  # (`chiến sỹ Điện Biên`: a battle's name, not the unit's)
    other_levels = {tone_key(m.name) for m in find_mentions(everything) if m.name and m.level != level}
    names = sorted({tone_key(n): n for n in bare_names(everything, level) if tone_key(n) not in other_levels}.values())
    merged: list[str] = []  # (former provinces the text names beside the one they were merged into)
    if level in ("tỉnh", "thành phố"):
        names = [n for n in names if tone_key(n) != tone_key("Hồ Chí Minh") or level == "thành phố"]
        kept = merged_away(names, when)
        merged, names = [n for n in names if n not in kept], kept
    if len(names) == 1:
        name = names[0]
        why = f"bài chỉ viết “{level}”; “{name}” là {level} duy nhất có tên ở chỗ khác trên trang"
        if merged:  # (`Khu kinh tế Phú Yên` beside `Điện lực Đắk Lắk` after July 2025)
            why += f" ({', '.join(merged)} đã nhập vào {name} từ 1/7/2025)"
        return Found(Locality(name, level, province_of(page, level, name, when, provinces), "page"), name, why)
    why = f"bài chỉ viết “{level}”, không nêu tên"
    if names:
        why += f"; trang có nhắc {', '.join(names[:4])}"
    province = provinces[0] if len(provinces) == 1 and level not in ("tỉnh", "thành phố") else None
    return Found(Locality(None, level, province), "", why)
