"""Site audits: plan, conduct (every answer committed as it is given), findings and corrective
actions, finalise (locks) and reopen (a recorded revision)."""

from __future__ import annotations

import hashlib
import mimetypes
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import sqlite_utils

from db.repositories import audits as audit_repo
from db.repositories import cases as case_repo
from db.repositories import staff as staff_repo
from db.repositories import templates as template_repo
from db.repositories.common import Row
from desktop.domain import checklists as cl
from desktop.domain.cases import CaseState, legal_next
from desktop.domain.errors import DomainError, NotFoundError, Problems, ValidationError
from desktop.domain.i18n import _
from desktop.domain.permissions import Permission
from desktop.services import access, case_service, clock, field_locks, templates
from desktop.services.actor import Actor

#: Evidence files larger than this are refused (photos from a phone are 2-8 MB).
MAX_EVIDENCE_BYTES = 20 * 1024 * 1024
#: What evidence may be, by extension: pictures, PDF, office documents, text.
EVIDENCE_TYPES = {
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".png": "image/png",
    ".gif": "image/gif",
    ".webp": "image/webp",
    ".bmp": "image/bmp",
    ".tif": "image/tiff",
    ".tiff": "image/tiff",
    ".pdf": "application/pdf",
    ".txt": "text/plain",
    ".csv": "text/csv",
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ".odt": "application/vnd.oasis.opendocument.text",
    ".ods": "application/vnd.oasis.opendocument.spreadsheet",
    ".msg": "application/vnd.ms-outlook",
    ".eml": "message/rfc822",
}
_MAGIC = {
    "image/jpeg": (b"\xff\xd8\xff",),
    "image/png": (b"\x89PNG\r\n\x1a\n",),
    "image/gif": (b"GIF87a", b"GIF89a"),
    "application/pdf": (b"%PDF-",),
    "image/bmp": (b"BM",),
    "image/tiff": (b"II*\x00", b"MM\x00*"),
}


class _StatusLabels(Mapping[str, str]):
    """status -> label of an audit status, in the language of the moment of the lookup."""

    def __getitem__(self, status: str) -> str:
        try:
            return cl.AuditStatus(status).label
        except ValueError:
            raise KeyError(status) from None

    def __iter__(self) -> Iterator[str]:
        return (s.value for s in cl.AuditStatus)

    def __len__(self) -> int:
        return len(cl.AuditStatus)


#: "planned" -> "Planned" (translated when read): ``cl.AuditStatus(status).label``.
STATUS_LABELS: Mapping[str, str] = _StatusLabels()


@dataclass(frozen=True)
class AuditPlan:
    case_id: int
    planned_start: date
    planned_end: date
    lead_validator_id: int | None
    sites: tuple[str, ...] = ()
    team: tuple[int, ...] = ()
    template_id: int | None = None


@dataclass(frozen=True)
class ChecklistItem:
    id: int
    code: str
    text: str
    guidance: str
    requirement: cl.Requirement
    saq: str | None
    section_code: str


@dataclass(frozen=True)
class ChecklistSection:
    id: int
    code: str
    title: str
    depth: int
    parent_code: str | None
    item_ids: tuple[int, ...]  # its own items, in order
    all_item_ids: tuple[int, ...]  # with those of its subsections


@dataclass
class AuditChecklist:
    audit: Row
    sections: list[ChecklistSection]
    items: dict[int, ChecklistItem]  # in checklist order
    answers: dict[int, Row]
    evidence: list[Row]
    findings: dict[int, Row] = field(default_factory=dict)

    @property
    def is_locked(self) -> bool:
        return self.audit["status"] in ("finalised", "cancelled")

    def result_of(self, item_id: int) -> cl.Result:
        a = self.answers.get(item_id)
        return cl.Result(a["result"]) if a else cl.Result.NOT_ASSESSED

    def score_of(self, item_ids: Sequence[int]) -> cl.Score:
        return cl.score(
            cl.ScoredItem(self.items[i].code, self.items[i].requirement, self.result_of(i))
            for i in item_ids
        )

    def overall(self) -> cl.Score:
        return self.score_of(list(self.items))

    def ordered_ids(self) -> list[int]:
        return list(self.items)


def _require_audit(db: sqlite_utils.Database, audit_id: int) -> Row:
    row = audit_repo.get_audit(db, audit_id)
    if row is None:
        raise NotFoundError(_("Audit {id} does not exist (any more).").format(id=audit_id))
    return row


def _writable_audit(db: sqlite_utils.Database, audit_id: int) -> Row:
    """The audit, if its case may be changed here (not out on a field laptop)."""
    audit = _require_audit(db, audit_id)
    field_locks.require_editable(db, int(audit["case_id"]))
    return audit


def _require_open(audit: Row) -> None:
    if audit["status"] == "finalised":
        raise DomainError(
            _(
                "Audit {reference} is finalised and locked. Reopen it, with a reason, to change it."
            ).format(reference=audit["reference"])
        )
    if audit["status"] == "cancelled":
        raise DomainError(
            _("Audit {reference} was cancelled.").format(reference=audit["reference"])
        )


def _check_staff(db: sqlite_utils.Database, staff_id: int, field_: str) -> Row:
    person = staff_repo.get_staff(db, staff_id)
    if person is None:
        raise ValidationError(_("the chosen person does not exist."), field=field_)
    if "validator" not in person["roles"]:
        raise ValidationError(
            _("{name} is not a validator.").format(name=person["name"]), field=field_
        )
    today = clock.today().isoformat()
    if person["active_from"] > today or (person["active_to"] and person["active_to"] < today):
        raise ValidationError(_("{name} is not active.").format(name=person["name"]), field=field_)
    return person


def _validate_plan(db: sqlite_utils.Database, plan: AuditPlan) -> Row:
    p = Problems()
    case = case_repo.get_case(db, plan.case_id)
    if case is None:
        p.add("Case", _("choose an existing case."))
    if plan.planned_end < plan.planned_start:
        p.add("End date", _("cannot be before the start date."))
    if plan.planned_end - plan.planned_start > timedelta(days=30):
        p.add("End date", _("an audit visit lasts 30 days at most."))
    if plan.lead_validator_id is None:
        p.add("Lead validator", _("is required."))
    sites = [s.strip() for s in plan.sites if s.strip()]
    if not sites:
        p.add("Sites", _("name at least one site (the operator's premises to visit)."))
    if len(set(plan.team)) != len(plan.team):
        p.add("Team", _("lists someone twice."))
    if plan.lead_validator_id is not None and plan.lead_validator_id in plan.team:
        p.add("Team", _("the lead validator is already on the audit."))
    p.raise_if_any()
    assert case is not None and plan.lead_validator_id is not None
    _check_staff(db, plan.lead_validator_id, "Lead validator")
    for member in plan.team:
        _check_staff(db, member, "Team")
    if plan.template_id is not None:
        t = template_repo.get(db, plan.template_id)
        if t is None:
            raise ValidationError(_("the chosen template does not exist."), field="Template")
    return case


def next_reference(db: sqlite_utils.Database, year: int) -> str:
    return f"AUD-{year}-{audit_repo.last_reference_number(db, year) + 1:04d}"


def plan_audit(db: sqlite_utils.Database, plan: AuditPlan, actor: Actor) -> int:
    """Plan a site audit for a case. The case moves to "audit scheduled" where it may."""
    access.require_case(db, plan.case_id, Permission.PLAN_AUDIT, actor)
    with db.atomic():
        field_locks.require_editable(db, plan.case_id)
        case = _validate_plan(db, plan)
        programme = case["programme_code"]
        template_id = plan.template_id or templates.default_for(db, programme).template_id
        t_row = template_repo.get(db, template_id)
        assert t_row is not None
        if t_row["is_retired"] and plan.template_id is not None:
            raise ValidationError(
                _("this template is retired; choose a current one."), field="Template"
            )
        now = clock.now_iso()
        audit_id = audit_repo.insert_audit(
            db,
            {
                "reference": next_reference(db, plan.planned_start.year),
                "case_id": plan.case_id,
                "template_id": template_id,
                "programme_code": programme,
                "is_msme_track": int(programme == "MSME"),
                "status": "planned",
                "planned_start": plan.planned_start.isoformat(),
                "planned_end": plan.planned_end.isoformat(),
                "sites": [s.strip() for s in plan.sites if s.strip()],
                "lead_validator_id": plan.lead_validator_id,
                "team": list(plan.team),
                "created_at": now,
                "updated_at": now,
            },
        )
        if CaseState.AUDIT_SCHEDULED in legal_next(CaseState(case["state"])):
            case_service.transition(db, plan.case_id, CaseState.AUDIT_SCHEDULED, actor)
    return audit_id


def update_plan(db: sqlite_utils.Database, audit_id: int, plan: AuditPlan) -> None:
    access.require_audit(db, audit_id, Permission.PLAN_AUDIT)
    with db.atomic():
        audit = _writable_audit(db, audit_id)
        if audit["status"] != "planned":
            raise DomainError(_("Only a planned audit can be re-planned; this one has started."))
        _validate_plan(db, plan)
        audit_repo.update_audit(
            db,
            audit_id,
            {
                "planned_start": plan.planned_start.isoformat(),
                "planned_end": plan.planned_end.isoformat(),
                "sites": [s.strip() for s in plan.sites if s.strip()],
                "lead_validator_id": plan.lead_validator_id,
                "team": list(plan.team),
                "updated_at": clock.now_iso(),
            },
        )


def checklist(db: sqlite_utils.Database, audit_id: int) -> AuditChecklist:
    """Everything the checklist screen shows, in one read (evidence as metadata only)."""
    audit = _require_audit(db, audit_id)
    msme = bool(audit["is_msme_track"])
    programme = audit["programme_code"]
    sections = template_repo.sections_of(db, audit["template_id"])
    raw_items = template_repo.items_of(db, audit["template_id"])
    by_section: dict[int, list[Row]] = {}
    for it in raw_items:
        scoped = cl.Item(
            it["code"],
            it["text"],
            it["guidance"],
            cl.Requirement(it["requirement"]),
            tuple(it["applies_to"]),
            it["msme_keeps"],
            it["saq"],
        )
        if cl.in_scope(scoped, programme, msme):
            by_section.setdefault(it["section_id"], []).append(it)
    code_of = {s["id"]: s["code"] for s in sections}
    children: dict[int | None, list[Row]] = {}
    for s in sections:
        children.setdefault(s["parent_id"], []).append(s)

    def all_ids(section_id: int) -> list[int]:
        ids = [it["id"] for it in by_section.get(section_id, [])]
        for sub in children.get(section_id, []):
            ids += all_ids(sub["id"])
        return ids

    out_sections: list[ChecklistSection] = []
    items: dict[int, ChecklistItem] = {}

    def visit(parent: int | None) -> None:
        for s in sorted(children.get(parent, []), key=lambda r: r["position"]):
            ids = all_ids(s["id"])
            if not ids:
                continue  # nothing in scope for this programme
            own = [it for it in by_section.get(s["id"], [])]
            out_sections.append(
                ChecklistSection(
                    s["id"],
                    s["code"],
                    s["title"],
                    s["depth"],
                    code_of.get(s["parent_id"]),
                    tuple(i["id"] for i in own),
                    tuple(ids),
                )
            )
            for it in own:
                items[it["id"]] = ChecklistItem(
                    it["id"],
                    it["code"],
                    it["text"],
                    it["guidance"],
                    cl.Requirement(it["requirement"]),
                    it["saq"],
                    s["code"],
                )
            visit(s["id"])

    visit(None)
    answers = {a["item_id"]: a for a in audit_repo.answers(db, audit_id)}
    findings = {f["item_id"]: f for f in audit_repo.findings(db, audit_id)}
    return AuditChecklist(
        audit=audit,
        sections=out_sections,
        items=items,
        answers=answers,
        evidence=audit_repo.evidence_list(db, audit_id),
        findings=findings,
    )


def _item_in_audit(db: sqlite_utils.Database, audit: Row, item_id: int) -> Row:
    """The item, if the audit asks it: in its template and in scope for its programme."""
    it = template_repo.get_item(db, audit["template_id"], item_id)
    if it is not None:
        scoped = cl.Item(
            it["code"],
            it["text"],
            it["guidance"],
            cl.Requirement(it["requirement"]),
            tuple(it["applies_to"]),
            it["msme_keeps"],
            it["saq"],
        )
        if cl.in_scope(scoped, audit["programme_code"], bool(audit["is_msme_track"])):
            return it
    raise NotFoundError(_("This item is not part of the audit's checklist."))


@dataclass(frozen=True)
class Saved:
    """What the UI needs after an answer: the stored answer and the finding state."""

    item_id: int
    result: cl.Result
    severity: cl.Severity | None
    has_finding: bool


def answer(
    db: sqlite_utils.Database,
    audit_id: int,
    item_id: int,
    result: cl.Result,
    actor: Actor,
    *,
    severity: cl.Severity | None = None,
    note: str = "",
) -> Saved:
    """Record one answer, committed before this returns. A shortfall keeps a finding in step;
    the audit starts with its first answer."""
    access.require_audit(db, audit_id, Permission.EDIT_AUDIT, actor)
    severity = cl.check_answer(result, severity, note)
    if len(note) > 4000:
        raise ValidationError(_("is longer than 4000 characters."), field="Note")
    now = clock.now_iso()
    with db.atomic():
        audit = _writable_audit(db, audit_id)
        _require_open(audit)
        _item_in_audit(db, audit, item_id)
        existing = audit_repo.finding_for(db, audit_id, item_id)
        if not result.is_shortfall and existing is not None and existing["actions"]:
            raise DomainError(
                _(
                    "This item has corrective actions planned. Remove them before changing the "
                    "answer to one that is not a shortfall."
                )
            )
        audit_repo.upsert_answer(
            db,
            audit_id,
            item_id,
            {
                "result": result.value,
                "severity": severity.value if severity else None,
                "note": note.strip(),
                "answered_at": now,
                "answered_by": actor.name,
            },
        )
        if result.is_shortfall:
            assert severity is not None
            audit_repo.upsert_finding(db, audit_id, item_id, severity.value, note.strip(), now)
        elif existing is not None:
            audit_repo.delete_finding(db, existing["id"])
        changes: dict[str, Any] = {"last_item_id": item_id, "updated_at": now}
        if audit["status"] == "planned":
            changes.update(status="in_progress", started_at=now)
        audit_repo.update_audit(db, audit_id, changes)
    return Saved(item_id, result, severity, result.is_shortfall)


def remember_position(db: sqlite_utils.Database, audit_id: int, item_id: int) -> None:
    """Where the validator is: the audit reopens there after a crash."""
    audit = _require_audit(db, audit_id)
    if field_locks.lock_reason(db, int(audit["case_id"])) is not None:
        return  # a read-only copy: browsing it must not try to write
    try:
        access.require_audit(db, audit_id, Permission.EDIT_AUDIT)
    except access.PermissionDeniedError:
        return  # someone else's audit, read only: nothing to remember
    with db.atomic():
        audit_repo.update_audit(db, audit_id, {"last_item_id": item_id})


def add_evidence(
    db: sqlite_utils.Database,
    audit_id: int,
    path: Path,
    actor: Actor,
    *,
    item_id: int | None = None,
    action_id: int | None = None,
) -> int:
    """Store a file in the database with its SHA-256. Refuses what is too large, unreadable
    or of an unknown type, naming the file."""
    access.require_audit(db, audit_id, Permission.EDIT_AUDIT, actor)
    media_type = EVIDENCE_TYPES.get(path.suffix.lower())
    if media_type is None:
        known = ", ".join(sorted(EVIDENCE_TYPES))
        raise ValidationError(
            _("{file}: this type of file is not accepted ({known}).").format(
                file=path.name, known=known
            ),
            field="Evidence",
        )
    try:
        size = path.stat().st_size
        if size > MAX_EVIDENCE_BYTES:
            raise ValidationError(
                _("{file} is {size:.1f} MB; the limit is {limit} MB per file.").format(
                    file=path.name, size=size / 1048576, limit=MAX_EVIDENCE_BYTES // 1048576
                ),
                field="Evidence",
            )
        content = path.read_bytes()
    except OSError as exc:
        raise ValidationError(
            _("{file} cannot be read: {reason}.").format(file=path.name, reason=exc.strerror),
            field="Evidence",
        ) from None
    if not content:
        raise ValidationError(_("{file} is empty.").format(file=path.name), field="Evidence")
    magic = _MAGIC.get(media_type)
    if magic and not content.startswith(magic):
        raise ValidationError(
            _(
                "{file} does not look like what its name says ({media_type}): it is "
                "damaged, or was renamed."
            ).format(file=path.name, media_type=media_type),
            field="Evidence",
        )
    with db.atomic():
        audit = _writable_audit(db, audit_id)
        _require_open(audit)
        if item_id is not None:
            _item_in_audit(db, audit, item_id)
        return audit_repo.insert_evidence(
            db,
            {
                "audit_id": audit_id,
                "item_id": item_id,
                "action_id": action_id,
                "file_name": path.name,
                "media_type": media_type or mimetypes.guess_type(path.name)[0],
                "size": len(content),
                "sha256": hashlib.sha256(content).hexdigest(),
                "content": content,
                "added_at": clock.now_iso(),
                "added_by": actor.name,
            },
        )


def evidence_content(db: sqlite_utils.Database, evidence_id: int) -> Row:
    row = audit_repo.evidence_content(db, evidence_id)
    if row is None:
        raise NotFoundError(_("This evidence file does not exist (any more)."))
    return row


def remove_evidence(db: sqlite_utils.Database, evidence_id: int) -> None:
    with db.atomic():
        row = audit_repo.evidence_content(db, evidence_id)
        if row is None:
            raise NotFoundError(_("This evidence file does not exist (any more)."))
        access.require_audit(db, int(row["audit_id"]), Permission.EDIT_AUDIT)
        _require_open(_writable_audit(db, row["audit_id"]))
        audit_repo.delete_evidence(db, evidence_id)


# --- corrective actions ---------------------------------------------------------------------


def add_action(
    db: sqlite_utils.Database,
    audit_id: int,
    item_id: int,
    description: str,
    owner: str,
    due_on: date | None,
) -> int:
    """An improvement-plan item for a finding: who at the operator does what, by when."""
    access.require_audit(db, audit_id, Permission.EDIT_AUDIT)
    p = Problems()
    if not description.strip():
        p.add("Action", _("describe what the operator will do."))
    if not owner.strip():
        p.add("Owner", _("name the person responsible at the operator."))
    if due_on is None:
        p.add("Due date", _("is required."))
    elif due_on < clock.today():
        p.add("Due date", _("cannot be in the past."))
    p.raise_if_any()
    assert due_on is not None
    with db.atomic():
        audit = _writable_audit(db, audit_id)
        finding = audit_repo.finding_for(db, audit_id, item_id)
        if finding is None:
            raise ValidationError(
                _("corrective actions follow from a finding (a shortfall)."), field="Item"
            )
        if audit["status"] == "cancelled":
            raise DomainError(
                _("Audit {reference} was cancelled.").format(reference=audit["reference"])
            )
        return audit_repo.insert_action(
            db,
            {
                "finding_id": finding["id"],
                "description": description.strip(),
                "owner": owner.strip(),
                "due_on": due_on.isoformat(),
                "created_at": clock.now_iso(),
            },
        )


def complete_action(
    db: sqlite_utils.Database, action_id: int, note: str, on: date | None = None
) -> None:
    """The operator reports the action done, with what shows it (a note, evidence files)."""
    on = on or clock.today()
    if on > clock.today():
        raise ValidationError(_("cannot be in the future."), field="Completed on")
    if not note.strip():
        raise ValidationError(
            _("say what shows the action is done."), field="Evidence of completion"
        )
    with db.atomic():
        action = audit_repo.get_action(db, action_id)
        if action is None:
            raise NotFoundError(_("This corrective action does not exist (any more)."))
        access.require_audit(db, int(action["audit_id"]), Permission.EDIT_AUDIT)
        _writable_audit(db, int(action["audit_id"]))
        if action["status"] != "open":
            raise DomainError(_("This action is already marked done."))
        audit_repo.update_action(
            db,
            action_id,
            {
                "status": "done",
                "completed_on": on.isoformat(),
                "completion_note": note.strip(),
                "updated_at": clock.now_iso(),
            },
        )


def verify_action(db: sqlite_utils.Database, action_id: int, actor: Actor) -> None:
    """The validator checks the completed action."""
    with db.atomic():
        action = audit_repo.get_action(db, action_id)
        if action is None:
            raise NotFoundError(_("This corrective action does not exist (any more)."))
        access.require_audit(db, int(action["audit_id"]), Permission.VERIFY_ACTION, actor)
        _writable_audit(db, int(action["audit_id"]))
        if action["status"] != "done":
            raise DomainError(_("Only an action marked done can be verified."))
        audit_repo.update_action(
            db,
            action_id,
            {
                "status": "verified",
                "verified_on": clock.today().isoformat(),
                "verified_by": actor.name,
                "updated_at": clock.now_iso(),
            },
        )


def action_status(row: Row, today: date) -> str:
    """open / overdue / done / verified: overdue is an open action past its due date. For
    people: ``cl.ActionStatus(status).label``."""
    if row["status"] == "open" and row["due_on"] < today.isoformat():
        return "overdue"
    return str(row["status"])


def follow_up(
    db: sqlite_utils.Database, *, within_days: int = 30, staff_id: int | None = None
) -> list[Row]:
    """Open actions due within ``within_days`` and every overdue one, across the unit."""
    today = clock.today()
    found = audit_repo.actions_due(
        db, until=(today + timedelta(days=within_days)).isoformat(), staff_id=staff_id
    )
    for r in found:
        r["follow_up_status"] = action_status(r, today)
    return found


# --- finalise and reopen --------------------------------------------------------------------


@dataclass(frozen=True)
class Finalised:
    outcome: cl.Outcome
    score: float | None
    case_state: str


def finalise(db: sqlite_utils.Database, audit_id: int, actor: Actor) -> Finalised:
    """Lock the audit. Every item in scope must be answered. The case moves on: "audit done",
    then "improvement plan" when shortfalls are to be followed up (not rejection)."""
    access.require_audit(db, audit_id, Permission.EDIT_AUDIT, actor)
    with db.atomic():
        _writable_audit(db, audit_id)
        data = checklist(db, audit_id)
        audit = data.audit
        _require_open(audit)
        overall = data.overall()
        missing = overall.total - overall.answered
        if missing:
            raise DomainError(
                _(
                    "{count} item(s) are not assessed yet. Answer them (or mark them not "
                    "applicable) before finalising."
                ).format(count=missing)
            )
        result = cl.outcome(overall)
        if result is cl.Outcome.IMPROVEMENT_PLAN:
            planned = audit_repo.actions_of_audit(db, audit_id)
            no_action = [
                f["item_code"]
                for f in audit_repo.findings(db, audit_id)
                if not any(a["finding_id"] == f["id"] for a in planned)
            ]
            if no_action:
                raise DomainError(
                    _(
                        "An improvement plan needs a corrective action for every finding. "
                        "Missing for: {codes}."
                    ).format(codes=", ".join(no_action[:10]))
                )
        now = clock.now_iso()
        audit_repo.update_audit(
            db,
            audit_id,
            {
                "status": "finalised",
                "outcome": result.value,
                "score": overall.percent,
                "finalised_at": now,
                "finalised_by": actor.name,
                "updated_at": now,
            },
        )
        case_id = audit["case_id"]
        state = CaseState(audit["case_state"])
        if state is CaseState.AUDIT_SCHEDULED:
            case_service.transition(db, case_id, CaseState.AUDIT_DONE, actor)
            state = CaseState.AUDIT_DONE
        if state is CaseState.AUDIT_DONE and result is cl.Outcome.IMPROVEMENT_PLAN:
            case_service.transition(db, case_id, CaseState.IMPROVEMENT_PLAN, actor)
            state = CaseState.IMPROVEMENT_PLAN
    return Finalised(result, overall.percent, state.value)


def reopen(db: sqlite_utils.Database, audit_id: int, reason: str, actor: Actor) -> int:
    """Unlock a finalised audit as a new, recorded revision. Returns the revision number."""
    access.require_audit(db, audit_id, Permission.EDIT_AUDIT, actor)
    if not reason.strip():
        raise ValidationError(_("reopening a finalised audit needs a reason."), field="Reason")
    with db.atomic():
        audit = _writable_audit(db, audit_id)
        if audit["status"] != "finalised":
            raise DomainError(_("Only a finalised audit can be reopened."))
        revision = int(audit["revision"]) + 1
        snapshot = {
            "outcome": audit["outcome"],
            "score": audit["score"],
            "finalised_at": audit["finalised_at"],
            "finalised_by": audit["finalised_by"],
            "answers": audit_repo.answers(db, audit_id),
        }
        audit_repo.insert_revision(
            db,
            {
                "audit_id": audit_id,
                "revision": revision,
                "reason": reason.strip(),
                "reopened_at": clock.now_iso(),
                "reopened_by": actor.name,
                "snapshot": snapshot,
            },
        )
        audit_repo.update_audit(
            db,
            audit_id,
            {
                "status": "in_progress",
                "revision": revision,
                "outcome": None,
                "score": None,
                "finalised_at": None,
                "finalised_by": None,
                "updated_at": clock.now_iso(),
            },
        )
    return revision


def cancel(db: sqlite_utils.Database, audit_id: int) -> None:
    access.require_audit(db, audit_id, Permission.PLAN_AUDIT)
    with db.atomic():
        audit = _writable_audit(db, audit_id)
        if audit["status"] not in ("planned",):
            raise DomainError(_("Only a planned audit can be cancelled; this one has started."))
        audit_repo.update_audit(
            db, audit_id, {"status": "cancelled", "updated_at": clock.now_iso()}
        )


def upcoming(
    db: sqlite_utils.Database, *, staff_id: int | None = None, include_done: bool = False
) -> list[Row]:
    statuses = () if include_done else ("planned", "in_progress")
    return audit_repo.list_audits(
        db,
        statuses=statuses,
        staff_id=staff_id,
        from_date=None if include_done else (clock.today() - timedelta(days=60)).isoformat(),
    )


def audit_by_reference(db: sqlite_utils.Database, reference: str) -> Row:
    row = audit_repo.find_by_reference(db, reference.strip().upper())
    if row is None:
        raise NotFoundError(_("There is no audit {reference}.").format(reference=reference))
    return row


def revisions(db: sqlite_utils.Database, audit_id: int) -> list[Row]:
    return audit_repo.revisions(db, audit_id)


def actions(db: sqlite_utils.Database, audit_id: int) -> list[Row]:
    today = clock.today()
    found = audit_repo.actions_of_audit(db, audit_id)
    for r in found:
        r["follow_up_status"] = action_status(r, today)
    return found
