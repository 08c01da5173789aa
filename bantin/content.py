"""Content stage: Markdown files with front matter <-> `Article` objects.

Every problem in a file is reported as `path:line: what is wrong; what to do`, all of them.
"""

from __future__ import annotations

import datetime as dt
import re
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import frontmatter
from .stamps import walk
from .textnorm import nfc
from .textnorm import slug as make_slug

LEVELS = ("tỉnh", "thành phố", "thị xã", "huyện", "quận", "xã", "phường", "thị trấn", "đặc khu")
REVIEW_FIELDS = ("title", "date", "locality", "officials", "author", "source", "body")
MAX_CONTENT_BYTES = 8 * 1024 * 1024
_DATE = re.compile(r"^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?$")


@dataclass(frozen=True, order=True, slots=True)
class PartialDate:
    """A date known to the day or only to the month."""

    year: int
    month: int
    day: int | None = None

    @property
    def iso(self) -> str:
        month = f"{self.year:04d}-{self.month:02d}"
        return month if self.day is None else f"{month}-{self.day:02d}"

    @property
    def sort_key(self) -> tuple[int, int, int]:
        return (self.year, self.month, self.day or 0)

    def as_date(self) -> dt.date:
        return dt.date(self.year, self.month, self.day or 1)


@dataclass(frozen=True, slots=True)
class LocalityRef:
    name: str | None
    level: str | None
    province: str | None
    former: str | None = None  # a new unit's old-map predecessor, as the article says (`huyện Bến Cát`)


@dataclass(frozen=True, slots=True)
class OfficialMention:
    name: str
    roles: tuple[str, ...]
    id: str | None = None  # the person's page key, set by an editor to pin who this is (see people.py)
    id_line: int = 0  # the line of `id:` in the file, for messages


@dataclass(frozen=True, slots=True)
class ReviewItem:
    field: str
    why: str
    text: str = ""  # the words the value came from, when there are some
    value: str = ""  # the value as ingest wrote it: when the field differs, the editor fixed it


@dataclass(frozen=True, slots=True)
class Article:
    slug: str
    path: str  # relative to the content folder, with forward slashes
    title: str
    date: PartialDate | None
    locality: LocalityRef
    officials: tuple[OfficialMention, ...]
    author: str | None
    source: str | None
    seed: str | None
    review: tuple[ReviewItem, ...]
    packed_body: bytes  # the Markdown body, compressed: see `body`
    summary: str = ""
    author_org: str | None = None
    body_line: int = 1
    extra: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    @property
    def body(self) -> str:
        """The Markdown body. Kept compressed: a body is most of an article's memory (14 KiB of 17
        as text, 4 KiB packed), and a build holds every article (issue 15: 100,000 in bounded memory)."""
        return unpack_body(self.packed_body)


def pack_body(text: str) -> bytes:
    return zlib.compress(text.encode("utf-8"), 1)


def unpack_body(packed: bytes) -> str:
    return zlib.decompress(packed).decode("utf-8")


@dataclass(frozen=True, slots=True)
class ContentProblem:
    path: str
    line: int
    message: str
    severity: str = "error"  # "error" makes the file unusable; "warning" is shown, the file builds

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}"


def parse_date(value: Any) -> PartialDate | None:
    """`2023-07-04` or `2023-07` (or a YAML date) -> PartialDate; None for null; ValueError if bad."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.date):
        return PartialDate(value.year, value.month, value.day)
    match = _DATE.match(str(value).strip())
    if not match:
        raise ValueError("not a date")
    year, month = int(match[1]), int(match[2])
    day = int(match[3]) if match[3] else None
    dt.date(year, month, day or 1)  # raises ValueError for 2024-02-31 and month 13
    return PartialDate(year, month, day)


class _Checker:
    """Collects typed values from front matter, recording a problem for each bad one."""

    def __init__(self, rel: str, fm: frontmatter.FrontMatter) -> None:
        self.rel, self.fm = rel, fm
        self.problems: list[ContentProblem] = []

    def line(self, key: str) -> int:
        return self.fm.key_lines.get(key, 1)

    def problem(self, key: str, message: str, severity: str = "error") -> None:
        self.problems.append(ContentProblem(self.rel, self.line(key), message, severity))

    def text(self, key: str, required: bool = False) -> str | None:
        value = self.fm.data.get(key)
        if value is None or (isinstance(value, str) and not value.strip()):
            if required:
                self.problem(key, f'{key} is missing; write {key}: "…"')
            return None
        if isinstance(value, (dict, list)):
            self.problem(key, f"{key} must be text, not a {'list' if isinstance(value, list) else 'mapping'}")
            return None
        return nfc(str(value)).strip()

    def date(self) -> PartialDate | None:
        value = self.fm.data.get("date")
        try:
            return parse_date(value)
        except ValueError:
            self.problem("date", f'date "{value}" is not a date; write YYYY-MM-DD, YYYY-MM or null')
            return None

    def locality(self) -> LocalityRef:
        value = self.fm.data.get("locality")
        if value is None:
            return LocalityRef(None, None, None)
        if not isinstance(value, dict):
            self.problem("locality", "locality must be a mapping with name, level and province")
            return LocalityRef(None, None, None)
        parts = {}
        for key in ("name", "level", "province", "former"):
            item = value.get(key)
            if item is not None and not isinstance(item, (str, int, float)):
                self.problem("locality", f"locality.{key} must be text or null")
                item = None
            parts[key] = nfc(str(item)).strip() or None if item is not None else None
        level = parts["level"]
        if level is not None and level.lower() not in LEVELS:
            self.problem("locality", f'locality.level "{level}" is not a level; use one of: {", ".join(LEVELS)}')
            level = None
        unknown = sorted(set(map(str, value)) - {"name", "level", "province", "former"})
        if unknown:
            self.problem(
                "locality", f"locality has unknown keys {unknown}; only name, level, province, former", "warning"
            )
        return LocalityRef(parts["name"], level.lower() if level else None, parts["province"], parts["former"])

    def officials(self) -> tuple[OfficialMention, ...]:
        value = self.fm.data.get("officials")
        if value is None:
            return ()
        if not isinstance(value, list):
            self.problem("officials", "officials must be a list of {name: …, roles: […]}")
            return ()
        found = []
        for index, item in enumerate(value, 1):
            if isinstance(item, str):
                item = {"name": item, "roles": []}
            if not isinstance(item, dict) or not isinstance(item.get("name"), str) or not item["name"].strip():
                self.problem("officials", f"officials item {index} needs a name: write - name: Họ Tên")
                continue
            roles = item.get("roles") or []
            if isinstance(roles, str):
                roles = [roles]
            if not isinstance(roles, list) or not all(isinstance(r, (str, int)) for r in roles):
                self.problem("officials", f"officials item {index} ({item['name']}): roles must be a list of text")
                roles = []
            found.append(OfficialMention(nfc(item["name"]).strip(),
                                         tuple(nfc(str(r)).strip() for r in roles if str(r).strip()),
                                         *self.official_id(item, index)))
        return tuple(found)

    def official_id(self, item: dict[str, Any], index: int) -> tuple[str | None, int]:
        """The pinned page key, slugged as every key is, and its line; (None, 0) when there is none."""
        value = item.get("id")
        line = self.fm.item_lines.get(("officials", index - 1, "id"), self.line("officials"))
        if value is None or (isinstance(value, str) and not value.strip()):
            return None, 0
        key = make_slug(str(value)) if isinstance(value, (str, int)) else ""
        if not key:
            self.problems.append(ContentProblem(self.rel, line, f"officials item {index} ({item['name']}): id must "
                                                "be a person's page key, e.g. id: nguyen-van-hung-nghe-an"))
            return None, 0
        return key, line

    def review(self) -> tuple[ReviewItem, ...]:
        value = self.fm.data.get("review")
        if value is None or value == {} or value == []:
            return ()
        items = []
        if isinstance(value, list):  # a list of field names is accepted too
            value = {str(v): "" for v in value if isinstance(v, (str, int))}
        if not isinstance(value, dict):
            self.problem("review", "review must be a mapping of field: reason")
            return ()
        for key, why in value.items():
            if isinstance(why, dict):
                items.append(
                    ReviewItem(
                        str(key),
                        str(why.get("why") or ""),
                        str(why.get("text") or ""),
                        "" if why.get("value") is None else str(why.get("value")),
                    )
                )
            else:
                items.append(ReviewItem(str(key), "" if why is None else str(why)))
        return tuple(items)


def article_slug(rel_path: str, data: dict[str, Any]) -> str:
    """The file's name, or a `slug` key; either is re-slugified so it cannot leave its folder."""
    wanted = data.get("slug")
    base = str(wanted) if isinstance(wanted, (str, int)) and str(wanted).strip() else Path(rel_path).stem
    return make_slug(base)


UNREADABLE = "cannot read the file"  # a problem of the moment (gone, locked): never cached


def read_article(path: Path, content_root: Path) -> tuple[Article | None, list[ContentProblem]]:
    rel = path.relative_to(content_root).as_posix()
    shown = f"{content_root.name}/{rel}"
    try:
        raw = path.read_bytes()
    except OSError as err:
        return None, [ContentProblem(shown, 1, f"{UNREADABLE}: {err.strerror}")]
    if len(raw) > MAX_CONTENT_BYTES:
        return None, [
            ContentProblem(shown, 1, f"the file is over {MAX_CONTENT_BYTES // 2**20} MiB; split or shorten it")
        ]
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        line = raw[: err.start].count(b"\n") + 1
        return None, [ContentProblem(shown, line, "not UTF-8 text; save the file as UTF-8")]
    text = text.replace("\r\n", "\n")
    try:
        fm = frontmatter.parse(text)
    except frontmatter.FrontMatterError as err:
        return None, [ContentProblem(shown, err.line, err.message)]
    return article_from(fm, rel, shown)


def article_from(fm: frontmatter.FrontMatter, rel: str, shown: str) -> tuple[Article | None, list[ContentProblem]]:
    check = _Checker(shown, fm)
    title = check.text("title", required=True)
    article = Article(
        slug=article_slug(rel, fm.data),
        path=rel,
        title=title or "",
        date=check.date(),
        locality=check.locality(),
        officials=check.officials(),
        author=check.text("author"),
        source=check.text("source"),
        seed=check.text("seed"),
        review=check.review(),
        packed_body=pack_body(nfc(fm.body)),
        summary=check.text("summary") or "",
        author_org=check.text("author_org"),
        body_line=fm.body_line,
        extra={k: v for k, v in fm.data.items() if k not in _KNOWN_KEYS},
    )
    errors = [p for p in check.problems if p.severity == "error"]
    return (None if errors else article), check.problems


_KNOWN_KEYS = {
    "title",
    "date",
    "locality",
    "officials",
    "author",
    "source",
    "seed",
    "review",
    "summary",
    "author_org",
    "slug",
}


def content_files(content_root: Path) -> list[Path]:
    """Every article file under the content folder, in a stable order."""
    if not content_root.is_dir():
        return []
    return [content_root / rel for rel in walk(content_root, ".md")]
