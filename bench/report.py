"""Turn the runner's samples into medians, a Markdown table, ratios and the issue-8 targets."""

from __future__ import annotations

import statistics
from typing import Any

import tools as tooling

METRICS = ("clean", "warm", "noop", "one", "live")
HEADERS = {"clean": "clean s", "warm": "warm s", "noop": "no-op s", "one": "one-article s", "live": "edit→served s"}
LIMIT_MB = 1000.0  # "1 GB", read strictly: 10^9 bytes
GIB_MB = 2**30 / 1e6  # issue 15's limits are in GiB


def median(values: Any) -> float | None:
    if not isinstance(values, list) or not values:
        return None
    return float(statistics.median(values))


def medians(sample: dict[str, Any]) -> dict[str, Any]:
    """The median of every metric of one tool at one N (None where it was not measured), and of each
    step of a tool of several (`clean_hugo`, `clean_pagefind`, `peak_mb_pagefind`…)."""
    keys = (*METRICS, *(f"{m}_cpu" for m in METRICS), "peak_mb", "noop_writes")
    out: dict[str, Any] = {m: median(sample.get(m)) for m in keys}
    out.update({k: median(v) for k, v in sample.items() if k not in out and isinstance(v, list) and k != "live"})
    out["pages"] = sample.get("pages")
    out["error"] = sample.get("error")
    out["live_note"] = sample.get("live") if isinstance(sample.get("live"), str) else None
    out["stale"] = sample.get("stale", False)
    return out


def _s(value: float | None) -> str:
    return "—" if value is None else f"{value:.2f}" if value < 10 else f"{value:.1f}"


def _ratio(a: float | None, b: float | None) -> str:
    return "—" if a is None or b is None or b == 0 else f"{a / b:.2f}×"


def hugo_clean(tools: dict[str, dict[str, Any]]) -> float | None:
    """Hugo's clean build: measured alone, or as the first step of Hugo + Pagefind."""
    return tools.get("hugo", {}).get("clean") or tools.get("hugo-pagefind", {}).get("clean_hugo")


def _steps(m: dict[str, Any]) -> str:
    """`hugo 6.8 + pagefind 40.0 s, Pagefind peak 4100 MB` for a tool of several steps."""
    steps = [k[len("clean_"):] for k in m if k.startswith("clean_") and k != "clean_cpu" and m[k] is not None]
    if not steps:
        return "—"
    peaks = [f"{step} peak {m['peak_mb_' + step]:.0f} MB" for step in steps if m.get(f"peak_mb_{step}")]
    return " + ".join(f"{step} {_s(m['clean_' + step])}" for step in steps) + " s; " + ", ".join(peaks)


def table(summary: dict[str, dict[str, dict[str, Any]]]) -> str:
    """Markdown: one row per tool (its configuration in its name) and N; clean-build ratios to the peers."""
    head = ["tool", "N", *(HEADERS[m] for m in METRICS), "peak MB", "clean by step", "pages", "no-op writes",
            "clean ÷ Hugo", "clean ÷ Hugo + Pagefind"]
    rows = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    notes = []
    for n, tools_ in summary.items():
        hugo, both = hugo_clean(tools_), tools_.get("hugo-pagefind", {}).get("clean")
        for name, m in tools_.items():
            label = tooling.label(name)
            if m["error"]:
                rows.append(f"| {label} | {n} | fails: {m['error']}" + " |" * (len(head) - 2))
                continue
            cells = [_s(m[k]) for k in METRICS]
            if m["stale"]:
                cells[3] += " (stale!)"
                notes.append(f"{label} at N={n}: the edited article's page did not change after the one-article build")
            if m["live_note"]:
                cells[4] = "n/a"
                notes.append(f"{label} at N={n}, edit→served: {m['live_note']}")
            writes = "—" if m["noop_writes"] is None else f"{m['noop_writes']:.0f}"
            rows.append("| " + " | ".join([label, n, *cells, _s(m["peak_mb"]).split(".")[0] if m["peak_mb"] else "—",
                                            _steps(m), str(m["pages"] or "—"), writes, _ratio(m["clean"], hugo),
                                            _ratio(m["clean"], both)]) + " |")
    return "\n".join(rows + ([""] + [f"- {note}" for note in notes] if notes else []))


def ratio_table(summary: dict[str, dict[str, dict[str, Any]]]) -> str:
    """This project against each peer, metric by metric (below 1× means faster than the peer)."""
    rows = ["| N | metric | this project | Hugo | Pelican | ÷ Hugo | ÷ Pelican |", "|---|---|---|---|---|---|---|"]
    for n, tools in summary.items():
        ours, hugo, pelican = tools.get("ours"), tools.get("hugo"), tools.get("pelican", {})
        if not ours or ours["error"]:
            continue
        hugo = hugo or {"clean": hugo_clean(tools)}
        for metric in (*METRICS, "clean_cpu", "warm_cpu", "peak_mb"):
            name = HEADERS.get(metric) or {"peak_mb": "peak MB"}.get(metric) or HEADERS[metric[:-4]] + " (CPU)"
            a, b, c = ours[metric], hugo.get(metric), pelican.get(metric)
            rows.append(f"| {n} | {name} | {_s(a)} | {_s(b)} | {_s(c)} | {_ratio(a, b)} | {_ratio(a, c)} |")
    return "\n".join(rows) if len(rows) > 2 else ""


def targets(summary: dict[str, dict[str, dict[str, Any]]]) -> list[dict[str, Any]]:
    """Issue 8's targets, judged at N=10,000 (or the largest N measured, said so in the note)."""
    sizes = sorted(int(n) for n in summary)
    if not sizes:
        return []
    n = str(10000 if 10000 in sizes else sizes[-1])
    note = "" if n == "10000" else f" (at N={n}, not the target's 10,000)"
    tools = summary[n]
    ours = tools.get("ours") or {"error": None, "missing": True}
    pelican = tools.get("pelican", {})
    out: list[dict[str, Any]] = []

    def judge(name: str, value: float | None, limit: float | None, unit: str, why_missing: str = "") -> None:
        if ours.get("missing"):
            verdict, shown = "N/A", "this project was not measured"
        elif ours.get("error"):
            verdict, shown = "N/A", f"this project's build fails: {ours['error']}"
        elif value is None or limit is None:
            verdict, shown = "N/A", why_missing or "not measured"
        else:
            verdict = "PASS" if value <= limit else "FAIL"
            shown = f"{value:.2f} {unit} against ≤ {limit:.2f} {unit}"
        out.append({"target": name + note, "verdict": verdict, "detail": shown})

    get = ours.get
    hugo_s, pelican_warm = hugo_clean(tools), pelican.get("warm")
    judge("clean build ≤ 2× Hugo's", get("clean"), None if hugo_s is None else 2 * hugo_s, "s",
          "Hugo not measured")
    judge("warm build ≥ 5× faster than Pelican's cached build", get("warm"),
          None if pelican_warm is None else pelican_warm / 5, "s", "Pelican not measured")
    judge("no-op rebuild ≤ 2 s", get("noop"), 2.0, "s")
    judge("one article edited in serve, served updated ≤ 300 ms", get("live"), 0.3, "s",
          f"serve not measurable: {get('live_note')}" if get("live_note") else "serve not measured")
    judge("peak memory ≤ 1 GB", get("peak_mb"), LIMIT_MB, "MB")
    small, big = summary.get("1000", {}).get("ours"), summary.get("10000", {}).get("ours")
    if small and big and small.get("clean") and big.get("clean") and not small["error"] and not big["error"]:
        growth = big["clean"] / small["clean"]
        out.append({"target": "linear growth: clean 10k ÷ 1k ≤ 11", "verdict": "PASS" if growth <= 11 else "FAIL",
                    "detail": f"{big['clean']:.2f} s ÷ {small['clean']:.2f} s = {growth:.1f}"})
    else:
        out.append({"target": "linear growth: clean 10k ÷ 1k ≤ 11", "verdict": "N/A",
                    "detail": "needs this project's clean build at both N=1000 and N=10000"})
    return out


def targets_text(found: list[dict[str, Any]]) -> str:
    return "\n".join(f"- **{t['verdict']}** {t['target']}: {t['detail']}" for t in found)


def targets15(summary: dict[str, dict[str, dict[str, Any]]]) -> list[dict[str, Any]]:
    """Issue 15's targets, at every N measured, for the configurations measured (search on or off)."""
    out: list[dict[str, Any]] = []

    def judge(name: str, value: float | None, limit: float | None, unit: str) -> None:
        if value is not None and limit is not None:
            out.append({"target": name, "verdict": "PASS" if value <= limit else "FAIL",
                        "detail": f"{value:.2f} {unit} against ≤ {limit:.2f} {unit}"})

    def ok(m: dict[str, Any] | None) -> dict[str, Any]:
        return m if m and not m.get("error") else {}

    on = {n: ok(t.get("ours")) if tooling.SEARCH else {} for n, t in summary.items()}
    off = {n: ok(t.get("ours-off")) or (ok(t.get("ours")) if not tooling.SEARCH else {}) for n, t in summary.items()}
    for n, tools_ in summary.items():
        both, hugo = ok(tools_.get("hugo-pagefind")).get("clean"), hugo_clean(tools_)
        judge(f"N={n}, as shipped (search on), clean ≤ Hugo + Pagefind CLI", on[n].get("clean"), both, "s")
        judge(f"N={n}, as shipped, peak ≤ {1 if int(n) <= 10000 else 2} GiB", on[n].get("peak_mb"),
              GIB_MB * (1 if int(n) <= 10000 else 2), "MB")
        judge(f"N={n}, search off, clean ≤ 2× Hugo", off[n].get("clean"), None if hugo is None else 2 * hugo, "s")
    if "100000" in summary and "10000" in summary:
        for name, runs in (("as shipped", on), ("search off", off)):
            small = runs["10000"].get("clean")
            judge(f"{name}, clean 100,000 ≤ 11× clean 10,000", runs["100000"].get("clean"),
                  None if small is None else 11 * small, "s")
    return out
