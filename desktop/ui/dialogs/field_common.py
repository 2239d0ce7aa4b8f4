"""What the field-laptop wizards share: the package file row, the passphrase fields, the
progress area, the clear header of a package, and the wizard that cannot be closed while its
worker runs.

``desktop.services.field_service`` does the work, Qt-free; each wizard collects input, runs one
service call on the worker (``run_field_job``) and shows the result. The service module is
imported when a wizard opens, not at start-up (it loads the cryptography library).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

import sqlite_utils
from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt, Signal, Slot
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from db.errors import SQL_ERRORS
from desktop.domain.errors import DomainError
from desktop.services import field_locks, field_service
from desktop.services.database import classify_storage_error, connect_worker
from desktop.ui import theme
from desktop.ui.context import AppContext
from desktop.ui.errors import show_error
from desktop.ui.workers import WorkerSignals, run_in_background

logger = logging.getLogger(__name__)

PACKAGE_SUFFIX = ".aeopkg"

Progress = Callable[[int, int, str], None]


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("FieldWizard", text, None, n)


def documents_folder() -> Path:
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents and Path(documents).is_dir() else Path.home()


def package_filter() -> str:
    return _tr("AEO Desk packages (*.aeopkg);;All files (*)")


def with_suffix(path: Path) -> Path:
    return path if path.suffix.lower() == PACKAGE_SUFFIX else path.with_name(path.name + ".aeopkg")


def human_size(size: int) -> str:
    if size < 1024:
        return _tr("%1 bytes").replace("%1", f"{size:,}")
    if size < 1024 * 1024:
        return _tr("%1 kB").replace("%1", f"{size / 1024:,.0f}")
    return _tr("%1 MB").replace("%1", f"{size / (1024 * 1024):,.1f}")


def short_time(iso: str) -> str:
    """``2026-06-15T10:00:00Z`` -> ``2026-06-15 10:00 UTC``."""
    if len(iso) >= 16 and iso[10] == "T":
        return f"{iso[:10]} {iso[11:16]}" + (" UTC" if iso.endswith("Z") else "")
    return iso


def header_lines(header: Any) -> list[tuple[str, str]]:
    """The clear header of a package as (label, value) pairs, to show before the passphrase."""
    extra = dict(header.extra or {})
    cases = int(extra.get("cases", 0) or 0)
    if header.kind == "checkout":
        what = _tr("Check-out package: %n case(s) from the office", cases)
        if extra.get("laptop"):
            what += " " + _tr("for %1").replace(
                "%1", field_locks.laptop_label(str(extra["laptop"]))
            )
    elif header.kind == "return":
        what = _tr("Return package: %n case(s) coming back from a laptop", cases)
        if extra.get("seq"):
            what += " " + _tr("(package #%1)").replace("%1", str(extra["seq"]))
    else:
        what = str(header.kind)
    return [
        (_tr("Unit"), header.unit_name),
        (_tr("Made by"), header.created_by),
        (_tr("Made on"), short_time(header.created_at)),
        (_tr("Contents"), what),
        (_tr("Made with"), _tr("AEO Desk %1").replace("%1", header.app_version)),
    ]


def run_field_job(
    parent: QWidget,
    db_path: Path,
    work: Callable[[sqlite_utils.Database, Progress], Any],
    *,
    on_success: Callable[[Any], None],
    on_failure: Callable[[BaseException], None],
    on_progress: Callable[[int, int, str], None],
    reader: bool = False,
) -> WorkerSignals:
    """Run ``work(db, progress)`` on the worker with its own connection to ``db_path``.

    Writers go to the one writer thread (SQLite wants one at a time); a preview may read
    beside it. Storage failures come back as known errors; anything else is passed on as it is
    (``show_error`` explains the field-lock refusals)."""

    def op(report: Progress) -> Any:
        db = connect_worker(db_path)
        try:
            return work(db, report)
        except SQL_ERRORS as exc:
            known = classify_storage_error(exc, str(db_path))
            if known is None:
                raise
            raise known from exc
        finally:
            db.close()

    job = run_in_background(
        parent, op=op, on_success=on_success, on_failure=on_failure, reader=reader
    )
    job.progress.connect(on_progress)
    return job


class PackageFileRow(QWidget):
    """A file path with a Choose… button: a package to write (``save``) or to read."""

    changed = Signal()

    def __init__(
        self,
        parent: QWidget | None,
        *,
        save: bool,
        title: str,
        default_name: Callable[[], str] | None = None,
        accessible_name: str = "",
    ) -> None:
        super().__init__(parent)
        self._save = save
        self._title = title
        self._default_name = default_name
        #: The person typed or chose a path: suggestions no longer replace it.
        self.user_set = False
        self.edit = QLineEdit(self)
        self.edit.setObjectName("packagePath")
        self.edit.setAccessibleName(accessible_name or title)
        self.edit.setPlaceholderText(
            self.tr("Where to write the package") if save else self.tr("Choose a package file")
        )
        self.edit.textChanged.connect(self._on_edit_text_changed)
        self.edit.textEdited.connect(self._on_edit_text_edited)
        self.button = QPushButton(self.tr("C&hoose…"), self)
        self.button.setObjectName("choosePackage")
        self.button.setAccessibleName(self.tr("Choose the package file"))
        self.button.clicked.connect(self._on_button_clicked)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(self.button)

    def path(self) -> Path | None:
        text = self.edit.text().strip()
        if not text:
            return None
        path = Path(text)
        return with_suffix(path) if self._save else path

    def set_path(self, path: Path | None) -> None:
        self.edit.setText("" if path is None else str(path))

    def suggest(self, name: str) -> None:
        """Prefill ``name`` in the folder already chosen (Documents at first)."""
        current = self.path()
        folder = current.parent if current is not None else documents_folder()
        self.set_path(folder / name)

    def choose(self) -> Path | None:
        current = self.path()
        if current is None and self._default_name is not None:
            current = documents_folder() / self._default_name()
        start = str(current or documents_folder())
        if self._save:
            chosen, _filter = QFileDialog.getSaveFileName(
                self, self._title, start, package_filter()
            )
        else:
            chosen, _filter = QFileDialog.getOpenFileName(
                self, self._title, start, package_filter()
            )
        if not chosen:
            return None
        path = with_suffix(Path(chosen)) if self._save else Path(chosen)
        self.user_set = True
        self.set_path(path)
        return path

    @Slot()
    def _on_button_clicked(self) -> None:
        self.choose()

    @Slot()
    def _on_edit_text_changed(self) -> None:
        self.changed.emit()

    @Slot(str)
    def _on_edit_text_edited(self, _text: str) -> None:
        self.user_set = True


class PassphraseFields(QWidget):
    """The unit passphrase: once to read a package, twice (with the rules said inline) to
    write one."""

    changed = Signal()

    def __init__(self, parent: QWidget | None, *, confirm: bool, minimum: int) -> None:
        super().__init__(parent)
        self._confirm = confirm
        self._minimum = minimum
        self.first = QLineEdit(self)
        self.first.setObjectName("passphrase")
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.first.setAccessibleName(self.tr("Unit passphrase"))
        self.second = QLineEdit(self)
        self.second.setObjectName("passphraseAgain")
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        self.second.setAccessibleName(self.tr("Unit passphrase, again"))
        self.hint = QLabel(self)
        self.hint.setObjectName("passphraseHint")
        self.hint.setWordWrap(True)
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        first_label = QLabel(self.tr("Unit &passphrase:"), self)
        first_label.setBuddy(self.first)
        form.addRow(first_label, self.first)
        if confirm:
            second_label = QLabel(self.tr("&Again:"), self)
            second_label.setBuddy(self.second)
            form.addRow(second_label, self.second)
        else:
            self.second.hide()
        form.addRow("", self.hint)
        for edit in (self.first, self.second):
            edit.textChanged.connect(self._on_text_changed)
        self._on_text_changed()

    def value(self) -> str:
        return self.first.text()

    def problem(self) -> str | None:
        """What is wrong with the entries, in a sentence (None: they will do)."""
        text = self.first.text()
        if not self._confirm:
            return None if text else self.tr("Type the unit passphrase.")
        if len(text) < self._minimum:
            return (
                self.tr("At least %1 characters (%2 so far).")
                .replace("%1", str(self._minimum))
                .replace("%2", str(len(text)))
            )
        if self.second.text() != text:
            return self.tr("The two entries differ.")
        return None

    def is_acceptable(self) -> bool:
        return self.problem() is None

    @Slot()
    def _on_text_changed(self) -> None:
        problem = self.problem()
        if self._confirm:
            ok = self.tr(
                "The passphrases match. Give it to the validator by another way than "
                "the file (in person, by phone)."
            )
            say(self.hint, problem or ok, "amber" if problem else "green")
        else:
            say(
                self.hint,
                self.tr("The unit's passphrase, as given with the package. It is not stored."),
                "muted",
            )
        self.changed.emit()


class ProgressArea(QWidget):
    """A progress bar and one line that says what the worker is doing, or what went wrong."""

    def __init__(self, parent: QWidget | None, name: str) -> None:
        super().__init__(parent)
        self.bar = QProgressBar(self)
        self.bar.setObjectName(f"{name}Progress")
        self.bar.setAccessibleName(self.tr("Progress"))
        self.bar.setRange(0, 1)
        self.bar.setValue(0)
        self.bar.setTextVisible(False)
        self.status = QLabel("", self)
        self.status.setObjectName(f"{name}Status")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar)
        layout.addWidget(self.status)

    def start(self, text: str) -> None:
        self.bar.setRange(0, 0)  # busy until the first report
        say(self.status, text)

    @Slot(int, int, str)
    def report(self, done: int, total: int, label: str) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(min(done, max(total, 1)))
        say(self.status, label)

    def finish(self, text: str = "") -> None:
        self.bar.setRange(0, 1)
        self.bar.setValue(1)
        say(self.status, text)

    def fail(self, text: str) -> None:
        self.bar.setRange(0, 1)
        self.bar.setValue(0)
        say(self.status, text, "red")

    def clear(self) -> None:
        self.bar.setRange(0, 1)
        self.bar.setValue(0)
        say(self.status, "")


def failure_text(exc: BaseException) -> str:
    """The line under the progress bar when a job failed (the box says the rest)."""
    if isinstance(exc, DomainError):
        return str(exc)
    return _tr("It did not work; nothing was changed.")


class JobPage(QWizardPage):
    """A page whose Next (or commit) button runs a job on the worker first.

    ``validatePage`` starts :meth:`start_job` and says "not yet"; when the job has succeeded
    the page moves the wizard on. A failure leaves the page as it was, with the message under
    the progress bar, so that the person can correct the passphrase or the file and try again.
    """

    def __init__(self, parent: QWidget | None, name: str) -> None:
        super().__init__(parent)
        self.progress = ProgressArea(self, name)
        self.result: Any = None
        self._done = False
        self.job: WorkerSignals | None = None

    # Subclasses: the work, and what to say while it runs.
    def start_job(self) -> WorkerSignals | None:
        raise NotImplementedError

    def job_succeeded(self, result: Any) -> bool:
        """Called with the result; return False to stay on this page."""
        return True

    def job_failed(self, exc: BaseException) -> None:
        self.progress.fail(failure_text(exc))
        show_error(self, exc)

    def field_wizard(self) -> FieldWizard:
        return self.wizard()  # type: ignore[return-value]

    def inputs_changed(self) -> None:
        """Any input of this page changed: the job has to run again."""
        self._done = False
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        wizard = self.wizard()
        if isinstance(wizard, FieldWizard) and wizard.running:
            return False
        return self.inputs_ready()

    def inputs_ready(self) -> bool:
        return True

    def validatePage(self) -> bool:
        if self._done:
            return True
        if self.field_wizard().running:
            return False
        job = self.start_job()
        if job is not None:
            self.job = job
            self.field_wizard().set_running(True)
        return False

    def _on_job_progress(self, done: int, total: int, label: str) -> None:
        self.progress.report(done, total, label)

    def _on_job_success(self, result: Any) -> None:
        self.field_wizard().set_running(False)
        self.result = result
        if self.job_succeeded(result):
            self._done = True
            self.field_wizard().next()

    def _on_job_failure(self, exc: BaseException) -> None:
        self.field_wizard().set_running(False)
        self.job_failed(exc)

    def run(
        self,
        work: Callable[[sqlite_utils.Database, Progress], Any],
        busy_text: str,
        *,
        reader: bool = False,
    ) -> WorkerSignals:
        self.progress.start(busy_text)
        return run_field_job(
            self,
            self.field_wizard().ctx.path,
            work,
            on_success=self._on_job_success,
            on_failure=self._on_job_failure,
            on_progress=self._on_job_progress,
            reader=reader,
        )


class ReadPackagePage(JobPage):
    """The unit passphrase for the package chosen on the page before, then the job that reads
    it. Subclasses give the job (:meth:`read`); the wizard has a ``package`` page."""

    def __init__(self, wizard: FieldWizard, name: str, *, subtitle: str) -> None:
        super().__init__(wizard, name)
        self.setTitle(self.tr("Unit passphrase"))
        self.setSubTitle(subtitle)
        self.passphrase = PassphraseFields(self, confirm=False, minimum=0)
        layout = QVBoxLayout(self)
        layout.addWidget(self.passphrase)
        layout.addStretch(1)
        layout.addWidget(self.progress)
        self.passphrase.changed.connect(self.inputs_changed)

    def read(self, path: Path, passphrase: str) -> WorkerSignals | None:
        raise NotImplementedError

    def initializePage(self) -> None:
        self.progress.clear()
        self.passphrase.first.setFocus()

    def inputs_ready(self) -> bool:
        return self.passphrase.is_acceptable()

    def start_job(self) -> WorkerSignals | None:
        path = self.wizard().package.path()  # type: ignore[attr-defined]
        assert path is not None
        return self.read(path, self.passphrase.value())


class WritePackagePage(JobPage):
    """The unit passphrase twice, the file to write, then the job that writes the package.
    Subclasses give the suggested file name and the job (:meth:`write`)."""

    def __init__(
        self,
        wizard: FieldWizard,
        name: str,
        *,
        subtitle: str,
        commit_text: str,
        save_title: str,
    ) -> None:
        super().__init__(wizard, name)
        self.setTitle(self.tr("Passphrase and file"))
        self.setSubTitle(subtitle)
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, commit_text)
        self.passphrase = PassphraseFields(self, confirm=True, minimum=field_service.MIN_PASSPHRASE)
        self.file_row = PackageFileRow(
            self,
            save=True,
            title=save_title,
            default_name=self.default_name,
            accessible_name=self.tr("Package file to write"),
        )
        file_label = QLabel(self.tr("Sa&ve as:"), self)
        file_label.setBuddy(self.file_row.edit)
        form = QFormLayout()
        form.addRow(file_label, self.file_row)
        layout = QVBoxLayout(self)
        layout.addWidget(self.passphrase)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.progress)
        self.passphrase.changed.connect(self.inputs_changed)
        self.file_row.changed.connect(self.inputs_changed)

    def default_name(self) -> str:
        raise NotImplementedError

    def write(self, path: Path, passphrase: str) -> WorkerSignals | None:
        """Start the job that writes the package at ``path``."""
        raise NotImplementedError

    def initializePage(self) -> None:
        if not self.file_row.user_set:  # what the name is made of may have changed since
            self.file_row.suggest(self.default_name())
        self.progress.clear()

    def inputs_ready(self) -> bool:
        return self.passphrase.is_acceptable() and self.file_row.path() is not None

    def start_job(self) -> WorkerSignals | None:
        path = self.file_row.path() or self.file_row.choose()
        if path is None or (path.exists() and not confirm_replace(self, path)):
            return None
        return self.write(path, self.passphrase.value())

    def job_succeeded(self, result: Any) -> bool:
        self.progress.finish(self.tr("Done."))
        self.field_wizard().changed.emit()
        return True


class FieldWizard(QWizard):
    """A wizard that cannot be cancelled or closed while its worker is writing. ``changed``
    says that the database was changed (the main window refreshes)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None, ctx: AppContext, name: str, title: str) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(title)
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.HaveHelpButton, False)
        self.ctx = ctx
        self._running = False

    @property
    def running(self) -> bool:
        return self._running

    def set_running(self, running: bool) -> None:
        self._running = running
        page = self.currentPage()
        if page is not None:
            page.completeChanged.emit()  # Next / commit follow isComplete()
        for which in (QWizard.WizardButton.BackButton, QWizard.WizardButton.CancelButton):
            button = self.button(which)
            if button is not None:
                button.setEnabled(not running)
        self.setCursor(Qt.CursorShape.BusyCursor if running else Qt.CursorShape.ArrowCursor)

    # The worker calls back into the pages: the wizard stays open until it has finished.
    def reject(self) -> None:
        if not self._running:
            super().reject()

    def done(self, result: int) -> None:
        if not self._running:
            super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._running:
            event.ignore()
            return
        super().closeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._running and event.key() == Qt.Key.Key_Escape:
            event.accept()
            return
        super().keyPressEvent(event)


def say(label: QLabel, text: str, meaning: str = "") -> None:
    """Show ``text`` in ``label``, in the colour of ``meaning`` (theme.colour; "": the
    palette's own), in either look."""
    label.setText(text)
    theme.style(label, lambda: f"color: {theme.colour(meaning)};" if meaning else "")


def intro_label(parent: QWidget, text: str) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def header_form(parent: QWidget) -> tuple[QFormLayout, list[QLabel]]:
    """A form of five value labels for :func:`header_lines`."""
    form = QFormLayout()
    values = []
    for _ in range(5):
        name = QLabel("", parent)
        value = QLabel("", parent)
        value.setWordWrap(True)
        value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(name, value)
        values.append(name)
        values.append(value)
    return form, values


def show_header(labels: list[QLabel], header: Any | None) -> None:
    lines = header_lines(header) if header is not None else []
    for i in range(0, len(labels), 2):
        pair = lines[i // 2] if i // 2 < len(lines) else ("", "")
        labels[i].setText(f"{pair[0]}:" if pair[0] else "")
        labels[i + 1].setText(pair[1])


def confirm_replace(parent: QWidget, path: Path) -> bool:
    """Ask before a package replaces a file of the same name (typed, not chosen: the file
    dialog asks by itself)."""
    answer = QMessageBox.question(
        parent,
        _tr("Replace the file?"),
        _tr("%1 exists already. Replace it?").replace("%1", path.name),
    )
    return answer == QMessageBox.StandardButton.Yes
