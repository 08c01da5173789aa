"""The site model's plain data: frozen objects that templates receive (built by site.py).

Objects refer to one another by slug or key; the page plan resolves them into the objects a page
shows, so that each page's signature covers exactly what it shows.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from .content import Article, PartialDate, ReviewItem
from .vietnamese import capitalize_first

UNKNOWN_PLACE = "chua-xac-dinh"


@dataclass(frozen=True, slots=True)
class Place:
    """A locality as articles name it; `name is None` is the honest "not yet identified" place."""

    key: str
    name: str | None
    level: str | None
    province: str | None
    province_today: str | None = None  # e.g. "tỉnh Lào Cai", from vietnamadminunits; None if unknown
    former: str | None = None  # a unit of the July 2025 map: the old unit it came from, as articles say

    @property
    def known(self) -> bool:
        return self.name is not None

    @property
    def title(self) -> str:
        if self.name is None:
            return "Chưa xác định"
        return capitalize_first(f"{self.level} {self.name}" if self.level else self.name)

    @property
    def url(self) -> str:
        return f"dia-phuong/{self.key}/"


@dataclass(frozen=True, slots=True)
class OfficialLink:
    """A person's page (or, with `listing`, the page of a name several people hold; see people.py)."""

    key: str
    name: str  # the writer's spelling
    province: str | None = None  # today's province, given only when others hold the same name
    listing: bool = False  # the name's listing page: the article does not say which of them it means

    @property
    def url(self) -> str:
        return f"can-bo/{self.key}/"

    @property
    def label(self) -> str:
        """The name, with the province when that tells the person from others of the same name."""
        return f"{self.name} ({self.province})" if self.province else self.name


@dataclass(frozen=True, slots=True)
class Mention:
    """An official as one article (or one locality) names them, with the roles given there."""

    official: OfficialLink
    roles: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Entry:
    """An article as the site shows it: the article plus what the site resolved for it."""

    article: Article
    place: Place
    mentions: tuple[Mention, ...]
    summary: str
    digest: str  # hash of everything above but the body: a page listing this entry depends on this
    body_digest: str  # hash of the body: the article's own page depends on this too

    @property
    def slug(self) -> str:
        return self.article.slug

    @property
    def title(self) -> str:
        return self.article.title

    @property
    def date(self) -> PartialDate | None:
        return self.article.date

    @property
    def url(self) -> str:
        return f"tin/{self.article.slug}/"


@dataclass(frozen=True, slots=True)
class RoleSeen:
    role: str  # the writer's spelling (most used; ties: the newest article's)
    first: PartialDate | None
    last: PartialDate | None
    articles: tuple[str, ...]  # slugs, oldest first, undated last


@dataclass(frozen=True, slots=True)
class Official:
    link: OfficialLink
    spellings: tuple[str, ...]  # every spelling seen, the displayed one first
    roles: tuple[RoleSeen, ...]  # in the order first seen
    articles: tuple[str, ...]  # slugs, newest first
    places: tuple[Place, ...]
    namesakes: OfficialLink | None = None  # the listing page of the name, when several people hold it

    @property
    def latest_roles(self) -> tuple[RoleSeen, ...]:
        """The roles seen last (in the newest dated article that gives any); all roles if none is dated."""
        last = max((r.last.sort_key for r in self.roles if r.last), default=None)
        return tuple(r for r in self.roles if last is None or (r.last and r.last.sort_key == last))


@dataclass(frozen=True, slots=True)
class Namesakes:
    """A name held by several people: the page at the name's own address, listing them."""

    link: OfficialLink  # listing=True
    people: tuple[Official, ...]  # by province
    articles: tuple[str, ...]  # every article naming the name, newest first
    unresolved: tuple[str, ...]  # those that do not say which of the people they mean


@dataclass(frozen=True, slots=True)
class Locality:
    place: Place
    articles: tuple[str, ...]  # slugs, newest first
    officials: tuple[Mention, ...]  # who was seen there, with the roles given there


@dataclass(frozen=True, slots=True)
class MonthGroup:
    year: int
    month: int
    dated: tuple[str, ...]  # day-precision slugs, oldest first
    month_only: tuple[str, ...]  # articles known only to the month

    @property
    def count(self) -> int:
        return len(self.dated) + len(self.month_only)

    @property
    def anchor(self) -> str:
        return f"t-{self.year}-{self.month:02d}"


@dataclass(frozen=True, slots=True)
class YearGroup:
    year: int
    months: tuple[MonthGroup, ...]

    @property
    def count(self) -> int:
        return sum(m.count for m in self.months)


@dataclass(frozen=True, slots=True)
class Timeline:
    years: tuple[YearGroup, ...]  # oldest first
    undated: tuple[str, ...]

    def chart(self) -> tuple[tuple[int, tuple[int, ...]], ...]:
        """(year, twelve monthly counts) for every year from the first dated year to the last."""
        counts = {(m.year, m.month): m.count for y in self.years for m in y.months}
        if not counts:
            return ()
        first, last = self.years[0].year, self.years[-1].year
        return tuple((year, tuple(counts.get((year, month), 0) for month in range(1, 13)))
                     for year in range(first, last + 1))


LEVEL_ORDER = ("tỉnh", "thành phố", "thị xã", "quận", "huyện", "thị trấn", "phường", "đặc khu", "xã")


@dataclass(frozen=True, slots=True)
class LevelGroup:
    level: str | None
    localities: tuple[Locality, ...]


@dataclass(frozen=True, slots=True)
class ProvinceGroup:
    """All localities of one province (as articles name it), for the all-localities page."""

    province: str | None  # None: articles did not say which province
    today: str | None
    home: Locality | None  # the province's own page, when articles are about the tỉnh itself
    levels: tuple[LevelGroup, ...]

    @property
    def title(self) -> str:
        return f"Tỉnh {self.province}" if self.province else "Chưa rõ tỉnh"

    @property
    def count(self) -> int:
        return sum(len(loc.articles) for group in self.levels for loc in group.localities)


@dataclass(frozen=True, slots=True)
class Site:
    entries: tuple[Entry, ...]  # newest first, undated last, ties by slug
    localities: tuple[Locality, ...]  # by title, the unknown place last
    provinces: tuple[ProvinceGroup, ...]
    officials: tuple[Official, ...]  # by given name
    timeline: Timeline
    related: Mapping[str, tuple[str, ...]]
    by_slug: Mapping[str, Entry]
    namesakes: tuple[Namesakes, ...] = ()  # by name
    flags: Mapping[str, tuple[ReviewItem, ...]] = field(default_factory=dict)  # slug -> who-is-who items

    def entry(self, slug: str) -> Entry:
        return self.by_slug[slug]

    def entries_for(self, slugs: Iterable[str]) -> tuple[Entry, ...]:
        return tuple(self.by_slug[s] for s in slugs)
