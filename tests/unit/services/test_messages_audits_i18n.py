"""Audit, checklist, template and self-assessment messages follow the chosen language, with
their values filled in; what is read back from files (the template workbook's structure, a
self-assessment workbook made in another language) still works."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path

import pytest
import sqlite_utils
from helpers.audits import AUDITOR, MINI_AEOF, MINI_PATH, install_mini, plan
from helpers.builders import make_case, make_validator
from openpyxl import load_workbook

from desktop.domain import checklists as cl
from desktop.domain import i18n
from desktop.domain.errors import DomainError, ValidationError
from desktop.services import audit_service, clock, template_xlsx, templates
from desktop.services import self_assessment as sa
from desktop.services.actor import Actor
from desktop.services.audit_service import AuditPlan

pytestmark = pytest.mark.usefixtures("frozen_clock")


# --- labels ---------------------------------------------------------------------------------


def test_audit_and_action_statuses_in_french_and_spanish() -> None:
    i18n.set_language("en")
    assert [s.label for s in cl.AuditStatus] == ["Planned", "In progress", "Finalised", "Cancelled"]
    assert [s.label for s in cl.ActionStatus] == ["Open", "Overdue", "Done", "Verified"]
    try:
        i18n.set_language("fr")
        assert cl.AuditStatus.FINALISED.label == "Finalisé"
        assert cl.ActionStatus.OPEN.label == "Ouverte"  # an action: feminine
        assert audit_service.STATUS_LABELS["in_progress"] == "En cours"
        assert audit_service.STATUS_LABELS.get("unknown", "unknown") == "unknown"
        i18n.set_language("es")
        assert cl.AuditStatus.CANCELLED.label == "Cancelada"
        assert cl.ActionStatus.OVERDUE.label == "Vencida"
        assert cl.Severity.MAJOR.label == "Mayor"
    finally:
        i18n.set_language("en")


@pytest.mark.parametrize("code", ["fr", "es"])
def test_labels_the_catalog_checker_cannot_see_are_translated(code: str) -> None:
    """Texts given to _() through a variable: status labels (kept as "context|text"), the
    self-assessment workbook's sheets and columns, and the file kinds xlsx_writer names."""
    catalog = i18n.catalog(code)
    texts = [f"audit status|{s.english}" for s in cl.AuditStatus]
    texts += [f"action status|{s.english}" for s in cl.ActionStatus]
    texts += [sa.SHEET_INSTRUCTIONS, sa.SHEET_ANSWERS, *(t for t, _w, _x in sa.COLUMNS)]
    texts += [a.english for a in sa.SelfAnswer]
    texts += ["The self-assessment workbook", "The template"]
    assert [t for t in texts if t not in catalog] == []


# --- audits ---------------------------------------------------------------------------------


def test_a_bad_audit_plan_is_refused_in_french(db: sqlite_utils.Database, french: None) -> None:
    install_mini(db)
    start = clock.today() + timedelta(days=3)
    bad = AuditPlan(
        case_id=make_case(db),
        planned_start=start,
        planned_end=start - timedelta(days=1),
        lead_validator_id=None,
        sites=(" ",),
    )
    with pytest.raises(ValidationError) as info:
        audit_service.plan_audit(db, bad, AUDITOR)
    assert info.value.fields == ["End date", "Lead validator", "Sites"]  # labels stay English
    text = str(info.value)
    assert "Date de fin : ne peut pas précéder la date de début." in text
    assert "Validateur principal : est obligatoire." in text
    assert "indiquez au moins un site" in text


def test_finalising_too_early_names_the_count_in_french(
    db: sqlite_utils.Database, french: None
) -> None:
    audit_id = plan(db)
    with pytest.raises(DomainError) as info:
        audit_service.finalise(db, audit_id, AUDITOR)
    assert str(info.value).startswith(
        f"{len(MINI_AEOF)} point(s) ne sont pas encore évalués. Répondez-y"
    )


def test_a_refused_evidence_file_is_named_in_spanish(
    db: sqlite_utils.Database, tmp_path: Path, spanish: None
) -> None:
    audit_id = plan(db)
    bad = tmp_path / "informe.exe"
    bad.write_bytes(b"MZ")
    with pytest.raises(ValidationError) as info:
        audit_service.add_evidence(db, audit_id, bad, AUDITOR)
    assert info.value.fields == ["Evidence"]
    assert str(info.value).startswith(
        "Evidencias: informe.exe: este tipo de archivo no se admite (.bmp, .csv"
    )
    with pytest.raises(DomainError) as refused:
        audit_service.audit_by_reference(db, "AUD-1999-0001")
    assert str(refused.value) == "No existe la auditoría AUD-1999-0001."


# --- templates ------------------------------------------------------------------------------


def test_a_broken_template_file_is_explained_in_french(french: None) -> None:
    with pytest.raises(ValidationError) as info:
        templates.read_template_text("{", "liste.json")
    assert str(info.value).startswith(
        "Modèle : liste.json n'est pas un JSON valide (ligne 1, colonne 2) : "
    )
    data = json.loads(MINI_PATH.read_text(encoding="utf-8"))
    data["sections"][0]["items"][0]["requirement"] = "perhaps"
    first = data["sections"][0]["items"][0]["code"]
    with pytest.raises(ValidationError) as info:
        templates.read_template_text(json.dumps(data), "liste.json")
    where = f"liste.json: Modèle {data['code']} {data['version']}, point {first}"
    assert info.value.problems == {where: "'requirement' doit valoir 'must' ou 'should'."}


def test_a_template_workbook_problem_keeps_its_place_in_french(
    db: sqlite_utils.Database, tmp_path: Path
) -> None:
    """A rule only the domain checks (the code's form) is still pointed at its row and column
    when the domain's "where" is French."""
    path = tmp_path / "mini.xlsx"
    template_xlsx.export_template(db, templates.import_file(db, MINI_PATH), path)
    wb = load_workbook(path)
    items = wb[template_xlsx.SHEET_ITEMS]
    row = next(r[0].row for r in items.iter_rows(min_row=2) if r[3].value == "G.1.1")
    items.cell(row, 4).value = "g-1"
    wb.save(path)
    i18n.set_language("fr")
    try:
        with pytest.raises(ValidationError) as info:
            template_xlsx.import_template(db, path)
    finally:
        i18n.set_language("en")
    assert info.value.problems == {
        f"Items ligne {row}, Item code": "« g-1 » n'est pas un code valide."
    }


# --- self-assessment ------------------------------------------------------------------------


@pytest.fixture
def case_id(db: sqlite_utils.Database, frozen_clock: datetime) -> int:
    validator = make_validator(db, name="Claire Dubois", email="claire.dubois@douane.example")
    return make_case(db, validator_id=validator)


def _fill(path: Path, sheet: str, answer: str) -> None:
    wb = load_workbook(path)
    ws = wb[sheet]
    for r in range(2, ws.max_row + 1):
        ws.cell(r, sa.ANSWER_COLUMN).value = answer
    wb.save(path)


def test_a_french_workbook_is_in_french_and_reads_back_in_english(
    db: sqlite_utils.Database, case_id: int, tmp_path: Path
) -> None:
    path = tmp_path / "auto-evaluation.xlsx"
    i18n.set_language("fr")
    try:
        n = sa.export_workbook(db, case_id, path, Actor("Claire Dubois"))
    finally:
        i18n.set_language("en")
    wb = load_workbook(path)
    assert wb.sheetnames == ["Instructions", "Auto-évaluation", sa.SHEET_META]
    header = [c.value for c in wb["Auto-évaluation"][1]]
    assert header == ["Section", "Point", "Critère", "Explications", "Réponse", "Commentaire"]
    instructions = [c.value for row in wb["Instructions"].iter_rows() for c in row if c.value]
    assert any(
        t.startswith("Claire Dubois, claire.dubois@douane.example")
        and t.endswith(" : votre validateur pour cette demande.")
        for t in instructions
    )
    assert "Partiellement" in instructions
    _fill(path, "Auto-évaluation", "Partiellement")
    sa_id = sa.import_workbook(db, path, Actor("Claire Dubois"), case_id=case_id)  # in English
    answers = sa.answers_for_case(db, case_id)
    assert sa_id and len(answers) == n
    assert {a.answer for a in answers.values()} == {sa.SelfAnswer.PARTLY}


def test_a_wrong_answer_is_reported_in_french_with_row_and_column(
    db: sqlite_utils.Database, case_id: int, tmp_path: Path, french: None
) -> None:
    path = tmp_path / "auto-evaluation.xlsx"
    sa.export_workbook(db, case_id, path, Actor("Claire Dubois"))
    _fill(path, "Auto-évaluation", "Peut-être")
    with pytest.raises(ValidationError) as info:
        sa.import_workbook(db, path, Actor("Claire Dubois"))
    first = next(iter(info.value.problems.items()))
    assert first[0] == "Ligne 2, Réponse"
    assert first[1].startswith("« Peut-être » (point ")
    assert first[1].endswith(") ne fait pas partie de : Oui, Partiellement, Non, Sans objet.")


def test_a_workbook_for_another_case_is_refused_in_spanish(
    db: sqlite_utils.Database, case_id: int, tmp_path: Path, spanish: None
) -> None:
    path = tmp_path / "autoevaluacion.xlsx"
    sa.export_workbook(db, case_id, path, Actor("Claire Dubois"))
    _fill(path, "Autoevaluación", "Sí")
    other = make_case(db)
    with pytest.raises(DomainError) as info:
        sa.import_workbook(db, path, Actor("Claire Dubois"), case_id=other)
    text = str(info.value)
    assert text.startswith("autoevaluacion.xlsx es la autoevaluación del expediente ")
    assert text.endswith(f"), no del expediente {sa.case_reference(db, other)}.")
