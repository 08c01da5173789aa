"""Pelican peer for bench/run.py: the same page set as the project's URL contract (DESIGN.md).

Localities are Pelican categories, officials are tags; bench/convert.py writes the content.
The content cache is on (CACHE_CONTENT), at the layer that makes Pelican's rebuilds fastest.
"""

from pathlib import Path

AUTHOR = "Bản tin"
SITENAME = "Bản tin địa phương"
SITEURL = "https://bantin.example.org"
RELATIVE_URLS = True
TIMEZONE = "Asia/Ho_Chi_Minh"
DEFAULT_LANG = "vi"
DEFAULT_DATE = (2000, 1, 1)  # undated articles (Pelican needs a date); they sort last
THEME = str(Path(__file__).resolve().parent / "theme")

ARTICLE_PATHS = [""]
PAGE_PATHS: list[str] = []
STATIC_PATHS: list[str] = []
ARTICLE_URL, ARTICLE_SAVE_AS = "tin/{slug}/", "tin/{slug}/index.html"
CATEGORY_URL, CATEGORY_SAVE_AS = "dia-phuong/{slug}/", "dia-phuong/{slug}/index.html"
TAG_URL, TAG_SAVE_AS = "can-bo/{slug}/", "can-bo/{slug}/index.html"
CATEGORIES_SAVE_AS = "dia-phuong/index.html"
TAGS_SAVE_AS = "can-bo/index.html"
ARCHIVES_SAVE_AS = "dong-thoi-gian/index.html"
AUTHOR_SAVE_AS = AUTHORS_SAVE_AS = ""
DIRECT_TEMPLATES = ["index", "categories", "tags", "archives", "sitemap", "notfound", "robots"]
SITEMAP_SAVE_AS, NOTFOUND_SAVE_AS, ROBOTS_SAVE_AS = "sitemap.xml", "404.html", "robots.txt"
DEFAULT_PAGINATION = False

FEED_ALL_ATOM = "feed.xml"
CATEGORY_FEED_ATOM = "dia-phuong/{slug}/feed.xml"
TAG_FEED_ATOM = "can-bo/{slug}/feed.xml"
AUTHOR_FEED_ATOM = AUTHOR_FEED_RSS = TRANSLATION_FEED_ATOM = None
FEED_MAX_ITEMS = 30

CACHE_CONTENT = True
LOAD_CONTENT_CACHE = True
CONTENT_CACHING_LAYER = "reader"
DELETE_OUTPUT_DIRECTORY = False
