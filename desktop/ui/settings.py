"""UI state only (geometry, header and splitter state, last folder, who is acting, when the
window locks itself, the light or dark look), in QSettings INI files. Every key is declared
here, with its type and default."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, QStandardPaths

ORGANISATION = "AEO Desk"
APPLICATION = "AEO Desk"


class Settings:
    def __init__(self, path: str | Path | None = None) -> None:
        if path is None:
            self._s = QSettings(
                QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION, APPLICATION
            )
        else:
            self._s = QSettings(str(path), QSettings.Format.IniFormat)

    def _bytes(self, key: str) -> QByteArray:
        value = self._s.value(key, QByteArray(), type=QByteArray)
        return value if isinstance(value, QByteArray) else QByteArray()

    def geometry(self, name: str) -> QByteArray:
        return self._bytes(f"geometry/{name}")

    def set_geometry(self, name: str, value: QByteArray) -> None:
        self._s.setValue(f"geometry/{name}", value)

    def state(self, name: str) -> QByteArray:
        return self._bytes(f"state/{name}")

    def set_state(self, name: str, value: QByteArray) -> None:
        self._s.setValue(f"state/{name}", value)

    def acting_staff_id(self) -> int:
        return int(self._s.value("session/acting_staff_id", 0, type=int))

    def set_acting_staff_id(self, staff_id: int | None) -> None:
        self._s.setValue("session/acting_staff_id", int(staff_id or 0))

    def last_database(self) -> str:
        return str(self._s.value("session/last_database", "", type=str))

    def set_last_database(self, path: str) -> None:
        self._s.setValue("session/last_database", path)

    def due_within_days(self) -> int:
        return int(self._s.value("caseload/due_within_days", 14, type=int))

    def set_due_within_days(self, days: int) -> None:
        self._s.setValue("caseload/due_within_days", int(days))

    def backup_folder(self) -> str:
        return str(self._s.value("backup/folder", "", type=str))

    def set_backup_folder(self, folder: str) -> None:
        self._s.setValue("backup/folder", folder)

    def idle_lock_minutes(self) -> int:
        """Lock the window after this many minutes without keyboard or mouse input (0: never)."""
        return max(0, int(self._s.value("security/idle_lock_minutes", 10, type=int)))

    def set_idle_lock_minutes(self, minutes: int) -> None:
        self._s.setValue("security/idle_lock_minutes", max(0, int(minutes)))

    def appearance(self) -> str:
        """The look: "system" (follow the operating system), "light" or "dark"."""
        value = str(self._s.value("view/appearance", "system", type=str))
        return value if value in ("system", "light", "dark") else "system"

    def set_appearance(self, value: str) -> None:
        self._s.setValue("view/appearance", value if value in ("light", "dark") else "system")

    def language(self) -> str:
        """The interface language: "system" (follow the operating system), "en", "fr", "es"."""
        value = str(self._s.value("view/language", "system", type=str))
        return value if value in ("system", "en", "fr", "es") else "system"

    def set_language(self, value: str) -> None:
        self._s.setValue("view/language", value if value in ("en", "fr", "es") else "system")

    def sync(self) -> None:
        self._s.sync()


def app_data_dir() -> Path:
    folder = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def default_database_path() -> Path:
    return app_data_dir() / "aeo-desk.sqlite"
