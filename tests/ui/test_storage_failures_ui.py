"""A form saved on a full disk or read-only media (issue 8, item 4): the dialog says why,
stays open with what was typed, and nothing is saved; once there is room, OK saves."""

from __future__ import annotations

import contextlib
import sqlite3

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from db.errors import StorageUnavailable
from desktop.ui.dialogs import form_dialog
from desktop.ui.main_window import MainWindow

UNLIMITED = 4294967294


def _operators(ui_ctx) -> int:
    return ui_ctx.db.conn.execute("SELECT count(*) FROM operators").fetchone()[0]


@pytest.mark.parametrize("failure", ["disk full", "read-only"])
def test_operator_form_on_a_full_or_read_only_disk_says_so_and_keeps_the_dialog_open(
    qtbot, window: MainWindow, ui_ctx, monkeypatch: pytest.MonkeyPatch, failure: str
) -> None:
    shown: list[BaseException] = []
    monkeypatch.setattr(form_dialog, "show_error", lambda parent, exc: shown.append(exc))
    db = ui_ctx.db
    if failure == "disk full":
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        pages = db.execute("PRAGMA page_count").fetchone()[0]
        db.execute(f"PRAGMA max_page_count = {pages}")
        # Fill the operators table's last pages, so that the next operator needs a new one.
        with contextlib.suppress(sqlite3.OperationalError):
            for n in range(100_000):
                db.conn.execute(
                    "INSERT INTO operators (uuid, name, headcount, size_class, created_at, "
                    "updated_at, address) VALUES (?, 'Filler', 1, 'micro', 'x', 'x', ?)",
                    [f"filler-{n}", "y" * 480],
                )
                db.conn.commit()
        db.conn.rollback()
    else:
        db.execute("PRAGMA query_only = ON")

    before = _operators(ui_ctx)
    dialog = window.caseload.request_edit_operator(None)
    dialog.name_edit.setText("Petite Fromagerie du Jura SARL")
    dialog.headcount_edit.setText("7")
    dialog.turnover_edit.setText("1.2M")
    dialog.address_edit.setPlainText("12 rue du Lac, 39000 Lons-le-Saunier. " * 12)
    dialog.ids_table.item(0, 2).setText("FR55512345678")
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    assert len(shown) == 1
    err = shown[0]
    assert isinstance(err, StorageUnavailable)
    expected = "The disk is full" if failure == "disk full" else "The database file is read-only"
    assert str(err).startswith(expected)
    assert dialog.isVisible()
    assert dialog.name_edit.text() == "Petite Fromagerie du Jura SARL"
    assert _operators(ui_ctx) == before
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"

    # Room again (or writable media back): the same OK saves, and the dialog closes.
    db.execute(f"PRAGMA max_page_count = {UNLIMITED}")
    db.execute("PRAGMA query_only = OFF")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert _operators(ui_ctx) == before + 1
    assert len(shown) == 1
