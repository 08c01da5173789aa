"""Mentions of administrative units in running text: `huyện Si Ma Cai`, `Huyện ủy Bắc Hà`, `UBND thị xã`."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..textnorm import tone_key
from . import gazetteer, knowledge
from .tokens import Token, tokenize

MAX_NAME_WORDS = 5
# words after which a bare level word names that level's own bodies: "UBND huyện", "Đảng bộ tỉnh"
_ORGAN_BEFORE_LEVEL = frozenset(
    map(tone_key, ("ubnd", "hđnd", "bộ", "ủy", "dân", "mttq", "bch", "btv", "đoàn", "vụ", "trực", "quân",
                   # mass organisations: `Hội LHPN tỉnh`, `Hội CCB huyện`, `Hội Cựu TNXP tỉnh`, `Hội Phụ nữ xã`
                   "lhpn", "ccb", "tnxp", "nữ", "binh", "niên", "phong"))
)
_HOI, _TA, _XA = tone_key("hội"), tone_key("ta"), tone_key("xã")
_HERO = (tone_key("anh"), tone_key("hùng"))  # `Thành phố Anh hùng`, `xã Anh hùng`: an honour, not a name
_FOREIGN = re.compile(
    r"\b(?:trung quốc|vân nam|quảng tây|lào(?! cai)|campuchia|nước bạn|hoa kỳ|nhật bản|hàn quốc|thái lan)\b", re.I
)


@dataclass(frozen=True)
class Mention:
    level: str
    name: str | None
    start: int  # character offsets in the text it was found in
    end: int
    organ: bool  # named through a party committee (`Huyện ủy X`) or an organ (`UBND huyện`)
    former: bool = False  # `(TP.Bến Cát cũ)`: a unit of the old map, named to say where a new one lies


# words that follow a level word without naming a unit: `HĐND xã khóa XII`, `Đảng bộ tỉnh lần thứ XV`
_NOT_NAMES = frozenset(map(tone_key, ("khóa", "nhiệm", "lần", "kỳ", "khoá")))
_FORMER = re.compile(r"\s*cũ\b", re.I)
_DESCRIPTORS = tuple(
    tuple(tone_key(w) for w in d.split())
    for d in ("biên giới", "vùng cao", "vùng biên", "miền núi", "ven biển", "đảo", "nông thôn mới", "trung tâm")
)
_HYPHEN = re.compile(r"\s*[-–]\s*")
_ROMAN = re.compile(r" (I{1,3}|IV)\b(?!\.\w)")


def _level_at(tokens: list[Token], index: int) -> tuple[str, int, bool] | None:
    """(level, tokens used, via an organ word) when a level or organ word starts at index."""
    if tokens[index].key not in knowledge.unit_word_starts():
        return None
    organs = knowledge.organ_words()
    levels = knowledge.level_words()
    for size in (3, 2, 1):
        keys = tuple(t.key for t in tokens[index : index + size])
        if len(keys) < size:
            continue
        if keys in organs:
            return organs[keys], size, True
        if keys in levels:
            return levels[keys], size, False
    return None


def _run(tokens: list[Token], index: int, text: str) -> list[Token]:
    """Capitalised words from index on, stopping at punctuation, lower case or a new title; in capitals
    after a level word in capitals (`PHƯỜNG PHÚ TRINH`); across one line break (`phường Xuân` / `Bình.`)."""
    vocab = knowledge.roles()
    run: list[Token] = []
    # (`XÃ TÂY TRÀ BỒNG`: the one short level word in capitals shouts too)
    level_word = tokens[index - 1] if index > 0 else None
    shouted = level_word is not None and level_word.upper and (len(level_word.text) > 3 or level_word.key == _XA)
    for position in range(index, min(len(tokens), index + MAX_NAME_WORDS + 4)):
        token = tokens[position]
        if not token.cap or (token.upper and len(token.text) > 3 and not shouted):
            break
        if run and text[run[-1].end : token.start] not in (" ", "", "\n"):
            break
        if run and vocab.titles.longest_at([t.key for t in tokens[position : position + 3]]) >= 2:
            break
        run.append(token)
    return run


def _words(run: list[Token]) -> str:
    """The words as written: `EaKar` stays run together (the tokenizer splits it at the capital)."""
    return "".join(("" if i and t.start == run[i - 1].end else " ") + t.text for i, t in enumerate(run)).lstrip()


def split_place(run: list[Token], level: str | None, via_organ: bool) -> tuple[int, str | None]:
    """How many words of a capitalised run name a place (0 when it is a person, not a place)."""
    if not run:
        return 0, None
    if run[0].key in _NOT_NAMES:  # `tỉnh Khóa XV`, `huyện Kỳ họp`; but `xã Kỳ Phong`: a name the map knows
        known = (size for size in range(min(len(run), 4), 1, -1) if gazetteer.lookup(_words(run[:size]), level))
        size = next(known, 0)
        return (size, _words(run[:size])) if size else (0, None)
    common, every = knowledge.surnames()
    # `UBND TP Lê Hồng Sơn`: a run that opens with a common surname and names no unit of this level is
    # a person, even when its first words name a unit of another level somewhere (`xã Lê Hồng`)
    person_first = run[0].key in common and 3 <= len(run) <= 4
    opens_a_name = run[0].key in every or run[0].key in knowledge.name_prefixes()  # (`tỉnh Y Ngọc`: Y opens a name)
    if level == "tỉnh" and opens_a_name and not any(
        gazetteer.lookup(_words(run[:size]), level) for size in range(1, min(len(run), 4) + 1)
    ):
        return 0, None  # `UBND tỉnh Đinh Công`: provinces are few and known, so a surname here opens a person
    for size in range(min(len(run), 6), 0, -1):
        name = _words(run[:size])
        if gazetteer.lookup(name, level) or (
            not via_organ and not person_first and size >= 2 and gazetteer.lookup(name)
        ):
            return size, name
    if run[0].key in common and (len(run) >= 3 or via_organ):
        return 0, None  # `Tỉnh ủy Đặng Xuân Phong`: a person follows the organ
    size = min(len(run), 4)
    for cut in range(1, size):  # `Tả Phời Nguyễn Văn A`: a place, then a person
        rest = run[cut:]
        if rest[0].key in common and 2 <= len(rest) <= 4:
            size = cut
            break
    if run[0].key in every and size >= 3:
        return 0, None
    return size, _words(run[:size])


# `Nông trường Phong Hải`, `Nông trường Mộc Châu`: a few names the map writes with a word in lower case
_LOWER_WORD = re.compile(r"\s+([a-zà-ỹđ]+)\s+([A-ZĐÀ-Ỹ]\w*(?:\s+[A-ZĐÀ-Ỹ]\w*){0,2})")


def _known_with_lower_case(text: str, end: int, level: str, name: str) -> tuple[str, int]:
    """`thị trấn Nông trường Phong Hải`: the name and its end, taken on past a lower-case word when the map knows the
    longer name (the run of capitals stopped at `trường`)."""
    more = _LOWER_WORD.match(text, end)
    if more is None:
        return name, end
    words = more[2].split()
    for size in range(len(words), 0, -1):
        longer = f"{name} {more[1]} {' '.join(words[:size])}"
        if gazetteer.lookup(longer, level):
            return longer, more.start(2) + len(" ".join(words[:size]))
    return name, end


_NUMBERED_LEVELS = frozenset({"phường", "quận"})


def _numbered_unit(tokens: tuple[Token, ...], at: int, level: str) -> Token | None:
    """`phường 2`, `Quận 10`: the number that names a ward or district of the old map (not `phường 2/9`, a date)."""
    if level not in _NUMBERED_LEVELS or at >= len(tokens):
        return None
    token = tokens[at]
    if token.kind != "num" or len(token.text) > 2 or token.text.startswith("0"):
        return None
    following = tokens[at + 1] if at + 1 < len(tokens) else None
    glued = following is not None and following.start == token.end and following.text in "/.-:"
    return None if glued else token


def _hoi_commune(tokens: list[Token], at: int) -> bool:
    """`xã Hội Thịnh`: a capitalised `Hội` and the capitalised word after it name a commune the map knows."""
    if at + 1 >= len(tokens) or not tokens[at].text[:1].isupper() or not tokens[at + 1].text[:1].isupper():
        return False
    return bool(gazetteer.lookup(f"{tokens[at].text} {tokens[at + 1].text}", "xã"))


def find_mentions(text: str) -> list[Mention]:
    tokens = tokenize(text)
    mentions: list[Mention] = []
    index = 0
    aliases = knowledge.unit_aliases()
    while index < len(tokens):
        found = _level_at(tokens, index)
        alias = aliases.get(tokens[index].key)
        if found is None and alias and tokens[index].upper and len(tokens[index].text) > 3:
            token = tokens[index]  # `TPHCM`: an abbreviation that carries its level
            mentions.append(Mention(alias[0], alias[1], token.start, token.end, False, _is_former(text, token.end)))
            index += 1
            continue
        if found is None:
            index += 1
            continue
        level, used, organ = found
        after = index + used
        if organ and after < len(tokens) and _level_at(tokens, after) is not None:
            # `Thành ủy TP.HCM`, `Thành ủy TP. Huế`: the unit is the one the level word after the organ names
            offset = tokens[after].start
            unit = next(iter(find_mentions(text[offset : offset + 120])), None)
            if unit is not None and unit.start == 0:
                start, end = tokens[index].start, offset + unit.end
                mentions.append(Mention(unit.level, unit.name, start, end, True, unit.former))
                index = next((i for i in range(after, len(tokens)) if tokens[i].start >= end), len(tokens))
                continue
        tight = after < len(tokens) and tokens[after].start == tokens[after - 1].end
        if len(tokens[index].text) == 1 and used > 1 and not tight and not _known_after(tokens, after, text, level):
            index += 1  # `P. Hùng`: an initial, not `P.Phú An` or `P. Thuận Hóa`, a unit the map knows
            continue
        if not organ and level == "xã" and after < len(tokens) and tokens[after].key == _HOI and not _hoi_commune(
            tokens, after
        ):
            index = after + 1  # "xã hội" is society, not a commune (`xã Hội Thịnh` is one the map knows)
            continue
        if tuple(t.key for t in tokens[after : after + 2]) == _HERO:
            index = after + 2
            continue
        after += _descriptor_before_name(tokens, after, text, level) if not organ else 0
        run = _run(tokens, after, text)
        size, name = split_place(run, level, organ)
        wrap = next((i for i in range(1, len(run)) if "\n" in text[run[i - 1].end : run[i].start]), None)
        if wrap is not None and size > wrap and not gazetteer.lookup(name or "", level):
            run = run[:wrap]  # (a name the map does not know stops at the line's end)
            size, name = split_place(run, level, organ)
        numbered = _numbered_unit(tokens, after, level) if not name else None
        if numbered is not None:  # `phường 2, TX. Cai Lậy`, `Quận 4`: the old map's numbered wards and districts
            end = numbered.end
            mentions.append(Mention(level, numbered.text, tokens[index].start, end, organ, _is_former(text, end)))
            index = after + 1
            continue
        if name and name.isupper() and len(run) > 1 and not gazetteer.lookup(name, level):
            size, name = 0, None  # `XÃ TÂN LẬP TỔ CHỨC …`: in capitals only the map tells a name from the verb after it
        start, end = tokens[index].start, (run[size - 1].end if size else tokens[after - 1].end)
        if name and size == len(run):
            name, end = _known_with_lower_case(text, end, level, name)
        number = re.match(r" (\d{1,2})\b", text[end : end + 4]) if name else None
        if number and gazetteer.lookup(f"{name} {number[1]}", level):  # `xã Đam Rông 4`
            name, end = f"{name} {number[1]}", end + number.end()
        numeral = _ROMAN.match(text, end) if name and size == len(run) - 1 else None
        if numeral:  # `phường Hải Châu I`: the numeral is part of the name, though the map may lack it
            name, end = f"{name} {numeral[1]}", numeral.end()
        if name and size == len(run):
            name, end, size = _hyphenated(tokens, text, after, size, level, name, end)
        if name and tone_key(name) in aliases and aliases[tone_key(name)][0] == level:
            name = aliases[tone_key(name)][1]  # `TP.HCM`
        clause = text[end : end + 60].lower()
        foreign = bool(_FOREIGN.search(clause.split(".")[0])) or text[max(0, start - 6) : start].lower().endswith(
            "bạn "
        )
        if name and not foreign:
            level = _province_after_level_words(name, level)
            mentions.append(Mention(level, name, start, end, organ, _is_former(text, end)))
        elif not name and (
            organ
            or (index > 0 and tokens[index - 1].key in _ORGAN_BEFORE_LEVEL)
            or (after < len(tokens) and tokens[after].key == _TA and level in ("tỉnh", "thành phố"))
        ):  # `tỉnh ta`: the outlet's own province, named elsewhere on the page if at all
            mentions.append(Mention(level, None, start, end, True))
        index = after + max(size, 0)
    return mentions


def _known_after(tokens: list[Token], index: int, text: str, level: str) -> bool:
    """Whether the capitalised words from index on open a name the map knows at that level."""
    _, name = split_place(_run(tokens, index, text), level, False)
    return bool(name and gazetteer.lookup(name, level))


def _descriptor_before_name(tokens: list[Token], index: int, text: str, level: str) -> int:
    """Words of a description between a level word and a name the map knows (`xã biên giới Phước Vinh`,
    `xã đảo Nhơn Châu`); 0 when none."""
    keys = [t.key for t in tokens[index : index + 3]]
    size = next((len(d) for d in _DESCRIPTORS if tuple(keys[: len(d)]) == d), 0)
    if not size:
        return 0
    _, name = split_place(_run(tokens, index + size, text), level, False)
    return size if name and gazetteer.lookup(name, level) else 0


def _is_former(text: str, end: int) -> bool:
    return bool(_FORMER.match(text, end))


def _hyphenated(
    tokens: list[Token], text: str, after: int, size: int, level: str, name: str, end: int
) -> tuple[str, int, int]:
    """`tỉnh Bà Rịa-Vũng Tàu`, `phường Lang Biang - Đà Lạt`: a name joined by a hyphen, when the
    gazetteer knows the whole; else the name as found."""
    dash = _HYPHEN.match(text, end)
    following = after + size
    while following < len(tokens) and tokens[following].start < (dash.end() if dash else end):
        following += 1
    if not dash or following >= len(tokens) or tokens[following].start != dash.end():
        return name, end, size
    second = _run(tokens, following, text)
    for cut in range(len(second), 0, -1):
        tail = " ".join(t.text for t in second[:cut])
        if gazetteer.lookup(f"{name} - {tail}", level):
            last = second[cut - 1].end
            return text[tokens[after].start : last], last, following + cut - after
    for cut in range(len(second), 0, -1):  # `huyện Thiên Lộc - Can Lộc`: an old name the map lacks, then the unit's
        tail = " ".join(t.text for t in second[:cut])
        if not gazetteer.lookup(name, level) and gazetteer.lookup(tail, level) and not _names_a_parent(tail, level):
            return tail, second[cut - 1].end, following + cut - after
    return name, end, size


def _province_after_level_words(name: str, level: str) -> str:
    """`khắp 126 xã, phường Hà Nội`: a province's name after a lower level word that no unit of that level bears
    (no ward is called Hà Nội) is the province the list of units belongs to."""
    if level not in ("xã", "phường") or not gazetteer.is_province(name) or gazetteer.lookup(name, level):
        return level
    return gazetteer.province_level(name)


def _names_a_parent(name: str, level: str) -> bool:
    """`Xã Gio Châu - Gio Linh`: a name of a higher tier after the dash is the unit's address, not its name."""
    return any(gazetteer.tier_rank(u.level) > gazetteer.tier_rank(level) for u in gazetteer.lookup(name))


def bare_names(text: str, level: str) -> list[str]:
    """Gazetteer names of that level written without their level word anywhere in text."""
    tokens = tokenize(text)
    found: list[str] = []
    lengths = sorted(gazetteer.name_lengths(), reverse=True)
    index = 0
    while index < len(tokens):
        run = _run(tokens, index, text) if tokens[index].cap else []
        if not run:
            index += 1
            continue
        start = 0
        while start < len(run):
            matched = next(
                (
                    size
                    for size in lengths
                    if start + size <= len(run)
                    and gazetteer.lookup(" ".join(t.text for t in run[start : start + size]), level)
                ),
                0,
            )
            if matched:
                found.append(" ".join(t.text for t in run[start : start + matched]))
            start += max(matched, 1)
        index += len(run)
    return found


def after_province_word(before: tuple[str, bool] | None, run: list[Token]) -> bool:
    """`UBND tỉnh Đào Mỹ`: provinces are few and known, so a name after `tỉnh` that is none of them (nor one
    dissolved, `tỉnh Hà Tây`) is a person, though a commune somewhere bears it."""
    return bool(before) and before[0] == "tỉnh" and not gazetteer.is_province(_words(run)) and not any(
        gazetteer.is_former_province(_words(run[:size])) or _foreign(run[:size]) for size in range(1, len(run) + 1)
    )


def _foreign(words: list[Token]) -> bool:
    """`Hoa Kỳ`, `Hồ Bắc`, `Hủa Phăn`: a country or a neighbouring country's province named like a person."""
    return tone_key(_words(words)) in knowledge.foreign_places()


def is_place(words: list[Token]) -> bool:
    return bool(gazetteer.lookup(_words(words))) or _foreign(words)


MAX_OFFICE_TOKENS = 12


def office_of_named(tokens: list[Token], level_word: int, named_last: int | None) -> bool:
    """`bà A, Chủ tịch Hội Liên hiệp phụ nữ phường Lê Mao`: the office that ends in a level word (whose last token is
    `level_word`) opens right after a name and its comma, so it is that name's and the words after it are a place."""
    if named_last is None or not 0 < level_word - named_last <= MAX_OFFICE_TOKENS:
        return False
    office = tokens[named_last + 2 : level_word]
    return tokens[named_last + 1].text == "," and not any(t.text in ",;.:()" for t in office)


def person_not_commune(run: list[Token], level: str, following: list[Token]) -> bool:
    """`Chủ tịch HĐND xã Trần Linh`: two words after a commune's level word, a common surname first, that no map
    knows (nor a hyphen carries on, `phường Lâm Viên - Đà Lạt`), name a person, the commune left unnamed."""
    return (
        len(run) == 2
        and level in gazetteer.COMMUNE_LEVELS
        and run[0].key in knowledge.surnames()[0]
        and not gazetteer.lookup(_words(run))
        and not (following and following[0].text in "-–")
    )
