"""Command line: ``aeo-desk [--db PATH] [--smoke]``, ``aeo-desk demo ...``,
``aeo-desk export audit --db PATH --audit REF --out FILE.xlsx|FILE.pdf`` and
``aeo-desk export KIND --db PATH --out FILE.xlsx`` for each list in
``desktop.services.list_exports.KINDS`` (cases, operators, audits, actions, ...).

Field laptops: ``checkout``, ``open-package``, ``return``, ``checkin``, ``release`` and
``field-status`` (the unit passphrase comes from ``AEO_DESK_UNIT_PASSPHRASE`` or a prompt).

Errors exit 1 with one line on stderr; usage errors exit 2 (argparse).

Messages and exports are in English, French or Spanish: ``--language``, else
``AEO_DESK_LANG``, else the locale (``LANGUAGE``, ``LC_ALL``, ``LC_MESSAGES``, ``LANG``).
The window follows its own choice (View → Language).
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time
from collections.abc import Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from db.errors import DbError
from desktop.domain import i18n
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
    parser.add_argument(
        "--language",
        choices=i18n.LANGUAGES,
        help="messages and exports in this language (default: AEO_DESK_LANG, else the locale)",
    )
    sub = parser.add_subparsers(dest="command")
    demo = sub.add_parser("demo", help="build a demo database")
    demo.add_argument("--db", type=Path, required=True, dest="demo_db", help="new database file")
    demo.add_argument("--scale", choices=("small", "large"), default="small")
    demo.add_argument("--seed", type=int, default=1)
    demo.add_argument(
        "--users", action="store_true", help="add sign-in users (admin, manager, validator)"
    )
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
    _add_field(sub)
    _add_security(sub)
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
    counts = create_demo_file(
        path, scale=args.scale, seed=args.seed, replace=args.force, users=args.users
    )
    took = time.perf_counter() - start
    summary = ", ".join(f"{v:,} {k}" for k, v in counts.items())
    print(f"demo database {path}: {summary} in {took:.1f} s")
    if args.users:
        from desktop.services.demo import DEMO_PASSWORD

        print(f"sign in as admin, manager or validator; password {DEMO_PASSWORD}")
    return 0


def _export_audit(args: argparse.Namespace) -> int:
    from desktop.services import audit_report, audit_service

    out: Path = args.out
    if not args.export_db.is_file():
        print(f"aeo-desk: {args.export_db} does not exist", file=sys.stderr)
        return 1
    db = _open_db(args.export_db)
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

    out: Path = args.out
    if not args.export_db.is_file():
        print(f"aeo-desk: {args.export_db} does not exist", file=sys.stderr)
        return 1
    db = _open_db(args.export_db)
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
    ministry.add_argument(
        "--staff-codes", action="store_true", help="replace staff names with stable codes"
    )


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
    db = _open_db(args.export_db)
    try:
        counts = ministry_report.export(
            db, out, args.period_from, args.period_to, staff_codes=args.staff_codes
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

    if not args.import_db.is_file():
        print(f"aeo-desk: {args.import_db} does not exist", file=sys.stderr)
        return 1
    db = _open_db(args.import_db)
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

    written = backup.make_backup(args.backup_db, args.out, key=_key_of(args.backup_db))
    print(f"backup written to {written} ({written.stat().st_size / 1_000_000:.1f} MB)")
    return 0


def _verify(args: argparse.Namespace) -> int:
    from desktop.services import backup

    result = backup.verify(args.verify_db, full=True, key=_key_of(args.verify_db))
    if result.ok:
        print(
            f"ok: integrity, foreign keys, and {result.events:,} case events in an unbroken chain"
        )
        return 0
    more = len(result.problems) - 1
    extra = f" (and {more} more problem{'' if more == 1 else 's'})" if more else ""
    reason = " ".join(result.problems[0].split())
    print(
        f"aeo-desk: {args.verify_db} failed the integrity check: {reason}{extra}", file=sys.stderr
    )
    return 1


PASSPHRASE_ENV = "AEO_DESK_UNIT_PASSPHRASE"
USER_ENV = "AEO_DESK_USER"
PASSWORD_ENV = "AEO_DESK_PASSPHRASE"


def _sign_in(path: Path) -> Any:
    """For a database with users: sign in (user from ``AEO_DESK_USER`` or a prompt, password
    from ``AEO_DESK_PASSPHRASE`` or a prompt) and make that user's roles apply. ``None`` for a
    database without users (nothing to sign in to)."""
    import getpass
    import os

    from desktop.services import users

    if not users.users_set_up(path):
        return None
    name = os.environ.get(USER_ENV)
    password = os.environ.get(PASSWORD_ENV)
    if (not name or not password) and not sys.stdin.isatty():
        raise DomainError(
            f"{path.name} has users: set {USER_ENV} and {PASSWORD_ENV}, or run in a terminal "
            "to sign in."
        )
    name = name or input("User: ")
    password = password or getpass.getpass(f"Password for {name}: ")
    session = users.sign_in(path, name, password)
    if session.must_change:
        session.db.close()
        raise DomainError(f"{name} must choose a new password first: sign in to the app once.")
    users.activate(session)
    return session


def _open_db(path: Path) -> Any:
    """The database at ``path``, signed in if it has users (and decrypted with the key)."""
    from desktop.services.database import open_database

    session = _sign_in(path) if path.is_file() else None
    return session.db if session is not None else open_database(path)


def _key_of(path: Path) -> bytes | None:
    """The key of an encrypted database (after a sign-in), for backup and verify."""
    session = _sign_in(path) if Path(path).is_file() else None
    if session is None:
        return None
    session.db.close()
    return session.key


def _add_field(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    co = sub.add_parser("checkout", help="check cases out to a validator's laptop (office)")
    co.add_argument("--db", type=Path, required=True, dest="field_db", metavar="MASTER")
    which = co.add_mutually_exclusive_group(required=True)
    which.add_argument("--validator", metavar="NAME", help="all open cases of this validator")
    which.add_argument("--cases", metavar="REF,REF...", help="these cases (comma-separated)")
    co.add_argument(
        "--to", metavar="NAME", help="the validator who takes --cases (default: theirs)"
    )
    co.add_argument("--laptop", default="", metavar="LABEL", help="the laptop's name or asset tag")
    co.add_argument("--out", type=Path, required=True, metavar="PKG", help="package file to write")
    op = sub.add_parser("open-package", help="add a check-out package's cases to a laptop")
    op.add_argument("--db", type=Path, required=True, dest="field_db", metavar="LAPTOP")
    op.add_argument("package", type=Path, metavar="PKG")
    rt = sub.add_parser("return", help="write a return package with the laptop's changes")
    rt.add_argument("--db", type=Path, required=True, dest="field_db", metavar="LAPTOP")
    rt.add_argument("--out", type=Path, required=True, metavar="PKG", help="package file to write")
    rt.add_argument(
        "--again", action="store_true", help="include cases already returned (a lost package)"
    )
    ci = sub.add_parser("checkin", help="apply a laptop's return package (office)")
    ci.add_argument("--db", type=Path, required=True, dest="field_db", metavar="MASTER")
    ci.add_argument("package", type=Path, metavar="PKG")
    ci.add_argument("--dry-run", action="store_true", help="show what would change; write nothing")
    ci.add_argument(
        "--resolve",
        choices=("laptop", "office"),
        help="decide every conflict at once: keep the laptop's or the office's version",
    )
    rl = sub.add_parser("release", help="force the release of checked-out cases (manager)")
    rl.add_argument("--db", type=Path, required=True, dest="field_db", metavar="MASTER")
    rl.add_argument("--cases", required=True, metavar="REF,REF...")
    rl.add_argument("--reason", required=True)
    st = sub.add_parser("field-status", help="what is out on laptops, or held on this laptop")
    st.add_argument("--db", type=Path, required=True, dest="field_db", metavar="PATH")


def _passphrase(confirm: bool) -> str:
    import getpass
    import os

    value = os.environ.get(PASSPHRASE_ENV)
    if value:
        return value
    if not sys.stdin.isatty():
        raise DomainError(f"Set {PASSPHRASE_ENV}, or run in a terminal to type the passphrase.")
    value = getpass.getpass("Unit passphrase: ")
    if confirm and getpass.getpass("Again, to confirm: ") != value:
        raise DomainError("The two passphrases differ; nothing was written.")
    return value


def _field(args: argparse.Namespace) -> int:
    from desktop.services import field_service as fs
    from desktop.services.actor import Actor

    if args.command != "open-package" and not args.field_db.is_file():
        print(f"aeo-desk: {args.field_db} does not exist", file=sys.stderr)
        return 1
    db = _open_db(args.field_db)
    actor = Actor.system_user()
    try:
        return _FIELD[args.command](args, db, fs, actor)
    except Exception as exc:
        locked = fs.explain_lock(exc)
        if locked is None:
            raise
        raise locked from None
    finally:
        db.close()


def _checkout(args: argparse.Namespace, db: Any, fs: Any, actor: Any) -> int:
    if args.validator:
        person = fs.find_validator(db, args.validator)
        case_ids = fs.cases_of_validator(db, person["id"])
        if not case_ids:
            raise DomainError(f"{person['name']} has no open cases to check out.")
    else:
        case_ids = fs.cases_by_reference(db, args.cases.split(","))
        person = fs.find_validator(db, args.to) if args.to else fs.validator_of(db, case_ids)
    from desktop.services.field_locks import default_laptop_label

    laptop = args.laptop or default_laptop_label(person["name"])
    passphrase = _passphrase(confirm=True)
    result = fs.check_out(
        db,
        case_ids,
        validator_id=person["id"],
        laptop=laptop,
        out_path=args.out,
        passphrase=passphrase,
        actor=actor,
    )
    print(
        f"checked out {len(result.references)} case(s) to {person['name']} ({laptop}): "
        f"{', '.join(result.references[:10])}{' ...' if len(result.references) > 10 else ''}"
    )
    print(f"package written to {result.path} ({result.size / 1000:.0f} kB)")
    return 0


def _open_package(args: argparse.Namespace, db: Any, fs: Any, actor: Any) -> int:
    from desktop.services.field_locks import laptop_label

    result = fs.open_package(db, args.package, _passphrase(confirm=False), actor)
    if result.already_opened:
        print("this package was already opened here; nothing changed")
        return 0
    print(
        f"opened {len(result.references)} case(s) from {result.unit_name} for "
        f"{result.validator} ({laptop_label(result.laptop)}): {', '.join(result.references)}"
    )
    return 0


def _return(args: argparse.Namespace, db: Any, fs: Any, actor: Any) -> int:
    result = fs.return_cases(db, args.out, _passphrase(confirm=True), actor, again=args.again)
    changed = ", ".join(f"{n} {label}" for label, n in result.counts.items()) or "no changes"
    print(f"return package #{result.seq} written to {result.path}: {changed}")
    print(f"returned (now read-only here): {', '.join(result.references)}")
    return 0


def _checkin(args: argparse.Namespace, db: Any, fs: Any, actor: Any) -> int:
    passphrase = _passphrase(confirm=False)
    if args.dry_run:
        plan = fs.preview_checkin(db, args.package, passphrase)
    else:
        try:
            plan = fs.check_in(db, args.package, passphrase, actor, resolve_all=args.resolve)
        except fs.ConflictsError as exc:
            _print_plan(exc.plan)
            print(f"aeo-desk: {exc} (or run again with --resolve laptop|office)", file=sys.stderr)
            return 1
    if plan.already_applied is not None:
        print(
            f"this package was already checked in on {plan.already_applied['applied_at'][:10]}; "
            "nothing changed"
        )
        return 0
    _print_plan(plan)
    print("dry run: nothing was written" if args.dry_run else "checked in")
    return 0


def _print_plan(plan: Any) -> None:
    from desktop.services import field_service as fs

    print(f"package #{plan.seq} written by {plan.written_by} on {plan.written_at[:10]}")
    print(f"cases: {', '.join(plan.references)}")
    for line in fs.describe_counts(plan.counts) or ["no changes"]:
        print(f"  {line}")
    for c in plan.case_conflicts:
        print(f"conflict: case {c.reference}: {c.reason}")
    for r in plan.row_conflicts:
        where = f" of {r.reference}" if r.reference else ""
        print(f"conflict: {fs.table_label(r.table)}{where} ({r.uuid}): {r.reason}")


def _release(args: argparse.Namespace, db: Any, fs: Any, actor: Any) -> int:
    case_ids = fs.cases_by_reference(db, args.cases.split(","))
    n = fs.force_release(db, case_ids, args.reason, actor)
    print(f"released {n} case(s); a later check-in of them will show conflicts to resolve")
    return 0


def _field_status(args: argparse.Namespace, db: Any, fs: Any, actor: Any) -> int:
    from desktop.services.field_locks import laptop_name

    out = fs.checkouts(db)
    for k in out:
        print(
            f"out: {k['cases']} case(s) on {laptop_name(k['validator'], k['laptop'])} since "
            f"{k['created_at'][:10]}"
        )
    copies = fs.field_copies(db)
    for c in copies:
        state = (
            "returned" if c["status"] == "returned" else f"{c['changes']} change(s) not returned"
        )
        print(f"field copy: {c['reference']} ({c['operator_name']}): {state}")
    if not out and not copies:
        print("no cases are out on laptops, and none are held here")
    return 0


_FIELD = {
    "checkout": _checkout,
    "open-package": _open_package,
    "return": _return,
    "checkin": _checkin,
    "release": _release,
    "field-status": _field_status,
}


def _add_security(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    us = sub.add_parser("users", help="list, add or reset users (administrator)")
    us.add_argument(
        "users_action", nargs="?", default="list", choices=("list", "add", "reset", "create-admin")
    )
    us.add_argument("username", nargs="?", metavar="NAME")
    us.add_argument("--db", type=Path, required=True, dest="sec_db", metavar="PATH")
    us.add_argument("--roles", default="validator", help="for add: e.g. validator,manager")
    us.add_argument("--staff", metavar="NAME", help="for add: the staff member this user is")
    for name, what in (("encrypt", "encrypt a database at rest"), ("decrypt", "store it plain")):
        cmd = sub.add_parser(name, help=f"{what} (administrator; a backup is kept)")
        cmd.add_argument("--db", type=Path, required=True, dest="sec_db", metavar="PATH")


def _security(args: argparse.Namespace) -> int:
    import getpass
    import os

    from desktop.services import encryption, field_service, users

    path: Path = args.sec_db
    if not path.is_file():
        print(f"aeo-desk: {path} does not exist", file=sys.stderr)
        return 1
    if args.command == "users" and args.users_action == "create-admin":
        from desktop.services.database import open_database

        if not args.username:
            raise DomainError("Name the administrator: aeo-desk users create-admin NAME --db PATH")
        password = os.environ.get(PASSWORD_ENV)
        if not password:
            if not sys.stdin.isatty():
                raise DomainError(f"Set {PASSWORD_ENV}, or run in a terminal.")
            password = getpass.getpass("New password: ")
            if getpass.getpass("Again, to confirm: ") != password:
                raise DomainError("The two passwords differ; nothing was changed.")
        db = open_database(path)
        try:
            users.create_first_admin(path, db, args.username, password, roles=("admin", "manager"))
        finally:
            db.close()
        print(f"administrator {args.username} created; {path.name} now needs a sign-in")
        return 0
    session = _sign_in(path)
    if session is None:
        raise DomainError(
            f"{path.name} has no users yet: create the administrator first "
            "(aeo-desk users create-admin NAME --db PATH)."
        )
    try:
        if args.command in ("encrypt", "decrypt"):
            session.db.close()
            convert = encryption.encrypt if args.command == "encrypt" else encryption.decrypt
            done = convert(path, session.db_key, session.actor)
            state = "encrypted" if done.encrypted else "no longer encrypted"
            print(f"{path.name} is {state}; the previous file is kept as {done.backup}")
            return 0
        if args.users_action == "list":
            for u in users.list_users(session.db):
                roles = ", ".join(users.role_label(r) for r in u.roles)
                state = "" if u.is_active else " (inactive)"
                print(f"{u.username}: {roles}{' · ' + u.staff_name if u.staff_name else ''}{state}")
            return 0
        if not args.username:
            raise DomainError(f"Name the user: aeo-desk users {args.users_action} NAME --db PATH")
        if args.users_action == "add":
            staff_id = (
                field_service.find_validator(session.db, args.staff)["id"] if args.staff else None
            )
            roles = [r.strip() for r in args.roles.split(",") if r.strip()]
            user, temp = users.create_user(session, args.username, roles, staff_id=staff_id)
            print(
                f"user {user.username} added; temporary password (changed at first sign-in): {temp}"
            )
            return 0
        found = [
            u
            for u in users.list_users(session.db)
            if u.username.casefold() == args.username.casefold()
        ]
        if not found:
            raise DomainError(f"There is no user {args.username}.")
        temp = users.reset_password(session, found[0].id)
        print(f"password of {found[0].username} reset; temporary password: {temp}")
        return 0
    finally:
        session.db.close()


def cli_language(choice: str | None, environ: Mapping[str, str]) -> str:
    """The language of a command: ``choice``, else ``AEO_DESK_LANG``, else the first locale
    variable that is set (``fr_FR.UTF-8`` -> ``fr``); English when it is none of ours."""
    if choice:
        return choice
    for name in ("AEO_DESK_LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(name, "")
        if value:
            code = value.split(":")[0].split(".")[0].split("_")[0].lower()
            return code if code in i18n.LANGUAGES else "en"
    return "en"


def main(argv: Sequence[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    args = _parser(lists="export" in argv).parse_args(argv)
    if args.command:  # the window sets its own language (View → Language)
        i18n.set_language(cli_language(args.language, os.environ))
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
        if args.command in _FIELD:
            return _field(args)
        if args.command in ("users", "encrypt", "decrypt"):
            return _security(args)
        from desktop.ui.app import run_gui

        return run_gui(db_path=args.db, smoke=args.smoke)
    except (DbError, DomainError, OSError) as exc:
        print(f"aeo-desk: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
