"""Command line: ``aeo-desk [--db PATH] [--smoke]``, ``aeo-desk demo ...``,
``aeo-desk export audit --db PATH --audit REF --out FILE.xlsx|FILE.pdf`` and
``aeo-desk export KIND --db PATH --out FILE.xlsx`` for each list in
``desktop.services.list_exports.KINDS`` (cases, operators, audits, actions, ...).

Errors exit 1 with one line on stderr; usage errors exit 2 (argparse).
"""

from __future__ import annotations

import argparse
import logging
import sys
import time
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from db.errors import DbError
from desktop.domain.errors import DomainError

logger = logging.getLogger(__name__)


def _parser(*, lists: bool = True) -> argparse.ArgumentParser:
    """``lists``: add a subcommand for each list export (False spares the GUI's start-up the
    import of the export registry)."""
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
    _add_ministry_export(kinds)
    if lists:
        _add_list_exports(kinds)
    _add_import(sub)
    _add_backup_verify(sub)
    return parser


def _add_list_exports(kinds: Any) -> None:
    """One subcommand per entry of the list-export registry (cases, operators, ...)."""
    from desktop.services import list_exports

    for kind in list_exports.KINDS:
        lst = kinds.add_parser(kind, help=f"every row and column of the {kind} list (.xlsx)")
        lst.add_argument(
            "--db", type=Path, required=True, dest="export_db", metavar="PATH", help="database file"
        )
        lst.add_argument("--out", type=_xlsx_path, required=True, metavar="FILE", help="FILE.xlsx")


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


def _xlsx_path(value: str) -> Path:
    """``--out`` of a list export: anything but .xlsx is a usage error (exit 2)."""
    path = Path(value)
    if path.suffix.lower() != ".xlsx":
        raise argparse.ArgumentTypeError(f"{path.name} must end in .xlsx")
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


def _export_list(args: argparse.Namespace) -> int:
    from desktop.services import list_exports
    from desktop.services.database import open_database

    out: Path = args.out
    if not args.export_db.is_file():
        print(f"aeo-desk: {args.export_db} does not exist", file=sys.stderr)
        return 1
    db = open_database(args.export_db)
    try:
        rows = list_exports.export_kind(db, args.export_kind, out)
    finally:
        db.close()
    print(f"{rows} row{'' if rows == 1 else 's'} written to {out}")
    return 0


def _add_ministry_export(kinds: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """``export ministry --db PATH --out FILE.xlsx --from YYYY-MM-DD --to YYYY-MM-DD``."""
    ministry = kinds.add_parser("ministry", help="the ministry workbook for a period (.xlsx)")
    ministry.add_argument(
        "--db", type=Path, required=True, dest="export_db", metavar="PATH", help="database file"
    )
    ministry.add_argument(
        "--out", type=_ministry_path, required=True, metavar="FILE", help="FILE.xlsx"
    )
    for flag, dest in (("--from", "period_from"), ("--to", "period_to")):
        ministry.add_argument(
            flag, type=_iso_date, required=True, dest=dest, metavar="YYYY-MM-DD",
            help=f"{'first' if dest == 'period_from' else 'last'} day of the period (included)",
        )  # fmt: skip


def _ministry_path(value: str) -> Path:
    path = Path(value)
    if path.suffix.lower() != ".xlsx":
        raise argparse.ArgumentTypeError(f"{path.name} must end in .xlsx")
    return path


def _iso_date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{value}' is not a date (YYYY-MM-DD)") from None


def _export_ministry(args: argparse.Namespace) -> int:
    from desktop.services import ministry_report
    from desktop.services.actor import Actor
    from desktop.services.database import open_database

    if args.period_to < args.period_from:  # a usage error, like the argparse ones: exit 2
        print(
            f"aeo-desk export ministry: error: --to {args.period_to} is before "
            f"--from {args.period_from}",
            file=sys.stderr,
        )
        return 2
    out: Path = args.out
    if not args.export_db.is_file():
        print(f"aeo-desk: {args.export_db} does not exist", file=sys.stderr)
        return 1
    db = open_database(args.export_db)
    try:
        counts = ministry_report.export(
            db, out, args.period_from, args.period_to, made_by=Actor.system_user().name
        )
    finally:
        db.close()
    print(
        f"ministry workbook {args.period_from} to {args.period_to} written to {out} "
        f"({sum(counts.values())} rows on {len(counts)} sheets)"
    )
    return 0


#: ``aeo-desk export KIND``: one handler per kind; every list in the registry is a kind.
_EXPORTS = {"audit": _export_audit, "ministry": _export_ministry}


#: ``aeo-desk import KIND``: the kinds of ``desktop.services.imports.KINDS`` (kept here so
#: that building the parser does not load openpyxl).
IMPORT_KINDS = ("operators", "staff", "training")


def _add_import(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """``import KIND FILE --db PATH [--dry-run]``: exit 0 when imported (or a clean dry run),
    1 when the file has errors (nothing is imported), 2 on a usage error."""
    imp = sub.add_parser("import", help="import operators, staff or training records")
    imp.add_argument(
        "import_kind", choices=IMPORT_KINDS, metavar="KIND", help=", ".join(IMPORT_KINDS)
    )
    imp.add_argument("import_file", type=Path, metavar="FILE", help="an .xlsx or .csv file")
    imp.add_argument(
        "--db", type=Path, required=True, dest="import_db", metavar="PATH", help="database file"
    )
    imp.add_argument(
        "--dry-run", action="store_true", help="check the file and show the plan; write nothing"
    )


def _import(args: argparse.Namespace) -> int:
    from desktop.services import imports
    from desktop.services.actor import Actor
    from desktop.services.database import open_database

    if not args.import_db.is_file():
        print(f"aeo-desk: {args.import_db} does not exist", file=sys.stderr)
        return 1
    db = open_database(args.import_db)
    try:
        plan = imports.plan_import(db, args.import_kind, args.import_file)
        print(plan.summary(max_errors=20))
        if not plan.ok:
            print(f"aeo-desk: nothing imported: {plan.error_count} error(s)", file=sys.stderr)
            return 1
        if args.dry_run:
            print("dry run: nothing was written")
            return 0
        try:
            result = imports.run_import(db, args.import_kind, args.import_file, Actor.system_user())
        except imports.ImportRefusedError as exc:  # the file changed since it was checked
            print(exc.plan.summary(max_errors=20))
            print(f"aeo-desk: nothing imported: {exc.plan.error_count} error(s)", file=sys.stderr)
            return 1
    finally:
        db.close()
    print(f"imported: {result.summary()}")
    return 0


def _add_backup_verify(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """``backup --db PATH [--out FILE]`` and ``verify --db PATH`` (exit 1 with the reason)."""
    backup = sub.add_parser("backup", help="write a backup copy of a database now")
    backup.add_argument(
        "--db", type=Path, required=True, dest="backup_db", metavar="PATH", help="database file"
    )
    backup.add_argument(
        "--out", type=Path, metavar="FILE", help="backup file (default: in PATH's backups folder)"
    )
    verify = sub.add_parser("verify", help="run a full integrity check of a database")
    verify.add_argument(
        "--db", type=Path, required=True, dest="verify_db", metavar="PATH", help="database file"
    )


def _backup(args: argparse.Namespace) -> int:
    from desktop.services import backup

    written = backup.make_backup(args.backup_db, args.out)
    print(f"backup written to {written} ({written.stat().st_size / 1_000_000:.1f} MB)")
    return 0


def _verify(args: argparse.Namespace) -> int:
    from desktop.services import backup

    result = backup.verify(args.verify_db, full=True)
    if result.ok:
        print("ok")
        return 0
    more = len(result.problems) - 1
    extra = f" (and {more} more problem{'' if more == 1 else 's'})" if more else ""
    reason = " ".join(result.problems[0].split())
    print(
        f"aeo-desk: {args.verify_db} failed the integrity check: {reason}{extra}", file=sys.stderr
    )
    return 1


def main(argv: Sequence[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    args = _parser(lists="export" in argv).parse_args(argv)
    try:
        if args.command == "demo":
            return _demo(args)
        if args.command == "export":
            return _EXPORTS.get(args.export_kind, _export_list)(args)
        if args.command == "import":
            return _import(args)
        if args.command == "backup":
            return _backup(args)
        if args.command == "verify":
            return _verify(args)
        from desktop.ui.app import run_gui

        return run_gui(db_path=args.db, smoke=args.smoke)
    except (DbError, DomainError, OSError) as exc:
        print(f"aeo-desk: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
