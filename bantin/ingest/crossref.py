"""A unit the text names only by its level, taken from another article about the same official.

Seed 000 makes an official Bí thư Thị ủy of thị xã Sa Pa; an article that says only `thị xã`
and names that official as Bí thư Thị ủy may take Sa Pa, flagged with where it came from.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..textnorm import tone_key

# words in a role that tie its holder to a unit of that level
_LEVEL_WORDS = {
    "tỉnh": ("tỉnh ủy", "tỉnh"),
    "thành phố": ("thành ủy", "thành phố"),
    "thị xã": ("thị ủy", "thị xã"),
    "huyện": ("huyện ủy", "huyện"),
    "quận": ("quận ủy", "quận"),
    "xã": ("xã",),
    "phường": ("phường",),
    "thị trấn": ("thị trấn",),
    "đặc khu": ("đặc khu",),
}
_THI = tone_key("thị")


@dataclass(frozen=True)
class Tie:
    official: str  # the name as written
    role: str
    level: str
    name: str
    province: str | None
    where: str  # the article file it comes from


def _ties_level(role: str, level: str, name: str | None = None) -> bool:
    """Whether the role is an office of a unit of that level; given the unit's `name`, one the role
    leaves unnamed or names so (`Chủ tịch UBND tỉnh Hà Tĩnh` is no office of tỉnh Nghệ An)."""
    words = tone_key(role).split()
    named = tone_key(name).split() if name else []
    for phrase in _LEVEL_WORDS[level]:
        wanted = tone_key(phrase).split()
        for at in range(len(words) - len(wanted) + 1):
            if words[at : at + len(wanted)] == wanted and not (level == "xã" and at and words[at - 1] == _THI):
                rest = words[at + len(wanted) :]
                if not named or not rest or rest[: len(named)] == named:
                    return True
    return False


def ties_from(where: str, locality: dict | None, officials: list[dict]) -> list[Tie]:
    """The (official, role, unit) ties one article states with a named unit."""
    if not locality or not locality.get("name") or locality.get("level") not in _LEVEL_WORDS:
        return []
    level = locality["level"]
    return [
        Tie(o["name"], role, level, locality["name"], locality.get("province"), where)
        for o in officials
        for role in o.get("roles") or []
        if _ties_level(role, level, locality["name"])
    ]


def infer_unit(level: str, officials: list[tuple[str, tuple[str, ...]]], ties: list[Tie]) -> tuple[Tie | None, str]:
    """The one unit that the article's officials hold level roles in elsewhere, and why."""
    by_official: dict[str, list[Tie]] = {}
    for tie in ties:
        if tie.level == level:
            by_official.setdefault(tone_key(tie.official), []).append(tie)
    candidates: dict[str, Tie] = {}
    for name, roles in officials:
        if not any(_ties_level(role, level) for role in roles):
            continue
        for tie in by_official.get(tone_key(name), []):
            candidates.setdefault(tone_key(tie.name), tie)
    if len(candidates) != 1:
        return None, ""
    tie = next(iter(candidates.values()))
    return tie, (f"bài chỉ viết “{level}”; {tie.official} là {tie.role} ({level} {tie.name}) theo {tie.where}")
