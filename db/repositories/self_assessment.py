"""Operator self-assessments: the workbooks sent out (with their token) and the answers that
came back."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import sqlite_utils

from db.repositories.common import Row, new_uuid, one, require_transaction, rows


def newest_audit_of_case(db: sqlite_utils.Database, case_id: int) -> Row | None:
    """The case's newest audit that was not cancelled (its template is the case's checklist)."""
    return one(
        db,
        "SELECT id, template_id, programme_code, is_msme_track FROM audits "
        "WHERE case_id = ? AND status <> 'cancelled' ORDER BY created_at DESC, id DESC LIMIT 1",
        [case_id],
    )


def audit_case_and_template(db: sqlite_utils.Database, audit_id: int) -> Row | None:
    return one(db, "SELECT id, case_id, template_id FROM audits WHERE id = ?", [audit_id])


# --- workbooks sent -------------------------------------------------------------------------


def insert_workbook(db: sqlite_utils.Database, item: dict[str, Any]) -> int:
    require_transaction(db)
    cur = db.conn.execute(
        "INSERT INTO self_assessment_workbooks (uuid, case_id, template_id, token, "
        "structure_sha256, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?)",
        [
            new_uuid(),
            item["case_id"],
            item["template_id"],
            item["token"],
            item["structure_sha256"],
            item["created_at"],
            item["created_by"],
        ],
    )
    return int(cur.lastrowid or 0)


def workbook_by_token(db: sqlite_utils.Database, token: str) -> Row | None:
    return one(db, "SELECT * FROM self_assessment_workbooks WHERE token = ?", [token])


def workbooks_of_case(db: sqlite_utils.Database, case_id: int) -> list[Row]:
    return rows(
        db,
        "SELECT * FROM self_assessment_workbooks WHERE case_id = ? ORDER BY created_at, id",
        [case_id],
    )


# --- self-assessments received --------------------------------------------------------------


def find_import(db: sqlite_utils.Database, case_id: int, sha256: str) -> Row | None:
    return one(
        db,
        "SELECT * FROM self_assessments WHERE case_id = ? AND sha256 = ?",
        [case_id, sha256],
    )


def insert_self_assessment(
    db: sqlite_utils.Database,
    item: dict[str, Any],
    answers: Iterable[tuple[int, str, str]],
) -> int:
    """One imported self-assessment with its answers: (item id, answer, comment)."""
    require_transaction(db)
    cur = db.conn.execute(
        "INSERT INTO self_assessments (uuid, case_id, template_id, workbook_token, file_name, "
        "sha256, respondent, imported_at, imported_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            new_uuid(),
            item["case_id"],
            item["template_id"],
            item["workbook_token"],
            item["file_name"],
            item["sha256"],
            item.get("respondent") or "",
            item["imported_at"],
            item["imported_by"],
        ],
    )
    sa_id = int(cur.lastrowid or 0)
    db.conn.executemany(
        "INSERT INTO self_assessment_answers (self_assessment_id, item_id, answer, comment) "
        "VALUES (?, ?, ?, ?)",
        ((sa_id, item_id, answer, comment) for item_id, answer, comment in answers),
    )
    return sa_id


def latest_of_case(db: sqlite_utils.Database, case_id: int) -> Row | None:
    return one(
        db,
        "SELECT * FROM self_assessments WHERE case_id = ? ORDER BY imported_at DESC, id DESC "
        "LIMIT 1",
        [case_id],
    )


def list_of_case(db: sqlite_utils.Database, case_id: int) -> list[Row]:
    return rows(
        db,
        "SELECT s.*, (SELECT count(*) FROM self_assessment_answers a "
        "WHERE a.self_assessment_id = s.id) AS answers FROM self_assessments s "
        "WHERE s.case_id = ? ORDER BY s.imported_at DESC, s.id DESC",
        [case_id],
    )


def answers_of(db: sqlite_utils.Database, self_assessment_id: int) -> list[Row]:
    """Answers with their item's code, in checklist order."""
    return rows(
        db,
        "SELECT a.item_id, i.code, a.answer, a.comment FROM self_assessment_answers a "
        "JOIN checklist_items i ON i.id = a.item_id WHERE a.self_assessment_id = ? "
        "ORDER BY i.section_id, i.position",
        [self_assessment_id],
    )
