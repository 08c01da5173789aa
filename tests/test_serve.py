"""`python build.py serve` as an editor uses it: edit, see the page change; break, see why; Ctrl-C."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
from pathlib import Path
from typing import Any

from tests.serve_helpers import wait_for
from tests.site_helpers import CONTENT, FIXTURES, PROJECT, TEMPLATES


def _start_serve(tmp_path: Path, **popen: Any) -> tuple[Path, int, subprocess.Popen[str]]:
    """A copy of the fixture site served on a free loopback port: (its root, the port, the server)."""
    root = tmp_path / "site"
    root.mkdir()
    shutil.copy(FIXTURES / "site" / "site.yaml", root / "site.yaml")
    shutil.copytree(CONTENT, root / "content")
    (root / "templates").symlink_to(TEMPLATES)
    (root / "seeds").mkdir()
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    server = subprocess.Popen([sys.executable, str(PROJECT / "build.py"), "--root", str(root), "serve",
                               "--port", str(port)], cwd=root, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                              text=True, start_new_session=True, env={**os.environ, "PYTHONPATH": str(PROJECT)},
                              **popen)
    return root, port, server


def test_serve_edit_break_fix_and_stop(tmp_path: Path) -> None:
    root, port, server = _start_serve(tmp_path)
    url = f"http://127.0.0.1:{port}/tin/si-ma-cai-thang-3/"
    article = root / "content" / "si-ma-cai-thang-3.md"
    try:
        page = wait_for(url, lambda s, b: s == 200)
        assert "livereload" in page  # the tab reloads itself
        with article.open("a", encoding="utf-8") as handle:
            handle.write("\nĐoạn biên tập viên vừa thêm.\n")
        wait_for(url, lambda s, b: "Đoạn biên tập viên vừa thêm." in b)
        good = article.read_text(encoding="utf-8")
        article.write_text(good.replace("title:", "title: [hỏng", 1), encoding="utf-8")
        home = wait_for(f"http://127.0.0.1:{port}/", lambda s, b: "bantin-problems" in b)
        assert "content/si-ma-cai-thang-3.md:" in home  # file:line in the browser
        article.write_text(good, encoding="utf-8")
        fixed = wait_for(url, lambda s, b: s == 200 and "bantin-problems" not in b)
        assert "Đoạn biên tập viên vừa thêm." in fixed
        assert wait_for(f"http://127.0.0.1:{port}/tin/si-ma-cai-thang-3", lambda s, b: s == 200)  # redirected
        wait_for(f"http://127.0.0.1:{port}/khong-co/", lambda s, b: s == 404)
    finally:
        os.killpg(server.pid, signal.SIGINT)
        out, _ = server.communicate(timeout=30)
    assert server.returncode == 0, out
    assert "si-ma-cai-thang-3.md:" in out  # and in the terminal
    assert "Đoạn biên tập viên vừa thêm." in (root / "output/tin/si-ma-cai-thang-3/index.html").read_text("utf-8")


def test_ctrl_c_stops_serve_started_where_sigint_is_ignored(tmp_path: Path) -> None:
    """A shell's background job (`python build.py serve &` in a script) starts with SIGINT ignored; the editor's
    Ctrl-C, or the script's SIGINT, must still stop the server and leave output/ as served."""
    # (as a shell's background job starts it)
    root, port, server = _start_serve(tmp_path, preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_IGN))
    try:
        wait_for(f"http://127.0.0.1:{port}/", lambda s, b: s == 200)
    finally:
        os.killpg(server.pid, signal.SIGINT)
        try:
            out, _ = server.communicate(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
            out, _ = server.communicate()
            raise AssertionError(f"serve ignored SIGINT: {out}") from None
    assert server.returncode == 0, out
    assert (root / "output" / "index.html").is_file()
