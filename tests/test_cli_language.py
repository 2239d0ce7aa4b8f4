"""The command line speaks the user's language: ``--language``, ``AEO_DESK_LANG`` or the
locale decide the messages and the exports (issue 9)."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers.cli import run_cli
from openpyxl import load_workbook

from desktop.cli import cli_language


@pytest.mark.parametrize(
    ("choice", "environ", "expected"),
    [
        ("es", {"LANG": "fr_FR.UTF-8"}, "es"),
        (None, {"AEO_DESK_LANG": "fr", "LC_ALL": "C.UTF-8"}, "fr"),
        (None, {"LANGUAGE": "es:en", "LANG": "fr_FR.UTF-8"}, "es"),
        (None, {"LANGUAGE": "", "LC_ALL": "fr_CA.UTF-8"}, "fr"),
        (None, {"LC_ALL": "C.UTF-8", "LANG": "fr_FR.UTF-8"}, "en"),
        (None, {"LANG": "de_DE.UTF-8"}, "en"),
        (None, {}, "en"),
    ],
)
def test_the_language_of_a_command(choice, environ, expected) -> None:
    assert cli_language(choice, environ) == expected


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    home = tmp_path_factory.mktemp("home")
    path = home / "demo.sqlite"
    built = run_cli(["demo", "--db", str(path), "--seed", "3"], home)
    assert built.returncode == 0, built.stderr
    return path, home


def _first_sheet(path: Path) -> tuple[str, tuple]:
    wb = load_workbook(path, read_only=True)
    try:
        ws = wb.worksheets[0]
        return ws.title, next(ws.iter_rows(max_row=1, values_only=True))
    finally:
        wb.close()


def test_an_export_in_french_from_the_locale(demo, tmp_path) -> None:
    path, home = demo
    out = tmp_path / "cases.xlsx"
    done = run_cli(
        ["export", "cases", "--db", str(path), "--out", str(out)], home, env={"LC_ALL": "fr_FR"}
    )
    assert done.returncode == 0, done.stderr
    title, header = _first_sheet(out)
    assert title == "Dossiers"
    assert header[:2] == ("Référence", "Opérateur")


def test_an_export_in_spanish_by_option_and_english_by_default(demo, tmp_path) -> None:
    path, home = demo
    es, en = tmp_path / "es.xlsx", tmp_path / "en.xlsx"
    args = ["export", "cases", "--db", str(path), "--out"]
    assert run_cli(["--language", "es", *args, str(es)], home).returncode == 0
    assert run_cli([*args, str(en)], home).returncode == 0
    assert _first_sheet(es)[0] != _first_sheet(en)[0]
    assert _first_sheet(en)[1][:2] == ("Reference", "Operator")
    assert _first_sheet(es)[1][0] == "Referencia"
