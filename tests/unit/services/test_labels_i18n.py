"""Labels from the domain and the list exports follow the chosen language."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
import sqlite_utils
from openpyxl import load_workbook

from desktop.domain import checklists as cl
from desktop.domain import i18n
from desktop.domain.cases import (
    ACTION_LABELS,
    STATE_LABELS,
    CaseKind,
    CaseState,
    Priority,
    action_label,
)
from desktop.domain.operators import SUPPLY_CHAIN_ROLES, SizeClass, supply_chain_role_label
from desktop.services import list_exports
from tests.helpers.builders import make_case

LABEL_ENUMS = (CaseKind, Priority, SizeClass, cl.Result, cl.Severity, cl.Outcome)


def _export_texts() -> set[str]:
    """Headers and sheet names written as literals in list_exports."""
    tree = ast.parse(Path(list_exports.__file__).read_text(encoding="utf-8"))
    texts = {"Yes", "No"}
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id in ("ExportColumn", "export_rows")
            and len(node.args) > 1
            and isinstance(node.args[1], ast.Constant)
        ):
            texts.add(node.args[1].value)
    return texts


def _english_labels() -> set[str]:
    i18n.set_language("en")
    labels = set(STATE_LABELS.values()) | set(ACTION_LABELS.values())
    for enum in LABEL_ENUMS:
        labels |= {member.label for member in enum}
    labels |= {supply_chain_role_label(role) for role in SUPPLY_CHAIN_ROLES}
    return labels | _export_texts()


def test_unknown_language_is_english() -> None:
    i18n.set_language("de")
    assert i18n.language() == "en"
    assert CaseState.RECEIVED.label == "Received"


def test_english_is_unchanged() -> None:
    i18n.set_language("en")
    assert CaseState.UNDER_EXAMINATION.label == "Under examination"
    assert CaseKind.INITIAL.label == "Initial application"
    assert SizeClass.SMALL.label == "Small"
    assert cl.Result.PARTIALLY_MET.label == "Partially met"
    assert action_label(CaseState.GRANTED) == "Grant authorisation"


@pytest.mark.usefixtures("french")
def test_domain_labels_in_french() -> None:
    assert CaseState.RECEIVED.label == "Reçue"
    assert CaseKind.REASSESSMENT.label == "Réexamen"
    assert SizeClass.SMALL.label == "Petite"
    assert cl.Severity.MAJOR.label == "Majeur"
    assert action_label(CaseState.GRANTED) == "Octroyer l'autorisation"


def test_domain_labels_in_spanish() -> None:
    i18n.set_language("es")
    try:
        assert CaseKind.INITIAL.label == "Solicitud inicial"
        assert SizeClass.MEDIUM.label == "Mediana"
        assert cl.Outcome.NOT_MET.label == "No cumplido"
    finally:
        i18n.set_language("en")


@pytest.mark.usefixtures("french")
def test_case_export_has_french_headers(db: sqlite_utils.Database, tmp_path: Path) -> None:
    make_case(db)
    out = tmp_path / "cases.xlsx"
    assert list_exports.export_kind(db, "cases", out) == 1
    wb = load_workbook(out, read_only=True)
    try:
        ws = wb.worksheets[0]
        assert ws.title == "Dossiers"
        rows = list(ws.iter_rows(values_only=True))
    finally:
        wb.close()
    header, row = rows[0], rows[1]
    assert header[:4] == ("Référence", "Opérateur", "Taille", "Type")
    assert "État" in header and "Priorité" in header
    assert "Demande initiale" in row
    assert "Reçue" in row


@pytest.mark.parametrize("code", ["fr", "es"])
def test_every_label_is_translated(code: str) -> None:
    catalog = i18n.catalog(code)
    missing = sorted(_english_labels() - set(catalog))
    assert not missing, f"labels_{code}.json lacks {missing}"
    assert all(text.strip() for text in catalog.values())


@pytest.mark.parametrize("code", ["fr", "es"])
def test_translated_sheet_names_fit_excel(db: sqlite_utils.Database, tmp_path: Path, code: str):
    """Excel cuts sheet names at 31 characters: every list export's sheet is named in full
    in each language, not cut."""
    make_case(db)
    titles: dict[str, tuple[list[str], list[str]]] = {}
    try:
        for lang in ("en", code):
            i18n.set_language(lang)
            for kind in list_exports.KINDS:
                out = tmp_path / f"{kind}-{lang}.xlsx"
                list_exports.export_kind(db, kind, out)
                wb = load_workbook(out, read_only=True)
                titles.setdefault(kind, ([], []))[lang != "en"].extend(wb.sheetnames)
                wb.close()
    finally:
        i18n.set_language("en")
    catalog = i18n.catalog(code)
    for kind, (english, translated) in titles.items():
        wanted = [catalog.get(t, t) for t in english]
        assert translated == wanted, f"{kind}: a sheet name was cut"
        assert all(len(t) <= 31 for t in wanted), f"{kind}: {wanted}"


@pytest.mark.usefixtures("french")
def test_supply_chain_roles_read_in_french() -> None:
    assert supply_chain_role_label("customs broker") == "représentant en douane"
    assert supply_chain_role_label("something else") == "something else"
