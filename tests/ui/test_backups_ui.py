"""Automatic backups while the app runs, and the Restore dialog."""

import sqlite3

from PySide6.QtWidgets import QApplication

from desktop.domain.cases import CaseState
from desktop.services import case_service
from desktop.ui.dialogs.restore_dialog import RestoreDialog
from desktop.ui.main_window import MainWindow


def _backups(ui_ctx):
    return sorted((ui_ctx.path.parent / "backups").glob("*.sqlite"))


def _change_something(ui_ctx) -> int:
    case_id = ui_ctx.db.conn.execute(
        "SELECT id FROM cases WHERE state = 'received' LIMIT 1"
    ).fetchone()[0]
    case_service.transition(ui_ctx.db, case_id, CaseState.ACCEPTED, ui_ctx.actor)
    return case_id


def test_backs_up_only_when_something_changed(qtbot, window: MainWindow, ui_ctx) -> None:
    keeper = window.backups
    assert keeper.backup_if_changed() is None  # nothing changed yet
    assert _backups(ui_ctx) == []
    _change_something(ui_ctx)
    with qtbot.waitSignal(keeper.backed_up, timeout=10000):
        assert keeper.backup_if_changed() is not None
    made = _backups(ui_ctx)
    assert len(made) == 1 and made[0].name.endswith("-auto.sqlite")
    assert keeper.backup_if_changed() is None  # and not again until the next change
    # Closing the window after another change takes one more, right away.
    _change_something(ui_ctx)
    window.close()
    assert len(_backups(ui_ctx)) == 2


def test_restore_puts_the_backup_back_and_keeps_the_current_file(
    qtbot, window: MainWindow, ui_ctx, monkeypatch
) -> None:
    keeper = window.backups
    _change_something(ui_ctx)
    with qtbot.waitSignal(keeper.backed_up, timeout=10000):
        keeper.backup_if_changed()
    changed = _change_something(ui_ctx)  # made after the backup: the restore undoes it
    quits = []
    monkeypatch.setattr(QApplication, "quit", staticmethod(lambda: quits.append(1)))
    dialog = RestoreDialog(window, ui_ctx)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 1
    assert dialog.model.row(0)["ok"]
    assert dialog.restore(dialog.model.row(0))
    conn = sqlite3.connect(ui_ctx.path)
    state = conn.execute("SELECT state FROM cases WHERE id = ?", [changed]).fetchone()[0]
    conn.close()
    assert state == "received"
    kept = list(ui_ctx.path.parent.glob("*before-restore*.sqlite"))
    assert len(kept) == 1
    assert not keeper.enabled  # no backup of a closed connection on the way out


def test_a_damaged_file_is_found_by_the_quick_check_on_open(qtbot, ui_ctx) -> None:
    """Damage pages in the middle of the file (the timelines), then open the window."""
    db = ui_ctx.db
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    page_size = db.execute("PRAGMA page_size").fetchone()[0]
    root = db.execute(
        "SELECT rootpage FROM sqlite_master WHERE name = 'case_events_case'"
    ).fetchone()[0]
    with ui_ctx.path.open("r+b") as fh:
        fh.seek((root - 1) * page_size + 8)
        fh.write(b"\xde\xad\xbe\xef" * 200)
    window = MainWindow(ui_ctx)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: hasattr(window, "damaged_box"), timeout=10000)
    assert "quick check" in window.damaged_box.text()


def test_a_sound_file_passes_the_quick_check_quietly(qtbot, window: MainWindow) -> None:
    from desktop.ui import workers

    qtbot.waitUntil(lambda: window.integrity_job not in workers._live, timeout=10000)
    qtbot.wait(50)
    assert not hasattr(window, "damaged_box")


def test_the_backup_folder_can_be_moved_to_a_share(
    qtbot, window: MainWindow, ui_ctx, tmp_path, monkeypatch
) -> None:
    from PySide6.QtWidgets import QFileDialog

    share = tmp_path / "unit-share"
    share.mkdir()
    monkeypatch.setattr(
        QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: str(share))
    )
    window.backup_folder_action.trigger()
    _change_something(ui_ctx)
    with qtbot.waitSignal(window.backups.backed_up, timeout=10000):
        window.backups.backup_if_changed()
    assert len(list(share.glob("*-auto.sqlite"))) == 1
