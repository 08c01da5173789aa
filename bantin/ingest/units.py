"""A paragraph cut into units for reading roles: a title, a role word, a capitalised word, a
separator, an honorific, a rank, anything else (`Bí thư` | `Huyện ủy` | `Si` | `Ma` | `Cai` | …)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..textnorm import tone_key
from . import gazetteer, knowledge
from .tokens import Token, is_damaged

_OLD_OR_NEW = frozenset((tone_key("cũ"), tone_key("mới")))
_VA, _CUA = tone_key("và"), tone_key("của")
_TAI, _FULL_TIME = tone_key("tại"), tone_key("trách")  # (`… chuyên trách tại …`)
_SECOND_BODY = frozenset(map(tone_key, ("ban", "tổ")))
# (and `đại biểu`, `đại diện`: `Giám đốc Sở Dân tộc và Tôn giáo và đại biểu các cơ quan`, the others present)
_ORGAN_HEADS = frozenset(map(tone_key, ("đoàn", "tổ", "ban", "hội", "sở", "phòng", "ủy", "cục", "chi", "đảng", "đại")))
# `UBND TX. Tân Châu`, `TT. Phú Mỹ`, `Đảng ủy P. Thuận Hóa` (a one-letter level only before a place the map knows)
_LEVEL_ABBREVIATIONS = frozenset(map(tone_key, ("tp", "tx", "tt", "p", "x", "q")))
_PHOTO = frozenset(map(tone_key, ("ảnh", "photo")))
_BAO, _CAO, _CAC = tone_key("báo"), tone_key("cáo"), tone_key("các")
_ITEM_OPENERS = frozenset(map(tone_key, ("ông", "bà", "đồng", "đ/c", "anh", "chị")))
_OF = frozenset((_CUA, tone_key("thuộc")))  # `… của Quốc hội`, `Vụ … thuộc Ủy ban …`

@dataclass(frozen=True)
class Unit:
    kind: str  # title, term, cap, damaged, sep, honorific, rank, other
    first: int  # first token index
    last: int  # last token index (inclusive)
    text: str = ""  # the separator character for sep units
    broken: bool = False  # a title or role word that lost an accented letter (`Tnh ủy viên`, `y ban`)


def cut_units(tokens: Sequence[Token]) -> Units:
    vocab = knowledge.roles()
    common, surnames = knowledge.surnames()
    personal = common - _ORGAN_HEADS  # (not `Đoàn Đại biểu`, `Đoàn Kinh tế`: the youth union or a delegation)
    units: list[Unit] = []
    keys = [t.key for t in tokens]
    first_words = vocab.first_words
    index = 0
    while index < len(tokens):
        token = tokens[index]
        if _bracketed_abbreviation(tokens, index) and units and units[-1].kind in ("term", "cap", "title"):
            units.append(Unit("term", index, index + 2))  # `Bộ Chỉ huy Quân sự (CHQS) tỉnh`
            index += 3
            continue
        if _bracketed_term(tokens, index) and units and units[-1].kind in ("term", "cap", "title"):
            units.append(Unit("term", index, index + 3))  # `Đoàn đại biểu Quốc hội (khóa XV) thành phố …`
            index += 4
            continue
        if token.text == "&" and units and units[-1].kind in ("term", "cap") and _cap_after(tokens, index):
            units.append(Unit("term", index, index))  # `Trường THCS & THPT X`: one school of two levels
            index += 1
            continue
        glued = token.text == "." and index and _glued_level(tokens, index)
        point = token.text == "." and index and _abbreviated(tokens[index - 1], units)
        if glued or (point and _named_after(tokens, keys, index + 1)):
            units.append(Unit("term", index, index))  # `Thành ủy TP. Bà Rịa`, `PCT. HĐND`: an abbreviation's point
            index += 1
            continue
        if token.key == _BAO and token.cap and index + 1 < len(tokens) and tokens[index + 1].key == _CAO:
            units.append(Unit("other", index, index + 1))  # `… Tỉnh ủy Báo cáo kết quả …`: a verb, no newspaper
            index += 2
            continue
        if token.key in _PHOTO and index + 1 < len(tokens) and tokens[index + 1].text == ":":
            units.append(Unit("other", index, index))  # `… Quảng Ninh ẢNH: LÃ NGHĨA HIẾU`: a caption's credit
            index += 1
            continue
        if token.text == "/" and _glued_offices(tokens, keys, units, index):
            units.append(Unit("term", index, index))  # `Ủy viên Ban Thường vụ Tỉnh ủy/Bí thư Thành ủy`: as printed
            index += 1
            continue
        if token.kind == "punct":
            spaced = token.text == "/" and 0 < index < len(tokens) - 1 and (
                tokens[index - 1].end < token.start and token.end < tokens[index + 1].start
            )  # `Ủy viên Ban Thường vụ / Trưởng Ban Tổ chức Quận ủy`: a portal's separator of offices
            kind = "sep" if token.text in ",;:.-–—" or spaced else "other"
            units.append(Unit(kind, index, index, token.text))
            index += 1
            continue
        if _title_ends_a_name(tokens, keys, index, vocab, surnames):
            units.append(Unit("cap", index, index))  # `Nguyễn Minh Chánh tri ân …`: a given name, no `Chánh …` office
            index += 1
            continue
        starts = token.key in first_words
        # (`ông Trương An Ninh`: after an honorific and a surname, a sector's words are given names)
        named = len(units) > 1 and units[-2].kind == "honorific" and units[-1].kind == "cap" and (
            tokens[index - 1].key in surnames
        )
        # (`Chủ tịch UBND phường Tân Định Nguyễn Hải Quân`: after a common surname, `Hải Quân` is no navy)
        named = named or (token.cap and units and units[-1].kind == "cap" and tokens[index - 1].key in personal)
        for kind, size in (
            ()
            if not starts
            else (
                ("honorific", vocab.honorifics.longest_at(keys, index)),
                ("rank", vocab.ranks.longest_at(keys, index)),
                ("title", vocab.starts_title(keys, index)),
                # the longer of an organ word and a sector: `Xã hội` after `Văn hóa -`, not `Xã`
                ("term", 0 if named and token.cap else max(
                    vocab.terms.longest_at(keys, index), vocab.sectors.longest_at(keys, index) if token.cap else 0
                )),
                ("broken title", vocab.damaged_titles.longest_at(keys, index)),
                ("damaged", _damaged_at(vocab, keys, index, token.cap)),
            )
        ):
            if size and kind == "broken title":
                units.append(Unit("title", index, index + size - 1, broken=True))  # `Tnh ủy viên`
                index += size
                break
            if size and kind == "honorific" and (
                _inside_capital_run(tokens, index, size) or _place_after_unit(units, tokens, index, size)
            ):
                continue  # `phường Hai Bà Trưng`, `Thành ủy TP. Bà Rịa`: `Bà` inside a place's name is no honorific
            if size:
                units.append(Unit(kind, index, index + size - 1, broken=kind == "damaged"))
                index += size
                break
        else:
            following = tokens[index + 1] if index + 1 < len(tokens) else None
            if (
                token.key == _VA
                and following is not None
                and following.cap
                and (following.key not in surnames or vocab.sectors.longest_at(keys, index + 1) > 1)
                # (`… Chủ tịch HĐND tỉnh và Trung tướng A`: a rank or honorific after `và` opens the next person)
                and not vocab.ranks.longest_at(keys, index + 1)
                and not vocab.honorifics.longest_at(keys, index + 1)
                # (`A, Giám đốc Công an tỉnh và Giám đốc Sở Y B`: a title after `và` opens the next person's office)
                and not vocab.starts_title(keys, index + 1)
                and following.key not in _SECOND_BODY  # (`Trưởng khu phố A và Ban Cai quản …`: a second body)
            ):  # `Sở Dân tộc và Tôn giáo`: Tôn starts a sector here, not a name
                kind = "term"
            elif (
                token.key == _VA
                and units
                and units[-1].kind == "term"
                and units[-1].last > units[-1].first
                and not tokens[units[-1].last].cap
                and following is not None
                and not following.cap
                and following.key not in _ORGAN_HEADS  # (`Sở Y tế và đoàn đại biểu …`: a second body, not the task)
                and vocab.terms.longest_at(keys, index + 1) > 1
            ):  # `Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn`: two lower-case tasks of one organ
                kind = "term"
            elif (
                token.key in _OF
                and following is not None
                and following.cap
                and vocab.terms.longest_at(keys, index + 1)
            ):
                kind = "term"  # `Ủy viên Ủy ban Pháp luật của Quốc hội`
            elif (
                token.key == _TAI
                and index
                and tokens[index - 1].key == _FULL_TIME
                and following is not None
                and following.cap
                and vocab.terms.longest_at(keys, index + 1)
            ):
                kind = "term"  # `Ủy viên hoạt động chuyên trách tại Ủy ban Dân nguyện …`: where the full-time post is
            elif (
                token.kind == "num"
                and units
                and units[-1].kind in ("term", "cap")
                and len(token.text) <= 3
                and not _number_goes_on(tokens, index)
            ):
                kind = "term"  # `khóa 15`, `Quân khu 2`, `Chi bộ thôn 3`
            elif (
                token.key in _OLD_OR_NEW
                and units
                and units[-1].kind in ("term", "cap")
                and (following is None or following.text in ",;.)–-")
            ):
                kind = "term"  # `Bí thư Quận ủy quận 1 cũ, …`, `tỉnh Lâm Đồng mới, …`: the unit's old or new map
            elif token.cap and token.key != _CAC:  # (`… Hà Tĩnh Các ứng cử viên …`: a new sentence, no organ)
                kind = "cap"
            elif is_damaged(token):
                kind = "damaged"
            else:
                kind = "other"
            units.append(Unit(kind, index, index))
            index += 1
    return Units(units)


def _title_ends_a_name(
    tokens: Sequence[Token], keys: list[str], index: int, vocab: knowledge.RoleVocabulary, surnames: frozenset[str]
) -> bool:
    """A one-word title (`Chánh`, `Phó`) that ends a run of capitalised words opening with a surname and is followed
    by a lower-case word no office goes on with: the person's last given name."""
    token = tokens[index]
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    if not token.cap or index < 2 or following is None or following.cap or not following.is_word:
        return False
    if vocab.starts_title(keys, index) != 1 or vocab.terms.longest_at(keys, index + 1):
        return False
    for first in range(index - 2, max(-1, index - 5), -1):  # (a surname one to three words before it)
        run = tokens[first:index]
        if not all(word.is_word and word.cap and not word.upper for word in run):
            return False
        if tokens[first].key in surnames:
            return True
    return False


def _number_goes_on(tokens: Sequence[Token], index: int) -> bool:
    """`7/3`, `1.000`, `2-3`: a number that a date or figure continues (`Quân khu 7.` ends a sentence)."""
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    if following is None or following.text not in "/.-":
        return False
    after = tokens[index + 2] if index + 2 < len(tokens) else None
    # (`… Hà Tĩnh 2. Ông …`: the number of the next item in a list)
    common, _ = knowledge.surnames()
    return following.text != "." or (
        after is not None and (after.kind == "num" or after.key in _ITEM_OPENERS or (after.cap and after.key in common))
    )


def _place_after_unit(units: list[Unit], tokens: Sequence[Token], index: int, size: int) -> bool:
    """`TP. Bà Rịa`, `huyện Bà Chiểu`: a one-word honorific that opens a place's name after a unit word."""
    if size != 1 or not units or units[-1].kind != "term" or index + 1 >= len(tokens) or not tokens[index + 1].cap:
        return False
    return bool(gazetteer.lookup(f"{tokens[index].text} {tokens[index + 1].text}"))


def _abbreviated(previous: Token, units: list[Unit]) -> bool:
    """`TP`, `PCT`, `UBND`: an abbreviated unit or title whose point does not end the sentence."""
    return previous.key in _LEVEL_ABBREVIATIONS or (
        previous.upper and 2 <= len(previous.text) <= 5 and bool(units) and units[-1].kind in ("title", "term")
    )


_LEVEL_LETTERS = frozenset("PXQH")


def _glued_offices(tokens: Sequence[Token], keys: list[str], units: list[Unit], index: int) -> bool:
    """A `/` with no space on either side between an office's organ, or an abbreviated office (`UVBTVQU/Bí thư
    Đảng ủy phường`), and the next title."""
    if not units or units[-1].kind not in ("term", "cap", "title") or index + 1 >= len(tokens):
        return False
    tight = tokens[index - 1].end == tokens[index].start and tokens[index].end == tokens[index + 1].start
    return tight and bool(knowledge.roles().starts_title(keys, index + 1))


def _glued_level(tokens: Sequence[Token], index: int) -> bool:
    """`UBND P.Lâm Viên`, `X.Phước Hải`: a one-letter level glued to its unit's name by the point."""
    if index + 1 >= len(tokens):
        return False
    letter, point, name = tokens[index - 1], tokens[index], tokens[index + 1]
    glued = letter.end == point.start and point.end == name.start
    return letter.text in _LEVEL_LETTERS and glued and name.cap


def _named_after(tokens: Sequence[Token], keys: list[str], at: int) -> bool:
    """`… TP. Bà Rịa`, `PCT. Hội đồng nhân dân`: a place or an organ after an abbreviation's point (not the
    next sentence, `… HĐND TP. Kỳ họp …`)."""
    if at >= len(tokens) or not tokens[at].cap:
        return False
    if tokens[at].upper or knowledge.roles().terms.longest_at(keys, at) >= 2:  # (`UBND`, `Hội đồng nhân dân`)
        return True
    return any(gazetteer.lookup(" ".join(t.text for t in tokens[at : at + size])) for size in (3, 2)
               if at + size <= len(tokens) and all(t.cap for t in tokens[at : at + size]))


def _cap_after(tokens: Sequence[Token], index: int) -> bool:
    return index + 1 < len(tokens) and tokens[index + 1].cap


def _inside_capital_run(tokens: Sequence[Token], index: int, size: int) -> bool:
    """A one-word capitalised honorific between two capitalised words joined by single spaces."""
    if size != 1 or not 0 < index < len(tokens) - 1 or not tokens[index].cap:
        return False
    before, after = tokens[index - 1], tokens[index + 1]
    return (
        before.cap and not before.upper and after.cap and not after.upper
        and before.end + 1 == tokens[index].start and tokens[index].end + 1 == after.start
    )


def _bracketed_abbreviation(tokens: Sequence[Token], index: int) -> bool:
    """`(CHQS)`, `(MTTQ)`: an organ's abbreviation in brackets, which the role goes on after."""
    return (
        tokens[index].text == "("
        and index + 2 < len(tokens)
        and tokens[index + 1].upper
        and len(tokens[index + 1].text) <= 8
        and tokens[index + 2].text == ")"
    )


_KHOA = frozenset(map(tone_key, ("khóa", "khoá")))


def _bracketed_term(tokens: Sequence[Token], index: int) -> bool:
    """`(khóa XV)`: a term in brackets inside an office's name, which the role goes on after."""
    return (
        tokens[index].text == "("
        and index + 3 < len(tokens)
        and tokens[index + 1].key in _KHOA
        and (tokens[index + 2].upper or tokens[index + 2].kind == "num")
        and tokens[index + 3].text == ")"
    )


def _damaged_at(vocab: knowledge.RoleVocabulary, keys: list[str], index: int, capital: bool) -> int:
    """A role word that lost letters; one capitalised word alone may just be a name (`Quan`, `Chanh`)."""
    size = vocab.damaged.longest_at(keys, index)
    return 0 if size == 1 and capital else size


class Units(list):  # type: ignore[type-arg]
    """The units of a paragraph, with the unit of every token at hand."""

    def __init__(self, units: list[Unit]) -> None:
        super().__init__(units)
        self.of_token = [position for position, unit in enumerate(units) for _ in range(unit.first, unit.last + 1)]


def unit_at(units: list[Unit], token_index: int) -> int:
    """Index of the unit holding a token (units cover every token, in order)."""
    if isinstance(units, Units):
        return units.of_token[token_index] if 0 <= token_index < len(units.of_token) else -1
    low, high = 0, len(units) - 1
    while low <= high:
        middle = (low + high) // 2
        if units[middle].last < token_index:
            low = middle + 1
        elif units[middle].first > token_index:
            high = middle - 1
        else:
            return middle
    return -1
