"""EventDesk's speed targets, each measured against a raw baseline of the same work in the same run.

    python benchmarks/run.py                 # full scale: 20,000 attendees, 2,000 agreements, 100,000 deals
    python benchmarks/run.py --quick         # a smaller event, in a few minutes
    python benchmarks/run.py --only dashboard,check_in --json

The event is built through the services (see build.py) and cached under
~/.cache/eventdesk-bench (or $EVENTDESK_BENCH_CACHE), keyed by scale and code;
every case measures a fresh copy of it in a scratch folder that is removed at
the end. Progress goes to stderr; the table (or, with --json, a JSON list of
{name, value, unit, baseline, ratio, target, ok}) to stdout. Exit status: 0
when every target is met, 1 when one is missed, 2 when the run failed.
"""

from __future__ import annotations

import argparse
import compileall
import contextlib
import json
import os
import platform
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# After the path and the Qt platform are set: the package is imported from this checkout, headless.
from benchmarks import build, cases  # noqa: E402 (see above)
from benchmarks.cases import Bench, Result  # noqa: E402 (see above)

# (the results a case function gives, the function), in the order they run
CASES: list[tuple[tuple[str, ...], Callable[[Bench], list[Result]]]] = [
    (("startup_paint", "startup_ready"), cases.startup),
    (("search",), cases.search),
    (("check_in",), cases.check_in),
    (("import",), cases.import_list),
    (("badges",), cases.badges),
    (("print_badges", "stall_print"), cases.printing),
    (("booking",), cases.booking),
    (("dashboard",), cases.dashboard),
    (("recap_pdf",), cases.recap_pdf),
    (("stall_agreement_form",), cases.stall_agreement_form),
    (("stall_first_report",), cases.stall_first_report),
    (("stall_conflicts",), cases.stall_conflicts),
    (("cli_checkin", "cli_book", "cli_totals"), cases.command_line),
    (("sync_round", "sync_written", "sync_read", "sync_checkin_wait"), cases.sync_round),
    (("memory", "list_page", "dashboard_window", "recap_memory"), cases.window),
]
NAMES = [name for names, _case in CASES for name in names]


def parse_arguments(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="benchmarks/run.py", description=__doc__.split("\n")[0])
    parser.add_argument(
        "--quick", action="store_true", help="the quick scale (5,000 attendees, 500 agreements, 25,000 deals)"
    )
    parser.add_argument(
        "--scale", choices=sorted(build.SCALES), help="full (default), quick, or tiny (for the smoke test)"
    )
    parser.add_argument("--only", help=f"comma-separated cases: {', '.join(NAMES)}")
    parser.add_argument("--json", action="store_true", help="print the results as a JSON list")
    parser.add_argument(
        "--keep", type=Path, metavar="FILE", help="use this built event file (built there first when missing)"
    )
    parser.add_argument("--rebuild", action="store_true", help="build the event again even when a cached one fits")
    args = parser.parse_args(argv)
    if args.quick and args.scale not in (None, "quick"):
        parser.error("--quick and --scale disagree")
    args.scale = "quick" if args.quick else (args.scale or "full")
    wanted = [name.strip() for name in (args.only or ",".join(NAMES)).split(",") if name.strip()]
    unknown = [name for name in wanted if name not in NAMES]
    if unknown:
        parser.error(f"unknown case {', '.join(unknown)}; known: {', '.join(NAMES)}")
    args.wanted = wanted
    return args


def say(line: str) -> None:
    print(line, file=sys.stderr, flush=True)


def event_file(args: argparse.Namespace, scale: build.Scale) -> Path:
    if args.keep is None:
        return build.cached_event(scale, say, rebuild=args.rebuild)
    if args.keep.exists() and not args.rebuild:
        say(f"using {args.keep}")
        from eventdesk.services.session import open_session

        open_session(args.keep, build.BUILD_ACTOR).close()  # brought to the current schema (read-only cases need it)
        return args.keep
    args.keep.unlink(missing_ok=True)
    build.build_event(args.keep, scale, say)
    return args.keep


def run(args: argparse.Namespace) -> list[Result]:
    scale = build.SCALES[args.scale]
    say(
        f"scale {scale.name}: {scale.attendees} attendees, {scale.agreements} agreements, "
        f"{scale.transactions} transactions"
    )
    source = event_file(args, scale)
    # EventDesk's bytecode as an installed copy has it (pip and the frozen build compile it): the window and the
    # commands are timed as processes run with PYTHONDONTWRITEBYTECODE, which in a checkout whose modules were
    # never compiled would compile every module at every start.
    compileall.compile_dir(build.ROOT / "eventdesk", quiet=1)
    results: list[Result] = []
    folder = Path(tempfile.mkdtemp(prefix="eventdesk-bench-"))
    previous_home = os.environ.get("EVENTDESK_HOME")
    os.environ["EVENTDESK_HOME"] = str(
        folder / "home"
    )  # config, logs and backups of the run stay in the scratch folder
    try:
        bench = Bench(source, folder, scale, say, args.scale == "quick")
        for names, case in CASES:
            if not set(names) & set(args.wanted):
                continue
            say(f"{', '.join(n for n in names if n in args.wanted)} …")
            started = time.perf_counter()
            for result in case(bench):
                if result.name in args.wanted:
                    results.append(result)
                    say(f"  {line(result)}")
            say(f"  ({time.perf_counter() - started:.0f} s)")
    finally:
        if previous_home is None:
            os.environ.pop("EVENTDESK_HOME", None)
        else:
            os.environ["EVENTDESK_HOME"] = previous_home
        shutil.rmtree(folder, ignore_errors=True)
    return results


def number(value: float | None) -> str:
    if value is None:
        return "–"
    return f"{value:.3g}" if abs(value) < 10 else f"{value:.0f}"


def line(result: Result) -> str:
    return (
        f"{result.name}: {number(result.value)} {result.unit} (baseline {number(result.baseline)}, "
        f"ratio {number(result.ratio)}; target {result.target.text}: {'ok' if result.ok else 'MISSED'})"
    )


def table(results: list[Result]) -> str:
    header = ("case", "value", "unit", "baseline", "ratio", "target", "ok")
    rows = [
        (
            r.name,
            number(r.value),
            r.unit,
            number(r.baseline),
            number(r.ratio),
            r.target.text,
            "ok" if r.ok else "MISSED",
        )
        for r in results
    ]
    widths = [max(len(str(row[i])) for row in [header, *rows]) for i in range(len(header))]
    lines = [
        "  ".join(str(cell).ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip()
        for row in [header, *rows]
    ]
    lines.insert(1, "  ".join("-" * width for width in widths))
    notes = [f"  {r.name}: {r.note}" for r in results if r.note]
    return "\n".join(lines + (["", *notes] if notes else []))


def machine() -> str:
    cpu = "unknown CPU"
    with contextlib.suppress(OSError, StopIteration):
        cpu = next(
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        )
    return (
        f"{os.cpu_count()} cores, {cpu}, Python {platform.python_version()}, {platform.system()} {platform.release()}"
    )


def main(argv: list[str] | None = None) -> int:
    args = parse_arguments(sys.argv[1:] if argv is None else argv)
    say(machine())
    try:
        results = run(args)
    except Exception as error:
        say(f"benchmark run failed: {type(error).__name__}: {error}")
        raise SystemExit(2) from error
    if args.json:
        print(json.dumps([result.as_json() for result in results], indent=2))
    else:
        print(table(results))
    return 0 if all(result.ok for result in results) else 1


if __name__ == "__main__":
    raise SystemExit(main())
