"""Screenshot of the checklist screen mid-audit (1366x768, the common laptop size).

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python tools/screenshot_audit.py DB OUT_DIR

Plans an audit on a copy of DB if none is in progress, answers a third of it by the keyboard
path (the same slots the keys call), attaches a generated photo, then takes the screen.
"""

from __future__ import annotations

import shutil
import struct
import sys
import tempfile
import zlib
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from desktop.domain.checklists import Result
from desktop.services import audit_service, clock
from desktop.services.actor import Actor
from desktop.services.database import open_database
from desktop.ui.context import AppContext
from desktop.ui.main_window import MainWindow
from desktop.ui.settings import Settings


def settle(ms: int = 400) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def png(width: int, height: int) -> bytes:
    rows = b"".join(
        b"\x00" + bytes(v for x in range(width) for v in (40 + x % 180, 90 + y % 120, 160))
        for y in range(height)
    )

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


def main() -> int:
    source, out = Path(sys.argv[1]), Path(sys.argv[2])
    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp())
    db_path = work / "audit.sqlite"
    shutil.copy(source, db_path)
    app = QApplication(sys.argv[:1])
    db = open_database(db_path)
    case_id, lead = db.conn.execute(
        "SELECT c.id, c.validator_id FROM cases c JOIN programmes p ON p.id = c.programme_id "
        "WHERE c.state = 'under_examination' AND p.code = 'AEOF' AND c.validator_id IS NOT NULL "
        "LIMIT 1"
    ).fetchone()
    actor = Actor("Screenshot", lead)
    audit_id = audit_service.plan_audit(
        db,
        audit_service.AuditPlan(case_id, clock.today(), clock.today() + timedelta(days=1), lead,
                                ("Main warehouse, 12 quai des Docks",)),
        actor,
    )  # fmt: skip
    window = MainWindow(AppContext(db=db, path=db_path, settings=Settings(work / "ui.ini")))
    window.setGeometry(app.primaryScreen().geometry())
    window.show()
    window.show_page(MainWindow.AUDITS)
    window.audits.open_audit(audit_id)
    page = window.audits.checklist
    settle()
    answers = [Result.MET] * 9 + [Result.PARTIALLY_MET] + [Result.MET] * 8 + [Result.NOT_MET]
    for r in answers:
        page.answer(r)
        if r.is_shortfall:
            page.note_edit.setPlainText(
                "Seal log kept on paper; two seal numbers missing for March."
            )
            page.save_note()
            page.go_next()
    photo = work / "seal-log.png"
    photo.write_bytes(png(320, 220))
    page.attach_files([photo])
    settle(600)
    app.primaryScreen().grabWindow(0).save(str(out / "audit-checklist.png"))
    page.tabs.setCurrentIndex(1)
    settle(300)
    app.primaryScreen().grabWindow(0).save(str(out / "audit-findings.png"))
    window.close()
    db.close()
    print(f"screenshots in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
