"""Names and notes in any script survive import, storage and export unchanged."""

from pathlib import Path

from openpyxl import Workbook, load_workbook

from desktop.services import imports, list_exports
from desktop.services.actor import Actor

NAMES = [
    "شركة الخليج للتجارة ش.م.م",  # Arabic
    "上海远洋物流有限公司",  # Chinese
    "Société Générale d'Entrepôts Ébène",  # accents
    "Zoë & Søren Ålborg Freight — “quoted”",
]


def test_unicode_names_round_trip_through_import_and_export(db, tmp_path: Path) -> None:
    source = tmp_path / "operators.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.append(["Name", "EORI", "Headcount", "Address"])
    for n, name in enumerate(NAMES, start=1):
        ws.append([name, f"FR{n:014d}", 12, f"{name}, 1 rue de l'Église"])
    wb.save(source)
    plan = imports.plan_import(db, "operators", source)
    assert not plan.errors, plan.errors
    imports.run_import(db, "operators", source, Actor("Test"))
    stored = {r[0] for r in db.conn.execute("SELECT name FROM operators")}
    assert set(NAMES) <= stored
    out = tmp_path / "export.xlsx"
    list_exports.KINDS["operators"](db, out)
    sheet = load_workbook(out, read_only=True).active
    sheet.reset_dimensions()
    rows = list(sheet.iter_rows(values_only=True))
    header = list(rows[0])
    names = {r[header.index("Operator")] for r in rows[1:]}
    addresses = {r[header.index("Address")] for r in rows[1:]}
    assert set(NAMES) <= names
    assert {f"{name}, 1 rue de l'Église" for name in NAMES} <= addresses
    # The same file again changes nothing.
    again = imports.plan_import(db, "operators", source)
    assert not again.errors
    assert db.conn.execute("SELECT count(*) FROM operators").fetchone()[0] == len(stored)
