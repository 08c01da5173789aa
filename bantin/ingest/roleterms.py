"""Qualifiers and terms of an office read around a name: the marks of a former or a new unit (`cũ`, `mới`,
`trước sáp nhập`), terms (`khóa X`, `nhiệm kỳ 2020-2025`), and whether an office given is one held."""

from __future__ import annotations

from collections.abc import Sequence

from ..textnorm import tone_key
from . import knowledge
from .tokens import Token

_KHOA = frozenset(map(tone_key, ("khóa", "khoá")))


def between(tokens: Sequence[Token], last: int, first: int) -> list[str]:
    return [t.text for t in tokens[last + 1 : first]]


_CU = tone_key("cũ")
# `Bí thư Tỉnh ủy X trước sáp nhập`, `Chủ tịch UBND tỉnh X sau hợp nhất`: which map's unit the office names
_MERGER_MARKS = tuple(
    tuple(tone_key(w) for w in phrase.split())
    for phrase in ("trước sáp nhập", "sau sáp nhập", "trước hợp nhất", "sau hợp nhất", "trước sắp xếp", "sau sắp xếp")
)
_MOI = tone_key("mới")
_TRUOC_DAY = (tone_key("trước"), tone_key("đây"))


def with_former_mark(tokens: Sequence[Token], span: tuple[int, int]) -> tuple[int, int]:
    """`Bí thư Quận ủy quận 5 (cũ)`, `Chủ tịch UBND tỉnh X mới`, `… tỉnh X trước sáp nhập`: the mark of a
    former or a new unit stays on the office it qualifies."""
    first, last = span
    if last + 3 < len(tokens) and [t.text for t in tokens[last + 1 : last + 4]] == ["(", tokens[last + 2].text, ")"]:
        return (first, last + 3) if tokens[last + 2].key in (_CU, _MOI) else span
    if last + 4 < len(tokens) and [t.text for t in tokens[last + 1 : last + 5 : 3]] == ["(", ")"] and tuple(
        t.key for t in tokens[last + 2 : last + 4]
    ) == _TRUOC_DAY:
        return first, last + 4  # `Phó Bí thư Tỉnh ủy X (trước đây)`
    keys = [t.key for t in tokens[last + 1 : last + 4]]
    merger = next((len(mark) for mark in _MERGER_MARKS if tuple(keys[: len(mark)]) == mark), 0)
    if merger:
        return first, last + merger
    if keys[:1] == [_MOI] and tokens[last].cap and _ends_office(tokens, last + 2):
        return first, last + 1  # a new unit's name (`tỉnh X mới`), not `mới` as `just` before a verb
    return (first, last + 1) if last + 1 < len(tokens) and tokens[last + 1].key == _CU else span


def _ends_office(tokens: Sequence[Token], at: int) -> bool:
    """Whether an office's words end at token `at`: the paragraph ends, a mark, or its term follows."""
    return at >= len(tokens) or tokens[at].kind == "punct" or tokens[at].key in TERM_KEYS


_NHIEM_KY = [tone_key("nhiệm"), tone_key("kỳ")]


def _term_right_after(tokens: Sequence[Token], last: int) -> tuple[int, int] | None:
    """The years of `nhiệm kỳ 2020-2025` written right after token `last`."""
    words = [t.key for t in tokens[last + 1 : last + 6]]
    if words[:2] == _NHIEM_KY and len(words) == 5 and words[3] in "-–" and all(
        tokens[last + at].kind == "num" and len(tokens[last + at].text) == 4 for at in (3, 5)
    ):
        return int(tokens[last + 3].text), int(tokens[last + 5].text)
    return None


def with_written_term(tokens: Sequence[Token], span: tuple[int, int]) -> tuple[int, int]:
    """An office held, written with its term (`Bí thư Tỉnh ủy X khóa XIX, nhiệm kỳ 2020-2025`), keeps it as
    written: only offices given in the article drop theirs."""
    first, last = span
    if last + 2 < len(tokens) and tokens[last + 1].key in _KHOA and tokens[last + 2].text.isupper():
        last += 2  # `khóa XIX`
        if last + 1 < len(tokens) and tokens[last + 1].text == "," and _term_right_after(tokens, last + 1):
            last += 6  # `, nhiệm kỳ 2020-2025`
    elif _term_right_after(tokens, last):
        last += 5
    return first, last


def term_at(tokens: Sequence[Token], start: int) -> tuple[int, int] | None:
    """The term of the office given from token `start` on (`giữ chức Bí thư Tỉnh ủy nhiệm kỳ 2025-2030`)."""
    for at in range(start, min(len(tokens), start + 15)):
        if tokens[at].text in ";.:(":
            return None
        if [t.key for t in tokens[at : at + 2]] == _NHIEM_KY:
            return _term_right_after(tokens, at - 1)
    return None


def with_past_term(
    tokens: Sequence[Token], span: tuple[int, int], given: tuple[int, int] | None
) -> tuple[int, int]:
    """`A, Bí thư Tỉnh ủy nhiệm kỳ 2020-2025, được chỉ định giữ chức … nhiệm kỳ 2025-2030`: the office
    held before the one given keeps the past term that dates it (a current term is dropped as usual)."""
    first, last = span
    held = _term_right_after(tokens, last)
    if held and given and held[1] <= given[0]:
        return first, last + 5
    return span


def plain_words(tokens: Sequence[Token], span: tuple[int, int]) -> tuple[str, ...]:
    """A role's words without bare level words (`Tỉnh ủy tỉnh X` reads as `Tỉnh ủy X`)."""
    levels = knowledge.level_words()
    return tuple(t.key for t in tokens[span[0] : span[1] + 1] if (t.key,) not in levels and t.is_word)


def same_office(held: tuple[str, ...], given: tuple[str, ...]) -> bool:
    """Whether an office given is the one held: the same words, one of them with its unit named further
    (a bare title, `Phó Bí thư`, says too little to be an office held)."""
    if held[: len(given)] == given:
        return True
    size = knowledge.roles().starts_title(held)
    return 0 < size < len(held) and given[: len(held)] == held


_DOI_VOI = (tone_key("đối"), tone_key("với"))
TERM_KEYS = frozenset(map(tone_key, ("nhiệm", "kỳ", "kì", "khóa", "khoá")))


def given_to_next(tokens: Sequence[Token], last: int) -> bool:
    """Whether an office is followed by `đối với` (after its term): it is given to the name after that."""
    at = last + 1
    while at < len(tokens) and (tokens[at].kind == "num" or tokens[at].text in "-–" or tokens[at].key in TERM_KEYS):
        at += 1
    return tuple(t.key for t in tokens[at : at + 2]) == _DOI_VOI


def term_tail_start(tokens: Sequence[Token], last: int) -> int | None:
    """`… nhiệm kỳ 2020-2025` or `… khóa XIV` ending at token `last`: the index where that term starts."""
    at = last
    while at >= 0 and (tokens[at].kind == "num" or tokens[at].text in "-–"):
        at -= 1
    if at == last:  # `khóa XIV`: a Roman numeral is a word
        at -= 1
        return at if at >= 0 and tokens[at].key in _KHOA and tokens[last].text.isupper() else None
    if at >= 1 and [tokens[at - 1].key, tokens[at].key] == _NHIEM_KY:
        return at - 1
    return at if at >= 0 and tokens[at].key in _KHOA else None


def without_term(tokens: Sequence[Token], span: tuple[int, int]) -> tuple[int, int]:
    """An office given in the article is kept without its term: `Bí thư Đảng ủy xã khóa I` -> `… xã`."""
    first, last = span
    for at in range(last, first, -1):
        if tokens[at].key in _KHOA and last - at <= 2:
            return first, at - 1
    return span




def province_address(tokens: Sequence[Token], span: tuple[int, int], first: int, last: int) -> bool:
    """`Bí thư phường Bình Trưng, TP HCM`: a province written after an office of a named commune or ward
    says where that unit lies; it is not part of the office."""
    from . import gazetteer, places  # local: places reads the role vocabulary through this package

    office = places.find_mentions(" ".join(t.text for t in tokens[span[0] : span[1] + 1]))
    if not any(gazetteer.TIER.get(m.level) in ("commune", "district") and m.name for m in office):
        return False
    piece = " ".join(t.text for t in tokens[first : last + 1])
    if gazetteer.is_province(piece.rstrip(". ")):
        return True  # `Chủ tịch UBND huyện Trùng Khánh, Cao Bằng`: the bare name of the province
    found = places.find_mentions(piece)
    return (
        len(found) == 1
        and found[0].start == 0
        and found[0].end >= len(piece.rstrip(". "))
        and found[0].level in ("tỉnh", "thành phố")
        and bool(found[0].name)
        and gazetteer.is_province(found[0].name or "")
    )


# `… được bầu giữ chức Chủ tịch UBND huyện`: the office newly given, after the name
APPOINTED = tuple(
    tuple(tone_key(w) for w in phrase.split())
    for phrase in (
        "giữ chức vụ",
        "giữ chức",
        "đảm nhiệm chức danh",
        "đảm nhiệm chức vụ",
        "đảm nhiệm chức",
        "bầu làm",
        "bầu lại làm",  # `A được bầu lại làm Chủ tịch Hội …`
        "bầu bổ sung làm",
        "tín nhiệm bầu",  # `A được tín nhiệm bầu Bí thư đoàn phường …`
        "được bầu",  # `A được bầu Chủ tịch …`
        "tái bổ nhiệm làm",
        "tái bổ nhiệm",
        "tiếp tục làm",  # `ông A tiếp tục làm Chủ nhiệm`
        "chỉ định làm",
        "điều động làm",
        "luân chuyển làm",
        "phân công làm",
        "bổ nhiệm làm",
        "bổ nhiệm",
        "chỉ định",
        "giữ chức danh",
        "tái đắc cử chức danh",
        "tái đắc cử chức vụ",
        "tái đắc cử chức",
        "đắc cử chức danh",
        "tái đắc cử",
        "đắc cử chức vụ",
        "đắc cử chức",
        "đắc cử",
        "trúng cử chức danh",
        "trúng cử chức vụ",
        "trúng cử chức",
        "trúng cử",
        "tái cử chức danh",
        "tái cử chức vụ",
        "tái cử chức",
        "tái cử",
    )
)


def given_before(tokens: Sequence[Token], first: int) -> bool:
    """Whether an appointment's words (`… tái cử chức danh`, `được bầu giữ chức`) end right before a role."""
    keys = [token.key for token in tokens[max(0, first - 4) : first]]
    return any(tuple(keys[len(keys) - len(phrase) :]) == phrase for phrase in APPOINTED if len(phrase) <= len(keys))


_CANDIDATE = tuple(tuple(tone_key(w) for w in phrase.split()) for phrase in ("ứng cử viên", "ứng viên"))


def candidacy(tokens: Sequence[Token], first: int) -> bool:
    """Whether the role starting at token `first` is what someone stands for (`Ứng cử viên ĐBQH`)."""
    return any(tuple(t.key for t in tokens[max(0, first - len(w)) : first]) == w for w in _CANDIDATE)
