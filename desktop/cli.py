"""Command line: ``aeo-desk [--db PATH] [--smoke]`` and ``aeo-desk demo ...``.

Errors exit 1 with one line on stderr; usage errors exit 2 (argparse).
"""

from __future__ import annotations

import argparse
import logging
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from db.errors import DbError
from desktop.domain.errors import DomainError

logger = logging.getLogger(__name__)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="aeo-desk", description="AEO Desk: offline desk for Customs AEO units."
    )
    parser.add_argument("--db", type=Path, help="database file (default: in the app-data folder)")
    parser.add_argument(
        "--smoke", action="store_true", help="open the main window, wait until idle, exit 0"
    )
    sub = parser.add_subparsers(dest="command")
    demo = sub.add_parser("demo", help="build a demo database")
    demo.add_argument("--db", type=Path, required=True, dest="demo_db", help="new database file")
    demo.add_argument("--scale", choices=("small", "large"), default="small")
    demo.add_argument("--seed", type=int, default=1)
    demo.add_argument("--force", action="store_true", help="replace an existing file")
    return parser


def _demo(args: argparse.Namespace) -> int:
    from desktop.services.demo import create_demo_file

    path: Path = args.demo_db
    if path.exists():
        if not args.force:
            print(f"aeo-desk: {path} already exists (use --force to replace it)", file=sys.stderr)
            return 1
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
    start = time.perf_counter()
    counts = create_demo_file(path, scale=args.scale, seed=args.seed)
    took = time.perf_counter() - start
    summary = ", ".join(f"{v:,} {k}" for k, v in counts.items())
    print(f"demo database {path}: {summary} in {took:.1f} s")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        if args.command == "demo":
            return _demo(args)
        from desktop.ui.app import run_gui

        return run_gui(db_path=args.db, smoke=args.smoke)
    except (DbError, DomainError, OSError) as exc:
        print(f"aeo-desk: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
