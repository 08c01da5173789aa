"""`serve` never loses an edit (issue 14): a `build` run beside it (2), a burst of edits while the
search index is made (6), folders that inotify cannot watch (7). The real `python build.py serve`
on generated projects, checked over HTTP and on disk, as an editor would; each stop is Ctrl-C,
which must leave no process and no temporary folder behind (tests/serve_helpers.py)."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.serve_helpers import fetch, generate, make_project, serving, wait_for
from tests.site_helpers import PROJECT

BANNER = "bantin-problems"


def append(path: Path, text: str) -> None:
    with path.open("a", encoding="utf-8") as handle:
        handle.write(f"\n{text}\n")


def build(root: Path) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, str(PROJECT / "build.py"), "--root", str(root), "build"], cwd=root,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)


def page_on_disk(root: Path, slug: str) -> str:
    try:
        return (root / "output" / "tin" / slug / "index.html").read_text(encoding="utf-8")
    except OSError:
        return ""


def wait_on_disk(root: Path, slug: str, text: str, seconds: float = 15) -> None:
    deadline = time.monotonic() + seconds
    while text not in page_on_disk(root, slug):
        assert time.monotonic() < deadline, f"output/tin/{slug}/ never showed {text!r}"
        time.sleep(0.05)


# --- 2: a build while serve runs -----------------------------------------------------------------

def test_build_while_serving_keeps_the_editors_edit(tmp_path: Path) -> None:
    root = make_project(tmp_path / "site", count=200)
    articles = sorted((root / "content").glob("*.md"))
    with serving(root) as server:
        for round_ in range(3):
            # the edit saved just before the build starts, then one saved while the build runs
            for when, article in (("before", articles[round_]), ("during", articles[10 + round_])):
                marker = f"Sửa {when} lần build thứ {round_}."
                if when == "before":
                    append(article, marker)
                    other = build(root)
                else:
                    other = build(root)
                    time.sleep(0.4)  # the build has read content/ by now
                    append(article, marker)
                out, _ = other.communicate(timeout=120)
                assert other.returncode == 0, out
                wait_for(server.url(f"tin/{article.stem}/"), lambda s, b, m=marker: s == 200 and m in b, seconds=10)
                wait_on_disk(root, article.stem, marker)
        time.sleep(1)  # nothing undoes them afterwards
        for round_ in range(3):
            for when, article in (("before", articles[round_]), ("during", articles[10 + round_])):
                marker = f"Sửa {when} lần build thứ {round_}."
                assert marker in fetch(server.url(f"tin/{article.stem}/"))[1]
                assert marker in page_on_disk(root, article.stem)
        shutil.rmtree(root / "output")  # another command removed it: serve writes it again
        wait_on_disk(root, articles[0].stem, "Sửa before lần build thứ 0.")
    assert "was changed by another command; bringing it up to date" in server.said


# --- 6: a burst of edits, answered first, indexed later ------------------------------------------

def test_burst_of_edits_is_served_within_two_seconds(tmp_path: Path) -> None:
    root = make_project(tmp_path / "site", count=300, search=True, copy_templates=True)
    articles = sorted((root / "content").glob("*.md"))[:10]
    good = {a: a.read_text(encoding="utf-8") for a in articles}
    final: dict[Path, str] = {}
    with serving(root) as server:
        base = root / "templates" / "base.html"
        for i in range(50):  # 50 saves, 40 ms apart: some broken then fixed, one to a template (every page)
            article = articles[i % 10]
            if i == 12:
                base.write_text(base.read_text(encoding="utf-8") + "{# sửa trong loạt #}\n", encoding="utf-8")
            if i < 40 and i % 7 == 3:
                article.write_text(good[article].replace("title: ", "title: [hỏng ", 1), encoding="utf-8")
            else:
                final[article] = f"Lần lưu thứ {i} trong loạt."
                article.write_text(good[article] + f"\n{final[article]}\n", encoding="utf-8")
            time.sleep(0.04)
        last_save = time.monotonic()
        pending = dict(final)
        while pending:  # one page at a time, 50 ms apart, as a browser reloads (not a load test)
            article, marker = next(iter(pending.items()))
            status, body = fetch(server.url(f"tin/{article.stem}/"))
            if status == 200 and marker in body and BANNER not in body:
                del pending[article]
                continue
            took = "; ".join(line for line in server.lines if "rebuilt" in line or "planned" in line)
            assert time.monotonic() - last_save < 2.0, f"after 2 s still stale: {[a.stem for a in pending]}; {took}"
            time.sleep(0.05)
        served = time.monotonic() - last_save
        assert BANNER not in fetch(server.url())[1]
        for article, marker in final.items():  # and on disk, soon after
            wait_on_disk(root, article.stem, marker)
        index = root / "output" / "pagefind" / "pagefind-entry.json"
        deadline = time.monotonic() + 120
        while not (index.is_file() and index.stat().st_mtime > time.time() - (time.monotonic() - last_save)):
            assert time.monotonic() < deadline, "the search index never caught up"
            time.sleep(0.2)
    print(f"last save served after {served:.2f} s")


# --- 7: folders inotify cannot watch ---------------------------------------------------------------

def limited(watches: int) -> list[str]:
    """A command prefix: run in a user namespace of its own whose inotify watch limit is `watches`
    (Linux keeps the limit per user namespace, so the machine's own limit is left alone)."""
    prefix = ["unshare", "-U", "-r", "sh", "-c",
              f'echo {watches} > /proc/sys/user/max_inotify_watches && exec "$@"', "limited"]
    try:
        probe = subprocess.run([*prefix, "cat", "/proc/sys/user/max_inotify_watches"], capture_output=True,
                               text=True, timeout=10)
    except (OSError, subprocess.TimeoutExpired):
        pytest.skip("unshare is not available here")
    if probe.returncode or probe.stdout.strip() != str(watches):
        pytest.skip(f"cannot make a user namespace with its own inotify limit: {probe.stderr.strip()}")
    return prefix


def test_folders_beyond_the_inotify_limit_are_polled(tmp_path: Path) -> None:
    prefix = limited(60)
    flat = tmp_path / "flat"
    generate(100, flat)
    root = tmp_path / "site"
    articles = []
    for number, article in enumerate(sorted(flat.glob("*.md"))):  # 100 folders of one article each
        folder = root / "content" / f"nhom-{number:03}"
        folder.mkdir(parents=True)
        articles.append(Path(shutil.move(article, folder / article.name)))
    make_project(root)
    with serving(root, prefix=prefix) as server:
        said = [line for line in server.lines if "by polling" in line]
        assert len(said) == 1, server.said[-2000:]  # said once, with what to do
        assert re.fullmatch(r"watching content/nhom-\d{3} and \d+ other folders by polling: the system's inotify "
                            r"limit is reached; raise fs\.inotify\.max_user_watches", said[0]), said[0]
        for article in articles:  # an edit in every folder, watched or not
            append(article, f"Đã sửa trong {article.parent.name}.")
        for article in articles:
            wait_for(server.url(f"tin/{article.stem}/"),
                     lambda s, b, a=article: f"Đã sửa trong {a.parent.name}." in b, seconds=15)
        yaml = root / "site.yaml"
        yaml.write_text(re.sub(r"(?m)^title: .*$", "title: Bản tin đã đổi tên", yaml.read_text("utf-8")), "utf-8")
        wait_for(server.url(), lambda s, b: "Bản tin đã đổi tên" in b, seconds=30)
        new = root / "content" / "nhom-moi" / "bai-moi.md"
        new.parent.mkdir()
        new.write_text(articles[0].read_text("utf-8").replace("title: ", 'title: "Bài trong nhóm mới" #', 1), "utf-8")
        wait_for(server.url("tin/bai-moi/"), lambda s, b: s == 200 and "Bài trong nhóm mới" in b, seconds=15)
    assert len([line for line in server.lines if "by polling" in line]) <= 2  # the new folder, at most once more
