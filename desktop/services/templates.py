"""Checklist templates as data: bundled JSON files under ``resources/templates/checklists``,
loaded into the database once per (code, version) and frozen there."""

from __future__ import annotations

import hashlib
import json
import logging
from dataclasses import dataclass
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

import sqlite_utils

from db.repositories import templates as template_repo
from db.repositories.common import Row
from desktop.domain.checklists import Template, parse_template, template_to_json
from desktop.domain.errors import DomainError, NotFoundError, ValidationError, field_label
from desktop.domain.i18n import _
from desktop.domain.permissions import Permission
from desktop.services import access, clock

logger = logging.getLogger(__name__)

BUNDLED_FOLDER = ("templates", "checklists")


def bundled_files() -> list[Traversable]:
    folder = resources.files("resources")
    for part in BUNDLED_FOLDER:
        folder = folder / part
    if not folder.is_dir():
        return []
    return sorted((f for f in folder.iterdir() if f.name.endswith(".json")), key=lambda f: f.name)


def read_template_text(text: str, source: str) -> Template:
    """Parse and validate a template file's text; the message names the file and the item."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValidationError(
            _("{file} is not valid JSON (line {line}, column {column}): {error}.").format(
                file=source, line=exc.lineno, column=exc.colno, error=exc.msg
            ),
            field="Template",
        ) from None
    try:
        return parse_template(data)
    except ValidationError as exc:
        # A field such as "Template" is translated here, as ValidationError would have done.
        raise ValidationError(
            {f"{source}: {field_label(f)}": m for f, m in exc.problems.items()}
        ) from None


def canonical(t: Template) -> str:
    return json.dumps(template_to_json(t), ensure_ascii=False, sort_keys=True)


def install(db: sqlite_utils.Database, t: Template, source: str) -> tuple[int, bool]:
    """Store ``t`` unless the same (code, version) is there; return (id, newly installed).

    The same code and version with different content is refused: a loaded version is frozen,
    because audits point at it. Change the version instead.
    """
    body = canonical(t)
    digest = hashlib.sha256(body.encode()).hexdigest()
    existing = template_repo.find(db, t.code, t.version)
    if existing is not None:
        if existing["sha256"] != digest:
            raise ValidationError(
                _(
                    "template {code} version {version} is already loaded with different "
                    "content. Give the changed template a new version."
                ).format(code=t.code, version=t.version),
                field="Version",
            )
        return int(existing["id"]), False
    sections: list[tuple[str, str | None, str, int, int]] = []
    items: list[dict[str, Any]] = []
    for depth, s in t.walk():
        parent = _parent_code(t, s.code)
        sections.append((s.code, parent, s.title, depth, len(sections)))
        for pos, i in enumerate(s.items):
            items.append(
                {
                    "section": s.code,
                    "code": i.code,
                    "text": i.text,
                    "guidance": i.guidance,
                    "requirement": i.requirement.value,
                    "applies_to": list(i.applies_to),
                    "msme_keeps": i.msme_keeps,
                    "saq": i.saq,
                    "position": pos,
                }
            )
    header = {
        "code": t.code,
        "version": t.version,
        "name": t.name,
        "description": t.description,
        "programmes": list(t.programmes),
        "msme_track": t.msme_track,
        "source": source,
        "sha256": digest,
        "body": body,
        "loaded_at": clock.now_iso(),
    }
    with db.atomic():
        template_id = template_repo.insert(db, header, sections, items)
    logger.info("installed template %s %s from %s", t.code, t.version, source)
    return template_id, True


def _parent_code(t: Template, code: str) -> str | None:
    for _depth, s in t.walk():
        if any(sub.code == code for sub in s.sections):
            return s.code
    return None


def ensure_bundled(db: sqlite_utils.Database) -> list[str]:
    """Install bundled templates that the database does not have yet. A broken bundled file
    is logged and skipped: it must not stop the app from opening."""
    installed = []
    for f in bundled_files():
        try:
            t = read_template_text(f.read_text(encoding="utf-8"), f.name)
            _id, new = install(db, t, f"bundled:{f.name}")
        except DomainError as exc:
            logger.error("bundled template %s refused: %s", f.name, exc)
            continue
        if new:
            installed.append(f"{t.code} {t.version}")
    return installed


def import_file(db: sqlite_utils.Database, path: Path) -> int:
    """An admin loads a template file (.json). Returns the template id."""
    access.require(Permission.MANAGE_TEMPLATES)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ValidationError(
            _("cannot read {file}: {error}").format(file=path.name, error=exc), field="File"
        ) from None
    t = read_template_text(text, path.name)
    template_id, _new = install(db, t, f"file:{path.name}")
    return template_id


def template(db: sqlite_utils.Database, template_id: int) -> Template:
    row = template_repo.get(db, template_id)
    if row is None:
        raise NotFoundError(_("Checklist template {id} does not exist.").format(id=template_id))
    return parse_template(json.loads(row["body"]))


def list_templates(db: sqlite_utils.Database, *, include_retired: bool = True) -> list[Row]:
    found = template_repo.list_templates(db, include_retired=include_retired)
    for r in found:
        r["programmes"] = json.loads(r["programmes"])
    return found


def set_retired(db: sqlite_utils.Database, template_id: int, retired: bool) -> None:
    """Retired templates are not offered for new audits; audits in progress keep theirs."""
    access.require(Permission.MANAGE_TEMPLATES)
    with db.atomic():
        if template_repo.get(db, template_id) is None:
            raise NotFoundError(_("Checklist template {id} does not exist.").format(id=template_id))
        template_repo.set_retired(db, template_id, retired)


@dataclass(frozen=True)
class TemplateChoice:
    template_id: int
    reason: str  # why this template, for people (translated)


def default_for(db: sqlite_utils.Database, programme_code: str) -> TemplateChoice:
    """The newest active template made for the programme; the MSME track's own template for
    the MSME programme and Tier 1."""
    candidates = list_templates(db, include_retired=False)
    if not candidates:
        raise DomainError(_("No checklist template is loaded. Ask an administrator to load one."))
    want_msme = programme_code in ("MSME", "T1")
    for t in candidates:  # newest first (list order)
        if programme_code in t["programmes"] and bool(t["is_msme_track"]) == want_msme:
            return TemplateChoice(
                t["id"], _("made for {programme}").format(programme=programme_code)
            )
    if want_msme:
        for t in candidates:
            if t["is_msme_track"]:
                return TemplateChoice(t["id"], _("the MSME simplified track's own checklist"))
    for t in candidates:
        if programme_code in t["programmes"]:
            return TemplateChoice(
                t["id"], _("made for {programme}").format(programme=programme_code)
            )
    full = [t for t in candidates if not t["is_msme_track"]] or candidates
    return TemplateChoice(full[0]["id"], _("no template names this programme; the full one"))
