"""Screenshots of the field-laptop screens (1280x800).

    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python tools/screenshot_field.py DB OUT_DIR

On a copy of DB (the office) and a fresh laptop file: the check-out wizard, the caseload with
the cases out, then (the laptop answers part of an audit, the office forces a release and
answers the same items differently) the check-in wizard's conflicts page.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from desktop.domain.checklists import Result, Severity
from desktop.services import audit_service, field_service
from desktop.services.actor import Actor
from desktop.services.database import open_database
from desktop.ui.context import AppContext
from desktop.ui.errors import set_quiet
from desktop.ui.main_window import MainWindow
from desktop.ui.settings import Settings

PASS = "unit passphrase 2026"


def settle(ms: int = 400) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def wait_for(done: Callable[[], bool], what: str, seconds: float = 30) -> None:
    end = time.monotonic() + seconds
    while not done():
        if time.monotonic() > end:
            raise SystemExit(f"timed out waiting for {what}")
        settle(50)


def main() -> int:
    source, out = Path(sys.argv[1]), Path(sys.argv[2])
    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp())
    office_path, laptop_path = work / "office.sqlite", work / "laptop.sqlite"
    shutil.copy(source, office_path)
    app = QApplication(sys.argv[:1])
    set_quiet(True)
    office = open_database(office_path)
    # A case with an audit under way, and its validator's open caseload.
    audit_id, case_id, staff_id = office.conn.execute(
        "SELECT a.id, c.id, c.validator_id FROM audits a JOIN cases c ON c.id = a.case_id "
        "WHERE a.status = 'in_progress' AND c.is_open = 1 AND c.validator_id IS NOT NULL "
        "ORDER BY a.id LIMIT 1"
    ).fetchone()
    manager = Actor("Hélène Martin")
    ctx = AppContext(
        db=office, path=office_path, settings=Settings(work / "office.ini"), actor=manager
    )
    window = MainWindow(ctx)
    window.setGeometry(app.primaryScreen().geometry())
    window.show()
    settle()
    window.update_field_state()

    # 1. The check-out wizard, its first page.
    wizard = window.open_field_wizard("checkout")
    cases = wizard.cases  # type: ignore[attr-defined]
    cases.validator_combo.setCurrentIndex(cases.validator_combo.findData(staff_id))
    settle()
    app.primaryScreen().grabWindow(0).save(str(out / "field-checkout.png"))
    wizard.next()  # type: ignore[attr-defined]
    write = wizard.write  # type: ignore[attr-defined]
    write.passphrase.first.setText(PASS)
    write.passphrase.second.setText(PASS)
    package = work / "checkout.aeopkg"
    write.file_row.set_path(package)
    settle(200)
    wizard.next()  # type: ignore[attr-defined]
    wait_for(lambda: wizard.currentId() == wizard.RESULT, "the check-out")  # type: ignore[attr-defined]
    settle(200)
    wizard.close()

    # 2. The caseload: the validator's cases, out on the laptop.
    page = window.caseload
    bar = page.filter_bar
    bar.validator_combo.setCurrentIndex(bar.validator_combo.findData(staff_id))
    settle(600)
    window.open_case(case_id)
    settle()
    app.primaryScreen().grabWindow(0).save(str(out / "caseload-checked-out.png"))

    # The laptop works on the audit; the office releases the case and answers too.
    laptop = open_database(laptop_path)
    validator = Actor("Validator")
    field_service.open_package(laptop, package, PASS, validator)
    reference = office.conn.execute("SELECT uuid FROM audits WHERE id = ?", [audit_id]).fetchone()
    lap_audit = laptop.conn.execute(
        "SELECT id FROM audits WHERE uuid = ?", [reference[0]]
    ).fetchone()[0]
    lap_items = list(audit_service.checklist(laptop, lap_audit).items.values())[:3]
    office_items = list(audit_service.checklist(office, audit_id).items.values())[:3]
    for item in lap_items:
        audit_service.answer(
            laptop, lap_audit, item.id, Result.PARTIALLY_MET, validator,
            severity=Severity.MINOR, note="Seal log kept on paper; two numbers missing for March.",
        )  # fmt: skip
    field_service.return_cases(laptop, work / "return.aeopkg", PASS, validator)
    field_service.force_release(office, [case_id], "Operator asked for an urgent answer", manager)
    for item in office_items[:2]:
        audit_service.answer(
            office, audit_id, item.id, Result.NOT_MET, manager,
            severity=Severity.MAJOR, note="No seal log shown during the desk review.",
        )  # fmt: skip
    laptop.close()
    window.refresh()
    window.update_field_state()
    settle()

    # 3. The check-in wizard's conflicts page.
    wizard = window.open_field_wizard("checkin")
    wizard.package.file_row.set_path(work / "return.aeopkg")  # type: ignore[attr-defined]
    settle(200)
    wizard.next()  # type: ignore[attr-defined]
    wizard.preview.passphrase.first.setText(PASS)  # type: ignore[attr-defined]
    wizard.next()  # type: ignore[attr-defined]
    wait_for(lambda: wizard.currentId() == wizard.CONFLICTS, "the preview")  # type: ignore[attr-defined]
    conflicts = wizard.conflicts  # type: ignore[attr-defined]
    conflicts.case_tree.setCurrentItem(conflicts.case_tree.topLevelItem(0))
    conflicts.merge_radio.click()
    tree = conflicts.row_tree
    for i in range(tree.topLevelItemCount()):
        if tree.topLevelItem(i).text(1) == "answers":
            tree.setCurrentItem(tree.topLevelItem(i))
            break
    conflicts.laptop_radio.click()
    settle()
    app.primaryScreen().grabWindow(0).save(str(out / "field-checkin-conflicts.png"))
    wizard.close()
    window.close()
    office.close()
    print(f"screenshots in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
