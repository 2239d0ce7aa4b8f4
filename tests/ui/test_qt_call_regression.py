"""PySide6 6.12.0 on Python 3.11 drops a reference to None on every void Qt call and aborts
after about 5,000 of them (platform notes). Short tests hide it; this one makes tens of
thousands of such calls in one process, in a child so that an abort is a failure, not a
crash of the whole run."""

import subprocess
import sys
import textwrap


def test_tens_of_thousands_of_void_qt_calls_do_not_abort() -> None:
    code = textwrap.dedent(
        """
        from PySide6.QtCore import QModelIndex
        from PySide6.QtWidgets import QApplication, QLabel
        from PySide6.QtGui import QStandardItemModel
        app = QApplication([])
        label = QLabel()
        model = QStandardItemModel(0, 1)
        for i in range(30000):
            label.setText(str(i))
            label.resize(100 + i % 7, 20)
        for i in range(5000):
            model.beginInsertRows(QModelIndex(), 0, 0)
            model.endInsertRows()
        print("ok", label.text())
        """
    )
    proc = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=120,
        env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert proc.stdout.strip() == "ok 29999"
