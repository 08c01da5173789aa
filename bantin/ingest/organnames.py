"""Where an office's organ name runs on in lower case (`Ban Quản lý dự án đầu tư xây dựng các công trình giao
thông`): the words that end it and the run of lower-case words a name may hold."""

from __future__ import annotations

from collections.abc import Sequence

from ..textnorm import tone_key
from .tokens import Token
from .units import Unit

_KIEM = tone_key("kiêm")  # `… Chủ tịch UBND xã kiêm …`: a second office, not more of the organ

# words that end an office's name when written in lower case after it (verbs, prepositions, time words):
# what comes next is the sentence, not more of the organ
_NAME_ENDERS = (
    "tại về với đã đang sẽ vừa được bị cùng dự kiểm thăm trao cho có là theo đến tới cũng trì tham "
    "đi nêu cáo chúc tặng tiếp khảo giám chỉ nhấn yêu đề ghi nhận biểu khẳng gửi thay cảm và các những "
    "này đó khi sau trước để nhằm do bởi vì nên nhưng hay hoặc mà thì lại ra vào lên xuống qua từ giữa "
    "trên dưới ngày sáng chiều tối hôm nay người phụ kiêm nguyên tân hiện đương nhiệm kỳ khóa khoá ông bà "
    "đồng trình trả ký giải thông điều đánh quán chức kết buổi lễ cuộc họp động mừng dương luận "
    "ý bày lời bố khai đón tiễn dâng thắp viếng nói cho rằng biết mong đặt tọa toạ dẫn khởi cắt bấm hướng kêu gặp"
)
_ENDS_A_NAME = frozenset(tone_key(word) for word in _NAME_ENDERS.split())
MAX_LOWER_IN_NAME = 4


def lowercase_inside_name(
    units: Sequence[Unit], tokens: Sequence[Token], end: int, stop_tokens: frozenset[int]
) -> int:
    """`Cục An ninh đối ngoại Bộ Công an`, `Hạt Kiểm lâm Khu bảo tồn thiên nhiên X`: a few lower-case words
    inside an organ's name, when the name then goes on (role or capitalised words) to the end of the clause.
    Returns the unit index after the bridged words (`end` itself when they are not part of the name)."""
    if not 0 < end < len(units) or units[end - 1].kind not in ("term", "cap", "damaged"):
        return end
    at = end
    while True:
        lower = _lower_run(units, tokens, at, stop_tokens)
        if lower == at or lower >= len(units):
            return end
        if tokens[units[lower].first].kind == "num" and len(tokens[units[lower].first].text) <= 3:
            numbered = lower + 1  # `Tòa án nhân dân khu vực 4`, `Đại đội 1`: a numbered unit ends the name
            closing = units[numbered] if numbered < len(units) else None
            return numbered if _name_ends_at(closing, tokens, stop_tokens) else end
        bracket = _caps_bracket(units, tokens, lower)  # `Cục An ninh chính trị nội bộ (Bộ Công an)`
        if bracket is not None:
            closing = units[bracket] if bracket < len(units) else None
            return lower if _name_ends_at(closing, tokens, stop_tokens) else end
        if not _goes_on(units[lower], stop_tokens, ("term", "cap", "damaged")):
            return end
        at = lower
        while (
            at < len(units)
            and _goes_on(units[at], stop_tokens, ("term", "cap", "damaged"))
            and tokens[units[at].first].key != _KIEM
        ):
            at += 1
        closing = units[at] if at < len(units) else None
        if _name_ends_at(closing, tokens, stop_tokens):
            return lower
        if closing.kind != "other":
            return end


def _caps_bracket(units: Sequence[Unit], tokens: Sequence[Token], at: int) -> int | None:
    """The unit after `(Bộ Công an)` when a bracket of capitalised and organ words opens at unit `at`."""
    if tokens[units[at].first].text != "(":
        return None
    close = at + 1
    while close < len(units) and close - at <= 6 and units[close].kind in ("cap", "term"):
        close += 1
    if close == at + 1 or close >= len(units) or tokens[units[close].first].text != ")":
        return None
    return close + 1


def _name_ends_at(closing: Unit | None, tokens: Sequence[Token], stop_tokens: frozenset[int]) -> bool:
    """The clause ends, another office starts (`… TPHCM kiêm Chủ tịch …`) or the sentence goes on with
    a word no organ's name holds (`… của Đảng đã đến thăm`)."""
    if closing is None or closing.first in stop_tokens or closing.kind == "title":
        return True
    key = tokens[closing.first].key
    return (closing.kind == "sep" and closing.text in ",;.:") or key == _KIEM or (
        closing.kind == "other" and key in _ENDS_A_NAME
    )


def _goes_on(unit: Unit, stop_tokens: frozenset[int], kinds: tuple[str, ...]) -> bool:
    return unit.kind in kinds and unit.first not in stop_tokens


def _lower_run(units: Sequence[Unit], tokens: Sequence[Token], at: int, stop_tokens: frozenset[int]) -> int:
    start = at
    while (
        at < len(units)
        and at - start < MAX_LOWER_IN_NAME
        and units[at].kind == "other"
        and tokens[units[at].first].is_word
        and not tokens[units[at].first].cap
        and tokens[units[at].first].key not in _ENDS_A_NAME
        and units[at].first not in stop_tokens
    ):
        at += 1
    return at
