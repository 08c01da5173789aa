"""Whether the words around a name appoint someone to an office, so that `làm OFFICE` after the name gives them
it: `Đại hội bầu đồng chí A làm Bí thư`, `Chỉ định ông A làm …`, `Ông A làm Chủ tịch …` (a headline); else `làm`
is a function (`làm Trưởng đoàn`)."""

from __future__ import annotations

from collections.abc import Sequence

from ..textnorm import tone_key
from .tokens import Token

ELECTED_AS = (tone_key("làm"),)
_ELECT = frozenset(map(tone_key, ("bầu", "bầu ra")))
_APPOINTING = frozenset(
    tuple(tone_key(w) for w in verb.split())
    for verb in ("chỉ định", "bổ nhiệm", "điều động", "phân công", "luân chuyển")
)
_CU_OF_ELECTION = tone_key("cử")


def makes_an_appointment(tokens: Sequence[Token], last: int, name_end: int) -> bool:
    """`last`: the token the office would follow (the name's last, or its roles'); `name_end`: the name's last."""
    # `bầu` as a vote, not the `bầu cử` of a body's name (`Hội đồng bầu cử … A làm Trưởng đoàn`)
    # (`Chỉ định ông A, Phó Bí thư …, làm Phó Bí thư Thường trực …`: `làm` after an appointing verb)
    elected = any(t.key in _ELECT and tokens[at + 1].key != _CU_OF_ELECTION
                  for end in {last, name_end} for at, t in enumerate(tokens[max(0, end - 8) : end], max(0, end - 8)))
    keys = [t.key for t in tokens[max(0, name_end - 8) : name_end]]
    appointing = any(tuple(keys[i : i + 2]) in _APPOINTING for i in range(len(keys) - 1))
    elected = elected or (appointing and name_end != last)  # (`Chỉ định ông A làm …`: `chỉ định … làm` itself)
    return elected or _appointed_before(tokens, name_end) or _announced(tokens, last)


_ADDRESSED = frozenset(map(tone_key, ("ông", "bà")))
_RESULTS = (tone_key("kết"), tone_key("quả"))


def _announced(tokens: Sequence[Token], last: int) -> bool:
    """`Ông Nguyễn Chí Tài làm Chủ tịch Ủy ban MTTQ …`: a paragraph opening with `ông`/`bà`, a name, then `làm`, as
    a headline announces an appointment (not `ông A làm việc với …`: the office must follow, as the caller checks)."""
    if last + 1 >= len(tokens) or (tokens[last + 1].key,) != ELECTED_AS:
        return False
    start = last
    while start > 0 and tokens[start].cap and last - start < MAX_NAME_WORDS:
        start -= 1
    # (a headline's or a paragraph's first words; not `Sở X do ông A làm Giám đốc`, a predicate, nor `…; ông A làm
    # Trưởng đoàn`, a function; but each item of a vote's results: `Kết quả bà A làm Trưởng ban X; ông B làm …`)
    results = tuple(t.key for t in tokens[:2]) == _RESULTS
    item = start == 0 or (results and (start == 2 or tokens[start - 1].text == ";"))
    return item and last > 0 and tokens[start].key in _ADDRESSED


MAX_NAME_WORDS = 5


def _appointed_before(tokens: Sequence[Token], name_end: int) -> bool:
    """`… bà A được chỉ định giữ chức Bí thư …; ông B làm Phó Bí thư …`: a clause of the sentence before the
    name's (after a `;`) appoints, so `làm` goes on giving offices."""
    start = next((i for i in range(name_end - 1, max(-1, name_end - 80), -1) if tokens[i].text in ".:"),
                 max(-1, name_end - 80))
    clauses = [i for i in range(start + 1, name_end) if tokens[i].text == ";"]
    if not clauses:
        return False
    keys = [t.key for t in tokens[start + 1 : clauses[-1]]]
    return any(k in _ELECT for k in keys) or any(tuple(keys[i : i + 2]) in _APPOINTING for i in range(len(keys) - 1))
