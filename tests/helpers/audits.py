"""Helpers to build an audit the way the app does: template installed through the template
service, case walked to "under examination" through the case service, audit planned through
the audit service. Each returns ids; tests pass ``**overrides`` for what they care about.
"""

from __future__ import annotations

import copy
import json
import struct
import zlib
from datetime import timedelta
from pathlib import Path
from typing import Any

import sqlite_utils

from desktop.domain import checklists as cl
from desktop.domain.cases import CaseState
from desktop.services import audit_service, case_service, clock, templates
from desktop.services.actor import Actor
from desktop.services.audit_service import AuditPlan
from helpers.builders import BUILDER_ACTOR, make_case, make_validator, programme_id

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
MINI_PATH = FIXTURES / "mini-checklist.json"

#: Who the audit helpers act as.
AUDITOR = Actor(name="Claire Dubois")

#: What the mini checklist asks, per programme and track (in checklist order).
MINI_AEOF = ("A.1", "A.2", "G.1.1", "G.1.2", "G.2", "G.3")
MINI_AEOC = ("A.1", "A.2")
MINI_MSME = ("A.1", "G.1.1", "G.1.2")


def mini_data() -> dict[str, Any]:
    """The mini checklist as a fresh, mutable dict (change it to make broken variants)."""
    data: dict[str, Any] = json.loads(MINI_PATH.read_text(encoding="utf-8"))
    return copy.deepcopy(data)


def mini_template() -> cl.Template:
    return cl.parse_template(mini_data())


def template_data(
    *,
    code: str = "TEST-GEN",
    version: str = "1",
    items: int = 10,
    per_section: int = 10,
    programmes: tuple[str, ...] = ("AEOC", "AEOS", "AEOF"),
    applies_to: tuple[str, ...] = ("AEOC", "AEOS", "AEOF", "T1", "T2", "MSME"),
    msme_track: bool = False,
    must_every: int = 3,
) -> dict[str, Any]:
    """A generated template: ``items`` items in flat sections of ``per_section`` each; every
    ``must_every``-th item is a Must, the others Should; all kept on the MSME track."""
    sections: list[dict[str, Any]] = []
    for n in range(items):
        if n % per_section == 0:
            s = len(sections) + 1
            sections.append({"code": f"S{s}", "title": f"Section {s}", "items": []})
        sections[-1]["items"].append(
            {
                "code": f"S{len(sections)}.{n % per_section + 1}",
                "text": f"Requirement number {n + 1} is in place.",
                "guidance": "Look at it.",
                "requirement": "must" if n % must_every == 0 else "should",
                "applies_to": list(applies_to),
                "msme_keeps": True,
                "saq": None,
            }
        )
    return {
        "format": cl.FORMAT,
        "code": code,
        "version": version,
        "name": f"Generated checklist {code}",
        "description": "",
        "programmes": list(programmes),
        "msme_track": msme_track,
        "sections": sections,
    }


def install_data(db: sqlite_utils.Database, data: dict[str, Any], source: str = "test") -> int:
    """Install a template from its JSON form through the template service; return its id."""
    t = templates.read_template_text(json.dumps(data), source)
    template_id, _new = templates.install(db, t, source)
    return template_id


def install_mini(db: sqlite_utils.Database) -> int:
    return templates.import_file(db, MINI_PATH)


def case_in(
    db: sqlite_utils.Database,
    state: CaseState = CaseState.UNDER_EXAMINATION,
    *,
    programme: str = "AEOF",
    **overrides: Any,
) -> int:
    """A case on ``programme`` walked (today) to ``state`` (received, accepted or
    under examination)."""
    case_id = make_case(db, programme_id=programme_id(db, programme), **overrides)
    path = (CaseState.ACCEPTED, CaseState.UNDER_EXAMINATION)
    for target in path[: {CaseState.RECEIVED: 0, CaseState.ACCEPTED: 1}.get(state, 2)]:
        case_service.transition(db, case_id, target, BUILDER_ACTOR)
    return case_id


def plan(
    db: sqlite_utils.Database,
    *,
    case_id: int | None = None,
    template_id: int | None = None,
    programme: str = "AEOF",
    actor: Actor = AUDITOR,
    **overrides: Any,
) -> int:
    """Plan an audit (tomorrow, two days, one site, a new lead validator); return its id.

    Without ``template_id`` the mini checklist is installed (once) and used.
    """
    if case_id is None:
        case_id = case_in(db, programme=programme)
    if template_id is None:
        template_id = install_mini(db)
    start = clock.today() + timedelta(days=1)
    fields: dict[str, Any] = {
        "case_id": case_id,
        "planned_start": start,
        "planned_end": start + timedelta(days=1),
        "lead_validator_id": None,
        "sites": ("Main warehouse, Rennes",),
        "team": (),
        "template_id": template_id,
    }
    fields.update(overrides)
    if fields["lead_validator_id"] is None and "lead_validator_id" not in overrides:
        fields["lead_validator_id"] = make_validator(db)
    return audit_service.plan_audit(db, AuditPlan(**fields), actor)


def item_ids(db: sqlite_utils.Database, audit_id: int) -> dict[str, int]:
    """Code -> id of every item in the audit's scope, in checklist order."""
    data = audit_service.checklist(db, audit_id)
    return {it.code: it.id for it in data.items.values()}


def answer_all(
    db: sqlite_utils.Database,
    audit_id: int,
    result: cl.Result = cl.Result.MET,
    *,
    overrides: dict[str, cl.Result] | None = None,
    severity: cl.Severity = cl.Severity.MAJOR,
) -> dict[str, int]:
    """Answer every item in scope (``overrides`` by code); return code -> item id."""
    ids = item_ids(db, audit_id)
    for code, item_id in ids.items():
        r = (overrides or {}).get(code, result)
        audit_service.answer(
            db,
            audit_id,
            item_id,
            r,
            AUDITOR,
            severity=severity if r.is_shortfall else None,
            note=f"{code}: {r.label}",
        )
    return ids


def plan_actions(db: sqlite_utils.Database, audit_id: int, *, due_in_days: int = 30) -> list[int]:
    """One corrective action for every finding of the audit."""
    due = clock.today() + timedelta(days=due_in_days)
    return [
        audit_service.add_action(db, audit_id, f["item_id"], "Fix it.", "M. Leroy", due)
        for f in audit_service.checklist(db, audit_id).findings.values()
    ]


def png_bytes(size: int = 1024) -> bytes:
    """A valid PNG (1x1 pixel) padded with a private ancillary chunk to about ``size`` bytes."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        crc = zlib.crc32(kind + body) & 0xFFFFFFFF
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", crc)

    ihdr = struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0)
    head = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"\x00\x00"))
    tail = chunk(b"IEND", b"")
    pad = max(0, size - len(head) - len(tail) - 12)
    return head + chunk(b"prVt", bytes(pad)) + tail


def write_png(folder: Path, name: str = "photo.png", size: int = 1024) -> Path:
    path = folder / name
    path.write_bytes(png_bytes(size))
    return path
