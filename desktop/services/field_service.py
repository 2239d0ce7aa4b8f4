"""Field laptops: check cases out of the office database, work on them offline, bring the
changes back (Qt-free).

How conflicts are avoided, and found when they happen anyway:

- A case checked out is read-only at the office (triggers in migration 0005 refuse every
  write to it and to its events, audits, answers, evidence, findings, actions and revisions)
  until its changes come back or a manager forces a release. A case returned from a laptop is
  read-only on that laptop in the same way.
- The laptop keeps the hash of every row as it arrived (``field_base``). A return package
  carries only the rows whose hash changed, each with that base hash.
- At check-in, each row is compared three ways: the office's current row, the base and the
  laptop's row. Office = laptop: nothing to do (so the same package twice changes nothing).
  Office = base: the laptop's row goes in. Otherwise the row changed on both sides: a
  conflict, shown side by side and resolved by a person, never overwritten silently.
- A check-in is one transaction: it goes in whole or not at all.

The package file itself (encryption, authentication, versions) is :mod:`package_format`; the
payload inside it is described in docs/package-format.md.
"""

from __future__ import annotations

import contextlib
import json
import logging
import struct
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import sqlite_utils

from db import migrations
from db.errors import INTEGRITY_ERRORS, OPERATIONAL_ERRORS
from db.repositories import field as repo
from db.repositories import settings as settings_repo
from db.repositories.common import Row, new_uuid
from desktop.domain.errors import DomainError, NotFoundError, ValidationError
from desktop.domain.i18n import _
from desktop.domain.permissions import Permission
from desktop.services import (
    access,
    clock,
    package_format,
    reference_data,
    templates,
)
from desktop.services.actor import Actor
from desktop.services.field_locks import (
    CaseCheckedOutError,
    laptop_label,
    laptop_name,
    require_editable,
)
from desktop.services.package_format import DEFAULT_KDF, KdfParams, PackageDamagedError
from desktop.services.version import app_version

logger = logging.getLogger(__name__)

__all__ = ["CaseCheckedOutError", "require_editable"]  # re-exported for the UI and CLI

PAYLOAD_VERSION = 1
MIN_PASSPHRASE = 10
Progress = Callable[[int, int, str], None]

#: What the summary calls each table (plural, for "3 answers changed"). English: they are
#: keys of the counts kept with each package; :func:`table_label` gives them for display.
LABELS = {
    "operators": "operators",
    "operator_identifiers": "operator identifiers",
    "cases": "cases",
    "case_events": "events",
    "audits": "audits",
    "findings": "findings",
    "corrective_actions": "actions",
    "audit_answers": "answers",
    "audit_evidence": "attachments",
    "audit_revisions": "audit revisions",
    "contact_log": "contact log entries",
}


def table_label(table: str) -> str:
    """What the summary calls ``table`` (plural), in the current language."""
    return _(LABELS[table])


class ConflictsError(DomainError):
    """A check-in found conflicts that nobody has decided yet; nothing was changed."""

    def __init__(self, plan: CheckinPlan) -> None:
        n = len(plan.row_conflicts) + len(plan.case_conflicts)
        if n == 1:
            text = _(
                "The package has 1 conflict with the office database; nothing was changed. "
                "Resolve them side by side, then check in again."
            )
        else:
            text = _(
                "The package has {n} conflicts with the office database; nothing was changed. "
                "Resolve them side by side, then check in again."
            ).format(n=n)
        super().__init__(text)
        self.plan = plan


def _noop(done: int, total: int, label: str) -> None:
    pass


# --- who this database is -------------------------------------------------------------------


@dataclass(frozen=True)
class Identity:
    unit_id: str
    unit_name: str
    install_id: str


def identity(db: sqlite_utils.Database) -> Identity:
    return Identity(
        unit_id=settings_repo.get(db, "unit.id") or "",
        unit_name=reference_data.unit_name(db),
        install_id=settings_repo.get(db, "install.id") or "",
    )


def set_unit_name(db: sqlite_utils.Database, name: str) -> None:
    name = " ".join(name.split())
    if not name:
        raise ValidationError(_("the unit needs a name."), field="Unit name")
    if len(name) > 100:
        raise ValidationError(_("at most {n} characters.").format(n=100), field="Unit name")
    with db.atomic():
        settings_repo.put(db, "unit_name", name)


def check_passphrase(passphrase: str) -> None:
    """Rules for a new package's passphrase (reading takes whatever the package was made
    with)."""
    if len(passphrase) < MIN_PASSPHRASE:
        raise ValidationError(
            _("the unit passphrase needs at least {n} characters.").format(n=MIN_PASSPHRASE),
            field="Passphrase",
        )


# --- what is checked out where --------------------------------------------------------------


def where_is(db: sqlite_utils.Database, case_ids: Sequence[int]) -> dict[int, str]:
    """A short sentence per case that is out on a laptop, or is a field copy here."""
    out = {}
    for case_id, r in repo.where_is(db, case_ids).items():
        since = str(r["since"])[:10]
        if r["side"] == "office":
            out[case_id] = _("On {where} since {since}").format(
                where=laptop_name(r["validator"], r["laptop"]), since=since
            )
        elif r["status"] == "returned":
            out[case_id] = _("Returned to the office on {day}").format(
                day=str(r["returned_at"])[:10]
            )
        else:
            out[case_id] = _("Field copy from the office since {since}").format(since=since)
    return out


def explain_lock(exc: BaseException) -> CaseCheckedOutError | None:
    """The plain message for a write that the lock triggers refused, else None."""
    if isinstance(exc, INTEGRITY_ERRORS) and migrations.FIELD_LOCK_MESSAGE in str(exc):
        return CaseCheckedOutError(
            _(
                "This case is out on a field laptop (or was returned from this one) and is "
                "read-only here until it is checked in."
            )
        )
    return None


# --- choosing cases -------------------------------------------------------------------------


def find_validator(db: sqlite_utils.Database, name: str) -> Row:
    wanted = " ".join(name.split()).casefold()
    found = [r for r in repo.staff_names(db) if r["name"].casefold() == wanted]
    if not found:
        raise NotFoundError(_("No staff member is called '{name}'.").format(name=name))
    if len(found) > 1:
        raise ValidationError(
            _("{n} staff members are called '{name}'.").format(n=len(found), name=name),
            field="Validator",
        )
    return found[0]


def cases_of_validator(db: sqlite_utils.Database, staff_id: int) -> list[int]:
    return repo.open_cases_of(db, staff_id)


def cases_with_audits(
    db: sqlite_utils.Database, start: date, end: date, staff_id: int | None = None
) -> list[int]:
    """Cases with an audit planned to start between ``start`` and ``end`` (inclusive)."""
    return repo.cases_with_audits(db, start.isoformat(), end.isoformat(), staff_id)


def cases_by_reference(db: sqlite_utils.Database, references: Sequence[str]) -> list[int]:
    refs = [r.strip() for r in references if r.strip()]
    if not refs:
        raise ValidationError(_("name at least one case reference."), field="Cases")
    found = repo.case_ids_by_reference(db, refs)
    missing = [r for r in refs if r not in found]
    if missing:
        raise NotFoundError(
            _("No case has the reference {references}.").format(references=", ".join(missing))
        )
    return [found[r] for r in refs]


# --- payload: JSON plus the attachment bytes --------------------------------------------------


def encode_payload(doc: dict[str, Any], blobs: dict[str, bytes]) -> bytes:
    """``u32 length | JSON | blob bytes``; the JSON maps each SHA-256 to (offset, length)."""
    index, offset = {}, 0
    for sha, data in blobs.items():
        index[sha] = [offset, len(data)]
        offset += len(data)
    text = json.dumps({**doc, "blobs": index}, ensure_ascii=False, separators=(",", ":"))
    head = text.encode()
    return b"".join([struct.pack(">I", len(head)), head, *blobs.values()])


def decode_payload(data: bytes) -> tuple[dict[str, Any], dict[str, bytes]]:
    try:
        (n,) = struct.unpack(">I", data[:4])
        doc = json.loads(data[4 : 4 + n])
        base = 4 + n
        blobs = {}
        for sha, (off, length) in doc.pop("blobs").items():
            chunk = data[base + off : base + off + length]
            if len(chunk) != length:
                raise ValueError("short blob")
            blobs[sha] = chunk
    except (struct.error, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise PackageDamagedError(
            _("The package is damaged: its contents cannot be read. Nothing was changed.")
        ) from exc
    if doc.get("payload") != PAYLOAD_VERSION:
        raise package_format.PackageTooNewError(
            _(
                "This package's contents use layout {layout}; this AEO Desk reads layout "
                "{known}. Install the newer AEO Desk to open it."
            ).format(layout=doc.get("payload"), known=PAYLOAD_VERSION)
        )
    return doc, blobs


def _read(
    db: sqlite_utils.Database, path: Path, passphrase: str, kind: str
) -> tuple[package_format.PackageHeader, dict[str, Any], dict[str, bytes]]:
    me = identity(db)
    header = package_format.read_header(path)
    if header.kind != kind:  # there are two kinds: the header's is the other one
        if kind == "checkout":
            text = _("{file} is not a check-out package (from the office); it is a return package.")
        else:
            text = _("{file} is not a return package (from a laptop); it is a checkout package.")
        raise DomainError(text.format(file=Path(path).name))
    if header.schema_version > migrations.SCHEMA_VERSION:
        raise package_format.PackageTooNewError(
            _(
                "This package was made by a newer AEO Desk (schema {schema}; this version "
                "knows {known}). Install the newer version to open it."
            ).format(schema=header.schema_version, known=migrations.SCHEMA_VERSION)
        )
    expected = me.unit_id if (kind == "return" or not _can_adopt_unit(db)) else None
    header, payload = package_format.read_package(path, passphrase, expected_unit_id=expected)
    doc, blobs = decode_payload(payload)
    if doc.get("kind") != kind:
        raise PackageDamagedError(_("The package is damaged: its contents do not match its label."))
    return header, doc, blobs


def _can_adopt_unit(db: sqlite_utils.Database) -> bool:
    """A database that has never sent or received a package may join the package's unit
    (a new laptop set up for fieldwork)."""
    return repo.count_packages(db) == 0 and not repo.is_master(db)


# --- reading the rows of a set of cases -------------------------------------------------------


@dataclass
class Bundle:
    """The portable rows of some cases, in table order, with who owns each row."""

    rows: dict[str, list[repo.Portable]] = field(default_factory=dict)
    #: (table, uuid) -> ("case", case uuid) or ("operator", operator uuid)
    owners: dict[tuple[str, str], tuple[str, str]] = field(default_factory=dict)

    def count(self) -> int:
        return sum(len(v) for v in self.rows.values())


def read_bundle(
    db: sqlite_utils.Database, case_ids: Sequence[int], progress: Progress = _noop
) -> Bundle:
    tr = repo.Translator(db)
    bundle = Bundle()
    for n, spec in enumerate(repo.SPECS):
        progress(n, len(repo.SPECS), _("Reading {what}…").format(what=table_label(spec.name)))
        bundle.rows[spec.name] = [
            tr.to_portable(spec.name, r) for r in repo.bundle_rows(db, spec.name, case_ids)
        ]
    bundle.owners = owners_of(bundle.rows)
    return bundle


def owners_of(
    by_table: dict[str, list[repo.Portable]],
) -> dict[tuple[str, str], tuple[str, str]]:
    """(table, uuid) -> ("case", case uuid) or ("operator", operator uuid)."""
    audit_case = {p["uuid"]: p["case_id"] for p in by_table.get("audits", [])}
    finding_case = {
        p["uuid"]: audit_case.get(p["audit_id"], "") for p in by_table.get("findings", [])
    }
    out: dict[tuple[str, str], tuple[str, str]] = {}
    for table, items in by_table.items():
        for p in items:
            if table in repo.OPERATOR_TABLES:
                owner = ("operator", p["uuid"] if table == "operators" else p["operator_id"])
            elif table == "cases":
                owner = ("case", p["uuid"])
            elif table in ("case_events", "audits"):
                owner = ("case", p["case_id"])
            elif table == "corrective_actions":
                owner = ("case", finding_case.get(p["finding_id"], ""))
            else:
                owner = ("case", audit_case.get(p["audit_id"], ""))
            out[(table, p["uuid"])] = owner
    return out


# --- office: check-out ----------------------------------------------------------------------


@dataclass(frozen=True)
class CheckoutResult:
    checkout_uuid: str
    package_id: str
    path: Path
    references: list[str]
    rows: int
    attachments: int
    size: int


def check_out(
    db: sqlite_utils.Database,
    case_ids: Sequence[int],
    *,
    validator_id: int,
    laptop: str,
    out_path: Path,
    passphrase: str,
    actor: Actor,
    kdf: KdfParams = DEFAULT_KDF,
    progress: Progress = _noop,
) -> CheckoutResult:
    """Write a check-out package for these cases and mark them out, in one step: if the
    file cannot be written, nothing is marked."""
    access.require(Permission.CHECK_OUT, actor)
    check_passphrase(passphrase)
    laptop = " ".join(laptop.split())
    if not laptop:
        raise ValidationError(_("name the laptop (for example its asset tag)."), field="Laptop")
    case_ids = list(dict.fromkeys(case_ids))
    if not case_ids:
        raise ValidationError(_("choose at least one case to check out."), field="Cases")
    validator = repo.staff_name(db, validator_id)
    if validator is None:
        raise ValidationError(_("choose the validator who takes the cases."), field="Validator")
    busy = repo.active_checkouts(db, case_ids)
    if busy:
        each = _("{reference} (on {where})")
        listed = "; ".join(
            each.format(reference=b["reference"], where=laptop_name(b["validator"], b["laptop"]))
            for b in busy[:5]
        )
        if len(busy) == 1:
            text = _(
                "1 of these cases is already checked out: {listed}. Check them in, or force a "
                "release, first."
            )
        else:
            text = _(
                "{n} of these cases are already checked out: {listed}. Check them in, or force "
                "a release, first."
            )
        raise DomainError(text.format(n=len(busy), listed=listed))
    me = identity(db)
    checkout_uuid, package_id = new_uuid(), new_uuid()
    now = clock.now_iso()
    with db.atomic():
        bundle = read_bundle(db, case_ids, progress)
        audit_templates = repo.audit_templates_of(db, case_ids)
        blobs = {}
        for ev in bundle.rows["audit_evidence"]:
            if ev["sha256"] not in blobs:
                blobs[ev["sha256"]] = repo.blob_of(db, ev["sha256"]) or b""
        case_uuids = [p["uuid"] for p in bundle.rows["cases"]]
        doc = {
            "payload": PAYLOAD_VERSION,
            "kind": "checkout",
            "checkout": {
                "id": checkout_uuid,
                "validator": validator,
                "validator_uuid": repo.Translator(db).uuid_of("staff", validator_id),
                "laptop": laptop,
                "cases": case_uuids,
            },
            "reference": {
                "staff": repo.reference_rows(db, "staff"),
                "programmes": repo.reference_rows(db, "programmes"),
                "templates": repo.template_bodies(db, audit_templates),
            },
            "rows": bundle.rows,
        }
        repo.insert_checkout(
            db,
            {
                "uuid": checkout_uuid,
                "package_id": package_id,
                "validator_id": validator_id,
                "laptop": laptop,
                "created_at": now,
                "created_by": actor.name,
            },
            case_ids,
        )
        progress(len(repo.SPECS), len(repo.SPECS) + 1, _("Encrypting the package…"))
        package_format.write_package(
            out_path,
            kind="checkout",
            package_id=package_id,
            unit_id=me.unit_id,
            unit_name=me.unit_name,
            created_at=now,
            created_by=actor.name,
            app_version=app_version(),
            schema_version=migrations.SCHEMA_VERSION,
            extra={"checkout_id": checkout_uuid, "cases": len(case_uuids), "laptop": laptop},
            payload=encode_payload(doc, blobs),
            passphrase=passphrase,
            kdf=kdf,
        )
    progress(1, 1, _("Done"))
    logger.info("checked out %d cases to %s (%s)", len(case_ids), validator, laptop)
    return CheckoutResult(
        checkout_uuid=checkout_uuid,
        package_id=package_id,
        path=Path(out_path),
        references=repo.references_of(db, case_ids),
        rows=bundle.count(),
        attachments=len(blobs),
        size=Path(out_path).stat().st_size,
    )


def force_release(
    db: sqlite_utils.Database, case_ids: Sequence[int], reason: str, actor: Actor
) -> int:
    """Make checked-out cases editable at the office again, without their laptop changes.
    The reason is recorded; a later check-in of those cases shows conflicts instead of
    overwriting what the office did meanwhile."""
    access.require(Permission.FORCE_RELEASE, actor)
    reason = " ".join(reason.split())
    if not reason:
        raise ValidationError(_("a forced release needs a reason."), field="Reason")
    with db.atomic():
        n = repo.release(
            db, case_ids, at=clock.now_iso(), by=actor.name, kind="forced", reason=reason
        )
    if n == 0:
        raise DomainError(_("None of these cases is checked out."))
    logger.info("forced release of %d cases by %s: %s", n, actor.name, reason)
    return n


def checkouts(db: sqlite_utils.Database) -> list[Row]:
    return repo.checkout_summaries(db)


# --- laptop: open a check-out package -------------------------------------------------------


@dataclass(frozen=True)
class OpenResult:
    package_id: str
    references: list[str]
    validator: str
    laptop: str
    unit_name: str
    already_opened: bool = False


def open_package(
    db: sqlite_utils.Database,
    path: Path,
    passphrase: str,
    actor: Actor,
    progress: Progress = _noop,
) -> OpenResult:
    """Add a check-out package's cases to this (laptop) database, in one transaction."""
    progress(0, 3, _("Decrypting the package…"))
    header, doc, blobs = _read(db, Path(path), passphrase, "checkout")
    co = doc["checkout"]
    if repo.get_checkout(db, co["id"]) is not None:
        raise DomainError(
            _("This package was made from this database. Open it on the validator's laptop.")
        )
    done = repo.applied_package(db, header.package_id)
    if done is not None:
        return OpenResult(
            header.package_id, [], co["validator"], co["laptop"], header.unit_name, True
        )
    tr = repo.Translator(db)
    case_uuids = list(co["cases"])
    with db.atomic():
        if identity(db).unit_id != header.unit_id:  # a fresh laptop joins the unit
            settings_repo.put(db, "unit.id", header.unit_id)
            settings_repo.put(db, "unit_name", header.unit_name)
        progress(1, 3, _("Adding reference data…"))
        ref = doc["reference"]
        repo.upsert_reference(db, "staff", ref["staff"])
        repo.upsert_reference(db, "programmes", ref["programmes"])
        for t in ref["templates"]:
            templates.install(db, templates.read_template_text(t["body"], t["source"]), t["source"])
        tr.forget_references()
        tr.load_ids("cases", case_uuids)
        existing = [tr.id_of("cases", u) for u in case_uuids]
        existing_ids = [i for i in existing if i is not None]
        if existing_ids:
            _refuse_unreturned(db, existing_ids)
            for cid in existing_ids:  # unlock returned copies before replacing them
                copy = repo.field_copy_of(db, cid)
                if copy is not None:
                    repo.put_field_copy(db, {**copy, "opened_at": clock.now_iso()})
            _drop_stale(db, tr, existing_ids, doc["rows"])
        progress(2, 3, _("Adding the cases…"))
        _write_rows(db, tr, doc["rows"], blobs)
        repo.drop_base(db, co["id"])
        owners = owners_of(doc["rows"])
        repo.put_base(
            db,
            co["id"],
            (
                (table, p["uuid"], repo.row_hash(p), owners[(table, p["uuid"])][1])
                for table, items in doc["rows"].items()
                for p in items
            ),
        )
        now = clock.now_iso()
        tr.load_ids("cases", case_uuids)
        for u in case_uuids:
            repo.put_field_copy(
                db,
                {
                    "case_id": tr.id_of("cases", u),
                    "checkout_uuid": co["id"],
                    "package_id": header.package_id,
                    "validator": co["validator"],
                    "laptop": co["laptop"],
                    "opened_at": now,
                },
            )
        repo.record_package(
            db,
            {
                "package_id": header.package_id,
                "kind": "checkout",
                "written_at": header.created_at,
                "written_by": header.created_by,
                "file_name": Path(path).name,
                "applied_at": now,
                "applied_by": actor.name,
                "summary": {"cases": len(case_uuids)},
            },
        )
    progress(3, 3, _("Done"))
    refs = sorted(p["reference"] for p in doc["rows"]["cases"])
    return OpenResult(header.package_id, refs, co["validator"], co["laptop"], header.unit_name)


def _refuse_unreturned(db: sqlite_utils.Database, case_ids: Sequence[int]) -> None:
    pending = pending_changes(db)
    waiting = [c for c in case_ids if pending.get(c)]
    if waiting:
        refs = repo.references_of(db, waiting)
        if len(refs) == 1:
            text = _(
                "{references} still has changes on this laptop that were not returned. Return "
                "them first; nothing was opened."
            )
        else:
            text = _(
                "{references} still have changes on this laptop that were not returned. Return "
                "them first; nothing was opened."
            )
        raise DomainError(text.format(references=", ".join(refs)))


def _drop_stale(
    db: sqlite_utils.Database,
    tr: repo.Translator,
    case_ids: Sequence[int],
    incoming: dict[str, list[repo.Portable]],
) -> None:
    """Remove this copy's case rows that the office no longer has (operator-level rows stay:
    other cases here may share them)."""
    for spec in reversed(repo.SPECS):
        if spec.name in repo.OPERATOR_TABLES:
            continue
        keep = {p["uuid"] for p in incoming.get(spec.name, [])}
        stale = [
            int(r["id"]) for r in repo.bundle_rows(db, spec.name, case_ids) if r["uuid"] not in keep
        ]
        repo.delete_by_ids(db, spec.name, stale)


def _write_rows(
    db: sqlite_utils.Database,
    tr: repo.Translator,
    incoming: dict[str, list[repo.Portable]],
    blobs: dict[str, bytes],
) -> None:
    for spec in repo.SPECS:
        items = incoming.get(spec.name, [])
        if not items:
            continue
        try:
            local = [{**tr.to_local(spec.name, p), "uuid": p["uuid"]} for p in items]
            repo.upsert_many(db, spec.name, local, blobs)
        except repo.UnknownReferenceError as exc:
            raise PackageDamagedError(
                _(
                    "The package's {what} refer to {kind} that is not in it or in this "
                    "database. Nothing was opened."
                ).format(what=table_label(spec.name), kind=exc.kind)
            ) from None
        except INTEGRITY_ERRORS as exc:
            raise DomainError(
                _(
                    "The package's {what} clash with rows already in this database ({error}). "
                    "Nothing was opened."
                ).format(what=table_label(spec.name), error=exc)
            ) from None
        except KeyError as exc:
            raise PackageDamagedError(
                _(
                    "The package is damaged: an attachment ({key}) is missing. Nothing was opened."
                ).format(key=exc)
            ) from None
        tr.load_ids(spec.name, [p["uuid"] for p in items])


# --- laptop: what changed, and returning it --------------------------------------------------


@dataclass
class Change:
    table: str
    uuid: str
    op: str  # "put" or "del"
    base: str | None
    row: repo.Portable | None
    owner: tuple[str, str]

    def as_json(self) -> dict[str, Any]:
        return {
            "t": self.table,
            "u": self.uuid,
            "op": self.op,
            "base": self.base,
            "row": self.row,
            "owner": list(self.owner),
        }


def _changes_of(
    db: sqlite_utils.Database, checkout_uuid: str, case_ids: Sequence[int]
) -> list[Change]:
    base = repo.base_of(db, checkout_uuid)
    bundle = read_bundle(db, case_ids)
    out: list[Change] = []
    for spec in repo.SPECS:
        for p in bundle.rows[spec.name]:
            key = (spec.name, p["uuid"])
            was = base.get(key, (None, ""))[0]
            if was is None or was != repo.row_hash(p):
                out.append(Change(spec.name, p["uuid"], "put", was, p, bundle.owners[key]))
    # Rows deleted here: in the base, owned by one of these cases, and gone now.
    case_uuids = {p["uuid"] for p in bundle.rows["cases"]}
    for (table, uuid), (was, owner) in base.items():
        if table in repo.OPERATOR_TABLES or owner not in case_uuids:
            continue
        if (table, uuid) not in bundle.owners:
            out.append(Change(table, uuid, "del", was, None, ("case", owner)))
    return out


def pending_changes(db: sqlite_utils.Database) -> dict[int, int]:
    """Cases out on this laptop -> number of rows changed here and not returned yet."""
    counts: dict[int, int] = {}
    by_checkout: dict[str, list[Row]] = defaultdict(list)
    for copy in repo.field_copies(db, status="out"):
        by_checkout[copy["checkout_uuid"]].append(copy)
    for checkout_uuid, copies in by_checkout.items():
        uuid_to_id = {c["case_uuid"]: int(c["case_id"]) for c in copies}
        for ch in _changes_of(db, checkout_uuid, list(uuid_to_id.values())):
            kind, owner = ch.owner
            if kind == "case" and owner in uuid_to_id:
                counts[uuid_to_id[owner]] = counts.get(uuid_to_id[owner], 0) + 1
            elif kind == "operator":
                for c in copies:  # shown on every case of that operator here
                    if c["operator_uuid"] == owner:
                        counts[int(c["case_id"])] = counts.get(int(c["case_id"]), 0) + 1
    return counts


def field_copies(db: sqlite_utils.Database) -> list[Row]:
    pending = pending_changes(db)
    return [{**c, "changes": pending.get(int(c["case_id"]), 0)} for c in repo.field_copies(db)]


@dataclass(frozen=True)
class ReturnResult:
    package_id: str
    path: Path
    seq: int
    references: list[str]
    counts: dict[str, int]
    size: int


def return_cases(
    db: sqlite_utils.Database,
    out_path: Path,
    passphrase: str,
    actor: Actor,
    *,
    case_ids: Sequence[int] | None = None,
    again: bool = False,
    kdf: KdfParams = DEFAULT_KDF,
    progress: Progress = _noop,
) -> ReturnResult:
    """Write a return package with every change made here to the chosen field copies (all
    that are out, by default) and make them read-only here. ``again`` also takes copies
    already returned (a lost package is written anew; the office sees the repeat)."""
    check_passphrase(passphrase)
    statuses = ("out", "returned") if again else ("out",)
    copies = [c for c in repo.field_copies(db) if c["status"] in statuses]
    if case_ids is not None:
        wanted = set(case_ids)
        copies = [c for c in copies if int(c["case_id"]) in wanted]
    if not copies:
        raise DomainError(_("There are no field copies to return on this laptop."))
    me = identity(db)
    by_checkout: dict[str, list[Row]] = defaultdict(list)
    for c in copies:
        by_checkout[c["checkout_uuid"]].append(c)
    package_id, now = new_uuid(), clock.now_iso()
    seq = repo.next_return_seq(db)
    sections, blobs, counts = [], {}, Counter()
    for n, (checkout_uuid, group) in enumerate(by_checkout.items()):
        progress(n, len(by_checkout) + 1, _("Collecting changes…"))
        changes = _changes_of(db, checkout_uuid, [int(c["case_id"]) for c in group])
        for ch in changes:
            counts[ch.table] += 1
            if ch.table == "audit_evidence" and ch.op == "put" and ch.row:
                sha = ch.row["sha256"]
                if sha not in blobs:
                    blobs[sha] = repo.blob_of(db, sha) or b""
        sections.append(
            {
                "id": checkout_uuid,
                "cases": [c["case_uuid"] for c in group],
                "changes": [ch.as_json() for ch in changes],
            }
        )
    doc = {
        "payload": PAYLOAD_VERSION,
        "kind": "return",
        "laptop": {"id": me.install_id},
        "seq": seq,
        "checkouts": sections,
    }
    progress(len(by_checkout), len(by_checkout) + 1, _("Encrypting the package…"))
    package_format.write_package(
        out_path,
        kind="return",
        package_id=package_id,
        unit_id=me.unit_id,
        unit_name=me.unit_name,
        created_at=now,
        created_by=actor.name,
        app_version=app_version(),
        schema_version=migrations.SCHEMA_VERSION,
        extra={"laptop_id": me.install_id, "seq": seq, "cases": len(copies)},
        payload=encode_payload(doc, blobs),
        passphrase=passphrase,
        kdf=kdf,
    )
    try:
        with db.atomic():
            repo.record_return(
                db,
                {
                    "package_id": package_id,
                    "seq": seq,
                    "checkouts": list(by_checkout),
                    "file_name": Path(out_path).name,
                    "written_at": now,
                    "written_by": actor.name,
                },
            )
            repo.mark_returned(db, [int(c["case_id"]) for c in copies], now, seq)
    except BaseException:
        Path(out_path).unlink(missing_ok=True)  # not recorded here: the file must not travel
        raise
    progress(1, 1, _("Done"))
    return ReturnResult(
        package_id=package_id,
        path=Path(out_path),
        seq=seq,
        references=sorted(c["reference"] for c in copies),
        counts={table_label(t): n for t, n in counts.items()},
        size=Path(out_path).stat().st_size,
    )


# --- office: check-in -----------------------------------------------------------------------


@dataclass(frozen=True)
class CaseConflict:
    key: str
    case_uuid: str
    reference: str
    reason: str
    #: False when the case is out to another laptop now: its rows cannot go in.
    can_merge: bool


@dataclass(frozen=True)
class RowConflict:
    key: str
    table: str
    uuid: str
    reference: str
    reason: str
    office: repo.Portable | None
    laptop: repo.Portable | None


@dataclass
class CheckinPlan:
    package_id: str
    file_name: str
    laptop_id: str
    seq: int
    written_at: str
    written_by: str
    already_applied: Row | None = None
    case_conflicts: list[CaseConflict] = field(default_factory=list)
    row_conflicts: list[RowConflict] = field(default_factory=list)
    #: label -> {"added": n, "changed": n, "deleted": n, "unchanged": n}
    counts: dict[str, dict[str, int]] = field(default_factory=dict)
    references: list[str] = field(default_factory=list)
    #: internal: what to write, decided per row
    _ops: list[tuple[Change, str, int | None, Row | None]] = field(default_factory=list, repr=False)
    _release: dict[str, list[int]] = field(default_factory=dict, repr=False)

    @property
    def conflicts(self) -> int:
        return len(self.case_conflicts) + len(self.row_conflicts)

    def conflict_keys(self) -> set[str]:
        return {c.key for c in self.case_conflicts} | {c.key for c in self.row_conflicts}


def preview_checkin(
    db: sqlite_utils.Database, path: Path, passphrase: str, progress: Progress = _noop
) -> CheckinPlan:
    """What a check-in would do, without doing it."""
    progress(0, 2, _("Decrypting the package…"))
    header, doc, _blobs = _read(db, Path(path), passphrase, "return")
    progress(1, 2, _("Comparing with the office database…"))
    plan = _plan(db, header, doc, Path(path).name, decisions={})
    progress(2, 2, _("Done"))
    return plan


def check_in(
    db: sqlite_utils.Database,
    path: Path,
    passphrase: str,
    actor: Actor,
    *,
    decisions: dict[str, str] | None = None,
    resolve_all: str | None = None,
    progress: Progress = _noop,
) -> CheckinPlan:
    """Apply a return package in one transaction. Every conflict needs a decision first:
    ``decisions`` maps a conflict key to "laptop"/"office" (a row) or "merge"/"discard" (a
    case); ``resolve_all`` ("laptop" or "office") decides every conflict at once. Raises
    :class:`ConflictsError` (nothing changed) while any is undecided."""
    access.require(Permission.CHECK_IN, actor)
    if resolve_all not in (None, "laptop", "office"):
        raise ValidationError(_("resolve with 'laptop' or 'office'."), field="Resolve")
    progress(0, 3, _("Decrypting the package…"))
    header, doc, blobs = _read(db, Path(path), passphrase, "return")
    progress(1, 3, _("Comparing with the office database…"))
    try:
        with db.atomic():
            plan = _plan(db, header, doc, Path(path).name, decisions={})
            if plan.already_applied is not None:
                return plan
            chosen = dict(decisions or {})
            if resolve_all:
                for c in plan.case_conflicts:
                    chosen.setdefault(c.key, "merge" if c.can_merge else "discard")
                for r in plan.row_conflicts:
                    chosen.setdefault(r.key, resolve_all)
            if chosen:
                plan = _plan(db, header, doc, Path(path).name, decisions=chosen)
            if plan.conflict_keys() - set(chosen):
                raise ConflictsError(plan)
            progress(2, 3, _("Writing the changes…"))
            _apply(db, plan, blobs, header, actor)
    except OPERATIONAL_ERRORS as exc:
        if "full" in str(exc).lower():
            raise DomainError(
                _(
                    "The disk is full: the check-in was undone and nothing changed. Free some "
                    "space and check the package in again."
                )
            ) from None
        raise
    progress(3, 3, _("Done"))
    logger.info("checked in %s: %s", plan.package_id, plan.counts)
    return plan


def _plan(
    db: sqlite_utils.Database,
    header: package_format.PackageHeader,
    doc: dict[str, Any],
    file_name: str,
    decisions: dict[str, str],
) -> CheckinPlan:
    laptop_id = str(doc.get("laptop", {}).get("id", ""))
    seq = int(doc.get("seq", 0))
    plan = CheckinPlan(
        package_id=header.package_id,
        file_name=file_name,
        laptop_id=laptop_id,
        seq=seq,
        written_at=header.created_at,
        written_by=header.created_by,
    )
    plan.already_applied = repo.applied_package(db, header.package_id)
    if plan.already_applied is not None:
        return plan
    tr = repo.Translator(db)
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for section in doc["checkouts"]:
        checkout = repo.get_checkout(db, section["id"])
        tr.load_ids("cases", section["cases"])
        discard: set[str] = set()
        release: list[int] = []
        ref_of: dict[str, str] = {}
        for case_uuid in section["cases"]:
            case_id = tr.id_of("cases", case_uuid)
            reference = _reference(db, case_id) if case_id else case_uuid
            ref_of[case_uuid] = reference
            plan.references.append(reference)
            problem, can_merge = _case_problem(db, checkout, case_id, laptop_id, seq)
            if problem is None:
                release.append(int(case_id or 0))
                continue
            key = f"case:{case_uuid}"
            plan.case_conflicts.append(CaseConflict(key, case_uuid, reference, problem, can_merge))
            # Undecided: planned as a merge, so that its row conflicts show too.
            choice = decisions.get(key, "merge")
            if choice == "merge" and can_merge:
                if case_id is not None:
                    release.append(case_id)
            else:
                discard.add(case_uuid)
        plan._release[section["id"]] = release
        changes = [_change(c) for c in section["changes"]]
        kept = [ch for ch in changes if not (ch.owner[0] == "case" and ch.owner[1] in discard)]
        if len(discard) == len(section["cases"]):
            kept = []  # nothing of this checkout goes in, operator rows included
        _plan_rows(db, tr, kept, plan, counts, decisions, ref_of)
    plan.counts = {
        LABELS[t]: {k: c[k] for k in ("added", "changed", "deleted", "unchanged")}
        for t, c in counts.items()
    }
    return plan


def _change(raw: dict[str, Any]) -> Change:
    try:
        if raw["t"] not in repo.SPEC or raw["op"] not in ("put", "del"):
            raise ValueError(raw["t"])
        return Change(
            raw["t"], str(raw["u"]), raw["op"], raw["base"], raw["row"], tuple(raw["owner"])
        )
    except (KeyError, ValueError, TypeError):
        raise PackageDamagedError(
            _("The package is damaged: a change in it cannot be read. Nothing was changed.")
        ) from None


def _reference(db: sqlite_utils.Database, case_id: int) -> str:
    found = repo.references_of(db, [case_id])
    return found[0] if found else str(case_id)


def _case_problem(
    db: sqlite_utils.Database, checkout: Row | None, case_id: int | None, laptop_id: str, seq: int
) -> tuple[str | None, bool]:
    """Why this case is not simply waiting for this package (None: it is), and whether its
    rows may still be merged."""
    if case_id is None:
        return _("This case does not exist in the office database."), False
    if checkout is None:
        return _("These cases were never checked out from this office database."), True
    if checkout["laptop_id"] and checkout["laptop_id"] != laptop_id:
        return _("The case was checked out to another laptop ({laptop}).").format(
            laptop=laptop_label(checkout["laptop"])
        ), True
    state = repo.case_checkout_state(db, [case_id]).get(case_id)
    if state is None:
        return _("The case is not checked out."), True
    if state["checkout_uuid"] != checkout["uuid"]:
        if state["released_at"] is None:
            return _(
                "The case is now checked out to {where}. Check that out first; these changes "
                "cannot go in."
            ).format(where=laptop_name(state["validator"], state["laptop"])), False
        return _("The case was checked out again later, and released since."), True
    if state["released_at"] is None:
        if checkout["last_seq"] > seq:
            return _(
                "This package (#{seq}) is older than one already checked in from the same "
                "laptop (#{last})."
            ).format(seq=seq, last=checkout["last_seq"]), True
        return None, True
    if state["release_kind"] == "forced":
        return _(
            "A manager released the case by force on {day} ({reason}); the office may have "
            "changed it since."
        ).format(day=str(state["released_at"])[:10], reason=state["release_reason"]), True
    newer = repo.applied_package(db, state["release_package_id"] or "")
    newer_seq = newer["seq"] if newer else "?"
    return _(
        "The case was already checked in on {day} from package #{newer}; this one is #{seq}."
    ).format(day=str(state["released_at"])[:10], newer=newer_seq, seq=seq), True


def _plan_rows(
    db: sqlite_utils.Database,
    tr: repo.Translator,
    changes: list[Change],
    plan: CheckinPlan,
    counts: dict[str, Counter[str]],
    decisions: dict[str, str],
    ref_of: dict[str, str],
) -> None:
    by_table: dict[str, list[Change]] = defaultdict(list)
    for ch in changes:
        by_table[ch.table].append(ch)
    for spec in repo.SPECS:
        items = by_table.get(spec.name, [])
        if not items:
            continue
        current = {r["uuid"]: r for r in repo.rows_by_uuid(db, spec.name, [c.uuid for c in items])}
        locals_, natural = _natural_matches(db, tr, spec, items, current)
        for ch in items:
            found = current.get(ch.uuid)
            office = tr.to_portable(spec.name, found) if found else None
            natural_id = None
            if office is None and ch.uuid in natural:
                office, natural_id = natural[ch.uuid]
                if _without_uuid(office) == _without_uuid(ch.row or {}):
                    office = ch.row  # the same answer, given apart: nothing to do
                elif ch.base is None:
                    ch = Change(ch.table, ch.uuid, ch.op, _APART, ch.row, ch.owner)
            action, reason = _compare(ch, office)
            if action == "conflict":
                key = f"{spec.name}:{ch.uuid}"
                plan.row_conflicts.append(
                    RowConflict(
                        key,
                        spec.name,
                        ch.uuid,
                        ref_of.get(ch.owner[1], "") if ch.owner[0] == "case" else "",
                        reason,
                        office,
                        ch.row,
                    )
                )
                if decisions.get(key) != "laptop":
                    counts[spec.name]["unchanged"] += 1
                    continue
                action = "delete" if ch.op == "del" else ("change" if office else "add")
            if natural_id is not None:
                tr.remember(spec.name, natural_id, ch.uuid)
            if action == "same":
                counts[spec.name]["unchanged"] += 1
                continue
            counts[spec.name][
                {"add": "added", "change": "changed", "delete": "deleted"}[action]
            ] += 1
            plan._ops.append((ch, action, natural_id, locals_.get(ch.uuid)))


_APART = "<apart>"


def _without_uuid(p: repo.Portable) -> repo.Portable:
    return {k: v for k, v in p.items() if k != "uuid"}


def _natural_matches(
    db: sqlite_utils.Database,
    tr: repo.Translator,
    spec: repo.TableSpec,
    items: list[Change],
    current: dict[str, Row],
) -> tuple[dict[str, Row], dict[str, tuple[repo.Portable, int]]]:
    """The local values of the new rows (kept for writing), and for answers and findings the
    office row for the same audit item under another UUID (both sides answered it apart).
    One query per table, not one per row."""
    local: dict[str, Row] = {}
    for ch in items:
        if ch.op == "put" and ch.uuid not in current:
            # A row whose parent is new too is resolved when the parent has been written.
            with contextlib.suppress(repo.UnknownReferenceError):
                local[ch.uuid] = {**tr.to_local(spec.name, ch.row or {}), "uuid": ch.uuid}
    matches: dict[str, tuple[repo.Portable, int]] = {}
    if spec.natural_key and local:
        audits = sorted({int(v["audit_id"]) for v in local.values()})
        office = {
            tuple(r[c] for c in spec.natural_key): r
            for r in repo.rows_of_audits(db, spec.name, audits)
        }
        for uuid, values in local.items():
            found = office.get(tuple(values[c] for c in spec.natural_key))
            if found is not None and found["uuid"] != uuid:
                matches[uuid] = (tr.to_portable(spec.name, found), int(found["id"]))
    return local, matches


def _compare(ch: Change, office: repo.Portable | None) -> tuple[str, str]:
    """Office row against the laptop's row and the base (hashes only where needed)."""
    if ch.op == "del":
        if office is None:
            return "same", ""
        if repo.row_hash(office) == ch.base:
            return "delete", ""
        return "conflict", _("Changed at the office, deleted on the laptop.")
    if office is not None and office == ch.row:
        return "same", ""
    if office is None:
        if ch.base is None:
            return "add", ""
        return "conflict", _("Deleted at the office, changed on the laptop.")
    if ch.base == _APART:
        return "conflict", _("Answered at the office and on the laptop, differently.")
    if ch.base is not None and repo.row_hash(office) == ch.base:
        return "change", ""
    if ch.base is None:
        return "conflict", _("Added at the office and on the laptop.")
    return "conflict", _("Changed at the office and on the laptop.")


def _apply(
    db: sqlite_utils.Database,
    plan: CheckinPlan,
    blobs: dict[str, bytes],
    header: package_format.PackageHeader,
    actor: Actor,
) -> None:
    now = clock.now_iso()
    # Release first: the lock triggers then let the laptop's rows in.
    for checkout_uuid, case_ids in plan._release.items():
        repo.release(
            db, case_ids, at=now, by=actor.name, kind="checkin", package_id=plan.package_id
        )
        checkout = repo.get_checkout(db, checkout_uuid)
        if checkout is not None:
            repo.note_return(db, int(checkout["id"]), plan.laptop_id, plan.seq)
    tr = repo.Translator(db)
    puts: dict[str, list[tuple[Change, int | None, Row | None]]] = defaultdict(list)
    deletes: dict[str, list[str]] = defaultdict(list)
    for ch, action, natural_id, local in plan._ops:
        if action == "delete":
            deletes[ch.table].append(ch.uuid)
        else:
            puts[ch.table].append((ch, natural_id, local))
    for spec in repo.SPECS:
        items = puts.get(spec.name, [])
        if not items:
            continue
        try:
            fresh, natural = [], []
            for ch, natural_id, planned in items:
                local = planned or {**tr.to_local(spec.name, ch.row or {}), "uuid": ch.uuid}
                (natural if natural_id is not None else fresh).append((local, natural_id))
            repo.upsert_many(db, spec.name, [loc for loc, _ in fresh], blobs)
            for loc, natural_id in natural:
                repo.update_by_id(db, spec.name, int(natural_id or 0), loc)
                tr.remember(spec.name, int(natural_id or 0), loc["uuid"])
        except repo.UnknownReferenceError as exc:
            raise DomainError(
                _(
                    "The laptop's {what} refer to {kind} {key} that the office database does "
                    "not have. Nothing was changed."
                ).format(what=table_label(spec.name), kind=exc.kind, key=exc.key)
            ) from None
        except KeyError as exc:
            raise PackageDamagedError(
                _(
                    "The package is damaged: an attachment ({key}) is missing. Nothing was changed."
                ).format(key=exc)
            ) from None
        tr.load_ids(spec.name, [ch.uuid for ch, _n, _l in items])
    for spec in reversed(repo.SPECS):
        repo.delete_many(db, spec.name, deletes.get(spec.name, []))
    repo.record_package(
        db,
        {
            "package_id": plan.package_id,
            "kind": "return",
            "laptop_id": plan.laptop_id,
            "seq": plan.seq,
            "written_at": header.created_at,
            "written_by": header.created_by,
            "file_name": plan.file_name,
            "applied_at": now,
            "applied_by": actor.name,
            "summary": plan.counts,
        },
    )


def describe_counts(counts: dict[str, dict[str, int]]) -> list[str]:
    """ "answers: 10 added, 2 changed" lines, for people, in the current language. ``counts``
    is keyed by the English :data:`LABELS` (as kept with each package)."""
    out = []
    for label, c in counts.items():
        words = {"added": _("{n} added"), "changed": _("{n} changed"), "deleted": _("{n} deleted")}
        parts = [words[k].format(n=c[k]) for k in ("added", "changed", "deleted") if c.get(k)]
        if parts:
            out.append(_("{what}: {changes}").format(what=_(label), changes=", ".join(parts)))
    return out


def package_info(path: Path) -> package_format.PackageHeader:
    """The clear header (no passphrase needed): who made the package, when, for what."""
    return package_format.read_header(Path(path))


def default_file_name(kind: str, who: str, today: date | None = None) -> str:
    day = (today or clock.today()).isoformat()
    safe = "".join(ch if ch.isalnum() else "-" for ch in who).strip("-")[:40] or "cases"
    return f"aeo-{kind}-{safe}-{day}.aeopkg"


def validator_of(db: sqlite_utils.Database, case_ids: Sequence[int]) -> Row:
    """The one validator these cases are assigned to (to check them out to)."""
    found = repo.validators_of(db, case_ids)
    if len(found) != 1:
        raise ValidationError(
            _("these cases do not all belong to one validator; name who takes them."),
            field="Validator",
        )
    return found[0]
