"""The right-hand pane of the caseload: the case, its operator, its legal next steps and
its timeline.

Keyboard: Alt+N goes to the next steps (the first, or the one last used); each button has
its own Alt+letter (Plan &audit, A&ssign, &Edit case, Edit &operator...), free of the menu
bar's letters; after a change the focus stays on the same step (or the first one) when the
buttons are made again.

Narrow panes and long translations: the next steps flow onto as many rows as the pane's width
needs (:class:`FlowLayout`), the field labels wrap, and nothing has a minimum width wider
than a few words, so the pane never cuts its content off on the right.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from itertools import pairwise

from PySide6.QtCore import QPoint, QRect, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QLayoutItem,
    QMainWindow,
    QMenu,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import timeline
from desktop.domain.cases import CaseKind, CaseState, Priority, action_label, needs_reason
from desktop.domain.operators import SizeClass, supply_chain_role_label
from desktop.services import clock
from desktop.services.case_service import CaseDetail
from desktop.ui import theme
from desktop.ui.keys import mnemonic, with_mnemonic
from desktop.ui.secure_clipboard import copy_sensitive

STATE_COLOURS = {
    "open": ("#e8f0fe", "#174ea6"),
    "good": ("#e6f4ea", "#137333"),
    "bad": ("#fce8e6", "#a50e0e"),
    "neutral": ("#f1f3f4", "#3c4043"),
}
_GOOD = {CaseState.GRANTED, CaseState.ACTIVE, CaseState.RENEWED}
_BAD = {CaseState.REJECTED, CaseState.NOT_ACCEPTED, CaseState.REVOKED, CaseState.SUSPENDED}


#: Buttons that only read the case: they stay enabled while the case is read-only here.
_READ_ONLY_ACTIONS = frozenset({"selfAssessmentExport"})

#: Alt+letters the pane must leave alone: the main window's menus (&File, &Cases, &View,
#: &Tools, &Help; read from the window's menu bar, in the language shown, when the pane is in
#: one) and the pane's fixed mnemonics (Next steps, Plan audit, Assign, Edit case, Edit
#: operator, Force release, Copy, self-assessment Workbook and Import, eXtend: read from their
#: translated texts).
_MENU_LETTERS = frozenset("FCVTH")


@dataclass(frozen=True)
class FieldState:
    """Where a case is, for field laptops: ``where`` is the sentence to show; ``locked`` says
    why the case is read-only here (None: it may be changed); ``can_release`` offers a forced
    release (the office that checked it out)."""

    where: str
    locked: str | None = None
    can_release: bool = False


def _balanced_rows(widths: list[int], width: int, gap: int) -> list[int]:
    """Where the rows of items ``widths`` start (and, last, where they end): as few rows as
    fit in ``width``, then the rows as even as they can be (the least sum of squared free
    space, the last row apart), as a text is justified; an item wider than ``width`` has a
    row of its own."""
    n = len(widths)
    # best[i]: (rows, cost, end of the first row) for the items from i on.
    best: list[tuple[int, float, int]] = [(0, 0.0, n)] * (n + 1)
    for i in range(n - 1, -1, -1):
        found: tuple[int, float, int] | None = None
        used = -gap
        for j in range(i, n):
            used += gap + widths[j]
            if used > width and j > i:
                break
            rows, cost, _ = best[j + 1]
            slack = 0.0 if j == n - 1 else float(max(width - used, 0)) ** 2
            option = (rows + 1, cost + slack, j + 1)
            if found is None or option[:2] < found[:2]:
                found = option
        assert found is not None
        best[i] = found
    starts = [0]
    while starts[-1] < n:
        starts.append(best[starts[-1]][2])
    return starts


class FlowLayout(QLayout):
    """Items (buttons) in rows that wrap to the width given, in their order: as few rows as
    fit, as even as they can be (:func:`_balanced_rows`), each stretched to fill the width
    (the last one as much as the row above). Its minimum width is its widest item's, so a
    narrow pane or a long translation makes more rows, never a cut."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # type: ignore[override]
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # type: ignore[override]
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), apply=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, apply=True)

    def _visible(self) -> list[QLayoutItem]:
        return [i for i in self._items if not i.isEmpty()]

    def minimumSize(self) -> QSize:
        m = self.contentsMargins()
        widest = max((i.sizeHint().width() for i in self._visible()), default=0)
        tallest = max((i.sizeHint().height() for i in self._visible()), default=0)
        return QSize(widest + m.left() + m.right(), tallest + m.top() + m.bottom())

    def sizeHint(self) -> QSize:
        """Two items a row (as wide as the two widest), and the height that needs."""
        m = self.contentsMargins()
        widths = sorted((i.sizeHint().width() for i in self._visible()), reverse=True)
        width = sum(widths[:2]) + (self._spacing if len(widths) > 1 else 0)
        width += m.left() + m.right()
        return QSize(width, self.heightForWidth(width))

    def _arrange(self, rect: QRect, *, apply: bool) -> int:
        """Lay the items out in ``rect`` (or only measure, ``apply`` False); the height used."""
        area = rect.marginsRemoved(self.contentsMargins())
        width, gap = max(area.width(), 1), self._spacing
        items = self._visible()
        natural = [min(i.sizeHint().width(), width) for i in items]
        y = area.top()
        share = 0.0  # what each item of the row above gained
        breaks = _balanced_rows(natural, width, gap)
        for n, (first, end) in enumerate(pairwise(breaks)):
            row = natural[first:end]
            free = width - sum(row) - gap * (len(row) - 1)
            last = n == len(breaks) - 2 and n > 0
            extra = min(share, free / len(row)) if last else free / len(row)
            share = extra
            height = max(i.sizeHint().height() for i in items[first:end])
            if apply:
                x = float(area.left())
                for item, w in zip(items[first:end], row, strict=True):
                    item.setGeometry(QRect(QPoint(round(x), y), QSize(round(w + extra), height)))
                    x += w + extra + gap
            y += height + gap
        m = self.contentsMargins()
        return max(y - gap - area.top(), 0) + m.top() + m.bottom()


#: Up to this width a form label is kept on one line; longer ones wrap.
_LABEL_ONE_LINE = 120


def _field_label(text: str, parent: QWidget) -> QLabel:
    """A form's label that wraps (long in French and Spanish: "Funciones en la cadena de
    suministro:") instead of widening the pane."""
    label = QLabel(text, parent)
    label.setWordWrap(True)
    # Two short words stay on one line (Qt would wrap as soon as the values want room).
    label.setMinimumWidth(min(label.fontMetrics().horizontalAdvance(text) + 2, _LABEL_ONE_LINE))
    return label


def state_colours(state: CaseState) -> tuple[str, str]:
    if state in _GOOD:
        return STATE_COLOURS["good"]
    if state in _BAD:
        return STATE_COLOURS["bad"]
    if state.is_open:
        return STATE_COLOURS["open"]
    return STATE_COLOURS["neutral"]


class CaseDetailWidget(QScrollArea):
    transition_requested = Signal(int, object)  # case id, CaseState
    extend_requested = Signal(int)
    assign_requested = Signal(int)
    edit_case_requested = Signal(int)
    edit_operator_requested = Signal(int)
    plan_audit_requested = Signal(int)
    self_assessment_export_requested = Signal(int)
    self_assessment_import_requested = Signal(int)
    force_release_requested = Signal(int)
    #: Something was copied to the clipboard (what, in words: "EORI PT500123456").
    copied = Signal(str)
    #: The pane shows another case (or none), or the same one's steps were made again: what
    #: may be done with it changed (the main window's Cases menu follows it).
    steps_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("caseDetail")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        # Nothing is wider than a few words (labels wrap, steps flow): a scroll bar only if the
        # splitter is dragged narrower than that, never a cut.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self._case_id: int | None = None
        self._operator_id: int | None = None
        body = QWidget(self)
        self.setWidget(body)
        outer = QVBoxLayout(body)
        outer.setContentsMargins(8, 4, 8, 8)

        self._empty = QLabel(
            self.tr("Select a case in the list to see its details, deadlines and timeline."), body
        )
        self._empty.setWordWrap(True)
        self._empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        theme.mute(self._empty)
        self._empty.setStyleSheet("padding: 40px;")
        outer.addWidget(self._empty)

        self._content = QWidget(body)
        content = QVBoxLayout(self._content)
        content.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self._content)

        title_row = QHBoxLayout()
        title_row.setSpacing(8)
        self.title = QLabel(self._content)
        self.title.setObjectName("caseTitle")
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.title.setFont(font)
        self.state_badge = QLabel(self._content)
        self.state_badge.setObjectName("stateBadge")
        # A long state in a narrow pane goes onto two lines rather than widen the pane.
        self.state_badge.setWordWrap(True)
        title_row.addWidget(self.title)
        title_row.addWidget(self.state_badge, 0, Qt.AlignmentFlag.AlignVCenter)
        title_row.addStretch(1)
        content.addLayout(title_row)
        self.subtitle = QLabel(self._content)
        self.subtitle.setWordWrap(True)
        content.addWidget(self.subtitle)

        # Field laptops: where the case is, and why it is read-only here.
        self.field_banner = QFrame(self._content)
        self.field_banner.setObjectName("fieldBanner")
        banner = QHBoxLayout(self.field_banner)
        banner.setContentsMargins(10, 6, 6, 6)
        self.field_label = QLabel(self.field_banner)
        self.field_label.setObjectName("fieldWhere")
        self.field_label.setWordWrap(True)
        self.field_label.setTextFormat(Qt.TextFormat.PlainText)
        self.field_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.release_button = QPushButton(self.tr("Force &release…"), self.field_banner)
        self.release_button.setObjectName("forceRelease")
        self.release_button.setToolTip(
            self.tr("Make the case editable here again without the laptop's changes")
        )
        self.release_button.clicked.connect(self._on_release_clicked)
        self.release_button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        banner.addWidget(self.field_label, 1)
        banner.addWidget(self.release_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.field_banner.hide()
        content.addWidget(self.field_banner)
        self._field: FieldState | None = None

        # "&Next steps": Alt+N goes into the box, on its first button or the one last used
        # (QGroupBox's mnemonic). The buttons flow onto more rows in a narrow pane.
        self.actions_box = QGroupBox(self.tr("&Next steps"), self._content)
        self.actions_box.setObjectName("nextSteps")
        steps = QVBoxLayout(self.actions_box)
        self._actions = FlowLayout(spacing=6)
        steps.addLayout(self._actions)
        self._closed_note: QLabel | None = None
        content.addWidget(self.actions_box)

        case_box = QGroupBox(self.tr("Case"), self._content)
        self._case_form = QFormLayout(case_box)
        self._case_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._fields: dict[str, QLabel] = {}
        for key, label in (
            ("kind", self.tr("Kind")),
            ("programme", self.tr("Programme")),
            ("priority", self.tr("Priority")),
            ("validator", self.tr("Validator")),
            ("received", self.tr("Received")),
            ("acceptance_due", self.tr("Acceptance due")),
            ("accepted", self.tr("Accepted")),
            ("decision_due", self.tr("Decision due")),
            ("decided", self.tr("Decided")),
            ("validity", self.tr("Authorisation")),
            ("summary", self.tr("Summary")),
        ):
            value = QLabel(case_box)
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self._fields[key] = value
            self._case_form.addRow(_field_label(label + ":", case_box), value)
        content.addWidget(case_box)

        op_box = QGroupBox(self.tr("Operator"), self._content)
        self._op_form = QFormLayout(op_box)
        self._op_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._op_fields: dict[str, QLabel] = {}
        for key, label in (
            ("name", self.tr("Name")),
            ("size", self.tr("Size class")),
            ("identifiers", self.tr("Identifiers")),
            ("sector", self.tr("Sector")),
            ("roles", self.tr("Supply-chain roles")),
            ("region", self.tr("Region")),
            ("address", self.tr("Address")),
        ):
            value = QLabel(op_box)
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self._op_fields[key] = value
            if key == "identifiers":
                self._op_form.addRow(
                    _field_label(label + ":", op_box), self._with_copy_button(op_box, value)
                )
            else:
                self._op_form.addRow(_field_label(label + ":", op_box), value)
        self.edit_operator_button = QPushButton(self.tr("Edit &operator…"), op_box)
        self.edit_operator_button.setObjectName("editOperator")
        self.edit_operator_button.clicked.connect(self._on_edit_operator_clicked)
        self.edit_operator_button.setSizePolicy(
            QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed
        )
        self._op_form.addRow("", self.edit_operator_button)
        content.addWidget(op_box)

        timeline_box = QGroupBox(self.tr("Timeline"), self._content)
        tl = QVBoxLayout(timeline_box)
        self.timeline = QTreeWidget(timeline_box)
        self.timeline.setObjectName("timeline")
        self.timeline.setAccessibleName(self.tr("Timeline"))
        self.timeline.setRootIsDecorated(False)
        self.timeline.setAlternatingRowColors(True)
        self.timeline.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.timeline.setHeaderLabels(
            [self.tr("Date"), self.tr("By"), self.tr("What"), self.tr("Reason")]
        )
        header = self.timeline.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.timeline.setMinimumHeight(180)
        self.timeline.setMinimumWidth(0)  # a scroll bar of its own, never a wider pane
        self.timeline.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        tl.addWidget(self.timeline)
        content.addWidget(timeline_box, 1)
        self.show_detail(None)

    def _with_copy_button(self, parent: QWidget, value: QLabel) -> QWidget:
        """The identifiers with a Copy button: a click copies the first one (the EORI), its
        menu any one or all; the clipboard is cleared again after a while."""
        row_widget = QWidget(parent)
        row = QHBoxLayout(row_widget)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(value, 1)
        self.copy_identifiers_button = QToolButton(row_widget)
        self.copy_identifiers_button.setObjectName("copyIdentifiers")
        self.copy_identifiers_button.setText(self.tr("Cop&y"))
        self.copy_identifiers_button.setAccessibleName(self.tr("Copy the operator's identifier"))
        self.copy_identifiers_button.setToolTip(
            self.tr("Copy the identifier (the clipboard is cleared after 30 seconds)")
        )
        self.copy_identifiers_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.copy_identifiers_button.setMenu(QMenu(self.copy_identifiers_button))
        self.copy_identifiers_button.clicked.connect(self._on_copy_identifiers_clicked)
        row.addWidget(self.copy_identifiers_button, 0, Qt.AlignmentFlag.AlignTop)
        self._identifiers: list[tuple[str, str]] = []
        return row_widget

    def identifiers(self) -> list[tuple[str, str]]:
        """The shown operator's identifiers, (scheme, value), EORI first."""
        return list(self._identifiers)

    def copy_identifier(self, index: int | None = 0) -> str:
        """Copy identifier ``index`` (None: all of them, one a line); returns the text."""
        if not self._identifiers:
            return ""
        if index is None:
            text = "\n".join(f"{scheme} {value}" for scheme, value in self._identifiers)
            what = self.tr("the operator's identifiers")
        else:
            scheme, text = self._identifiers[index]
            what = f"{scheme} {text}"
        copy_sensitive(text)
        self.copied.emit(what)
        return text

    def _on_copy_identifiers_clicked(self) -> None:
        self.copy_identifier(0)

    def _fill_copy_menu(self) -> None:
        menu = self.copy_identifiers_button.menu()
        menu.clear()
        for i, (scheme, value) in enumerate(self._identifiers):
            action = menu.addAction(self.tr("Copy %1").replace("%1", f"{scheme} {value}"))
            action.triggered.connect(lambda _=False, n=i: self.copy_identifier(n))
        if len(self._identifiers) > 1:
            menu.addSeparator()
            menu.addAction(self.tr("Copy all")).triggered.connect(
                lambda: self.copy_identifier(None)
            )
        self.copy_identifiers_button.setEnabled(bool(self._identifiers))

    def case_id(self) -> int | None:
        return self._case_id

    def action_buttons(self) -> dict[str, QPushButton]:
        """Buttons by object name (tests and keyboard users find them by name)."""
        found: dict[str, QPushButton] = {}
        for i in range(self._actions.count()):
            item = self._actions.itemAt(i)
            w = item.widget() if item else None
            if isinstance(w, QPushButton):
                found[w.objectName()] = w
        return found

    def show_detail(self, detail: CaseDetail | None, field: FieldState | None = None) -> None:
        self._empty.setVisible(detail is None)
        self._content.setVisible(detail is not None)
        self._field = field if detail is not None else None
        if detail is None:
            self._case_id = None
            self.steps_changed.emit()
            return
        c, op = detail.case, detail.operator
        self._case_id = c["id"]
        self._operator_id = op["id"]
        state = CaseState(c["state"])
        today = clock.today()
        self.title.setText(c["reference"])
        bg, fg = state_colours(state)
        self.state_badge.setText(state.label)
        self.state_badge.setStyleSheet(
            f"background: {bg}; color: {fg}; border-radius: 9px; padding: 2px 10px;"
            "font-weight: 600;"
        )
        self.subtitle.setText(f"{op['name']} · {CaseKind(c['kind']).label}")

        self._fields["kind"].setText(CaseKind(c["kind"]).label)
        self._fields["programme"].setText(f"{c['programme_code']} – {c['programme_name']}")
        self._fields["priority"].setText(Priority(c["priority"]).label)
        self._fields["validator"].setText(c["validator_name"] or self.tr("Not assigned"))
        self._fields["received"].setText(c["received_on"])
        d = detail.deadlines
        acc_due = d.acceptance_due.isoformat()
        if state in (CaseState.RECEIVED, CaseState.INFO_REQUESTED):
            acc_due += self._days_note(d.acceptance_due, today)
        self._fields["acceptance_due"].setText(acc_due)
        self._fields["accepted"].setText(c["accepted_on"] or "—")
        if d.decision_due:
            text = d.decision_due.isoformat()
            if c["extension_days"]:
                text += " " + self.tr("(extended by %n day(s))", "", c["extension_days"])
            if state.is_open and state not in (CaseState.UNDER_REASSESSMENT, CaseState.SUSPENDED):
                text += self._days_note(d.decision_due, today)
            self._fields["decision_due"].setText(text)
        else:
            self._fields["decision_due"].setText(self.tr("after acceptance"))
        self._fields["decided"].setText(c["decided_on"] or "—")
        if d.effective_on:
            validity = self.tr("effective %1").replace("%1", d.effective_on.isoformat())
            if d.expires_on:
                validity += ", " + self.tr("expires %1").replace("%1", d.expires_on.isoformat())
            self._fields["validity"].setText(validity)
        else:
            self._fields["validity"].setText("—")
        self._fields["summary"].setText(c["summary"] or "—")

        size = SizeClass(op["size_class"])
        size_text = size.label + (" · " + self.tr("MSME") if size.is_msme else "")
        size_text += f" ({op['headcount']} " + self.tr("staff") + ")"
        self._op_fields["name"].setText(op["name"])
        self._op_fields["size"].setText(size_text)
        self._op_fields["identifiers"].setText(
            ", ".join(f"{i['scheme']} {i['value']}" for i in op["identifiers"]) or "—"
        )
        ids = [(str(i["scheme"]), str(i["value"])) for i in op["identifiers"] if i["value"]]
        self._identifiers = sorted(ids, key=lambda i: i[0].upper() != "EORI")
        self._fill_copy_menu()
        self._op_fields["sector"].setText(op["sector"] or "—")
        roles = ", ".join(supply_chain_role_label(r) for r in op["roles"])
        self._op_fields["roles"].setText(roles or "—")
        self._op_fields["region"].setText(op["region"] or "—")
        self._op_fields["address"].setText(op["address"] or "—")

        self._rebuild_actions(detail)
        self._show_field(field)
        self.timeline.clear()
        items = []
        for e in reversed(detail.events):
            what = timeline.describe(e["detail"]) if e["detail"] else e["kind"]
            items.append(QTreeWidgetItem([e["effective_on"], e["actor"], what, e["reason"]]))
            items[-1].setToolTip(2, what)
            items[-1].setToolTip(3, e["reason"])
        self.timeline.addTopLevelItems(items)
        self.timeline.setColumnWidth(2, 230)
        self.steps_changed.emit()

    def can_plan_audit(self) -> bool:
        """The case shown may have an audit planned here (its step is offered and not off:
        the case is open or active, and not read-only on this database)."""
        button = self.action_buttons().get("planAudit")
        return self._case_id is not None and button is not None and button.isEnabled()

    def _days_note(self, due: date, today: date) -> str:
        days = (due - today).days
        if days < 0:
            return "  ⚠ " + self.tr("overdue by %n day(s)", "", -days)
        return "  " + self.tr("(%n day(s) left)", "", days)

    def _rebuild_actions(self, detail: CaseDetail) -> None:
        focused = self.window().focusWidget()  # also while a dialog has the keyboard
        had_focus = focused is not None and self.actions_box.isAncestorOf(focused)
        keep = focused.objectName() if had_focus and focused is not None else ""
        if had_focus:
            # Not left on a button about to go (the focus would drop to nowhere): the new
            # buttons take it back below.
            self.actions_box.setFocus(Qt.FocusReason.OtherFocusReason)
        while self._actions.count():
            item = self._actions.takeAt(0)
            if item and item.widget():
                item.widget().hide()
                item.widget().deleteLater()
        if self._closed_note is not None:
            self._closed_note.hide()
            self._closed_note.deleteLater()
            self._closed_note = None
        case_id = detail.case["id"]
        buttons: list[QPushButton] = []
        fixed = {
            "extend": self.tr("E&xtend decision period…"),
            "planAudit": self.tr("Plan &audit…"),
            "selfAssessmentExport": self.tr("Self-assessment &workbook…"),
            "selfAssessmentImport": self.tr("&Import self-assessment…"),
            "assign": self.tr("A&ssign…"),
            "editCase": self.tr("&Edit case…"),
        }
        taken = self._taken_letters(fixed.values())
        for target in detail.legal_next:
            b = QPushButton(with_mnemonic(action_label(target), taken), self.actions_box)
            b.setObjectName(f"move_{target.value}")
            tip = self.tr("Move the case to “%1”").replace("%1", target.label)
            if needs_reason(target):
                tip += " " + self.tr("(a reason is required)")
            b.setToolTip(tip)
            b.clicked.connect(lambda _=False, t=target: self.transition_requested.emit(case_id, t))
            buttons.append(b)
        state = CaseState(detail.case["state"])
        if detail.can_extend:
            b = QPushButton(fixed["extend"], self.actions_box)
            b.setObjectName("extend")
            b.clicked.connect(lambda: self.extend_requested.emit(case_id))
            buttons.append(b)
        if state.is_open or state is CaseState.ACTIVE:
            b = QPushButton(fixed["planAudit"], self.actions_box)
            b.setObjectName("planAudit")
            b.setToolTip(self.tr("Plan a site audit of this operator"))
            b.clicked.connect(lambda: self.plan_audit_requested.emit(case_id))
            buttons.append(b)
        if state.is_open:
            b = QPushButton(fixed["selfAssessmentExport"], self.actions_box)
            b.setObjectName("selfAssessmentExport")
            b.setToolTip(self.tr("An Excel workbook the operator fills in offline and sends back"))
            b.clicked.connect(lambda: self.self_assessment_export_requested.emit(case_id))
            buttons.append(b)
            b = QPushButton(fixed["selfAssessmentImport"], self.actions_box)
            b.setObjectName("selfAssessmentImport")
            b.clicked.connect(lambda: self.self_assessment_import_requested.emit(case_id))
            buttons.append(b)
        b = QPushButton(fixed["assign"], self.actions_box)
        b.setObjectName("assign")
        b.clicked.connect(lambda: self.assign_requested.emit(case_id))
        buttons.append(b)
        b = QPushButton(fixed["editCase"], self.actions_box)
        b.setObjectName("editCase")
        b.clicked.connect(lambda: self.edit_case_requested.emit(case_id))
        buttons.append(b)
        for button in buttons:
            self._actions.addWidget(button)
            button.show()  # now, not when the layout gets to it: Alt+N and Tab find it at once
        # Made after everything else, the buttons would come last in the tab order: put them
        # where they are seen, after the field banner's button and before the case's fields.
        previous: QWidget = self.release_button
        for button in buttons:
            QWidget.setTabOrder(previous, button)
            previous = button
        if had_focus and buttons:
            again = next((b for b in buttons if b.objectName() == keep), buttons[0])
            again.setFocus(Qt.FocusReason.OtherFocusReason)
        if not detail.legal_next:
            note = QLabel(self.tr("This case is closed: no further state changes."))
            note.setObjectName("closedNote")
            note.setWordWrap(True)
            self.actions_box.layout().addWidget(note)
            self._closed_note = note

    def _taken_letters(self, fixed: Iterable[str]) -> set[str]:
        """The Alt+letters the next steps' own letters must avoid: the menu bar's and the
        pane's fixed buttons' (``fixed``: the steps' texts), as translated."""
        window = self.window()
        bar = window.menuBar() if isinstance(window, QMainWindow) else None
        menus = [a.text() for a in bar.actions()] if bar is not None else []
        taken = {m for m in map(mnemonic, menus) if m} or set(_MENU_LETTERS)
        texts = [
            *fixed,
            self.actions_box.title(),
            self.release_button.text(),
            self.edit_operator_button.text(),
            self.copy_identifiers_button.text(),
        ]
        taken.update(m for m in map(mnemonic, texts) if m)
        return taken

    def field_state(self) -> FieldState | None:
        return self._field

    def _show_field(self, field: FieldState | None) -> None:
        """Say where the case is; while it is read-only here, its editing buttons are off (the
        services would refuse anyway) and a forced release is offered at the office."""
        self.field_banner.setVisible(field is not None)
        if field is None:
            return
        text = field.where + "."
        if field.locked:
            text = field.locked
        self.field_label.setText(text)
        bg, fg = ("#fef7e0", "#8a5300") if field.locked else ("#e8f0fe", "#174ea6")
        self.field_banner.setStyleSheet(
            f"QFrame#fieldBanner {{ background: {bg}; border-radius: 6px; }}"
            f"QLabel#fieldWhere {{ color: {fg}; }}"
        )
        self.field_label.setAccessibleName(text)
        self.release_button.setVisible(bool(field.locked) and field.can_release)
        if field.locked:
            for name, button in self.action_buttons().items():
                if name not in _READ_ONLY_ACTIONS:
                    button.setEnabled(False)
                    button.setToolTip(field.locked)

    def _on_release_clicked(self) -> None:
        if self._case_id is not None:
            self.force_release_requested.emit(self._case_id)

    def _on_edit_operator_clicked(self) -> None:
        if self._operator_id is not None:
            self.edit_operator_requested.emit(self._operator_id)
