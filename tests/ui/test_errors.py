"""One way to show errors: field problems, storage problems, and bugs."""

from PySide6.QtWidgets import QMessageBox

from db.errors import NotAnAeoDatabaseError, StorageUnavailable
from desktop.domain.errors import ValidationError
from desktop.ui.errors import message_box


def test_validation_errors_list_each_field(qtbot) -> None:
    box = message_box(
        None, ValidationError({"Name": "is required.", "Headcount": "cannot be negative."})
    )
    qtbot.addWidget(box)
    assert box.icon() == QMessageBox.Icon.Warning
    assert "Name: is required." in box.informativeText()
    assert "Headcount: cannot be negative." in box.informativeText()
    assert box.detailedText() == ""


def test_storage_problems_say_what_and_where(qtbot) -> None:
    box = message_box(None, StorageUnavailable("The disk is full (/data/aeo.sqlite)"))
    qtbot.addWidget(box)
    assert box.icon() == QMessageBox.Icon.Critical
    assert "could not read or write" in box.text()
    assert "/data/aeo.sqlite" in box.informativeText()
    other = message_box(None, NotAnAeoDatabaseError("x.sqlite is not an AEO Desk database"))
    qtbot.addWidget(other)
    assert other.text() == "x.sqlite is not an AEO Desk database"


def test_bugs_get_a_crash_dialog_with_the_traceback(qtbot) -> None:
    try:
        {}["missing"]
    except KeyError as exc:
        box = message_box(None, exc)
    qtbot.addWidget(box)
    assert "Something went wrong" in box.text()
    assert "KeyError" in box.detailedText()
