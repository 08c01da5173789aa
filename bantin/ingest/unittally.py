"""The weight each administrative unit gathers from its mentions in an article (locality.py reads it)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..textnorm import tone_key
from . import gazetteer
from .page import Page
from .places import Mention
from .provincewide import ORGANISER

WEIGHTS = {"title": 5.0, "lead": 3.0, "second": 1.5, "body": 0.5}
BODY_CAP = 3.0
_SEVERAL = re.compile(r"(?:\b(?:các|hai|ba|những|\d+)\s+)$", re.I)


@dataclass(frozen=True)
class Locality:
    """Where an article is about: a unit's name and level, and its province."""

    name: str | None
    level: str | None
    province: str | None
    basis: str = "text"  # "text": named with its level; "page": a bare name found elsewhere on the page
    former: str | None = None  # the unit of the old map it came from, where the text says (`huyện Bến Cát cũ`)


@dataclass
class Tally:
    score: float = 0.0
    body: float = 0.0
    strong: bool = False  # seen in the headline or the lead
    lead: bool = False  # seen in the lead
    acted: bool = False  # the lead says it organises or opens the event
    in_title: bool = False  # named in the headline
    visited: bool = False  # the lead names it as where a delegation visits or works
    several: bool = False  # written as one of several (`2 xã Tấn Mỹ-Mỹ Hiệp`, `các phường A, B`)
    office: bool = False  # the lead names its office as the venue (`tại Huyện ủy X`): a building, not the subject
    venue: bool = False  # the headline or the lead names it where something takes place (`tại trung tâm thành phố X`)
    plain: bool = False  # … or otherwise
    guest: bool = False  # … or among those who attend (`Tham dự có đại diện lãnh đạo UBND xã A`)
    first: int = 10**9
    text: str = ""
    name: str = ""  # as first written
    afters: list[str] = field(default_factory=list)  # the words right after each mention, in order

    @property
    def after(self) -> str:
        """The words right after its first mention that has any (`(huyện Bến Cát cũ)`)."""
        return next((words for words in self.afters if words), "")

    @property
    def weight(self) -> float:
        """What the headline and lead gave the unit, and the body (capped)."""
        return self.score + self.body


def join_names_cut_by_a_line_break(named: dict[tuple[str, str], Tally]) -> None:
    """`phường Xuân` / `Bình.` on a hard-wrapped page: a name the map does not know that opens a longer one
    of the same level the page also names is that unit."""
    for key in sorted(named, key=lambda k: len(k[1])):
        longer = next((k for k in named if k[0] == key[0] and k[1].startswith(f"{key[1]} ")), None)
        if longer is None or gazetteer.lookup(named[key].name, key[0]):
            continue
        cut, whole = named.pop(key), named[longer]
        whole.score, whole.body = whole.score + cut.score, min(BODY_CAP, whole.body + cut.body)
        whole.strong, whole.lead = whole.strong or cut.strong, whole.lead or cut.lead
        whole.acted = whole.acted or cut.acted
        whole.first = min(whole.first, cut.first)


def note(
    named: dict[tuple[str, str], Tally],
    levels: dict[str, float],
    mention: Mention,
    text: str,
    weight: float,
    where: str,
    order: int,
) -> None:
    levels[mention.level] += weight
    if mention.name is None:
        return
    tally = named[(mention.level, tone_key(mention.name))]
    if where == "body":
        tally.body = min(BODY_CAP, tally.body + weight)
    else:
        tally.score += weight
        tally.strong = tally.strong or where in ("title", "lead")
        tally.lead = tally.lead or where == "lead"
        tally.in_title = tally.in_title or where == "title"
    tally.first = min(tally.first, order)
    tally.several = tally.several or bool(_SEVERAL.search(text[max(0, mention.start - 12) : mention.start]))
    tally.text = tally.text or quote(text, mention)
    tally.afters.append(text[mention.end : mention.end + 60])
    tally.name = tally.name or mention.name


def credit_bare_title_names(page: Page, named: dict[tuple[str, str], Tally]) -> None:
    """`… tại Lục Ngạn` in the headline names the unit the lead calls `huyện Lục Ngạn`."""
    if not page.title:
        return
    title = f" {tone_key(page.title.text)} "
    # (`Yên Bái tăng thiệt hại …` over `toàn tỉnh Yên Bái …`: the bare name is the unit the lead names)
    in_lead = {key[1] for key, tally in named.items() if tally.strong}
    for key, tally in named.items():
        if not tally.strong and f" {key[1]} " in title and key[1] not in in_lead:
            tally.score += WEIGHTS["title"]
            tally.strong = tally.in_title = True


def quote(text: str, mention: Mention) -> str:
    """The mention with about thirty characters either side, cut at whole words for the editor to read."""
    start, end = max(0, mention.start - 30), min(len(text), mention.end + 30)
    if start > 0:
        space = text.find(" ", start, mention.start)
        start = space + 1 if space >= 0 else mention.start
    if end < len(text):
        space = text.rfind(" ", mention.end, end + 1)
        end = space if space >= 0 else mention.end
    return text[start:end].strip()


LEVEL_ORDER = ("tỉnh", "thành phố", "thị xã", "quận", "huyện", "thị trấn", "phường", "đặc khu", "xã")


def rank(key: tuple[str, str], tally: Tally) -> tuple[float, bool, int, int]:
    """Weight first; on a tie a unit of the headline or lead over one only in the body, then the smaller unit."""
    return (tally.weight, tally.strong, LEVEL_ORDER.index(key[0]), -tally.first)


def is_address(text: str, previous: Mention | None, mention: Mention) -> bool:
    """`xã Quỳnh Lập, thị xã Hoàng Mai`: a unit written right after a smaller one is its address, unless the
    smaller one is an organ's building and the larger one acts (`tại Hội trường Thành ủy X, tỉnh Y tổ chức …`);
    in `tại … xã Đồng Tĩnh, huyện Tam Dương (tỉnh Vĩnh Phúc) tổ chức …` the chain is only the address."""
    between = text[previous.end : mention.start].strip() if previous is not None and previous.name else None
    if between not in ("", ",", "(", "- ", "-"):  # (`xã Khâu Vai huyện Mèo Vạc`: with nothing between, too)
        return False  # `xã Quỳnh Lập, thị xã Hoàng Mai`, `phường Đồng Kỵ (thành phố Từ Sơn)`
    if previous.organ and ORGANISER.match(text, mention.end, mention.end + 80):
        return False
    return LEVEL_ORDER.index(mention.level) < LEVEL_ORDER.index(previous.level)
