"""Running the real `python build.py serve` on a project folder, as an editor would, and stopping it."""

from __future__ import annotations

import contextlib
import importlib.util
import os
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tests.site_helpers import FIXTURES, PROJECT, TEMPLATES


def fetch(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as err:
        return err.code, err.read().decode("utf-8")
    except OSError:
        return 0, ""


def wait_for(url: str, ok: Callable[[int, str], bool], seconds: float = 30) -> str:
    deadline = time.monotonic() + seconds
    status, body = 0, ""
    while time.monotonic() < deadline:
        status, body = fetch(url)
        if status and ok(status, body):
            return body
        time.sleep(0.02)
    raise AssertionError(f"{url} never matched in {seconds} s; last: {status} {body[:300]}")


def bench_generator() -> Any:
    """bench/generate.py as a module (bench/ is scripts, not a package)."""
    spec = importlib.util.spec_from_file_location("bench_generate", PROJECT / "bench" / "generate.py")
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    sys.modules["bench_generate"] = module
    sys.path.insert(0, str(PROJECT / "bench"))
    try:
        spec.loader.exec_module(module)  # type: ignore[union-attr]
    finally:
        sys.path.remove(str(PROJECT / "bench"))
    return module


def generate(count: int, folder: Path, seed: int = 3) -> None:
    """`count` articles from bench/generate.py."""
    bench_generator().generate(count, folder, seed=seed)


def make_project(root: Path, content: Path | None = None, count: int = 0, search: bool = False,
                 copy_templates: bool = False) -> Path:
    """A project folder: the fixture site.yaml, content (copied, or `count` generated articles, or
    the content/ already there)."""
    root.mkdir(parents=True, exist_ok=True)
    yaml = (FIXTURES / "site" / "site.yaml").read_text(encoding="utf-8")
    (root / "site.yaml").write_text(yaml + f"search: {'true' if search else 'false'}\n", encoding="utf-8")
    if content is not None:
        shutil.copytree(content, root / "content")
    elif not (root / "content").exists():
        generate(count, root / "content")
    if copy_templates:
        shutil.copytree(TEMPLATES, root / "templates")
    else:
        (root / "templates").symlink_to(TEMPLATES)
    (root / "seeds").mkdir()
    return root


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def processes_mentioning(text: str) -> list[str]:
    """Command lines of the running processes that mention `text` (e.g. a project folder)."""
    found = []
    for pid in os.listdir("/proc"):
        if pid.isdigit():
            with contextlib.suppress(OSError):
                line = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
                if text in line:
                    found.append(line)
    return found


@dataclass
class Server:
    root: Path
    port: int
    proc: subprocess.Popen[str]
    lines: list[str] = field(default_factory=list)

    def url(self, rel: str = "") -> str:
        return f"http://127.0.0.1:{self.port}/{rel}"

    @property
    def said(self) -> str:
        return "\n".join(self.lines)


def _collect(proc: subprocess.Popen[str], lines: list[str]) -> None:
    assert proc.stdout is not None
    for line in proc.stdout:
        lines.append(line.rstrip("\n"))


@contextlib.contextmanager
def serving(root: Path, prefix: list[str] | None = None, ready: str = "index.html") -> Iterator[Server]:
    """`python build.py serve` on this project (`prefix`: a command to run it under); stopped by
    Ctrl-C at the end, which must exit 0 and leave no process and no temporary folder behind."""
    port = free_port()
    command = [*(prefix or []), sys.executable, str(PROJECT / "build.py"), "--root", str(root), "serve",
               "--port", str(port)]
    proc = subprocess.Popen(command, cwd=root, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                            start_new_session=True, env={**os.environ, "PYTHONPATH": str(PROJECT)})
    server = Server(root, port, proc)
    reader = threading.Thread(target=_collect, args=(proc, server.lines), daemon=True)
    reader.start()
    try:
        wait_for(server.url(ready), lambda s, b: s == 200, seconds=120)
        yield server
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGINT)
        try:
            proc.wait(timeout=60)
        finally:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGKILL)
        reader.join(timeout=10)
    assert proc.returncode == 0, server.said[-3000:]
    time.sleep(0.2)
    running = processes_mentioning(str(root))
    assert not running, f"left running after Ctrl-C: {running}"
    left = [p for p in root.rglob("*") if p.name in (".output.new", ".output.old", "scratch")]
    assert not left, f"temporary folders left behind: {left}"
