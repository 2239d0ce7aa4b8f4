"""The reports follow the chosen language (issue 9): the ministry workbook, the audit report
(Excel and the PDF's texts) and the list exports, written from a real database and read back
with openpyxl. Their numbers and dates stay typed cells; English is what the other report
tests check."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
import sqlite_utils
from helpers.audits import answer_all, plan, plan_actions
from helpers.clock import FROZEN_TODAY
from openpyxl import load_workbook

from desktop.domain import checklists as cl
from desktop.domain.errors import DomainError, ValidationError
from desktop.services import audit_report, audit_service, list_exports
from desktop.services import ministry_report as mr
from desktop.services.actor import Actor

P_FROM = date(2025, 6, 1)
WHO = Actor(name="Camille Martin")


def _rows(ws) -> list[list[object]]:
    ws.reset_dimensions()  # write_only files carry no dimension record
    return [list(r) for r in ws.iter_rows(values_only=True)]


def _ministry(db: sqlite_utils.Database, out: Path) -> dict[str, int]:
    return mr.export(db, out, P_FROM, FROZEN_TODAY, made_by="Camille Martin")


def _audit_with_an_action(db: sqlite_utils.Database) -> int:
    """A finalised audit of the mini checklist: one item not met, its action open."""
    audit_id = plan(db)
    answer_all(db, audit_id, overrides={"A.2": cl.Result.NOT_MET})
    plan_actions(db, audit_id)
    audit_service.finalise(db, audit_id, WHO)
    return audit_id


# --- the ministry workbook ------------------------------------------------------------------


@pytest.mark.usefixtures("french")
def test_ministry_workbook_in_french(demo_db: sqlite_utils.Database, tmp_path: Path) -> None:
    out = tmp_path / "ministere.xlsx"
    seen: list[str] = []
    counts = mr.export(
        demo_db,
        out,
        P_FROM,
        FROZEN_TODAY,
        made_by="Camille Martin",
        progress=lambda _done, _total, label: seen.append(label),
    )
    wb = load_workbook(out, read_only=True)
    assert wb.sheetnames == [
        "À propos de ce fichier",
        "Opérateurs",
        "Demandes",
        "Traitement",
        "Audits",
        "Actions correctives",
        "Points de contact",
        "Formation",
    ]
    assert list(counts) == wb.sheetnames
    assert seen[-3:] == ["Écriture de la feuille Formation", "Enregistrement du fichier", "Terminé"]

    about = _rows(wb["À propos de ce fichier"])
    assert about[0][0] == "Classeur ministériel AEO Desk"
    assert about[5][:2] == ["Champ", "Valeur"]
    fields = {r[0]: r[1] for r in about[6:16]}
    assert fields["Établi par"] == "Camille Martin"
    assert fields["Période du"] == datetime(2025, 6, 1)  # a date cell, not text
    assert fields["Noms des agents remplacés par des codes"] == "non"

    operators = _rows(wb["Opérateurs"])
    assert operators[0][0] == "Opérateurs par catégorie de taille et statut OEA"
    assert operators[1][0] == (
        f"Période du 2025-06-01 au {FROZEN_TODAY.isoformat()} (inclus). Statut en fin de période."
    )
    header = next(r for r in operators if r and r[0] == "Catégorie de taille")
    assert header[:6] == ["Catégorie de taille", "Autorisé", "Suspendue", "Demandeur", "Aucun",
                          "Total"]  # fmt: skip
    body = {r[0]: r for r in operators[operators.index(header) + 1 :] if r and r[0]}
    assert {"Micro", "Petite", "Moyenne", "Grande", "Toutes les PME", "Total"} <= set(body)
    assert all(isinstance(v, int) for v in body["Total"][1:6])  # numbers stay numbers

    actions = _rows(wb["Actions correctives"])
    header = next(r for r in actions if r and r[0] == "Gravité")
    assert "En retard en fin de période" in header
    assert {r[0] for r in actions[actions.index(header) + 1 :] if r} >= {"Mineur", "Majeur"}

    full = load_workbook(out)  # footers are not read in read-only mode
    ws = full["Opérateurs"]
    assert ws.oddFooter.left.text.startswith("Établi par Camille Martin le ")
    assert ws.oddFooter.right.text == "Page &P sur &N"
    assert full.properties.title == "Classeur ministériel AEO Desk"


@pytest.mark.usefixtures("spanish")
def test_ministry_workbook_in_spanish(demo_db: sqlite_utils.Database, tmp_path: Path) -> None:
    out = tmp_path / "ministerio.xlsx"
    _ministry(demo_db, out)
    wb = load_workbook(out, read_only=True)
    assert wb.sheetnames[:3] == ["Acerca de este archivo", "Operadores", "Solicitudes"]
    assert all(len(name) <= 31 for name in wb.sheetnames)
    training = _rows(wb["Formación"])
    assert training[0][0] == "Cumplimiento de la formación del personal"
    header = next(r for r in training if r and r[0] == "Curso")
    assert header[-1] == "Cumplimiento"


def test_a_period_error_in_french_names_the_dates(french: None) -> None:
    with pytest.raises(ValidationError) as caught:
        mr.check_period(date(2026, 3, 1), date(2026, 2, 1), today=date(2026, 6, 1))
    assert "la période se termine (2026-02-01) avant de commencer (2026-03-01)." in str(
        caught.value
    )


@pytest.mark.usefixtures("french")
def test_a_workbook_that_cannot_be_written_says_so_in_french(
    demo_db: sqlite_utils.Database, tmp_path: Path
) -> None:
    target = tmp_path / "absent" / "m.xlsx"
    with pytest.raises(DomainError) as caught:
        _ministry(demo_db, target)
    assert str(caught.value).startswith(f"Le classeur n'a pas pu être écrit dans {target} : ")


# --- the audit report -----------------------------------------------------------------------


@pytest.mark.usefixtures("french")
def test_audit_report_workbook_in_french(
    db: sqlite_utils.Database, frozen_clock: datetime, tmp_path: Path
) -> None:
    audit_id = _audit_with_an_action(db)
    report = audit_report.report_data(db, audit_id, actor=WHO)
    out = tmp_path / "rapport.xlsx"
    audit_report.write_xlsx(report, out)
    wb = load_workbook(out)
    assert wb.sheetnames == ["Résumé", "Liste de contrôle", "Constats et actions"]
    assert wb.properties.title == f"Rapport d'audit OEA sur site {report.reference}"

    summary = {r[0]: r[1] for r in wb["Résumé"].iter_rows(min_row=3, values_only=True) if r[0]}
    assert summary["Référence de l'audit"] == report.reference
    assert summary["Statut"] == cl.AuditStatus.FINALISED.label != "Finalised"
    assert summary["Points renseignés"] == "6 sur 6"
    assert isinstance(summary["Score global"], float)  # still a number cell
    assert summary["Généré par"] == "Camille Martin"

    checklist = list(wb["Liste de contrôle"].iter_rows(values_only=True))
    assert checklist[0][:5] == ("Section", "Point", "Exigence", "Critère", "Résultat")
    by_item = {r[1]: r for r in checklist[1:]}
    assert (by_item["A.1"][2], by_item["A.2"][2]) == ("Obligatoire", "Recommandé")
    assert by_item["A.2"][4] == cl.Result.NOT_MET.label == "Non satisfait"

    findings = list(wb["Constats et actions"].iter_rows(values_only=True))
    status = findings[0].index("Statut")
    assert findings[0][:2] == ("Point", "Exigence")
    assert findings[1][status] == cl.ActionStatus.OPEN.label != "Open"
    assert isinstance(findings[1][findings[0].index("Échéance")], datetime)


@pytest.mark.usefixtures("spanish")
def test_audit_report_workbook_in_spanish(
    db: sqlite_utils.Database, frozen_clock: datetime, tmp_path: Path
) -> None:
    report = audit_report.report_data(db, _audit_with_an_action(db), actor=WHO)
    out = tmp_path / "informe.xlsx"
    audit_report.write_xlsx(report, out)
    wb = load_workbook(out)
    assert wb.sheetnames == ["Resumen", "Lista de control", "Hallazgos y acciones"]
    assert wb["Resumen"]["A1"].value == f"Informe de auditoría OEA in situ {report.reference}"
    header = next(wb["Hallazgos y acciones"].iter_rows(max_row=1, values_only=True))
    assert header[-2:] == ("Verificado el", "Verificado por")


@pytest.mark.usefixtures("french")
def test_audit_pdf_texts_in_french(db: sqlite_utils.Database, frozen_clock: datetime) -> None:
    from desktop.ui.reports import audit_pdf

    report = audit_report.report_data(db, _audit_with_an_action(db), actor=WHO)
    html = audit_pdf.report_html(report)
    assert "<h1>Rapport d&#x27;audit OEA sur site</h1>" in html
    assert "Constats et actions correctives (1)" in html
    assert "Score global" in html and "Overall score" not in html
    assert audit_pdf.footer_text(report, 2, 3) == (
        f"Rapport d'audit OEA sur site {report.reference}   ·   généré le "
        f"{report.generated_at:%Y-%m-%d %H:%M} par Camille Martin avec AEO Desk   ·   "
        "page 2 sur 3"
    )


# --- the list exports -----------------------------------------------------------------------


@pytest.mark.usefixtures("french")
def test_list_exports_of_audits_and_actions_in_french(
    demo_db: sqlite_utils.Database, tmp_path: Path
) -> None:
    list_exports.export_kind(demo_db, "audits", tmp_path / "audits.xlsx")
    ws = load_workbook(tmp_path / "audits.xlsx", read_only=True)["Audits"]
    rows = _rows(ws)
    assert rows[0][:4] == ["Référence", "Début prévu", "Fin prévue", "Statut"]
    french_statuses = {s.label for s in cl.AuditStatus}
    assert {r[3] for r in rows[1:]} <= french_statuses
    assert "Finalised" not in french_statuses

    list_exports.export_kind(demo_db, "actions", tmp_path / "actions.xlsx")
    wb = load_workbook(tmp_path / "actions.xlsx")
    assert wb.sheetnames == ["Actions correctives"]
    ws = wb["Actions correctives"]
    assert ws.oddFooter.left.text.startswith("Exporté par ")
    rows = [list(r) for r in ws.iter_rows(values_only=True)]
    assert rows[0][:3] == ["Échéance", "Statut", "Jours de retard"]
    statuses = [r[1] for r in rows[1:]]
    assert statuses.count(cl.ActionStatus.OVERDUE.label) == 11  # as in English
    assert set(statuses) <= {s.label for s in cl.ActionStatus}
    assert all(isinstance(r[2], int) for r in rows[1:] if r[1] == cl.ActionStatus.OVERDUE.label)


@pytest.mark.usefixtures("french")
def test_contact_log_and_training_values_in_french(
    demo_db: sqlite_utils.Database, tmp_path: Path
) -> None:
    from desktop.domain.contacts import Channel

    list_exports.export_kind(demo_db, "contact-log", tmp_path / "log.xlsx")
    rows = _rows(load_workbook(tmp_path / "log.xlsx", read_only=True)["Journal des contacts"])
    assert rows[0][4] == "Canal"
    assert {r[4] for r in rows[1:]} <= {c.label for c in Channel}
    list_exports.export_kind(demo_db, "training-matrix", tmp_path / "m.xlsx")
    rows = _rows(load_workbook(tmp_path / "m.xlsx", read_only=True)["Matrice des formations"])
    assert "MSME" in rows[0]  # a course code is data: not translated


def test_an_unknown_list_in_spanish_names_it(spanish: None, tmp_path: Path) -> None:
    with pytest.raises(DomainError) as caught:
        list_exports.export_kind(None, "nope", tmp_path / "x.xlsx")  # type: ignore[arg-type]
    assert str(caught.value).startswith("No existe ninguna lista «nope» que exportar (conocidas: ")
