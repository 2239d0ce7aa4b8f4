"""Rows that travel between the office and a field laptop, in a form both sides agree on.

Integer ids differ from one database file to the next, so a row travels in its *portable*
form: the local ``id`` dropped, foreign keys replaced by what both sides share (a UUID for the
rows that travel, a code for programmes, ``[code, version]`` for a frozen template and
``[code, version, item code]`` for a checklist item), and the evidence content replaced by its
SHA-256 (the bytes travel once, beside the rows). The hash of the portable form says whether a
row is the same on both sides, which is all that conflict detection needs.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

import sqlite_utils

from db.repositories import event_chain
from db.repositories.common import Row, require_transaction, rows, scalar

Portable = dict[str, Any]


@dataclass(frozen=True)
class TableSpec:
    name: str
    #: column -> what it points at: a travelling table, or "staff", "programme", "template",
    #: "item" (reference data, matched by its shared key).
    fks: dict[str, str] = field(default_factory=dict)
    #: JSON columns that hold local ids: "staff_list" (a list of staff ids) or "snapshot"
    #: (an audit revision: answers by item id).
    json_refs: dict[str, str] = field(default_factory=dict)
    blob: str | None = None
    #: A second unique key besides the UUID (two sides may create "the same" row apart).
    natural_key: tuple[str, ...] = ()
    #: The column (portable: a UUID) that says which case or operator a row belongs to.
    owner: str = ""


#: Parents before children: inserts run in this order, deletions in the reverse one.
SPECS: tuple[TableSpec, ...] = (
    TableSpec("operators", owner="uuid"),
    TableSpec("operator_identifiers", {"operator_id": "operators"}, owner="operator_id"),
    TableSpec(
        "cases",
        {"programme_id": "programme", "operator_id": "operators", "validator_id": "staff"},
        owner="uuid",
    ),
    TableSpec("case_events", {"case_id": "cases", "actor_staff_id": "staff"}, owner="case_id"),
    TableSpec(
        "audits",
        {
            "case_id": "cases",
            "template_id": "template",
            "lead_validator_id": "staff",
            "last_item_id": "item",
        },
        json_refs={"team": "staff_list"},
        owner="case_id",
    ),
    TableSpec(
        "findings",
        {"audit_id": "audits", "item_id": "item"},
        natural_key=("audit_id", "item_id"),
        owner="audit_id",
    ),
    TableSpec("corrective_actions", {"finding_id": "findings"}, owner="finding_id"),
    TableSpec(
        "audit_answers",
        {"audit_id": "audits", "item_id": "item"},
        natural_key=("audit_id", "item_id"),
        owner="audit_id",
    ),
    TableSpec(
        "audit_evidence",
        {"audit_id": "audits", "item_id": "item", "action_id": "corrective_actions"},
        blob="content",
        owner="audit_id",
    ),
    TableSpec(
        "audit_revisions",
        {"audit_id": "audits"},
        json_refs={"snapshot": "snapshot"},
        owner="audit_id",
    ),
    TableSpec(
        "contact_log", {"operator_id": "operators", "officer_id": "staff"}, owner="operator_id"
    ),
)
SPEC = {s.name: s for s in SPECS}
#: Tables whose rows belong to an operator rather than to one case.
OPERATOR_TABLES = frozenset({"operators", "operator_identifiers", "contact_log"})

_IN_CASES = "(SELECT value FROM json_each(:cases))"
_OPS = f"(SELECT operator_id FROM cases WHERE id IN {_IN_CASES})"
_AUDITS = f"(SELECT id FROM audits WHERE case_id IN {_IN_CASES})"
_WHERE = {
    "operators": f"id IN {_OPS}",
    "operator_identifiers": f"operator_id IN {_OPS}",
    "cases": f"id IN {_IN_CASES}",
    "case_events": f"case_id IN {_IN_CASES}",
    "audits": f"case_id IN {_IN_CASES}",
    "findings": f"audit_id IN {_AUDITS}",
    "corrective_actions": f"finding_id IN (SELECT id FROM findings WHERE audit_id IN {_AUDITS})",
    "audit_answers": f"audit_id IN {_AUDITS}",
    "audit_evidence": f"audit_id IN {_AUDITS}",
    "audit_revisions": f"audit_id IN {_AUDITS}",
    "contact_log": f"operator_id IN {_OPS}",
}

_columns_cache: dict[str, tuple[str, ...]] = {}
#: Columns that belong to one file: a case event's place in that file's hash chain.
LOCAL_ONLY = frozenset({"id", "prev_hash", "hash"})


def columns(db: sqlite_utils.Database, table: str) -> tuple[str, ...]:
    """The columns of ``table`` that travel: all but the local ones (the schema is the same
    in every file of one version, so the answer is cached per table)."""
    cols = _columns_cache.get(table)
    if cols is None:
        info = db.conn.execute(f"PRAGMA table_info({table})").fetchall()
        cols = tuple(r[1] for r in info if r[1] not in LOCAL_ONLY)
        _columns_cache[table] = cols
    return cols


def row_hash(row: Portable) -> str:
    text = json.dumps(row, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(text.encode()).hexdigest()


class UnknownReferenceError(LookupError):
    """A portable row points at something this database does not have."""

    def __init__(self, kind: str, key: Any) -> None:
        super().__init__(f"{kind} {key!r}")
        self.kind = kind
        self.key = key


class Translator:
    """Turns local rows into portable ones and back, with the look-up maps it needs, loaded
    on first use and kept up to date as rows are inserted."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db
        self._ref_out: dict[str, dict[Any, Any]] = {}
        self._ref_in: dict[str, dict[Any, Any]] = {}
        self._uuid_of: dict[str, dict[int, str]] = {}
        self._id_of: dict[str, dict[str, int]] = {}

    # --- reference data ---------------------------------------------------------------------

    def _load_refs(self, kind: str) -> None:
        if kind == "staff":
            pairs = self.db.conn.execute("SELECT id, uuid FROM staff").fetchall()
        elif kind == "programme":
            pairs = self.db.conn.execute("SELECT id, code FROM programmes").fetchall()
        elif kind == "template":
            pairs = [
                (i, (c, v))
                for i, c, v in self.db.conn.execute(
                    "SELECT id, code, version FROM checklist_templates"
                )
            ]
        else:  # item
            pairs = [
                (i, (c, v, ic))
                for i, c, v, ic in self.db.conn.execute(
                    "SELECT i.id, t.code, t.version, i.code FROM checklist_items i "
                    "JOIN checklist_templates t ON t.id = i.template_id"
                )
            ]
        self._ref_out[kind] = dict(pairs)
        self._ref_in[kind] = {k: i for i, k in pairs}

    def forget_references(self) -> None:
        """Call after reference data was added (staff, templates)."""
        self._ref_out.clear()
        self._ref_in.clear()

    def _ref(self, kind: str, local_id: int) -> Any:
        if kind not in self._ref_out:
            self._load_refs(kind)
        key = self._ref_out[kind].get(local_id)
        if key is None:
            raise UnknownReferenceError(kind, local_id)
        return list(key) if isinstance(key, tuple) else key

    def ref_id(self, kind: str, key: Any) -> int:
        if kind not in self._ref_in:
            self._load_refs(kind)
        found = self._ref_in[kind].get(tuple(key) if isinstance(key, list) else key)
        if found is None:
            raise UnknownReferenceError(kind, key)
        return int(found)

    # --- travelling rows ----------------------------------------------------------------------

    def remember(self, table: str, local_id: int, uuid: str) -> None:
        self._uuid_of.setdefault(table, {})[local_id] = uuid
        self._id_of.setdefault(table, {})[uuid] = local_id

    def uuid_of(self, table: str, local_id: int) -> str:
        known = self._uuid_of.setdefault(table, {})
        if local_id not in known:
            found = scalar(self.db, f"SELECT uuid FROM {table} WHERE id = ?", [local_id])
            if found is None:
                raise UnknownReferenceError(table, local_id)
            self.remember(table, local_id, str(found))
        return known[local_id]

    def id_of(self, table: str, uuid: str) -> int | None:
        known = self._id_of.setdefault(table, {})
        if uuid not in known:
            found = scalar(self.db, f"SELECT id FROM {table} WHERE uuid = ?", [uuid])
            if found is None:
                return None
            self.remember(table, int(found), uuid)
        return known[uuid]

    def load_ids(self, table: str, uuids: Iterable[str]) -> None:
        """Fetch many UUID -> id pairs in one query (hot path of a check-in)."""
        wanted = [u for u in uuids if u not in self._id_of.get(table, {})]
        if wanted:
            for i, u in self.db.conn.execute(
                f"SELECT id, uuid FROM {table} WHERE uuid IN (SELECT value FROM json_each(?))",
                [json.dumps(wanted)],
            ):
                self.remember(table, int(i), str(u))

    # --- conversion ---------------------------------------------------------------------------

    def _out(self, kind: str, value: Any) -> Any:
        if kind in SPEC:
            return self.uuid_of(kind, int(value))
        return self._ref(kind, int(value))

    def _in(self, kind: str, value: Any) -> Any:
        if kind in SPEC:
            found = self.id_of(kind, str(value))
            if found is None:
                raise UnknownReferenceError(kind, value)
            return found
        return self.ref_id(kind, value)

    def _json_out(self, how: str, text: str) -> str:
        data = json.loads(text)
        if how == "staff_list":
            data = [self._ref("staff", int(s)) for s in data]
        else:  # snapshot
            for a in data.get("answers", []):
                if a.get("item_id") is not None:
                    a["item_id"] = self._ref("item", int(a["item_id"]))
        return json.dumps(data)

    def _json_in(self, how: str, text: str) -> str:
        data = json.loads(text)
        if how == "staff_list":
            data = [self.ref_id("staff", s) for s in data]
        else:
            for a in data.get("answers", []):
                if a.get("item_id") is not None:
                    a["item_id"] = self.ref_id("item", a["item_id"])
        return json.dumps(data)

    def to_portable(self, table: str, row: Row) -> Portable:
        spec = SPEC[table]
        out: Portable = {}
        for col in columns(self.db, table):
            if col == spec.blob:
                continue
            value = row[col]
            if value is not None:
                if col in spec.fks:
                    value = self._out(spec.fks[col], value)
                elif col in spec.json_refs:
                    value = self._json_out(spec.json_refs[col], value)
            out[col] = value
        if "id" in row:
            self.remember(table, int(row["id"]), str(row["uuid"]))
        return out

    def to_local(self, table: str, portable: Portable) -> Row:
        """The column values to write here; raises :class:`UnknownReferenceError`."""
        spec = SPEC[table]
        out: Row = {}
        for col in columns(self.db, table):
            if col == spec.blob:
                continue
            value = portable.get(col)
            if value is not None:
                if col in spec.fks:
                    value = self._in(spec.fks[col], value)
                elif col in spec.json_refs:
                    value = self._json_in(spec.json_refs[col], value)
            out[col] = value
        return out


# --- reading bundles ------------------------------------------------------------------------


def bundle_rows(db: sqlite_utils.Database, table: str, case_ids: Sequence[int]) -> list[Row]:
    """The local rows of ``table`` that belong to these cases (blob columns left out)."""
    spec = SPEC[table]
    cols = [c for c in ("id", *columns(db, table)) if c != spec.blob]
    return rows(
        db,
        f"SELECT {', '.join(cols)} FROM {table} WHERE {_WHERE[table]} ORDER BY id",
        {"cases": json.dumps(list(case_ids))},
    )


def rows_by_uuid(db: sqlite_utils.Database, table: str, uuids: Sequence[str]) -> list[Row]:
    spec = SPEC[table]
    cols = [c for c in ("id", *columns(db, table)) if c != spec.blob]
    return rows(
        db,
        f"SELECT {', '.join(cols)} FROM {table} WHERE uuid IN (SELECT value FROM json_each(?))",
        [json.dumps(list(uuids))],
    )


def row_by_natural_key(db: sqlite_utils.Database, table: str, local: Row) -> Row | None:
    spec = SPEC[table]
    cols = [c for c in ("id", *columns(db, table)) if c != spec.blob]
    where = " AND ".join(f"{c} = ?" for c in spec.natural_key)
    found = rows(
        db,
        f"SELECT {', '.join(cols)} FROM {table} WHERE {where}",
        [local[c] for c in spec.natural_key],
    )
    return found[0] if found else None


def rows_of_audits(db: sqlite_utils.Database, table: str, audit_ids: Sequence[int]) -> list[Row]:
    """Every row of ``table`` (answers or findings) of these audits."""
    spec = SPEC[table]
    cols = [c for c in ("id", *columns(db, table)) if c != spec.blob]
    return rows(
        db,
        f"SELECT {', '.join(cols)} FROM {table} WHERE audit_id IN (SELECT value FROM json_each(?))",
        [json.dumps(list(audit_ids))],
    )


def blob_of(db: sqlite_utils.Database, sha256: str) -> bytes | None:
    found = db.conn.execute(
        "SELECT content FROM audit_evidence WHERE sha256 = ? LIMIT 1", [sha256]
    ).fetchone()
    return None if found is None else bytes(found[0])


# --- writing --------------------------------------------------------------------------------


def upsert_many(
    db: sqlite_utils.Database, table: str, items: Sequence[Row], blobs: dict[str, bytes] | None
) -> None:
    """Insert rows, or overwrite the row with the same UUID; ``items`` hold local values."""
    require_transaction(db)
    if not items:
        return
    spec = SPEC[table]
    cols = list(columns(db, table))
    updates = ", ".join(f"{c} = excluded.{c}" for c in cols if c != "uuid")
    sql = (
        f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))}) "
        f"ON CONFLICT (uuid) DO UPDATE SET {updates}"
    )

    def values(item: Row) -> list[Any]:
        if spec.blob:
            item = {**item, spec.blob: (blobs or {})[item["sha256"]]}
        return [item[c] for c in cols]

    db.conn.executemany(sql, (values(i) for i in items))
    if table == "case_events":
        event_chain.seal(db)


def delete_many(db: sqlite_utils.Database, table: str, uuids: Sequence[str]) -> None:
    require_transaction(db)
    if uuids:
        db.conn.execute(
            f"DELETE FROM {table} WHERE uuid IN (SELECT value FROM json_each(?))",
            [json.dumps(list(uuids))],
        )


def delete_by_ids(db: sqlite_utils.Database, table: str, ids: Sequence[int]) -> None:
    require_transaction(db)
    if ids:
        db.conn.execute(
            f"DELETE FROM {table} WHERE id IN (SELECT value FROM json_each(?))",
            [json.dumps(list(ids))],
        )


# --- office side: checkouts -----------------------------------------------------------------


def active_checkouts(db: sqlite_utils.Database, case_ids: Sequence[int]) -> list[Row]:
    return rows(
        db,
        "SELECT fc.case_id, c.reference, k.uuid AS checkout_uuid, k.laptop, k.created_at, "
        "s.name AS validator FROM field_checkout_cases fc "
        "JOIN field_checkouts k ON k.id = fc.checkout_id JOIN cases c ON c.id = fc.case_id "
        "JOIN staff s ON s.id = k.validator_id "
        "WHERE fc.released_at IS NULL AND fc.case_id IN (SELECT value FROM json_each(?)) "
        "ORDER BY c.reference",
        [json.dumps(list(case_ids))],
    )


def insert_checkout(db: sqlite_utils.Database, item: Row, case_ids: Sequence[int]) -> int:
    require_transaction(db)
    cur = db.conn.execute(
        "INSERT INTO field_checkouts (uuid, package_id, validator_id, laptop, created_at, "
        "created_by) VALUES (?, ?, ?, ?, ?, ?)",
        [
            item["uuid"],
            item["package_id"],
            item["validator_id"],
            item["laptop"],
            item["created_at"],
            item["created_by"],
        ],
    )
    checkout_id = int(cur.lastrowid or 0)
    db.conn.executemany(
        "INSERT INTO field_checkout_cases (checkout_id, case_id) VALUES (?, ?)",
        [(checkout_id, c) for c in case_ids],
    )
    return checkout_id


def get_checkout(db: sqlite_utils.Database, uuid: str) -> Row | None:
    found = rows(
        db,
        "SELECT k.*, s.name AS validator FROM field_checkouts k "
        "JOIN staff s ON s.id = k.validator_id WHERE k.uuid = ?",
        [uuid],
    )
    return found[0] if found else None


def checkout_cases(db: sqlite_utils.Database, checkout_id: int) -> list[Row]:
    return rows(
        db,
        "SELECT fc.*, c.uuid AS case_uuid, c.reference FROM field_checkout_cases fc "
        "JOIN cases c ON c.id = fc.case_id WHERE fc.checkout_id = ? ORDER BY c.reference",
        [checkout_id],
    )


def case_checkout_state(db: sqlite_utils.Database, case_ids: Sequence[int]) -> dict[int, Row]:
    """For each case, its latest checkout record (active or not)."""
    found = rows(
        db,
        "SELECT fc.*, k.uuid AS checkout_uuid, k.laptop, k.laptop_id, k.last_seq, "
        "s.name AS validator FROM field_checkout_cases fc "
        "JOIN field_checkouts k ON k.id = fc.checkout_id JOIN staff s ON s.id = k.validator_id "
        "WHERE fc.case_id IN (SELECT value FROM json_each(?)) ORDER BY fc.id",
        [json.dumps(list(case_ids))],
    )
    return {int(r["case_id"]): r for r in found}


def release(
    db: sqlite_utils.Database,
    case_ids: Sequence[int],
    *,
    at: str,
    by: str,
    kind: str,
    reason: str = "",
    package_id: str | None = None,
) -> int:
    require_transaction(db)
    cur = db.conn.execute(
        "UPDATE field_checkout_cases SET released_at = ?, released_by = ?, release_kind = ?, "
        "release_reason = ?, release_package_id = ? "
        "WHERE released_at IS NULL AND case_id IN (SELECT value FROM json_each(?))",
        [at, by, kind, reason, package_id, json.dumps(list(case_ids))],
    )
    return cur.rowcount


def note_return(db: sqlite_utils.Database, checkout_id: int, laptop_id: str, seq: int) -> None:
    require_transaction(db)
    db.conn.execute(
        "UPDATE field_checkouts SET laptop_id = coalesce(laptop_id, ?), "
        "last_seq = max(last_seq, ?) WHERE id = ?",
        [laptop_id, seq, checkout_id],
    )


def checkout_summaries(db: sqlite_utils.Database) -> list[Row]:
    """Every active checkout, for the office's overview."""
    return rows(
        db,
        "SELECT k.uuid, k.laptop, k.created_at, k.created_by, s.name AS validator, "
        "count(fc.id) AS cases FROM field_checkouts k JOIN staff s ON s.id = k.validator_id "
        "JOIN field_checkout_cases fc ON fc.checkout_id = k.id AND fc.released_at IS NULL "
        "GROUP BY k.id ORDER BY k.created_at DESC",
    )


# --- both sides: packages applied -----------------------------------------------------------


def applied_package(db: sqlite_utils.Database, package_id: str) -> Row | None:
    found = rows(db, "SELECT * FROM field_packages WHERE package_id = ?", [package_id])
    return found[0] if found else None


def record_package(db: sqlite_utils.Database, item: Row) -> None:
    require_transaction(db)
    db.conn.execute(
        "INSERT INTO field_packages (package_id, kind, laptop_id, seq, written_at, written_by, "
        "file_name, applied_at, applied_by, summary) VALUES (?,?,?,?,?,?,?,?,?,?)",
        [
            item["package_id"],
            item["kind"],
            item.get("laptop_id"),
            item.get("seq", 0),
            item["written_at"],
            item["written_by"],
            item.get("file_name", ""),
            item["applied_at"],
            item["applied_by"],
            json.dumps(item.get("summary", {})),
        ],
    )


def count_packages(db: sqlite_utils.Database) -> int:
    return int(scalar(db, "SELECT count(*) FROM field_packages") or 0)


def is_master(db: sqlite_utils.Database) -> bool:
    return scalar(db, "SELECT 1 FROM field_checkouts LIMIT 1") is not None


# --- laptop side ----------------------------------------------------------------------------


def field_copies(db: sqlite_utils.Database, *, status: str | None = None) -> list[Row]:
    where = "WHERE f.status = ?" if status else ""
    return rows(
        db,
        "SELECT f.*, c.reference, c.uuid AS case_uuid, o.name AS operator_name, "
        "o.uuid AS operator_uuid "
        f"FROM field_copies f JOIN cases c ON c.id = f.case_id "
        f"JOIN operators o ON o.id = c.operator_id {where} ORDER BY c.reference",
        [status] if status else [],
    )


def field_copy_of(db: sqlite_utils.Database, case_id: int) -> Row | None:
    found = rows(db, "SELECT * FROM field_copies WHERE case_id = ?", [case_id])
    return found[0] if found else None


def put_field_copy(db: sqlite_utils.Database, item: Row) -> None:
    require_transaction(db)
    db.conn.execute(
        "INSERT INTO field_copies (case_id, checkout_uuid, package_id, validator, laptop, status,"
        " opened_at) VALUES (?, ?, ?, ?, ?, 'out', ?) ON CONFLICT (case_id) DO UPDATE SET "
        "checkout_uuid = excluded.checkout_uuid, package_id = excluded.package_id, "
        "validator = excluded.validator, laptop = excluded.laptop, status = 'out', "
        "opened_at = excluded.opened_at, returned_at = NULL, return_seq = NULL",
        [
            item["case_id"],
            item["checkout_uuid"],
            item["package_id"],
            item["validator"],
            item["laptop"],
            item["opened_at"],
        ],
    )


def mark_returned(db: sqlite_utils.Database, case_ids: Sequence[int], at: str, seq: int) -> None:
    require_transaction(db)
    db.conn.execute(
        "UPDATE field_copies SET status = 'returned', returned_at = ?, return_seq = ? "
        "WHERE case_id IN (SELECT value FROM json_each(?))",
        [at, seq, json.dumps(list(case_ids))],
    )


def put_base(
    db: sqlite_utils.Database,
    checkout_uuid: str,
    hashes: Iterable[tuple[str, str, str, str]],
) -> None:
    """``hashes``: (table, row uuid, hash, owner uuid) as the rows arrived from the office."""
    require_transaction(db)
    db.conn.executemany(
        "INSERT INTO field_base (checkout_uuid, tbl, row_uuid, hash, owner) "
        "VALUES (?, ?, ?, ?, ?) ON CONFLICT (checkout_uuid, tbl, row_uuid) "
        "DO UPDATE SET hash = excluded.hash, owner = excluded.owner",
        ((checkout_uuid, t, u, h, o) for t, u, h, o in hashes),
    )


def base_of(
    db: sqlite_utils.Database, checkout_uuid: str
) -> dict[tuple[str, str], tuple[str, str]]:
    """(table, row uuid) -> (hash, owner uuid) as the rows arrived."""
    return {
        (t, u): (h, o)
        for t, u, h, o in db.conn.execute(
            "SELECT tbl, row_uuid, hash, owner FROM field_base WHERE checkout_uuid = ?",
            [checkout_uuid],
        )
    }


def drop_base(db: sqlite_utils.Database, checkout_uuid: str) -> None:
    require_transaction(db)
    db.conn.execute("DELETE FROM field_base WHERE checkout_uuid = ?", [checkout_uuid])


def next_return_seq(db: sqlite_utils.Database) -> int:
    return int(scalar(db, "SELECT coalesce(max(seq), 0) + 1 FROM field_returns") or 1)


def record_return(db: sqlite_utils.Database, item: Row) -> None:
    require_transaction(db)
    db.conn.execute(
        "INSERT INTO field_returns (package_id, seq, checkouts, file_name, written_at, "
        "written_by) VALUES (?, ?, ?, ?, ?, ?)",
        [
            item["package_id"],
            item["seq"],
            json.dumps(item["checkouts"]),
            item["file_name"],
            item["written_at"],
            item["written_by"],
        ],
    )


def count_cases(db: sqlite_utils.Database) -> int:
    return int(scalar(db, "SELECT count(*) FROM cases") or 0)


def where_is(db: sqlite_utils.Database, case_ids: Sequence[int]) -> dict[int, Row]:
    """Per case: out to a laptop (office side) or a field copy (laptop side)."""
    out: dict[int, Row] = {}
    ids = json.dumps(list(case_ids))
    for r in rows(
        db,
        "SELECT fc.case_id, 'office' AS side, k.laptop, s.name AS validator, k.created_at AS since"
        " FROM field_checkout_cases fc JOIN field_checkouts k ON k.id = fc.checkout_id "
        "JOIN staff s ON s.id = k.validator_id "
        "WHERE fc.released_at IS NULL AND fc.case_id IN (SELECT value FROM json_each(?))",
        [ids],
    ):
        out[int(r["case_id"])] = r
    for r in rows(
        db,
        "SELECT case_id, 'laptop' AS side, laptop, validator, opened_at AS since, status, "
        "returned_at FROM field_copies WHERE case_id IN (SELECT value FROM json_each(?))",
        [ids],
    ):
        out[int(r["case_id"])] = r
    return out


# --- reference data (office -> laptop only) -------------------------------------------------


def reference_rows(db: sqlite_utils.Database, table: str) -> list[Row]:
    """Every staff member or programme, without the local id (``table`` is one of the two)."""
    if table not in ("staff", "programmes"):
        raise ValueError(table)
    return [{k: v for k, v in r.items() if k != "id"} for r in rows(db, f"SELECT * FROM {table}")]


def upsert_reference(db: sqlite_utils.Database, table: str, items: Sequence[Row]) -> None:
    """Staff match on their UUID; programmes on their code (each side seeds its own
    programme rows, with different UUIDs, so the code is what they share)."""
    require_transaction(db)
    if not items:
        return
    key = {"staff": "uuid", "programmes": "code"}[table]
    cols = [c for c in columns(db, table) if c in items[0]]
    kept = {"uuid", key}
    updates = ", ".join(f"{c} = excluded.{c}" for c in cols if c not in kept)
    db.conn.executemany(
        f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))}) "
        f"ON CONFLICT ({key}) DO UPDATE SET {updates}",
        ([i.get(c) for c in cols] for i in items),
    )


def template_bodies(db: sqlite_utils.Database, template_ids: Sequence[int]) -> list[Row]:
    """The frozen templates that audits use, plus every one not retired."""
    return rows(
        db,
        "SELECT code, version, body, source FROM checklist_templates "
        "WHERE is_retired = 0 OR id IN (SELECT value FROM json_each(?)) ORDER BY id",
        [json.dumps(list(template_ids))],
    )


def update_by_id(db: sqlite_utils.Database, table: str, local_id: int, values: Row) -> None:
    """Overwrite a row found by its natural key, keeping its own id and UUID."""
    require_transaction(db)
    cols = [c for c in values if c != "uuid"]
    db.conn.execute(
        f"UPDATE {table} SET {', '.join(f'{c} = ?' for c in cols)} WHERE id = ?",
        [*(values[c] for c in cols), local_id],
    )


# --- choosing cases to check out ------------------------------------------------------------


def staff_names(db: sqlite_utils.Database) -> list[Row]:
    return rows(db, "SELECT id, name FROM staff")


def staff_name(db: sqlite_utils.Database, staff_id: int) -> str | None:
    found = scalar(db, "SELECT name FROM staff WHERE id = ?", [staff_id])
    return None if found is None else str(found)


def open_cases_of(db: sqlite_utils.Database, staff_id: int) -> list[int]:
    return [
        int(r[0])
        for r in db.conn.execute(
            "SELECT id FROM cases WHERE validator_id = ? AND is_open = 1 ORDER BY reference",
            [staff_id],
        )
    ]


def cases_with_audits(
    db: sqlite_utils.Database, start: str, end: str, staff_id: int | None
) -> list[int]:
    sql = (
        "SELECT DISTINCT a.case_id FROM audits a WHERE a.status IN ('planned', 'in_progress') "
        "AND a.planned_start BETWEEN ? AND ?"
    )
    params: list[Any] = [start, end]
    if staff_id is not None:
        sql += " AND a.lead_validator_id = ?"
        params.append(staff_id)
    return [int(r[0]) for r in db.conn.execute(sql, params)]


def case_ids_by_reference(db: sqlite_utils.Database, references: Sequence[str]) -> dict[str, int]:
    return {
        str(r[1]): int(r[0])
        for r in db.conn.execute(
            "SELECT id, reference FROM cases WHERE reference IN (SELECT value FROM json_each(?))",
            [json.dumps(list(references))],
        )
    }


def references_of(db: sqlite_utils.Database, case_ids: Sequence[int]) -> list[str]:
    return [
        str(r[0])
        for r in db.conn.execute(
            "SELECT reference FROM cases WHERE id IN (SELECT value FROM json_each(?)) "
            "ORDER BY reference",
            [json.dumps(list(case_ids))],
        )
    ]


def audit_templates_of(db: sqlite_utils.Database, case_ids: Sequence[int]) -> list[int]:
    return [
        int(r[0])
        for r in db.conn.execute(
            "SELECT DISTINCT template_id FROM audits WHERE case_id IN "
            "(SELECT value FROM json_each(?))",
            [json.dumps(list(case_ids))],
        )
    ]


def validators_of(db: sqlite_utils.Database, case_ids: Sequence[int]) -> list[Row]:
    return rows(
        db,
        "SELECT DISTINCT s.id, s.name FROM cases c JOIN staff s ON s.id = c.validator_id "
        "WHERE c.id IN (SELECT value FROM json_each(?))",
        [json.dumps(list(case_ids))],
    )
