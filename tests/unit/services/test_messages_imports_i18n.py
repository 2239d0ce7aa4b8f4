"""Import problems, refusals, summaries and parse errors follow the chosen language, while the
headers, sheet names and choice words the importer matches stay English."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlite_utils
from openpyxl import Workbook, load_workbook

from desktop.domain import i18n
from desktop.domain.errors import ValidationError
from desktop.domain.parsing import parse_amount, parse_count
from desktop.services import imports
from desktop.services.actor import Actor
from desktop.services.imports import ImportRefusedError

HEADER = ["Name", "EORI", "Headcount", "Turnover (EUR)", "Roles"]


def _xlsx(path: Path, rows: list[list[object]]) -> Path:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Operators"
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


def test_a_bad_row_is_reported_in_french_with_its_row(
    db: sqlite_utils.Database, tmp_path: Path, french: None
) -> None:
    path = _xlsx(
        tmp_path / "opérateurs.xlsx",
        [
            HEADER,  # the English headers are still matched under French
            ["Bon SA", "FR10000000001", 12, 1_500_000, "importer"],
            ["Mauvais SA", "FR10000000002", "abc", 1_500_000, "importer"],
            ["Pirates SA", "FR10000000003", 5, "beaucoup", "importer, pirate"],
        ],
    )
    plan = imports.plan_import(db, "operators", path)
    lines = [str(e) for e in plan.errors]
    assert "Ligne 3, Effectif : 'abc' n'est pas un nombre entier." in lines
    assert "Ligne 4, Chiffre d'affaires (EUR) : 'beaucoup' n'est pas un montant en EUR." in lines
    assert "Ligne 4, Rôles : inconnu : 'pirate' ; les choix sont importer, exporter, " in "\n".join(
        lines
    )
    assert plan.to_add == 1  # the good row matched its English headers
    assert plan.summary().startswith(
        "opérateurs.xlsx (opérateurs) : 1 à ajouter, 0 à mettre à jour, 0 inchangé(s), 3 erreurs."
    )
    with pytest.raises(ImportRefusedError) as refused:
        imports.run_import(db, "operators", path, Actor("Importeur"))
    assert str(refused.value).startswith(
        "Rien n'a été importé : opérateurs.xlsx comporte 3 erreurs.\nLigne 3, Effectif : "
    )


def test_file_and_header_problems_in_french(
    db: sqlite_utils.Database, tmp_path: Path, french: None
) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("hello")
    assert [str(e) for e in imports.plan_import(db, "operators", notes).errors] == [
        "Fichier : notes.txt : seuls les fichiers .xlsx et .csv peuvent être importés."
    ]
    missing = tmp_path / "m.csv"
    missing.write_text("Name,EORI\nA,FR1\n", encoding="utf-8")
    # A missing header is named as it must be typed: in English.
    assert [str(e) for e in imports.plan_import(db, "operators", missing).errors] == [
        "Ligne 1, Headcount : cette colonne obligatoire manque dans l'en-tête."
    ]


def test_a_csv_row_problem_in_spanish(
    db: sqlite_utils.Database, tmp_path: Path, spanish: None
) -> None:
    path = tmp_path / "personal.csv"
    path.write_text(
        "Name;Email;Capacity;Active from\n"
        "Ana Ruiz;ana.ruiz@aduana.example;1,5,0;2024-09-01\n"
        "Luis Gil;no-es-correo;3;2024-13-40\n",
        encoding="utf-8",
    )
    lines = [str(e) for e in imports.plan_import(db, "staff", path).errors]
    assert "Fila 2, Capacidad: '1,5,0' no es un número (0 o más, como 7.5)." in lines
    assert (
        "Fila 3, Correo electrónico: 'no-es-correo' no es una dirección de correo electrónico."
        in (lines)
    )
    assert "Fila 3, Inicio de actividad: '2024-13-40' no es una fecha del calendario." in lines


def test_parse_errors_in_spanish_keep_the_english_field(spanish: None) -> None:
    with pytest.raises(ValidationError) as info:
        parse_count("1,5", "Headcount")
    assert info.value.fields == ["Headcount"]  # the UI finds its widget by it
    assert str(info.value) == (
        "Plantilla: '1,5' no es un número entero (una coma solo puede separar los millares, "
        "como en 1,500)."
    )
    with pytest.raises(ValidationError) as amount:
        parse_amount("1,50,000", "Turnover (EUR)")
    assert str(amount.value).startswith("Volumen de negocios (EUR): '1,50,000' no es un importe")
    with pytest.raises(ValidationError) as negative:
        parse_count("-3", "Headcount")
    assert str(negative.value) == "Plantilla: no puede ser negativo."


def test_the_template_explains_in_french_but_keeps_the_names_it_matches(
    db: sqlite_utils.Database, tmp_path: Path, french: None
) -> None:
    path = tmp_path / "modele.xlsx"
    imports.template_workbook("training", path)
    lay = imports.layout("training")
    wb = load_workbook(path)
    assert wb.sheetnames == ["Training records", "Example", "Read me"]
    assert [c.value for c in wb[lay.sheet][1]][:3] == ["Staff email", "Staff name", "Course code"]
    readme = [c.value for row in wb["Read me"].iter_rows() for c in row if c.value]
    assert "Comment le remplir" in readme
    assert "L'une des valeurs : passed, failed, attended." in readme
    assert lay.matched_by in readme and lay.matched_by.startswith("Un enregistrement est")
    assert imports.layout("staff").description.startswith("Personnel douanier")


@pytest.mark.parametrize("code", ["fr", "es"])
def test_every_layout_text_has_a_translation(code: str) -> None:
    """The layouts' texts are data, not ``_("…")`` calls: the catalog checker cannot see them."""
    catalog = i18n.catalog(code)
    texts = {"VAT", "TIN"}  # the schemes named in "is needed for the {scheme}"
    for lay in imports.LAYOUTS.values():
        texts |= {lay.about, lay.matching}
        texts |= {c.title for c in lay.columns} | {c.help for c in lay.columns}
    assert sorted(t for t in texts if t not in catalog) == []
