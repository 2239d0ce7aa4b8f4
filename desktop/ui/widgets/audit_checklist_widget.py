"""The checklist screen: built for a laptop keyboard at the operator's premises.

Keys (shown on the buttons): 1 met, 2 partially met, 3 not met, 4 not applicable, 0 clear;
7/8/9 minor/major/critical; N / P next / previous unanswered; Enter writes a note, Esc goes
back to the list of items. Every answer is committed as it is given: there is no Save button.
Met and not applicable move on to the next item; a shortfall stays for its severity and note.
The screen opens on the item list, at the item where the validator left off (the first
unanswered one for a new audit). Ctrl+Shift+F finalises (Enter confirms, Esc cancels),
Alt+Left goes back to the list of audits.
"""

from __future__ import annotations

import contextlib
import tempfile
from itertools import pairwise
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize, Qt, QTimer, QUrl, Signal, Slot
from PySide6.QtGui import (
    QBrush,
    QColor,
    QDesktopServices,
    QFont,
    QIcon,
    QImage,
    QKeySequence,
    QPixmap,
    QShortcut,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.checklists import (
    ActionStatus,
    Outcome,
    Requirement,
    Result,
    Severity,
    outcome,
)
from desktop.domain.errors import DomainError
from desktop.services import audit_service, self_assessment
from desktop.services.audit_service import STATUS_LABELS, AuditChecklist
from desktop.ui import theme
from desktop.ui.context import AppContext
from desktop.ui.errors import show_error
from desktop.ui.models.row_table_model import Column, RowTableModel
from desktop.ui.widgets.utilisation_bar import colour_bar

ITEM_ROLE = Qt.ItemDataRole.UserRole + 1
SECTION_ROLE = Qt.ItemDataRole.UserRole + 2

RESULT_KEYS = (
    ("1", Result.MET),
    ("2", Result.PARTIALLY_MET),
    ("3", Result.NOT_MET),
    ("4", Result.NOT_APPLICABLE),
    ("0", Result.NOT_ASSESSED),
)
SEVERITY_KEYS = (("7", Severity.MINOR), ("8", Severity.MAJOR), ("9", Severity.CRITICAL))
#: Each result's text colour, by meaning (theme.colour gives it for the current look).
RESULT_COLOURS = {
    Result.MET: "green",
    Result.PARTIALLY_MET: "amber",
    Result.NOT_MET: "red",
    Result.NOT_APPLICABLE: "muted",
}
#: The status badge's coloured note (theme.SURFACES) by audit status; "info" for the others.
STATUS_SURFACES = {"finalised": "done", "cancelled": "neutral"}


def overdue_colour(action: dict[str, Any]) -> str | None:
    """A corrective action's text colour: red when it is overdue (None: the palette's own)."""
    return theme.colour_or_none("red" if action["follow_up_status"] == "overdue" else None)


FILTER_ALL, FILTER_UNANSWERED, FILTER_SHORTFALLS = range(3)
THUMB = 96


class AuditChecklistWidget(QWidget):
    back_requested = Signal()
    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("auditChecklist")
        self._ctx = ctx
        self.data: AuditChecklist | None = None
        self._audit_id: int | None = None
        self._current: int | None = None
        self._tree_items: dict[int, QTreeWidgetItem] = {}
        self._section_items: dict[str, QTreeWidgetItem] = {}
        self._loading = False

        # --- header -----------------------------------------------------------------------
        self.back_button = QPushButton(self.tr("◀ Audits"), self)
        self.back_button.setObjectName("backToAudits")
        self.back_button.setAccessibleName(self.tr("Back to the list of audits"))
        self.back_button.setToolTip(self.tr("Back to the list of audits (Alt+Left)"))
        self.back_button.setShortcut(QKeySequence("Alt+Left"))
        self.back_button.clicked.connect(self.back_requested)
        self.title = QLabel(self)
        self.title.setObjectName("auditTitle")
        f = self.title.font()
        f.setPointSizeF(f.pointSizeF() * 1.25)
        f.setBold(True)
        self.title.setFont(f)
        self.status_badge = QLabel(self)
        self.subtitle = QLabel(self)
        self.subtitle.setWordWrap(True)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("auditProgress")
        self.progress.setFixedWidth(190)
        self.progress.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.progress.setFormat(self.tr("%v of %m answered"))
        colour_bar(self.progress)  # white text on a blue that it reads on
        self.score_label = QLabel(self)
        self.score_label.setObjectName("auditScore")
        self.finalise_button = QPushButton(self.tr("Finalise…"), self)
        self.finalise_button.setObjectName("finalise")
        self.finalise_button.setShortcut(QKeySequence("Ctrl+Shift+F"))
        self.finalise_button.setToolTip(self.tr("Lock the audit (Ctrl+Shift+F)"))
        self.finalise_button.clicked.connect(self.request_finalise)
        self.reopen_button = QPushButton(self.tr("&Reopen…"), self)
        self.reopen_button.setObjectName("reopen")
        self.reopen_button.clicked.connect(self.request_reopen)
        self.xlsx_button = QPushButton(self.tr("Report .&xlsx…"), self)
        self.xlsx_button.setObjectName("reportXlsx")
        self.xlsx_button.setToolTip(self.tr("Save the audit report as an Excel workbook"))
        self.xlsx_button.clicked.connect(lambda: self.request_report("xlsx"))
        self.pdf_button = QPushButton(self.tr("Report .p&df…"), self)
        self.pdf_button.setObjectName("reportPdf")
        self.pdf_button.setToolTip(self.tr("Save the audit report as a PDF"))
        self.pdf_button.clicked.connect(lambda: self.request_report("pdf"))

        head = QHBoxLayout()
        head.addWidget(self.back_button)
        head.addSpacing(8)
        head.addWidget(self.title)
        head.addWidget(self.status_badge)
        head.addStretch(1)
        head.addWidget(self.score_label)
        head.addWidget(self.progress)
        head.addWidget(self.xlsx_button)
        head.addWidget(self.pdf_button)
        head.addWidget(self.reopen_button)
        head.addWidget(self.finalise_button)
        self.lock_banner = QLabel(self)
        self.lock_banner.setObjectName("lockBanner")
        self.lock_banner.setWordWrap(True)
        theme.style(self.lock_banner, lambda: theme.note_css("warn"))
        self.lock_banner.hide()

        # --- left: the tree -----------------------------------------------------------------
        self.filter_combo = QComboBox(self)
        self.filter_combo.setObjectName("checklistFilter")
        self.filter_combo.setAccessibleName(self.tr("Show items"))
        self.filter_combo.setToolTip(self.tr("Show all items, only the unanswered or shortfalls"))
        self.filter_combo.addItems(
            [self.tr("All items"), self.tr("Unanswered"), self.tr("Shortfalls")]
        )
        self.filter_combo.currentIndexChanged.connect(self._apply_filter)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("checklistTree")
        self.tree.setAccessibleName(self.tr("Checklist items"))
        self.tree.setToolTip(
            self.tr(
                "1 met, 2 partially met, 3 not met, 4 not applicable, 0 clear; N next unanswered"
            )
        )
        self.tree.setHeaderLabels([self.tr("Criterion"), self.tr("Result")])
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        self.tree.header().setStretchLastSection(False)
        self.tree.setColumnWidth(1, 110)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.currentItemChanged.connect(self._on_tree_current_item_changed)
        left = QWidget(self)
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        filters = QHBoxLayout()
        filters.addWidget(self.filter_combo, 1)
        legend = QLabel(self.tr("● Must item"), left)
        legend.setToolTip(self.tr("Must items weigh double; a Must item not met fails the audit."))
        filters.addWidget(legend)
        ll.addLayout(filters)
        ll.addWidget(self.tree, 1)

        # --- right: the item ----------------------------------------------------------------
        self.tabs = QTabWidget(self)
        item_page = QWidget(self)
        il = QVBoxLayout(item_page)
        self.item_code = QLabel(item_page)
        self.item_code.setObjectName("itemCode")
        cf = self.item_code.font()
        cf.setBold(True)
        self.item_code.setFont(cf)
        self.item_text = QLabel(item_page)
        self.item_text.setObjectName("itemText")
        self.item_text.setWordWrap(True)
        tf = self.item_text.font()
        tf.setPointSizeF(tf.pointSizeF() * 1.12)
        self.item_text.setFont(tf)
        self.item_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.guidance = QLabel(item_page)
        self.guidance.setObjectName("itemGuidance")
        self.guidance.setWordWrap(True)
        theme.style(
            self.guidance,
            lambda: "background: palette(alternate-base); border-radius: 4px; padding: 6px;",
        )
        il.addWidget(self.item_code)
        il.addWidget(self.item_text)
        il.addWidget(self.guidance)
        self.operator_answer = QLabel(item_page)
        self.operator_answer.setObjectName("operatorAnswer")
        self.operator_answer.setWordWrap(True)
        theme.style(self.operator_answer, lambda: theme.note_css("info"))
        self.operator_answer.hide()
        il.addWidget(self.operator_answer)
        self._operator_answers: dict[int, Any] = {}

        self.result_group = QButtonGroup(self)
        self.result_group.setExclusive(True)
        self.result_buttons: dict[Result, QPushButton] = {}
        results = QHBoxLayout()
        for key, result in RESULT_KEYS:
            label = result.label if result is not Result.NOT_ASSESSED else self.tr("Clear")
            b = QPushButton(f"{key}  {label}", item_page)
            b.setObjectName(f"result_{result.value}")
            b.setCheckable(result is not Result.NOT_ASSESSED)
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            b.setToolTip(self.tr("Key %1").replace("%1", key))
            b.clicked.connect(lambda _=False, r=result: self.answer(r))
            if b.isCheckable():
                self.result_group.addButton(b)
            self.result_buttons[result] = b
            results.addWidget(b)
        il.addLayout(results)
        sev = QHBoxLayout()
        sev.addWidget(QLabel(self.tr("Severity of the shortfall:"), item_page))
        self.severity_group = QButtonGroup(self)
        self.severity_buttons: dict[Severity, QPushButton] = {}
        for key, severity in SEVERITY_KEYS:
            b = QPushButton(f"{key}  {severity.label}", item_page)
            b.setObjectName(f"severity_{severity.value}")
            b.setCheckable(True)
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            b.clicked.connect(lambda _=False, s=severity: self.set_severity(s))
            self.severity_group.addButton(b)
            self.severity_buttons[severity] = b
            sev.addWidget(b)
        sev.addStretch(1)
        il.addLayout(sev)
        note_label = QLabel(self.tr("Note (Enter to write, Esc to go back to the list):"))
        il.addWidget(note_label)
        self.note_edit = QPlainTextEdit(item_page)
        self.note_edit.setObjectName("itemNote")
        note_label.setBuddy(self.note_edit)
        self.note_edit.setPlaceholderText(
            self.tr("What you saw, who you spoke to, which records you checked…")
        )
        self.note_edit.setMaximumHeight(110)
        self.note_edit.installEventFilter(self)
        self._note_timer = QTimer(self)
        self._note_timer.setSingleShot(True)
        self._note_timer.setInterval(800)
        self._note_timer.timeout.connect(self.save_note)
        self.note_edit.textChanged.connect(self._on_note_edit_text_changed)
        il.addWidget(self.note_edit)
        self.saved_label = QLabel(item_page)
        self.saved_label.setObjectName("savedLabel")
        theme.style(self.saved_label, lambda: f"color: {theme.colour('green')};")
        il.addWidget(self.saved_label)

        ev_head = QHBoxLayout()
        evidence_label = QLabel(self.tr("Evidence:"), item_page)
        ev_head.addWidget(evidence_label)
        ev_head.addStretch(1)
        self.attach_button = QPushButton(self.tr("Attach files… (Ctrl+O)"), item_page)
        self.attach_button.setObjectName("attach")
        self.attach_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.attach_button.clicked.connect(self.request_attach)
        self.remove_evidence_button = QPushButton(self.tr("Remove"), item_page)
        self.remove_evidence_button.setObjectName("removeEvidence")
        self.remove_evidence_button.setToolTip(
            self.tr("Remove the selected evidence file (Delete in the list)")
        )
        self.remove_evidence_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.remove_evidence_button.clicked.connect(self._on_remove_evidence_clicked)
        ev_head.addWidget(self.attach_button)
        ev_head.addWidget(self.remove_evidence_button)
        il.addLayout(ev_head)
        self.evidence_list = QListWidget(item_page)
        self.evidence_list.setObjectName("evidenceList")
        self.evidence_list.setAccessibleName(self.tr("Evidence of this item"))
        evidence_label.setBuddy(self.evidence_list)
        self.evidence_list.setViewMode(QListWidget.ViewMode.IconMode)
        self.evidence_list.setIconSize(QSize(THUMB, THUMB))
        self.evidence_list.setGridSize(QSize(THUMB + 40, THUMB + 34))
        self.evidence_list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.evidence_list.setWordWrap(True)
        self.evidence_list.setMinimumHeight(THUMB + 44)
        # Enter or a double-click opens the file (a double-click activates the item).
        self.evidence_list.itemActivated.connect(self._on_evidence_double_clicked)
        remove_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.evidence_list)
        remove_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        remove_key.activated.connect(self.remove_evidence_button.animateClick)  # if enabled
        il.addWidget(self.evidence_list, 1)
        self.tabs.addTab(item_page, self.tr("Item"))

        # --- findings and actions -----------------------------------------------------------
        findings_page = QWidget(self)
        fl = QVBoxLayout(findings_page)
        self.findings_model = RowTableModel(
            [
                Column(self.tr("Item"), lambda r: r["item_code"]),
                Column(
                    self.tr("Severity"),
                    lambda r: Severity(r["severity"]).label,
                    lambda r: theme.colour_or_none("red" if r["severity"] == "critical" else None),
                ),
                Column(self.tr("Finding"), lambda r: r["description"] or r["item_text"]),
                Column(self.tr("Actions"), lambda r: str(r["actions"]), align_right=True),
            ],
            self,
        )
        self.findings_view = self._table(self.findings_model, "findingsTable", stretch=2)
        self.actions_model = RowTableModel(
            [
                Column(self.tr("Item"), lambda r: r["item_code"]),
                Column(self.tr("Action"), lambda r: r["description"]),
                Column(self.tr("Owner"), lambda r: r["owner"]),
                Column(self.tr("Due"), lambda r: r["due_on"]),
                Column(
                    self.tr("Status"),
                    lambda r: ActionStatus(r["follow_up_status"]).label,
                    overdue_colour,
                ),
            ],
            self,
        )
        self.actions_view = self._table(self.actions_model, "actionsTable", stretch=1)
        buttons = QHBoxLayout()
        self.add_action_button = QPushButton(self.tr("&Add corrective action…"), findings_page)
        self.add_action_button.setObjectName("addAction")
        self.add_action_button.clicked.connect(self.request_add_action)
        self.done_button = QPushButton(self.tr("&Mark done…"), findings_page)
        self.done_button.setObjectName("actionDone")
        self.done_button.clicked.connect(self.request_action_done)
        self.verify_button = QPushButton(self.tr("Ver&ify"), findings_page)
        self.verify_button.setObjectName("actionVerify")
        self.verify_button.clicked.connect(self.request_action_verify)
        for b in (self.add_action_button, self.done_button, self.verify_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        findings_label = QLabel(self.tr("Fi&ndings (each shortfall is one):"))
        findings_label.setBuddy(self.findings_view)
        self.findings_view.setAccessibleName(self.tr("Findings"))
        fl.addWidget(findings_label)
        fl.addWidget(self.findings_view, 1)
        fl.addLayout(buttons)
        actions_label = QLabel(self.tr("Im&provement plan (corrective actions):"))
        actions_label.setBuddy(self.actions_view)
        self.actions_view.setAccessibleName(self.tr("Improvement plan"))
        fl.addWidget(actions_label)
        fl.addWidget(self.actions_view, 1)
        self.tabs.addTab(findings_page, self.tr("Findings and actions"))

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(0, 5)
        splitter.setStretchFactor(1, 6)
        splitter.setSizes([560, 660])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 8)
        layout.addLayout(head)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.lock_banner)
        layout.addWidget(splitter, 1)

        # Tab order as seen: the header's buttons left to right, the filter and the item list,
        # then the item's tab (its note and evidence), then the findings page top to bottom.
        chain = (
            self.back_button,
            self.xlsx_button,
            self.pdf_button,
            self.reopen_button,
            self.finalise_button,
            self.filter_combo,
            self.tree,
            self.tabs.tabBar(),
            self.note_edit,
            self.evidence_list,
            self.findings_view,
            self.add_action_button,
            self.done_button,
            self.verify_button,
            self.actions_view,
        )
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

        self._position_timer = QTimer(self)
        self._position_timer.setSingleShot(True)
        self._position_timer.setInterval(300)
        self._position_timer.timeout.connect(self._save_position)
        self._install_keys()
        # The results' colours are the items' own (not read as they are drawn): a change of
        # look paints them again, with the badge and the score.
        theme.follow(self, self._on_look_changed)

    def _on_look_changed(self) -> None:
        if self.data is None:
            return
        for item_id in self._tree_items:
            self._paint_item(item_id)
        self._refresh_header()

    def _table(self, model: RowTableModel, name: str, stretch: int) -> QTableView:
        view = QTableView(self)
        view.setObjectName(name)
        view.setModel(model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setTabKeyNavigation(False)  # arrows move in the list, Tab leaves it
        view.verticalHeader().setVisible(False)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        view.setAlternatingRowColors(True)
        view.setWordWrap(False)
        return view

    def _install_keys(self) -> None:
        def key(seq: str, slot: Any) -> None:
            sc = QShortcut(QKeySequence(seq), self)
            sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            sc.activated.connect(slot)

        # Text fields take printable keys for themselves (ShortcutOverride), so typing a
        # "1" in a note writes a 1; everywhere else on this screen it answers.
        for k, result in RESULT_KEYS:
            key(k, lambda r=result: self.answer(r))
        for k, severity in SEVERITY_KEYS:
            key(k, lambda s=severity: self.set_severity(s))
        key("N", lambda: self.go_unanswered(+1))
        key("P", lambda: self.go_unanswered(-1))
        key("Ctrl+O", self.request_attach)

    # --- loading ----------------------------------------------------------------------------

    def open_audit(self, audit_id: int, item_id: int | None = None) -> None:
        self._audit_id = audit_id
        self.reload(item_id)
        self.tabs.setCurrentIndex(0)
        self.tree.setFocus()

    def reload(self, item_id: int | None = None) -> None:
        assert self._audit_id is not None
        self._loading = True
        try:
            self.data = audit_service.checklist(self._ctx.db, self._audit_id)
            self._operator_answers = self_assessment.for_audit(self._ctx.db, self._audit_id)
            self._build_tree()
        finally:
            self._loading = False
        data = self.data
        target = item_id or data.audit["last_item_id"]
        if target not in data.items:
            target = next((i for i in data.items if i not in data.answers), None)
        if target is None and data.items:
            target = next(iter(data.items))
        self._refresh_header()
        self._refresh_findings()
        if target is not None:
            self.select_item(target)

    def _build_tree(self) -> None:
        assert self.data is not None
        self.tree.clear()
        self._tree_items.clear()
        self._section_items.clear()
        bold = QFont(self.tree.font())
        bold.setBold(True)
        for s in self.data.sections:
            parent = self._section_items.get(s.parent_code or "", None)
            node = QTreeWidgetItem([f"{s.code}  {s.title}", ""])
            node.setData(0, SECTION_ROLE, s.code)
            node.setFont(0, bold)
            node.setFlags(node.flags() & ~Qt.ItemFlag.ItemIsSelectable)
            if parent is None:
                self.tree.addTopLevelItem(node)
            else:
                parent.addChild(node)
            self._section_items[s.code] = node
            for item_id in s.item_ids:
                it = self.data.items[item_id]
                marker = " ●" if it.requirement is Requirement.MUST else ""
                leaf = QTreeWidgetItem([f"{it.code}{marker}  {it.text}", ""])
                leaf.setData(0, ITEM_ROLE, item_id)
                leaf.setToolTip(0, it.text)
                node.addChild(leaf)
                self._tree_items[item_id] = leaf
                self._paint_item(item_id)
        self.tree.expandAll()
        self._refresh_sections()
        self._apply_filter()

    # --- display ----------------------------------------------------------------------------

    def _paint_item(self, item_id: int) -> None:
        assert self.data is not None
        leaf = self._tree_items[item_id]
        result = self.data.result_of(item_id)
        a = self.data.answers.get(item_id)
        text = "" if result is Result.NOT_ASSESSED else result.label
        if a and a["severity"]:
            text += f" ({a['severity'][0].upper()})"
        leaf.setText(1, text)
        colour = theme.colour_or_none(RESULT_COLOURS.get(result))
        leaf.setForeground(1, QBrush(QColor(colour)) if colour else QBrush())

    def _refresh_sections(self) -> None:
        assert self.data is not None
        for s in self.data.sections:
            sc = self.data.score_of(s.all_item_ids)
            node = self._section_items[s.code]
            pct = "" if sc.percent is None else f" · {sc.percent:.0f}%"
            node.setText(1, f"{sc.answered}/{sc.total}{pct}")

    def _refresh_header(self) -> None:
        data = self.data
        assert data is not None
        a = data.audit
        self.title.setText(a["reference"])
        status = a["status"]
        self.status_badge.setText(STATUS_LABELS.get(status, status))
        badge = STATUS_SURFACES.get(status, "info")
        self.status_badge.setStyleSheet(
            theme.surface_css(badge) + " border-radius: 9px; padding: 2px 10px; font-weight: 600;"
        )
        team = f"{a['lead_name']}" + (f" + {len(a['team'])}" if a["team"] else "")
        # tr() outside the f-strings: pyside6-lupdate does not look inside them.
        case, revision = self.tr("case"), self.tr("revision")
        msme = " (" + self.tr("MSME track") + ")" if a["is_msme_track"] else ""
        self.subtitle.setText(
            f"{a['operator_name']} · {case} {a['case_reference']} · "
            f"{a['programme_code']}{msme} · "
            f"{a['planned_start']}–{a['planned_end']} · {team} · "
            f"{a['template_code']} {a['template_version']}"
            + (f" · {revision} {a['revision']}" if a["revision"] else "")
        )
        overall = data.overall()
        self.progress.setMaximum(max(overall.total, 1))
        self.progress.setValue(overall.answered)
        if overall.percent is None:
            self.score_label.setText(self.tr("Score: –"))
        else:
            preview = outcome(overall)
            text = self.tr("Score: %1% · %2").replace("%1", f"{overall.percent:.0f}")
            self.score_label.setText(text.replace("%2", preview.label))
            self.score_label.setStyleSheet(
                f"color: {theme.colour('red')}; font-weight: 600;"
                if preview is Outcome.NOT_MET
                else ""
            )
        locked = data.is_locked
        for b in self.result_buttons.values():
            b.setEnabled(not locked)
        for b in self.severity_buttons.values():
            b.setEnabled(not locked)
        self.note_edit.setReadOnly(locked)
        self.attach_button.setEnabled(not locked)
        self.remove_evidence_button.setEnabled(not locked)
        self.finalise_button.setEnabled(not locked)
        self.reopen_button.setVisible(status == "finalised")
        if status == "finalised":
            outcome_label = Outcome(a["outcome"]).label if a["outcome"] else ""
            self.lock_banner.setText(
                self.tr(
                    "Finalised on %1 by %2 – %3, score %4%. Locked: reopen it, with a reason, "
                    "to change anything (revision %5)."
                )
                .replace("%1", (a["finalised_at"] or "")[:10])
                .replace("%2", a["finalised_by"] or "")
                .replace("%3", outcome_label)
                .replace("%4", f"{a['score']:.0f}" if a["score"] is not None else "–")
                .replace("%5", str(a["revision"] + 1))
            )
            self.lock_banner.show()
        else:
            self.lock_banner.hide()

    def _refresh_findings(self) -> None:
        assert self.data is not None and self._audit_id is not None
        self.findings_model.set_rows(list(self.data.findings.values()))
        self.actions_model.set_rows(audit_service.actions(self._ctx.db, self._audit_id))
        self.tabs.setTabText(
            1, self.tr("Findings and actions (%1)").replace("%1", str(len(self.data.findings)))
        )

    def _show_item(self, item_id: int) -> None:
        data = self.data
        assert data is not None
        it = data.items[item_id]
        req = self.tr("MUST") if it.requirement is Requirement.MUST else self.tr("SHOULD")
        saq = f" · SAQ {it.saq}" if it.saq else ""
        self.item_code.setText(f"{it.code} · {req}{saq}")
        self.item_text.setText(it.text)
        self.guidance.setText(it.guidance or self.tr("No guidance for this item."))
        own = self._operator_answers.get(item_id)
        if own is None:
            self.operator_answer.hide()
        else:
            text = self.tr("Operator's self-assessment: %1").replace("%1", own.answer.label)
            if own.comment:
                text += f" – “{own.comment}”"
            self.operator_answer.setText(text)
            self.operator_answer.show()
        result = data.result_of(item_id)
        a = data.answers.get(item_id)
        self.result_group.setExclusive(False)
        for r, b in self.result_buttons.items():
            b.setChecked(r is result and r is not Result.NOT_ASSESSED)
        self.result_group.setExclusive(True)
        self.severity_group.setExclusive(False)
        for s, b in self.severity_buttons.items():
            b.setChecked(bool(a and a["severity"] == s.value))
            b.setEnabled(result.is_shortfall and not data.is_locked)
        self.severity_group.setExclusive(True)
        self._loading = True
        self.note_edit.setPlainText(a["note"] if a else "")
        self._loading = False
        self.saved_label.setText(
            self.tr("Saved %1 by %2")
            .replace("%1", a["answered_at"][11:16] + " UTC")
            .replace("%2", a["answered_by"])
            if a
            else ""
        )
        self._fill_evidence(item_id)

    def _fill_evidence(self, item_id: int) -> None:
        assert self.data is not None
        self.evidence_list.clear()
        for e in self.data.evidence:
            if e["item_id"] != item_id:
                continue
            entry = QListWidgetItem(e["file_name"], self.evidence_list)
            entry.setData(Qt.ItemDataRole.UserRole, e["id"])
            entry.setToolTip(f"{e['file_name']}\n{e['size'] / 1024:.0f} KB\nSHA-256 {e['sha256']}")
            entry.setIcon(self._thumbnail(e))

    def _thumbnail(self, e: dict[str, Any]) -> QIcon:
        if e["media_type"].startswith("image/"):
            row = audit_service.evidence_content(self._ctx.db, e["id"])
            image = QImage.fromData(row["content"])
            if not image.isNull():
                return QIcon(
                    QPixmap.fromImage(
                        image.scaled(
                            THUMB,
                            THUMB,
                            Qt.AspectRatioMode.KeepAspectRatio,
                            Qt.TransformationMode.SmoothTransformation,
                        )
                    )
                )
        return self.style().standardIcon(self.style().StandardPixmap.SP_FileIcon)

    # --- navigation -------------------------------------------------------------------------

    def current_item_id(self) -> int | None:
        return self._current

    def select_item(self, item_id: int) -> None:
        leaf = self._tree_items.get(item_id)
        if leaf is not None:
            if leaf.isHidden():
                self.filter_combo.setCurrentIndex(FILTER_ALL)
            self.tree.setCurrentItem(leaf)
            self.tree.scrollToItem(leaf, QAbstractItemView.ScrollHint.PositionAtCenter)

    @Slot()
    def _on_tree_current_item_changed(self, current: QTreeWidgetItem | None, _prev: Any) -> None:
        if self._note_timer.isActive():
            self._note_timer.stop()
            self.save_note()
        item_id = current.data(0, ITEM_ROLE) if current is not None else None
        if item_id is None:
            return
        self._current = int(item_id)
        self._show_item(self._current)
        if self.data is not None and not self.data.is_locked:
            self._position_timer.start()

    @Slot()
    def _save_position(self) -> None:
        if self._audit_id is not None and self._current is not None:
            with contextlib.suppress(DomainError):  # the audit was locked meanwhile
                audit_service.remember_position(self._ctx.db, self._audit_id, self._current)

    def _visible_order(self) -> list[int]:
        assert self.data is not None
        return [i for i in self.data.items if not self._tree_items[i].isHidden()]

    def go_next(self) -> None:
        order = self._visible_order()
        if self._current in order:
            n = order.index(self._current)
            if n + 1 < len(order):
                self.select_item(order[n + 1])

    def go_unanswered(self, step: int) -> None:
        """N / P: the next (or previous) item without an answer, wrapping around."""
        if self.data is None:
            return
        order = self.data.ordered_ids()
        if not order:
            return
        start = order.index(self._current) if self._current in order else -1
        for k in range(1, len(order) + 1):
            candidate = order[(start + step * k) % len(order)]
            if self.data.result_of(candidate) is Result.NOT_ASSESSED:
                self.select_item(candidate)
                return
        self.window().statusBar().showMessage(self.tr("Every item is answered."), 4000)  # type: ignore[attr-defined]

    @Slot()
    def _apply_filter(self) -> None:
        if self.data is None:
            return
        mode = self.filter_combo.currentIndex()
        for item_id, leaf in self._tree_items.items():
            result = self.data.result_of(item_id)
            hide = (mode == FILTER_UNANSWERED and result is not Result.NOT_ASSESSED) or (
                mode == FILTER_SHORTFALLS and not result.is_shortfall
            )
            leaf.setHidden(hide)
        for s in reversed(self.data.sections):
            node = self._section_items[s.code]
            visible = any(not node.child(n).isHidden() for n in range(node.childCount()))
            node.setHidden(not visible)

    # --- answering --------------------------------------------------------------------------

    def answer(self, result: Result) -> bool:
        """Save the answer for the current item now. Returns whether it was saved."""
        if self.data is None or self._current is None:
            return False
        item_id = self._current
        a = self.data.answers.get(item_id)
        severity = None
        if result.is_shortfall:
            current = Severity(a["severity"]) if a and a["severity"] else None
            default = Severity.MINOR if result is Result.PARTIALLY_MET else Severity.MAJOR
            severity = current or default
        note = self.note_edit.toPlainText()
        try:
            audit_service.answer(
                self._ctx.db,
                self.data.audit["id"],
                item_id,
                result,
                self._ctx.actor,
                severity=severity,
                note=note,
            )
        except DomainError as exc:
            show_error(self, exc)
            self._show_item(item_id)
            return False
        self._after_save(item_id)
        if result in (Result.MET, Result.NOT_APPLICABLE):
            self.go_next()
        return True

    def set_severity(self, severity: Severity) -> None:
        if self.data is None or self._current is None:
            return
        result = self.data.result_of(self._current)
        if not result.is_shortfall:
            return
        try:
            audit_service.answer(
                self._ctx.db,
                self.data.audit["id"],
                self._current,
                result,
                self._ctx.actor,
                severity=severity,
                note=self.note_edit.toPlainText(),
            )
        except DomainError as exc:
            show_error(self, exc)
            return
        self._after_save(self._current)

    @Slot()
    def save_note(self) -> None:
        if self.data is None or self._current is None or self.data.is_locked:
            return
        item_id = self._current
        a = self.data.answers.get(item_id)
        note = self.note_edit.toPlainText()
        if (a["note"] if a else "") == note.strip():
            return
        result = self.data.result_of(item_id)
        severity = Severity(a["severity"]) if a and a["severity"] else None
        try:
            audit_service.answer(
                self._ctx.db,
                self.data.audit["id"],
                item_id,
                result,
                self._ctx.actor,
                severity=severity,
                note=note,
            )
        except DomainError as exc:
            show_error(self, exc)
            return
        self._after_save(item_id, keep_note=True)

    def _after_save(self, item_id: int, *, keep_note: bool = False) -> None:
        """Re-read the audit (one small query set) so the screen shows what is stored."""
        assert self._audit_id is not None
        self.data = audit_service.checklist(self._ctx.db, self._audit_id)
        self._paint_item(item_id)
        self._refresh_sections()
        self._refresh_header()
        self._refresh_findings()
        if not keep_note:
            self._show_item(item_id)
        else:
            a = self.data.answers.get(item_id)
            if a:
                self.saved_label.setText(
                    self.tr("Saved %1 by %2")
                    .replace("%1", a["answered_at"][11:16] + " UTC")
                    .replace("%2", a["answered_by"])
                )
        if self.filter_combo.currentIndex() != FILTER_ALL:
            self._apply_filter()
        self.changed.emit()

    @Slot()
    def _on_note_edit_text_changed(self) -> None:
        if not self._loading and self.data is not None and not self.data.is_locked:
            self._note_timer.start()

    def eventFilter(self, obj: Any, event: Any) -> bool:
        if (
            obj is self.note_edit
            and event.type() == event.Type.KeyPress
            and event.key() == Qt.Key.Key_Escape
        ):
            self._note_timer.stop()
            self.save_note()
            self.tree.setFocus()
            return True
        return super().eventFilter(obj, event)

    def hideEvent(self, event: Any) -> None:
        """Leaving the screen (or closing the window) writes what is pending, now."""
        if self._note_timer.isActive():
            self._note_timer.stop()
            self.save_note()
        if self._position_timer.isActive():
            self._position_timer.stop()
            self._save_position()
        super().hideEvent(event)

    def keyPressEvent(self, event: Any) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not self.note_edit.hasFocus():
            self.note_edit.setFocus()
            return
        super().keyPressEvent(event)

    # --- evidence ---------------------------------------------------------------------------

    def request_attach(self) -> None:
        if self.data is None or self._current is None or self.data.is_locked:
            return
        paths, _filter = QFileDialog.getOpenFileNames(
            self,
            self.tr("Attach evidence to %1").replace("%1", self.data.items[self._current].code),
            str(Path.home()),
            self.tr(
                "Evidence (*.jpg *.jpeg *.png *.gif *.webp *.bmp *.tif *.tiff *.pdf *.txt "
                "*.csv *.docx *.xlsx *.odt *.ods *.msg *.eml);;All files (*)"
            ),
        )
        self.attach_files([Path(p) for p in paths])

    def attach_files(self, paths: list[Path]) -> int:
        """Store each file; a refused one is explained and the others still go in."""
        assert self.data is not None and self._current is not None
        stored = 0
        problems = []
        for path in paths:
            try:
                audit_service.add_evidence(
                    self._ctx.db,
                    self.data.audit["id"],
                    path,
                    self._ctx.actor,
                    item_id=self._current,
                )
                stored += 1
            except DomainError as exc:
                problems.append(str(exc))
        if stored:
            self._after_save(self._current, keep_note=True)
            self._fill_evidence(self._current)
        if problems:
            show_error(self, DomainError("\n".join(problems)))
        return stored

    @Slot()
    def _on_remove_evidence_clicked(self) -> None:
        entry = self.evidence_list.currentItem()
        if entry is None or self._current is None:
            return
        try:
            audit_service.remove_evidence(self._ctx.db, int(entry.data(Qt.ItemDataRole.UserRole)))
        except DomainError as exc:
            show_error(self, exc)
            return
        self._after_save(self._current, keep_note=True)
        self._fill_evidence(self._current)

    @Slot()
    def _on_evidence_double_clicked(self, entry: QListWidgetItem) -> None:
        row = audit_service.evidence_content(
            self._ctx.db, int(entry.data(Qt.ItemDataRole.UserRole))
        )
        folder = Path(tempfile.mkdtemp(prefix="aeo-evidence-"))
        path = folder / Path(row["file_name"]).name
        path.write_bytes(row["content"])
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    # --- finalise, reopen, actions, reports -------------------------------------------------

    def request_finalise(self) -> None:
        if self.data is None:
            return
        overall = self.data.overall()
        preview = outcome(overall)
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Finalise %1").replace("%1", self.data.audit["reference"]),
            self.tr(
                "Finalise and lock this audit?\n\nScore %1%, outcome: %2.\n"
                "Afterwards a change needs a recorded revision."
            )
            .replace("%1", "–" if overall.percent is None else f"{overall.percent:.0f}")
            .replace("%2", preview.label),
            QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.accepted.connect(self.finalise)
        box.open()

    def finalise(self) -> bool:
        assert self.data is not None
        try:
            done = audit_service.finalise(self._ctx.db, self.data.audit["id"], self._ctx.actor)
        except DomainError as exc:
            show_error(self, exc)
            return False
        self.reload(self._current)
        self.window().statusBar().showMessage(  # type: ignore[attr-defined]
            self.tr("Audit finalised: %1. The case is now “%2”.")
            .replace("%1", done.outcome.label)
            .replace("%2", done.case_state.replace("_", " ")),
            8000,
        )
        self.changed.emit()
        return True

    def request_reopen(self) -> None:
        if self.data is None:
            return
        reason, ok = QInputDialog.getMultiLineText(
            self,
            self.tr("Reopen %1").replace("%1", self.data.audit["reference"]),
            self.tr("Why must the finalised audit change? (kept with the revision)"),
        )
        if ok:
            self.reopen(reason)

    def reopen(self, reason: str) -> bool:
        assert self.data is not None
        try:
            audit_service.reopen(self._ctx.db, self.data.audit["id"], reason, self._ctx.actor)
        except DomainError as exc:
            show_error(self, exc)
            return False
        self.reload(self._current)
        self.changed.emit()
        return True

    def _selected(self, view: QTableView, model: RowTableModel) -> dict[str, Any] | None:
        rows = view.selectionModel().selectedRows()
        return model.row(rows[0].row()) if rows else None

    def request_add_action(self) -> None:
        finding = self._selected(self.findings_view, self.findings_model)
        if finding is None:
            show_error(self, DomainError(self.tr("Select the finding the action answers.")))
            return
        from desktop.ui.dialogs.action_dialog import ActionDialog

        assert self.data is not None
        dialog = ActionDialog(self, self._ctx.db, self.data.audit["id"], finding)
        dialog.accepted.connect(lambda: self._after_save(finding["item_id"], keep_note=True))
        dialog.open()

    def request_action_done(self) -> None:
        action = self._selected(self.actions_view, self.actions_model)
        if action is None or self._current is None:
            return
        note, ok = QInputDialog.getMultiLineText(
            self,
            self.tr("Corrective action done"),
            self.tr("What shows that it is done (document, photo, record)?"),
        )
        if not ok:
            return
        try:
            audit_service.complete_action(self._ctx.db, action["id"], note)
        except DomainError as exc:
            show_error(self, exc)
            return
        self._refresh_findings()
        self.changed.emit()

    def request_action_verify(self) -> None:
        action = self._selected(self.actions_view, self.actions_model)
        if action is None:
            return
        try:
            audit_service.verify_action(self._ctx.db, action["id"], self._ctx.actor)
        except DomainError as exc:
            show_error(self, exc)
            return
        self._refresh_findings()
        self.changed.emit()

    def request_report(self, kind: str) -> None:
        if self.data is None:
            return
        from desktop.ui.reports.export import export_audit_report

        suggested = Path.home() / f"{self.data.audit['reference']}.{kind}"
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the audit report"),
            str(suggested),
            "Excel (*.xlsx)" if kind == "xlsx" else "PDF (*.pdf)",
        )
        if path:
            export_audit_report(self, self._ctx, self.data.audit["id"], Path(path))
