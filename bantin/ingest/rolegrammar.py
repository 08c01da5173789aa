"""Office titles written around a name: `Bí thư Huyện ủy Si Ma Cai Hà Đức Minh`, `A, UV BTV Tỉnh uỷ, PCT`.

A paragraph is cut into units (a title, a role word, a capitalised word, a separator, anything
else); a role is a run of role units that starts with a title. Roles keep the writer's spelling.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..textnorm import tone_key
from . import gazetteer, knowledge
from .appointing import ELECTED_AS, makes_an_appointment
from .asides import LIST_SEPARATORS, bracket_after, bracketed_aside, past_alias, past_asides
from .listitems import item_end_names_someone
from .organnames import lowercase_inside_name
from .roleterms import (
    APPOINTED,
    TERM_KEYS,
    between,
    candidacy,
    given_before,
    given_to_next,
    plain_words,
    province_address,
    same_office,
    term_at,
    term_tail_start,
    with_former_mark,
    with_past_term,
    with_written_term,
    without_term,
)
from .tokens import Token
from .units import Unit, unit_at

ROLE_KINDS = frozenset({"title", "term", "cap", "damaged"})
_DON, _KIEM = tone_key("đơn"), tone_key("kiêm")  # (`…, kiêm Chủ tịch …`: a concurrent office, one more role)
_TAN = tone_key("tân")
_VA = tone_key("và")
# `các ông A và B đều là phó chủ tịch UBND tỉnh`: an office stated of the names, kept as written
_STATED = tuple(tuple(tone_key(w) for w in phrase.split()) for phrase in ("đều là", "là"))
_APPOINTED_STARTS = frozenset(phrase[0] for phrase in APPOINTED + _STATED)
# words that may stand between a name and `được bầu giữ chức OFFICE`: other names in a list,
# their roles, and the wording of the appointment itself
_APPOINTMENT_WORDS = frozenset(
    tone_key(word)
    for phrase in (
        "và đã được bầu tái đắc cử giữ chức vụ làm đều",
        "chỉ định bổ nhiệm tiếp tục tín nhiệm lại cùng các đồng chí đ/c",  # (`… tiếp tục đảm nhiệm chức danh …`)
        "điều động luân chuyển nhiệm kỳ khóa khoá tham gia",
        "người vừa mới",  # `A, người vừa đắc cử chức Bí thư Tỉnh ủy`
        "phân công",  # `A, Bí thư Tỉnh ủy X, được phân công giữ chức vụ …`
        "phê chuẩn kết quả",  # `A vừa được Thủ tướng phê chuẩn kết quả bầu giữ chức …`
        "bộ chính trị",  # `A được Bộ Chính trị điều động làm …`: who appoints
        "về đến nhận công tác tại",  # `A, role, về công tác tại Thành ủy X, chỉ định … và giữ chức …`
    )
    for word in phrase.split()
)
_CLAUSE_END = frozenset(";.:()")
_PASSIVE = frozenset(map(tone_key, ("được",)))
_FORMER_MARKS = frozenset(map(tone_key, ("cũ", "mới")))


def _piece(units: list[Unit], tokens: Sequence[Token], start: int, stop_tokens: frozenset[int]) -> int:
    """Units from start on that can belong to a role; returns the index after the last one."""
    end = start
    while True:
        while end < len(units) and units[end].kind in ROLE_KINDS and units[end].first not in stop_tokens:
            end += 1
        bridged = lowercase_inside_name(units, tokens, end, stop_tokens) if end > start else end
        if bridged == end:
            return end
        end = bridged


def _continues(units: list[Unit], start: int, end: int, tokens: Sequence[Token]) -> bool:
    """A piece without a title that still belongs to the role before it (`Quận, Huyện Ban tổ chức`,
    `ĐBQH khóa XV, đơn vị tỉnh Lào Cai`, `Tổ chức – Nội vụ`)."""
    if end <= start:
        return False
    if tokens[units[start].first].key == _DON and units[start].last > units[start].first:
        return True
    closing = units[end] if end < len(units) else None
    opening = units[start - 1] if start else None
    after_dash = opening is not None and opening.kind == "sep" and opening.text in "-–—"
    # (`Trưởng ban Kinh tế - Ngân sách, HĐND tỉnh được bầu …`: the parent body, then the appointment)
    appointed = closing is not None and tokens[closing.first].key in _APPOINTED_STARTS | _PASSIVE
    ends = closing is None or closing.kind == "sep" or appointed
    return units[start].kind in ("cap", "term") and (after_dash or ends)


def roles_after(
    units: list[Unit], tokens: list[Token], name_last: int, stop_tokens: frozenset[int]
) -> list[tuple[int, int]]:
    """Roles written after a name, as (first token, last token) spans."""
    index = past_asides(units, tokens, past_alias(units, tokens, unit_at(units, name_last) + 1))
    aside = bracketed_aside(units, tokens, index)
    if aside is not None:  # `A (44 tuổi, quê xã X) là Tỉnh ủy viên, …`
        index, name_last = aside
    if index >= len(units):
        return []
    if (units[index].kind == "sep" and units[index].text in LIST_SEPARATORS | {":"}) or tokens[
        units[index].first
    ].text == "(":
        index += 1
        if index + 1 < len(units) and tokens[units[index].first].key == _TAN and units[index + 1].kind == "title":
            index += 1  # `A, tân Phó Chủ tịch UBND tỉnh`: `tân` (newly appointed) is not part of the office
    elif units[index].kind != "title":
        index = _appointment(units, tokens, name_last, stop_tokens)
        if index < 0:
            return []
        stated = tokens[units[index].first - 1].key == _STATED[-1][0]
        if stated:
            return _pieces_from(units, tokens, index, stop_tokens)
        return _appointed(units, tokens, index, stop_tokens)
    spans = bracket_after(units, tokens, _pieces_from(units, tokens, index, stop_tokens), stop_tokens)
    # `Phó Bí thư Tỉnh ủy A, Chủ tịch UBND tỉnh B`: a title that runs into the next name is that name's,
    # and so is every office after the `;` that opens B's item (`A, Giám đốc Sở; Thành ủy viên, Phó Chủ tịch B`)
    cut = next((i for i, (_, last) in enumerate(spans) if last + 1 in stop_tokens), len(spans))
    if cut < len(spans):
        cut = next((i for i in range(cut, 0, -1) if ";" in between(tokens, spans[i - 1][1], spans[i][0])), cut)
    spans = spans[:cut]
    if spans and given_to_next(tokens, spans[-1][1]):
        spans.pop()  # `… đối với ông A, Chủ tịch UBND tỉnh đối với ông B`: that office is B's
    spans = [with_former_mark(tokens, span) for span in spans]
    # `A, Phó Bí thư Huyện ủy được bầu giữ chức Chủ tịch UBND huyện`; `A, B giữ chức Phó Chủ tịch`
    later = _appointment(units, tokens, spans[-1][1] if spans else name_last, stop_tokens, name_last)
    if later < 0:
        spans = [with_written_term(tokens, span) for span in spans]
    if later >= 0:
        spans = [with_past_term(tokens, span, term_at(tokens, units[later].first)) for span in spans]
        held = [plain_words(tokens, span) for span in spans]
        # `A, Bí thư Tỉnh ủy tỉnh X nhiệm kỳ cũ, được bầu giữ chức Bí thư Tỉnh ủy X`, `A, Phó Bí thư Tỉnh ủy, được
        # chỉ định tiếp tục giữ chức Phó Bí thư Tỉnh ủy X`: re-elected to the office held, not a new one
        given = [plain_words(tokens, span) for span in _appointed(units, tokens, later, stop_tokens)]
        new = [span for span, words in zip(_appointed(units, tokens, later, stop_tokens), given, strict=True)
               if not any(same_office(old, words) for old in held)]
        # `A, Bí thư Tỉnh ủy khóa XIX tái cử chức vụ Bí thư Tỉnh ủy khóa XX`: the office given again, without its term
        spans = [without_term(tokens, span) if any(same_office(old, words) for words in given) else span
                 for span, old in zip(spans, held, strict=True)] + new
    return spans


def _runs_on(tokens: Sequence[Token], last: int) -> bool:
    """Whether the lower-case words right after a role start an organ or sector name (`dự án`, `đầu tư`)."""
    if last + 2 >= len(tokens) or tokens[last].end + 1 != tokens[last + 1].start or tokens[last + 1].cap:
        return False
    keys = [t.key for t in tokens]
    return knowledge.roles().sectors.longest_at(keys, last + 1) > 0


def _appointed(
    units: list[Unit], tokens: Sequence[Token], index: int, stop_tokens: frozenset[int]
) -> list[tuple[int, int]]:
    """Offices given in the article from unit `index` on, without their terms: `được chỉ định làm Bí thư
    Đảng ủy, Chủ tịch HĐND phường`, and a second appointment after it (`…; được bầu làm Chủ tịch …`)."""
    spans: list[tuple[int, int]] = []
    for _ in range(3):
        pieces = _pieces_from(units, tokens, index, stop_tokens)
        # an office that runs into the next name is that name's
        pieces = pieces[: next((i for i, (_, last) in enumerate(pieces) if last + 1 in stop_tokens), len(pieces))]
        # `giữ chức Giám đốc Ban Quản lý dự án …`: an office whose name runs on in lower-case words the
        # grammar cannot read is left out rather than cut short
        pieces = [span for span in pieces if not _runs_on(tokens, span[1])]
        if not pieces:
            break
        spans += [with_former_mark(tokens, without_term(tokens, span)) for span in pieces]
        last = pieces[-1][1]
        while last + 1 < len(tokens) and (tokens[last + 1].key in TERM_KEYS or tokens[last + 1].kind == "num"
                                          or tokens[last + 1].text in "-–"):
            last += 1  # `… nhiệm kỳ 2021-2026`
        if last + 1 < len(tokens) and tokens[last + 1].text == ";":
            last += 1
        index = _appointment(units, tokens, last, stop_tokens)
        if index < 0 or any(at in stop_tokens for at in range(last, units[index].first)):
            break  # `…; đồng chí B được bầu làm …`: that office is B's
    return spans


def _pieces_from(
    units: list[Unit], tokens: Sequence[Token], index: int, stop_tokens: frozenset[int]
) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    while index < len(units):
        end = _piece(units, tokens, index, stop_tokens)
        if end == index:
            break
        concurrent = tokens[units[index].first].key == _KIEM and index + 1 < end and units[index + 1].kind == "title"
        if units[index].kind == "title" or concurrent or _led_by_prefix(units, tokens, index, end, bool(spans)):
            spans.append((units[index].first, units[end - 1].last))  # (`…, phụ trách Đảng ủy xã`: one more office)
        elif (
            spans
            and _continues(units, index, end, tokens)
            and not province_address(tokens, spans[-1], units[index].first, units[end - 1].last)
        ):
            spans[-1] = (spans[-1][0], units[end - 1].last)
        else:
            break
        if end < len(units) and units[end].kind == "sep" and units[end].text in LIST_SEPARATORS:
            index = end + 1
            continue
        if (  # `A, Ủy viên Bộ Chính trị; Bí thư Trung ương Đảng, …`: one person's list goes on after `;`
            spans
            and end + 1 < len(units)
            and units[end].kind == "sep"
            and units[end].text == ";"
            and units[end + 1].kind == "title"
            and not item_end_names_someone(tokens, units[end + 1].first, stop_tokens)
        ):
            index = end + 1
            continue
        break
    return spans


def _appointment(
    units: list[Unit], tokens: Sequence[Token], last: int, stop_tokens: frozenset[int], name_last: int | None = None
) -> int:
    """Unit index of the office in `A được … giữ chức OFFICE` (also `A, role và B, role được bầu giữ
    chức OFFICE`), looking from token `last` on; -1 when the clause says something else. `name_last`: where
    the name ends, when its roles stand between it and `last`."""
    at = last + 1
    elected = makes_an_appointment(tokens, last, last if name_last is None else name_last)
    while at < min(len(tokens), last + 60):
        token = tokens[at]
        phrases = APPOINTED + _STATED if token.key in _APPOINTED_STARTS else ()
        if elected and (token.key,) == ELECTED_AS:
            phrases = (ELECTED_AS,)
        for phrase in phrases:
            if tuple(t.key for t in tokens[at : at + len(phrase)]) == phrase:
                after = unit_at(units, at + len(phrase) - 1) + 1
                if after < len(units) and units[after].kind == "title":
                    return after
        if token.text == "(":  # `bầu bà A (với tỷ lệ phiếu bầu đạt 98%) và bà B (…) giữ chức …`: an aside
            close = next((i for i in range(at + 1, min(len(tokens), at + 30)) if tokens[i].text == ")"), None)
            if close is not None:
                at = close + 1
                continue
        unit = units[unit_at(units, at)]
        # (`bầu các ông A, …; và ông B, … giữ chức X`: `; và` goes on with the list the office is given to)
        listed = token.text == ";" and at + 1 < len(tokens) and tokens[at + 1].key == _VA
        if token.text in _CLAUSE_END and not listed:
            return -1
        allowed = (
            at in stop_tokens
            or unit.kind in ROLE_KINDS
            or unit.kind == "honorific"
            or token.text == ","
            or listed
            or token.key in _APPOINTMENT_WORDS
            or (token.kind == "num" or token.text in "-–")  # `nhiệm kỳ 2025-2030, giữ chức vụ …`
            or (token.cap and unit.kind != "other")
        )
        if not allowed:
            return -1
        at = unit.last + 1 if unit.kind in ROLE_KINDS | {"honorific"} else at + 1
    return -1


def _parent_body(units: list[Unit], start: int) -> bool:
    """`Phó Vụ trưởng Vụ Địa phương II, Văn phòng Trung ương Đảng A`: a body written after a comma, right
    before the name, is the parent of the unit in the office before it."""
    comma = units[start - 1].kind == "sep" and units[start - 1].text == ","
    return start >= 2 and units[start].kind == "term" and comma


def _after_a_name(units: list[Unit], start: int, stop_tokens: frozenset[int]) -> bool:
    """Whether the unit at `start` follows a name and a separator (`A – ROLE`)."""
    return (
        start >= 2
        and units[start - 1].kind == "sep"
        and units[start - 1].text in LIST_SEPARATORS
        and units[start - 2].last in stop_tokens
    )


def _led_by_prefix(
    units: list[Unit], tokens: Sequence[Token], start: int, end: int, after_a_role: bool = False
) -> bool:
    """`Phụ trách Văn phòng Tổng Bí thư A`: a piece that opens with a prefix word (`phụ trách`, `quyền`)
    and an organ, written before a name (or after another office and a comma), is an office though no
    title word follows the prefix."""
    unit = units[start]
    keys = [t.key for t in tokens[unit.first : unit.last + 1]]
    return (
        end - start > 1
        and (tokens[unit.first].cap or after_a_role)
        and knowledge.roles().prefixes.longest_at(keys) == len(keys)
        and units[start + 1].kind == "term"
    )


def roles_before(
    units: list[Unit], tokens: list[Token], name_first: int, stop_tokens: frozenset[int], name_last: int = -1
) -> list[tuple[int, int]]:
    """Roles written before a name (`Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Lào Cai Nguyễn Huy Tuấn`)."""
    index = unit_at(units, name_first) - 1
    skipped = index
    while index >= 0 and units[index].kind in ("honorific", "rank"):
        index -= 1
    # `Chủ tịch UBND tỉnh, đồng chí A`; `Phó Chủ tịch UBND tỉnh, A đã cắt băng`: the subject, what it does after it
    follows = tokens[name_last + 1] if 0 <= name_last < len(tokens) - 1 else None
    subject = follows is not None and follows.is_word and follows.text[:1].islower()
    separators = "-–—," if index < skipped or subject else "-–—"
    separated = index >= 0 and units[index].kind == "sep" and units[index].text in separators
    # `Bí thư Tỉnh ủy X là ông A`: the office stated of the person named after it
    stated = index >= 0 and index < skipped and units[index].first == units[index].last and (
        tokens[units[index].first].key == _STATED[-1][0]
    )
    if separated or stated:
        index -= 1
    term_end = None
    if separated and 0 <= index < skipped - 1:  # `Bí thư Thành ủy X nhiệm kỳ 2020-2025, đồng chí A`
        tail = term_tail_start(tokens, units[index].last)
        if tail is not None and tail > 0 and unit_at(units, tail - 1) < index:
            term_end, index = units[index].last, unit_at(units, tail - 1)
    elif index >= 3 and not separated and tokens[units[index].last].text == ")":  # `… tỉnh Kon Tum (cũ) A`
        mark = units[index].last
        if tokens[mark - 2].text == "(" and tokens[mark - 1].key in _FORMER_MARKS:
            term_end, index = mark, unit_at(units, mark - 3)
        else:  # `Phó Chủ tịch UBND TX. Tân Châu (tỉnh An Giang) A`: the unit's address in brackets, left out
            opening = next((i for i in range(mark - 1, max(0, mark - 8), -1) if tokens[i].text == "("), None)
            inside = " ".join(token.text for token in tokens[opening + 1 : mark]) if opening is not None else ""
            # (`Bí thư Đảng ủy Đặc khu Cô Tô (Quảng Ninh) A`: the province alone)
            if opening is not None and opening > 0 and (
                tokens[opening + 1].key in knowledge.unit_word_starts() or gazetteer.is_province(inside)
            ):
                index = unit_at(units, opening - 1)
    pieces: list[tuple[int, int]] = []  # unit ranges [start, end)
    end = index + 1
    while end > 0:
        start = end
        while start > 0 and units[start - 1].kind in ROLE_KINDS and units[start - 1].last not in stop_tokens:
            start -= 1
        if start == end:
            break
        pieces.insert(0, (start, end))
        if start > 0 and units[start - 1].kind == "sep" and units[start - 1].text in LIST_SEPARATORS:
            end = start - 1
            continue
        break
    by_comma = separated and index + 1 == skipped and units[skipped].text == ","  # (no honorific: the subject's)
    if by_comma and any(units[start].kind != "title" for start, _ in pieces):
        return []  # (`Sư đoàn 371, Bộ Tư lệnh Bộ đội Biên phòng, Đoàn Nghi lễ …`: a list of units, no office)
    if pieces and candidacy(tokens, units[pieces[0][0]].first):
        pieces = pieces[1:]  # `Ứng cử viên ĐBQH A`: a candidacy, not an office
    if pieces and separated and given_before(tokens, units[pieces[0][0]].first):
        return []  # `A - tái cử chức danh Chủ tịch, Đ/c B - …`: the office given to A, not B's
    if pieces and _after_a_name(units, pieces[0][0], stop_tokens):
        if separated:
            return []  # `A – Bí thư Đảng ủy xã, ông B – …`: the role is A's, written after A
        if len(pieces) > 1 and units[pieces[0][0] - 1].text in "-–—":
            pieces = pieces[1:]  # `A - Chánh Thanh tra Bộ X, Giám đốc Sở Y B`: the first office is A's
    spans: list[tuple[int, int]] = []
    pending: tuple[int, int] | None = None
    for start, end in reversed(pieces):
        if units[start].kind == "title" or _led_by_prefix(units, tokens, start, end):
            last = pending[1] if pending else end
            spans.insert(0, (units[start].first, units[last - 1].last))
            pending = None
        else:
            # `… và Chủ tịch UBND xã Ia Ka Rơ Châm Hyen`, `của Phó Chủ tịch UBND tỉnh, ông A`: the role
            # starts at its title inside the piece
            inner = next((i for i in range(start, end) if units[i].kind == "title"), None)
            if inner is not None and pending is None:
                spans.insert(0, (units[inner].first, units[end - 1].last))
            elif inner is None and not spans and pending is None and (
                _continues(units, start, end, tokens) or _parent_body(units, start)
            ):
                pending = (start, end)
                continue
            break
    if term_end is not None and spans and spans[-1][1] == units[index].last:
        spans[-1] = (spans[-1][0], term_end)
    return spans
