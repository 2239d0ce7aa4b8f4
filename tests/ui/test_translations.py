"""French and Spanish: every entry translated, the compiled files current, and the window and
a dialog built in French when French is chosen."""

from __future__ import annotations

import filecmp
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel

from desktop.ui import i18n
from desktop.ui.errors import set_quiet
from desktop.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))
import translations  # noqa: E402  (tools/translations.py)


def _translation(lang: str, context: str, source: str) -> str:
    tree = ET.parse(translations.ts_path(lang))
    for ctx in tree.getroot().iter("context"):
        if ctx.findtext("name") == context:
            for message in ctx.iter("message"):
                if message.findtext("source") == source:
                    return message.findtext("translation") or ""
    raise LookupError((context, source))


@pytest.mark.parametrize("lang", translations.LANGUAGES)
def test_no_entry_is_left_unfinished(lang):
    assert translations.unfinished(lang) == []


@pytest.mark.parametrize("lang", translations.LANGUAGES)
def test_every_string_of_the_code_is_in_the_ts_file(lang, tmp_path):
    """lupdate on the code finds nothing the .ts file lacks (``make translations`` was run)."""
    fresh = tmp_path / f"fresh_{lang}.ts"
    subprocess.run(
        [str(Path(sys.executable).parent / "pyside6-lupdate"), *translations.sources(),
         "-ts", str(fresh)],
        cwd=ROOT, check=True, capture_output=True,
    )  # fmt: skip

    def keys(path):
        return {
            (c.findtext("name"), m.findtext("source"))
            for c in ET.parse(path).getroot().iter("context")
            for m in c.iter("message")
        }

    assert keys(fresh) <= keys(translations.ts_path(lang))


@pytest.mark.parametrize("lang", translations.LANGUAGES)
def test_the_shipped_qm_file_is_compiled_from_the_ts_file(lang, tmp_path):
    qm = tmp_path / f"aeo_desk_{lang}.qm"
    subprocess.run(
        [str(Path(sys.executable).parent / "pyside6-lrelease"), str(translations.ts_path(lang)),
         "-qm", str(qm)],
        check=True, capture_output=True,
    )  # fmt: skip
    assert filecmp.cmp(qm, translations.FOLDER / f"aeo_desk_{lang}.qm", shallow=False)


@pytest.fixture
def french():
    assert i18n.install("fr") == "fr"
    yield
    i18n.install("en")


def test_menus_and_a_dialog_read_in_french(qtbot, ui_ctx, french):
    set_quiet(True)
    window = MainWindow(ui_ctx)
    qtbot.addWidget(window)
    titles = [a.text() for a in window.menuBar().actions()]
    expected = _translation("fr", "MainWindow", "&File")
    assert expected and expected != "&File"
    assert titles[0] == expected
    assert window.menuBar().actions()[-1].text() == _translation("fr", "MainWindow", "&Help")
    from desktop.ui.dialogs.operator_dialog import OperatorDialog

    dialog = OperatorDialog(window, ui_ctx.db)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == _translation("fr", "OperatorDialog", "New operator")
    labels = {w.text() for w in dialog.findChildren(QLabel)}
    assert _translation("fr", "OperatorDialog", "&Name:") in labels
    window.close()


def test_states_from_the_domain_read_in_french_as_in_the_exports(qtbot, ui_ctx, french):
    """Statuses, severities, outcomes, size classes, channels and training states come from
    the domain's labels on screen, as in the exports: French, not the English of the code."""
    from desktop.domain.checklists import ActionStatus, Outcome, Severity
    from desktop.domain.contacts import Channel
    from desktop.domain.operators import SizeClass
    from desktop.domain.training import CellStatus
    from desktop.ui.dialogs.contact_history_dialog import ContactHistoryDialog
    from desktop.ui.models.training_matrix_model import TrainingMatrixModel

    assert ActionStatus.OVERDUE.label == "En retard" and Severity.MAJOR.label == "Majeur"
    set_quiet(True)
    window = MainWindow(ui_ctx)
    qtbot.addWidget(window)
    window.show_page(MainWindow.AUDITS)
    page = window.audits
    page.window_spin.setValue(365)
    follow = page.follow_model.rows()
    assert follow
    for n, r in enumerate(follow):
        status = ActionStatus(r["follow_up_status"])
        assert page.follow_model.index(n, 1).data() == status.label != status.english
        severity = Severity(r["severity"]).label
        assert page.follow_model.index(n, 4).data() == f"{r['item_code']} ({severity})"
    page.scope_combo.setCurrentIndex(2)  # all audits: the finalised ones have an outcome
    audits = page.audit_model.rows()
    outcomes = [
        (n, Outcome(a["outcome"]).label) for n, a in enumerate(audits) if a["outcome"] is not None
    ]
    assert outcomes
    for n, label in outcomes:
        assert page.audit_model.index(n, 8).data().startswith(label + " · ")

    audit = next(a for a in follow if a["follow_up_status"] == "overdue")
    page.open_audit(audit["audit_id"])
    findings = page.checklist.findings_model.rows()
    assert findings
    for n, f in enumerate(findings):
        assert page.checklist.findings_model.index(n, 1).data() == Severity(f["severity"]).label
    actions = page.checklist.actions_model.rows()
    assert {page.checklist.actions_model.index(n, 4).data() for n in range(len(actions))} == {
        ActionStatus(a["follow_up_status"]).label for a in actions
    }

    op_id, size = ui_ctx.db.conn.execute(
        "SELECT o.id, o.size_class FROM operators o JOIN contact_log l ON l.operator_id = o.id "
        "WHERE o.size_class = 'small' LIMIT 1"
    ).fetchone()
    dialog = ContactHistoryDialog(window, ui_ctx.db, op_id, ui_ctx.actor)
    qtbot.addWidget(dialog)
    assert f" · {SizeClass(size).label} · " in dialog.header.text()
    assert SizeClass(size).label == "Petite"
    logged = dialog.log_model.rows()
    assert logged
    for n, entry in enumerate(logged):
        assert dialog.log_model.index(n, 1).data() == Channel(entry["channel"]).label

    model = TrainingMatrixModel()
    assert [model.label(s) for s in CellStatus] == [s.label for s in CellStatus]
    assert model.label(CellStatus.EXPIRED) == "Expirée"
    dialog.close()
    window.close()
