"""Atom feeds with feedgen, deterministic: no generation time, entries in the order given.

An entry's `updated` is its article's date (Vietnam time, midnight); undated articles are left
out because Atom needs a date and inventing one would mislead feed readers.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from feedgen.feed import FeedGenerator

from .model import Entry

VIETNAM_TZ = dt.timezone(dt.timedelta(hours=7))
NO_DATE = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)


def _timestamp(entry: Entry) -> dt.datetime:
    """Midnight in Vietnam on the article's date (the first of the month when only that is known)."""
    assert entry.date is not None
    day = entry.date.as_date()
    return dt.datetime(day.year, day.month, day.day, tzinfo=VIETNAM_TZ)


def _href(base_url: str, feed_path: str, target: str) -> str:
    """Absolute from base_url when there is one; else relative to the feed's own folder."""
    if base_url:
        return base_url + target
    depth = feed_path.count("/")
    return "../" * depth + target if target or depth else "./"


def atom(*, site_title: str, base_url: str, language: str, path: str, title: str, page_url: str,
         entries: Sequence[Entry]) -> bytes:
    """The feed at `path` (e.g. `dia-phuong/thi-xa-sa-pa/feed.xml`) for the page at `page_url`."""
    dated = [e for e in entries if e.date is not None]
    feed = FeedGenerator()
    feed.id(base_url + path if base_url else f"urn:bantin:{path}")
    feed.title(title if title == site_title else f"{title} – {site_title}")
    feed.link(href=_href(base_url, path, page_url), rel="alternate", type="text/html")
    feed.link(href=_href(base_url, path, path), rel="self", type="application/atom+xml")
    feed.language(language)
    feed.updated(max((_timestamp(e) for e in dated), default=NO_DATE))
    for entry in dated:
        item = feed.add_entry(order="append")
        item.id(base_url + entry.url if base_url else f"urn:bantin:tin:{entry.slug}")
        item.title(entry.title)
        item.link(href=_href(base_url, path, entry.url), rel="alternate", type="text/html")
        item.updated(_timestamp(entry))
        item.published(_timestamp(entry))
        if entry.summary:
            item.summary(entry.summary)
        if entry.article.author:
            item.author(name=entry.article.author)
        if entry.place.known:
            item.category(term=entry.place.key, label=entry.place.title)
    return feed.atom_str(pretty=True)
