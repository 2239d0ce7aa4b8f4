"""Checklist templates: a frozen JSON body per (code, version), plus its sections and items
as rows so that answers, findings and reports can join them."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

import sqlite_utils

from db.repositories.common import Row, new_uuid, one, require_transaction, rows


def find(db: sqlite_utils.Database, code: str, version: str) -> Row | None:
    return one(
        db, "SELECT * FROM checklist_templates WHERE code = ? AND version = ?", [code, version]
    )


def get(db: sqlite_utils.Database, template_id: int) -> Row | None:
    return one(db, "SELECT * FROM checklist_templates WHERE id = ?", [template_id])


def list_templates(db: sqlite_utils.Database, *, include_retired: bool = True) -> list[Row]:
    where = "" if include_retired else "WHERE t.is_retired = 0"
    return rows(
        db,
        "SELECT t.id, t.code, t.version, t.name, t.programmes, t.is_msme_track, t.is_retired, "
        "t.source, t.loaded_at, (SELECT count(*) FROM checklist_items i "
        "WHERE i.template_id = t.id) AS items, (SELECT count(*) FROM audits a "
        f"WHERE a.template_id = t.id) AS audits FROM checklist_templates t {where} "
        "ORDER BY t.loaded_at DESC, t.id DESC",
    )


def insert(
    db: sqlite_utils.Database,
    header: dict[str, Any],
    sections: Sequence[tuple[str, str | None, str, int, int]],
    items: Sequence[dict[str, Any]],
) -> int:
    """``sections``: (code, parent code, title, depth, position), parents first.
    ``items``: dicts with ``section`` (its section code) and the item columns."""
    require_transaction(db)
    cur = db.conn.execute(
        "INSERT INTO checklist_templates (uuid, code, version, name, description, programmes, "
        "is_msme_track, source, sha256, body, loaded_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        [
            new_uuid(),
            header["code"],
            header["version"],
            header["name"],
            header["description"],
            json.dumps(header["programmes"]),
            int(header["msme_track"]),
            header["source"],
            header["sha256"],
            header["body"],
            header["loaded_at"],
        ],
    )
    template_id = int(cur.lastrowid or 0)
    ids: dict[str, int] = {}
    for code, parent, title, depth, position in sections:
        c = db.conn.execute(
            "INSERT INTO checklist_sections (template_id, parent_id, code, title, depth, position)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            [template_id, ids[parent] if parent else None, code, title, depth, position],
        )
        ids[code] = int(c.lastrowid or 0)
    db.conn.executemany(
        "INSERT INTO checklist_items (template_id, section_id, code, text, guidance, requirement,"
        " applies_to, msme_keeps, saq, position) VALUES (?,?,?,?,?,?,?,?,?,?)",
        [
            (
                template_id,
                ids[i["section"]],
                i["code"],
                i["text"],
                i["guidance"],
                i["requirement"],
                json.dumps(i["applies_to"]),
                int(i["msme_keeps"]),
                i["saq"],
                i["position"],
            )
            for i in items
        ],
    )
    return template_id


def set_retired(db: sqlite_utils.Database, template_id: int, retired: bool) -> None:
    require_transaction(db)
    db.conn.execute(
        "UPDATE checklist_templates SET is_retired = ? WHERE id = ?", [int(retired), template_id]
    )


def sections_of(db: sqlite_utils.Database, template_id: int) -> list[Row]:
    return rows(
        db,
        "SELECT id, parent_id, code, title, depth, position FROM checklist_sections "
        "WHERE template_id = ? ORDER BY id",
        [template_id],
    )


def items_of(db: sqlite_utils.Database, template_id: int) -> list[Row]:
    found = rows(
        db,
        "SELECT id, section_id, code, text, guidance, requirement, applies_to, msme_keeps, saq, "
        "position FROM checklist_items WHERE template_id = ? ORDER BY section_id, position",
        [template_id],
    )
    for r in found:
        r["applies_to"] = json.loads(r["applies_to"])
        r["msme_keeps"] = bool(r["msme_keeps"])
    return found


def get_item(db: sqlite_utils.Database, template_id: int, item_id: int) -> Row | None:
    r = one(
        db,
        "SELECT id, section_id, code, text, guidance, requirement, applies_to, msme_keeps, saq "
        "FROM checklist_items WHERE template_id = ? AND id = ?",
        [template_id, item_id],
    )
    if r is not None:
        r["applies_to"] = json.loads(r["applies_to"])
        r["msme_keeps"] = bool(r["msme_keeps"])
    return r
