"""Command line: ``aeo-desk [--db PATH] [--smoke]``, ``aeo-desk demo ...`` and
``aeo-desk export audit --db PATH --audit REF --out FILE.xlsx|FILE.pdf``.

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
    export = sub.add_parser("export", help="write a report or an export file")
    kinds = export.add_subparsers(dest="export_kind", required=True, metavar="KIND")
    audit = kinds.add_parser("audit", help="the report of one site audit (.xlsx or .pdf)")
    audit.add_argument(
        "--db", type=Path, required=True, dest="export_db", metavar="PATH", help="database file"
    )
    audit.add_argument("--audit", required=True, metavar="REF", help="audit reference, AUD-...")
    audit.add_argument(
        "--out", type=_report_path, required=True, metavar="FILE", help="FILE.xlsx or FILE.pdf"
    )
    return parser


#: What ``export audit`` writes, by the extension of ``--out``.
AUDIT_REPORT_FORMATS = (".xlsx", ".pdf")


def _report_path(value: str) -> Path:
    """``--out`` of ``export audit``: an unknown extension is a usage error (exit 2)."""
    path = Path(value)
    if path.suffix.lower() not in AUDIT_REPORT_FORMATS:
        raise argparse.ArgumentTypeError(
            f"{path.name} must end in {' or '.join(AUDIT_REPORT_FORMATS)}"
        )
    return path


def _demo(args: argparse.Namespace) -> int:
    from desktop.services.demo import create_demo_file

    path: Path = args.demo_db
    if path.exists() and not args.force:
        print(f"aeo-desk: {path} already exists (use --force to replace it)", file=sys.stderr)
        return 1
    start = time.perf_counter()
    counts = create_demo_file(path, scale=args.scale, seed=args.seed, replace=args.force)
    took = time.perf_counter() - start
    summary = ", ".join(f"{v:,} {k}" for k, v in counts.items())
    print(f"demo database {path}: {summary} in {took:.1f} s")
    return 0


def _export_audit(args: argparse.Namespace) -> int:
    from desktop.services import audit_report, audit_service
    from desktop.services.database import open_database

    out: Path = args.out
    if not args.export_db.is_file():
        print(f"aeo-desk: {args.export_db} does not exist", file=sys.stderr)
        return 1
    db = open_database(args.export_db)
    try:
        audit = audit_service.audit_by_reference(db, args.audit)
        report = audit_report.report_data(db, audit["id"])
    finally:
        db.close()
    if out.suffix.lower() == ".pdf":
        # Qt is loaded here only: the rest of the command line stays Qt-free.
        from desktop.ui.reports.audit_pdf import write_pdf

        pages = write_pdf(report, out)
        count = f"{pages} page" + ("" if pages == 1 else "s")
    else:
        rows = audit_report.write_xlsx(report, out)
        count = f"{rows} row" + ("" if rows == 1 else "s")
    print(f"audit report {report.reference} written to {out} ({count})")
    return 0


#: ``aeo-desk export KIND``: one handler per kind.
_EXPORTS = {"audit": _export_audit}


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        if args.command == "demo":
            return _demo(args)
        if args.command == "export":
            return _EXPORTS[args.export_kind](args)
        from desktop.ui.app import run_gui

        return run_gui(db_path=args.db, smoke=args.smoke)
    except (DbError, DomainError, OSError) as exc:
        print(f"aeo-desk: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
