"""The editors' review queue: one worklist shared by `python build.py check` and the review page.

Ingest flags fields it was unsure of, as `review: {field: {why, text, value}}`. An item stays in
the queue until the editor fixes the field (its value now differs from the `value` ingest wrote)
or removes the item from `review`. Items without a `value` stay until removed. The site model
adds items of its own (an official whose name several people hold, see people.py): those stay
until the article says who it means.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from .content import Article, ReviewItem
from .textnorm import nfc


@dataclass(frozen=True)
class Task:
    """One item of the worklist: where it is, which field, why, and the words it came from."""

    path: str  # the content file, as the editor sees it: content/x.md
    slug: str
    title: str
    item: ReviewItem

    def __str__(self) -> str:
        quote = f" — từ “{self.item.text}”" if self.item.text else ""
        value = f" (ingest đã ghi: {self.item.value})" if self.item.value else ""
        return f"{self.path}: {self.item.field}: {self.item.why or 'không ghi lý do'}{quote}{value}"


def current_value(article: Article, name: str) -> str | None:
    """The field's value as ingest writes `value`; None for fields it gives no value for."""
    if name == "date":
        return article.date.iso if article.date else ""
    if name == "locality":
        return article.locality.name or ""
    if name in ("title", "author", "source"):
        return getattr(article, name) or ""
    return None


def is_open(article: Article, item: ReviewItem) -> bool:
    if not item.value:
        return True
    now = current_value(article, item.field)
    return now is None or nfc(now).strip() == nfc(item.value).strip()


def open_items(article: Article) -> tuple[ReviewItem, ...]:
    return tuple(item for item in article.review if is_open(article, item))


def queue(articles: Iterable[Article], content_name: str,
          found: Mapping[str, tuple[ReviewItem, ...]] | None = None) -> list[Task]:
    """Every open item, by file then in the order the file lists them, then the items the site
    model found (`found`, by slug: who is who among officials of one name, see people.py)."""
    found = found or {}
    tasks = [Task(f"{content_name}/{a.path}", a.slug, a.title, item)
             for a in articles for item in open_items(a) + found.get(a.slug, ())]
    return sorted(tasks, key=lambda t: t.path)
