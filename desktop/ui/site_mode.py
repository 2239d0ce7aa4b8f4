"""Site mode: on an operator's premises, the window shows only that operator's cases and
audits, so that a screen turned towards the operator shows nothing of anyone else.

The caseload's query takes the operator (``CaseQuery.operator_id``), so the list is limited
in SQL. Audit rows carry ``operator_id`` and are filtered on it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import sqlite_utils
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from desktop.services import case_service, caseload_service
from desktop.services.caseload_service import CaseQuery
from desktop.ui import theme

#: The banner's frame: the same amber in both looks (it is a line, not text).
BANNER_LINE = "#f9ab00"


def banner_style() -> str:
    """The banner's style sheet in the current look: the warning note's background and text."""
    background, text = theme.surface("warn")
    return (
        f"QFrame#siteBanner {{ background: {background}; border: 1px solid {BANNER_LINE};"
        " border-radius: 6px; }"
        f"QLabel#siteBannerText {{ color: {text}; font-weight: 600; }}"
    )


@dataclass(frozen=True)
class SiteOperator:
    operator_id: int
    name: str

    @classmethod
    def of_case(cls, db: sqlite_utils.Database, case_id: int) -> SiteOperator:
        op = case_service.case_detail(db, case_id).operator
        return cls(int(op["id"]), op["name"])

    def narrow(self, query: CaseQuery) -> CaseQuery:
        """The caseload's query for this operator: its sort order, no other filter."""
        return CaseQuery(
            operator_id=self.operator_id, sort_key=query.sort_key, descending=query.descending
        )

    def case_ids(self, db: sqlite_utils.Database, query: CaseQuery | None = None) -> list[int]:
        """This operator's cases, in the order of ``query``'s sort."""
        return caseload_service.search_ids(db, self.narrow(query or CaseQuery()))

    def case_references(self, db: sqlite_utils.Database) -> set[str]:
        ids = self.case_ids(db)
        return {r["reference"] for r in caseload_service.rows_for(db, ids).values()}

    def keep_audits(self, rows: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
        return [r for r in rows if r.get("operator_id") == self.operator_id]

    @staticmethod
    def keep_actions(rows: Iterable[dict[str, Any]], references: set[str]) -> list[dict[str, Any]]:
        """Corrective actions (their rows name the case, not the operator)."""
        return [r for r in rows if r.get("case_reference") in references]


class SiteBanner(QWidget):
    """ "Site mode: <operator>", across the top of the window, with the way out (hidden, it
    takes no room)."""

    leave_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("siteBannerArea")
        frame = QFrame(self)
        frame.setObjectName("siteBanner")
        theme.style(frame, banner_style)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(8, 6, 8, 0)
        outer.addWidget(frame)
        row = QHBoxLayout(frame)
        row.setContentsMargins(12, 6, 6, 6)
        self.label = QLabel(frame)
        self.label.setObjectName("siteBannerText")
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.leave_button = QPushButton(self.tr("Leave site mode…"), frame)
        self.leave_button.setObjectName("leaveSiteMode")
        self.leave_button.clicked.connect(self.leave_requested)
        row.addWidget(self.label, 1)
        row.addWidget(self.leave_button)
        self.hide()

    def show_operator(self, site: SiteOperator | None) -> None:
        if site is None:
            self.hide()
            return
        text = (
            self.tr("Site mode: %1").replace("%1", site.name)
            + "  ·  "
            + self.tr("only this operator's cases and audits are shown")
        )
        self.label.setText(text)
        self.label.setAccessibleName(text)
        self.show()
