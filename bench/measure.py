"""Measure one process tree: wall time and peak memory; and a live server's edit-to-served time.

Linux only (reads /proc). Peak memory is the largest sum of PSS (proportional set size: shared
pages split between the processes sharing them) over the whole process tree, sampled every
0.2 s, and never less than the largest single process's exact VmHWM, so a process pool is
neither double-counted nor missed.
"""

from __future__ import annotations

import os
import signal
import subprocess
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

SAMPLE_EVERY = 0.2


@dataclass(frozen=True)
class Measured:
    seconds: float
    cpu_seconds: float  # user + system time of the tree (the processes it waited for)
    peak_mb: float
    returncode: int
    log: Path


def _children() -> dict[int, list[int]]:
    tree: dict[int, list[int]] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat", "rb") as handle:
                stat = handle.read()
        except OSError:
            continue
        ppid = int(stat[stat.rindex(b")") + 2:].split()[1])
        tree.setdefault(ppid, []).append(int(entry.name))
    return tree


def tree_pids(root: int) -> list[int]:
    tree, found, todo = _children(), [], [root]
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo.extend(tree.get(pid, ()))
    return found


def _kb(path: str, key: bytes) -> int:
    try:
        with open(path, "rb") as handle:
            for line in handle:
                if line.startswith(key):
                    return int(line.split()[1])
    except (OSError, ValueError, IndexError):
        pass
    return 0


def sample_kb(root: int) -> tuple[int, int]:
    """(sum of PSS over the tree, largest VmHWM of one process), in KiB."""
    pss = hwm = 0
    for pid in tree_pids(root):
        pss += _kb(f"/proc/{pid}/smaps_rollup", b"Pss:") or _kb(f"/proc/{pid}/status", b"VmRSS:")
        hwm = max(hwm, _kb(f"/proc/{pid}/status", b"VmHWM:"))
    return pss, hwm


def run(cmd: list[str], cwd: Path, log: Path, timeout: float = 3600, env: dict[str, str] | None = None) -> Measured:
    """Run cmd to completion in a fresh process; its output goes to log."""
    log.parent.mkdir(parents=True, exist_ok=True)
    with log.open("wb") as out:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=cwd, stdout=out, stderr=subprocess.STDOUT, env=env, start_new_session=True)
        peak_kb = 0
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                seconds = time.perf_counter() - start
                break
            if time.perf_counter() - start > timeout:
                os.killpg(proc.pid, signal.SIGKILL)
                _, status, usage = os.wait4(proc.pid, 0)
                seconds = float("inf")
                break
            pss, hwm = sample_kb(proc.pid)
            peak_kb = max(peak_kb, pss, hwm)
            time.sleep(SAMPLE_EVERY)
        proc.returncode = os.waitstatus_to_exitcode(status)
    peak_kb = max(peak_kb, usage.ru_maxrss)  # the child's (and its waited-for children's) exact max RSS
    cpu = usage.ru_utime + usage.ru_stime
    return Measured(seconds, cpu, peak_kb * 1024 / 1e6, proc.returncode, log)


def fetch(url: str, timeout: float = 5) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            return response.status, response.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as err:
        return err.code, ""
    except (OSError, ValueError):
        return 0, ""


def wait_for(url: str, ok: Callable[[str], bool], timeout: float, alive: Callable[[], bool]) -> float | None:
    """Seconds until `url` answers 200 with a body that `ok` accepts; None on timeout or death."""
    start = time.perf_counter()
    while time.perf_counter() - start < timeout:
        status, body = fetch(url)
        if status == 200 and ok(body):
            return time.perf_counter() - start
        if not alive():
            return None
        time.sleep(0.005)
    return None


def live_edits(cmd: list[str], cwd: Path, log: Path, url: str, edit: Callable[[str], None], markers: list[str],
               ready_timeout: float = 900, settle: float = 2.0,
               found: Callable[[str, float], bool] | None = None) -> list[float] | str:
    """Start a watching server, then for each marker: edit, time until the page at url shows it.

    Returns the seconds per edit, or why there are none. With `found(marker, since)`, each edit
    is timed until that says yes too (e.g. the search index holds the marker), and the seconds
    until then follow the served ones in the list: [served, found, served, found, ...]. The
    server's process group is ended with SIGINT (like Ctrl-C), then SIGKILL if it lingers.
    """
    log.parent.mkdir(parents=True, exist_ok=True)
    with log.open("wb") as out:
        proc = subprocess.Popen(cmd, cwd=cwd, stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
        alive = lambda: proc.poll() is None  # noqa: E731
        try:
            if wait_for(url, lambda body: True, ready_timeout, alive) is None:
                return f"server not ready (exit {proc.poll()}; see {log})"
            times: list[float] = []
            for marker in markers:
                time.sleep(settle)  # let the watcher go quiet, as between an editor's saves
                start = time.perf_counter()
                edit(marker)
                seen = wait_for(url, lambda body, m=marker: m in body, 120, alive)
                if seen is None:
                    return f"edit never served (exit {proc.poll()}; see {log})"
                times.append(time.perf_counter() - start)
                if found is not None:
                    wall = time.time() - (time.perf_counter() - start)
                    while not found(marker, wall):
                        if not alive() or time.perf_counter() - start > 120:
                            return f"edit never found by search (exit {proc.poll()}; see {log})"
                        time.sleep(0.05)
                    times.append(time.perf_counter() - start)
            return times
        finally:
            stop(proc)


def stop(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is not None:
        return
    try:
        os.killpg(proc.pid, signal.SIGINT)
        proc.wait(15)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
    except ProcessLookupError:
        pass


def free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])
