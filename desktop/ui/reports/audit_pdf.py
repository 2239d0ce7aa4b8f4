"""The audit report as a PDF, drawn with Qt's own printing: a :class:`QTextDocument` laid out
in HTML and painted page by page onto a :class:`QPdfWriter` (A4, 300 dpi, 15 mm margins),
with a footer line on every page.

The data comes from :func:`desktop.services.audit_report.report_data`; nothing here reads the
database. Like the Excel export, the file is written to ``<file>.tmp`` next to the target and
moved over it with :func:`os.replace`, so that a failure never leaves a half-written PDF.

Its texts are in the chosen language through :func:`desktop.domain.i18n._` (not Qt's
``tr()``): they are the service's texts, and the command line writes the PDF without a
translator installed.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterable
from datetime import date, datetime
from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

from desktop.domain import checklists as cl
from desktop.domain.errors import DomainError
from desktop.domain.i18n import _, pgettext
from desktop.services.audit_report import (
    AuditReport,
    label,
    outcome_text,
    programme_text,
    report_title,
    score_text,
    tmp_path_for,
)
from desktop.services.xlsx_writer import made_by

RESOLUTION_DPI = 300
MARGIN_MM = 15.0
#: Height kept free at the bottom of each page for the footer line, in points.
FOOTER_PT = 16.0
BODY_PT = 9.0
#: A heading with less room than this below it on its page moves to the next page, in points.
KEEP_WITH_NEXT_PT = 90.0

_OUTCOME_COLOURS = {
    cl.Outcome.MET: "#1b6e2e",
    cl.Outcome.IMPROVEMENT_PLAN: "#9a5b00",
    cl.Outcome.NOT_MET: "#b3261e",
}
_SEVERITY_COLOURS = {
    cl.Severity.CRITICAL: "#b3261e",
    cl.Severity.MAJOR: "#9a5b00",
    cl.Severity.MINOR: "#44546a",
}
_OVERDUE_COLOUR = "#b3261e"
_TEXT_COLOUR = "#1a1a1a"
_ACCENT = "#1f3a5f"
_RULE = "#c8d0da"
_HEAD_BG = "#e8edf3"

_CSS = f"""
body {{ font-size: {BODY_PT}pt; color: #1a1a1a; }}
h1 {{ font-size: 17pt; color: {_ACCENT}; margin-top: 0px; margin-bottom: 0px; }}
h2 {{ font-size: 12pt; color: {_ACCENT}; margin-top: 18px; margin-bottom: 6px; }}
td, th {{ vertical-align: top; }}
th {{ background-color: {_HEAD_BG}; text-align: left; font-weight: bold; }}
.label {{ color: #55606e; }}
.small {{ font-size: 8pt; color: #55606e; }}
.num {{ text-align: right; }}
"""

_app: QGuiApplication | None = None


def _ensure_app() -> None:
    """Fonts and painting need a QGuiApplication; the command line has none, so make one."""
    global _app
    if QCoreApplication.instance() is not None:
        return
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _app = QGuiApplication(["aeo-desk"])


def _e(value: object) -> str:
    return escape(str(value), quote=True)


def _day(value: date | None) -> str:
    return value.isoformat() if value else ""


def _moment(value: datetime | None) -> str:
    return value.strftime("%Y-%m-%d %H:%M") if value else ""


def _multiline(text: str) -> str:
    return "<br/>".join(_e(line) for line in text.splitlines())


def _severity(severity: cl.Severity | None) -> str:
    if severity is None:
        return ""
    colour = _SEVERITY_COLOURS[severity]
    return f'<span style="color:{colour}; font-weight:bold;">{_e(severity.label)}</span>'


def _header(report: AuditReport) -> str:
    dates = _("{start} to {end}").format(
        start=_day(report.planned_start), end=_day(report.planned_end)
    )
    if report.planned_start == report.planned_end:
        dates = _day(report.planned_start)
    status = report.status.label
    if report.revision:
        status = _("{status}, revision {revision}").format(
            status=report.status.label, revision=report.revision
        )
    finalised = ""
    if report.finalised_at:
        finalised = _("{when} by {name}").format(
            when=_moment(report.finalised_at), name=report.finalised_by
        )
    operator = report.operator_name
    if report.size_class is not None:
        operator = _("{operator} ({size} enterprise)").format(
            operator=report.operator_name, size=label(report.size_class).lower()
        )
    rows = [
        (_("Operator"), operator, _("Case"), report.case_reference),
        (_("Programme"), programme_text(report), _("Status"), status),
        (_("Audit dates"), dates, _("Finalised"), finalised or _("not yet")),
        (
            _("Checklist"),
            f"{report.template_name} ({report.template_code} {report.template_version})",
            _("Lead validator"),
            report.lead_validator,
        ),
        (
            _("Sites"),
            "\n".join(report.sites),
            _("Team"),
            "\n".join(report.team) or _("lead only"),
        ),
    ]
    body = "".join(
        "<tr>"
        f'<td width="13%" class="label">{_e(a)}</td><td width="40%">{_multiline(b)}</td>'
        f'<td width="16%" class="label" style="padding-left:10px;">{_e(c)}</td>'
        f'<td width="31%">{_multiline(d)}</td>'
        "</tr>"
        for a, b, c, d in rows
    )
    return (
        '<p class="small" style="margin-top:0px; margin-bottom:0px;">AEO Desk</p>'
        f"<h1>{_e(_('AEO site audit report'))}</h1>"
        '<p style="font-size:13pt; font-weight:bold; margin-top:2px; margin-bottom:6px;">'
        f"{_e(report.reference)}</p>"
        '<hr style="margin-top:0px; margin-bottom:4px;"/>'
        f'<table width="100%" cellspacing="0" cellpadding="3">{body}</table>'
    )


def _result(report: AuditReport) -> str:
    colour = _TEXT_COLOUR if report.outcome is None else _OUTCOME_COLOURS[report.outcome]
    middle = 'style="vertical-align:middle;"'
    if report.shortfalls == 1:
        counts = _("{answered} of {total} answered, {shortfalls} shortfall")
    else:
        counts = _("{answered} of {total} answered, {shortfalls} shortfalls")
    counts = counts.format(
        answered=report.answered, total=report.total, shortfalls=report.shortfalls
    )
    return (
        '<table width="100%" cellspacing="0" cellpadding="6" '
        'style="margin-top:8px; background-color:#f0f3f7;">'
        f'<tr><td width="13%" class="label" {middle}>{_e(_("Outcome"))}</td>'
        f'<td width="40%" {middle}><span style="font-size:11pt; font-weight:bold; '
        f'color:{colour};">{_e(outcome_text(report))}</span></td>'
        f'<td width="16%" class="label" style="vertical-align:middle; padding-left:10px;">'
        f"{_e(_('Overall score'))}</td>"
        f'<td width="31%" {middle}><span style="font-size:11pt; font-weight:bold;">'
        f"{_e(score_text(report.score))}</span>"
        f'<br/><span class="small">{_e(counts)}</span>'
        "</td></tr></table>"
    )


def _table(
    headers: Iterable[tuple[str, str, str]], rows: Iterable[str], *, padding: int = 4
) -> str:
    """``headers`` hold (title, width, extra style); header rows repeat on every page."""
    head = "".join(f'<th width="{w}" style="{s}">{_e(t)}</th>' for t, w, s in headers)
    return (
        f'<table width="100%" cellspacing="0" cellpadding="{padding}" border="1" '
        f'style="border-collapse:collapse; border-color:{_RULE}; border-style:solid;">'
        f"<thead><tr>{head}</tr></thead>{''.join(rows)}</table>"
    )


def _sections(report: AuditReport) -> str:
    rows = []
    for s in report.sections:
        indent = 12 * (s.depth - 1)
        weight = "bold" if s.depth == 1 else "normal"
        rows.append(
            "<tr>"
            f'<td style="padding-left:{indent + 4}px; font-weight:{weight};">{_e(s.code)}</td>'
            f'<td style="padding-left:{indent + 4}px; font-weight:{weight};">{_e(s.title)}</td>'
            f'<td align="right">{s.answered} / {s.total}</td>'
            f'<td align="right">{_e(score_text(s.score))}</td>'
            f'<td align="right">{s.shortfalls or ""}</td>'
            "</tr>"
        )
    headers = [
        (_("Section"), "10%", ""),
        (_("Title"), "54%", ""),
        (pgettext("section scores", "Answered"), "12%", "text-align:right;"),
        (_("Score"), "12%", "text-align:right;"),
        (_("Shortfalls"), "12%", "text-align:right;"),
    ]
    return f"<h2>{_e(_('Scores by section'))}</h2>" + _table(headers, rows, padding=3)


def _findings(report: AuditReport) -> str:
    if not report.findings:
        return (
            f"<h2>{_e(_('Findings and corrective actions'))}</h2>"
            f"<p>{_e(_('No findings: no assessed criterion was found partially met or not met.'))}"
            "</p>"
        )
    rows = []
    for f in report.findings:
        actions = report.actions_for(f.item_code)
        if actions:
            parts = []
            for a in actions:
                done = _action_done_text(a.completed_on, a.verified_on, a.verified_by)
                overdue = a.status is cl.ActionStatus.OVERDUE
                status_colour = _OVERDUE_COLOUR if overdue else "#55606e"
                status = f'<span style="color:{status_colour};">{_e(a.status.label)}</span>'
                owner_due = _("{owner}, due {day}:").format(owner=a.owner, day=_day(a.due_on))
                parts.append(
                    f"{_multiline(a.description)}<br/>"
                    f'<span class="small">{_e(owner_due)} '
                    f"{status}{_e(done)}</span>"
                )
            action_html = "<br/><br/>".join(parts)
        else:
            action_html = f'<span class="small">{_e(_("none planned"))}</span>'
        criterion = _("Criterion: {text}").format(text=f.item_text)
        rows.append(
            "<tr>"
            f"<td><b>{_e(f.item_code)}</b><br/>"
            f'<span class="small">{_e(f.requirement.label)}</span></td>'
            f"<td>{_severity(f.severity)}</td>"
            f"<td>{_multiline(f.description) or '&nbsp;'}<br/>"
            f'<span class="small">{_e(criterion)}</span></td>'
            f"<td>{action_html}</td>"
            "</tr>"
        )
    headers = [
        (_("Item"), "10%", ""),
        (_("Severity"), "10%", ""),
        (_("Finding"), "42%", ""),
        (_("Corrective actions"), "38%", ""),
    ]
    title = _("Findings and corrective actions ({count})").format(count=len(report.findings))
    return f"<h2>{_e(title)}</h2>" + _table(headers, rows)


def _action_done_text(completed_on: date | None, verified_on: date | None, by: str) -> str:
    """ ", done 2026-07-01, verified 2026-07-10 by NAME": what happened to an action since."""
    done = ""
    if completed_on:
        done = _(", done {day}").format(day=_day(completed_on))
    if verified_on:
        if by:
            done += _(", verified {day} by {name}").format(day=_day(verified_on), name=by)
        else:
            done += _(", verified {day}").format(day=_day(verified_on))
    return done


def report_html(report: AuditReport) -> str:
    """The report as the HTML subset that :class:`QTextDocument` understands. All user text
    is escaped."""
    return (
        "<html><head><meta charset='utf-8'/></head><body>"
        + _header(report)
        + _result(report)
        + _sections(report)
        + _findings(report)
        + "</body></html>"
    )


def _generated_by(report: AuditReport) -> str:
    return report.generated_by or made_by()


#: The footer is one line: a longer name is cut there (the PDF's author keeps it whole).
FOOTER_NAME_CHARS = 40


def footer_text(report: AuditReport, page: int, pages: int) -> str:
    by = _generated_by(report)
    if len(by) > FOOTER_NAME_CHARS:
        by = by[: FOOTER_NAME_CHARS - 1] + "…"
    return _(
        "AEO site audit report {reference}   ·   generated {when} by {name} with AEO Desk"
        "   ·   page {page} of {pages}"
    ).format(
        reference=report.reference,
        when=_moment(report.generated_at),
        name=by,
        page=page,
        pages=pages,
    )


def _keep_headings_with_next(doc: QTextDocument, page_height: float, space: float) -> None:
    """A section heading too close to the bottom of a page starts the next page instead, so
    that it stays with its table."""
    layout = doc.documentLayout()
    block = doc.begin()
    while block.isValid():
        if block.blockFormat().headingLevel() >= 2:
            top = layout.blockBoundingRect(block).top()
            if page_height - (top % page_height) < space:
                fmt = block.blockFormat()
                fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                QTextCursor(block).setBlockFormat(fmt)
        block = block.next()


def _render(report: AuditReport, target: Path) -> int:
    writer = QPdfWriter(str(target))
    writer.setResolution(RESOLUTION_DPI)
    writer.setTitle(report_title(report))
    writer.setCreator("AEO Desk")
    writer.setAuthor(_generated_by(report))
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
            QPageLayout.Unit.Millimeter,
        )
    )
    dpi = writer.resolution()
    page = writer.pageLayout().paintRectPixels(dpi)  # inside the margins, origin at 0, 0
    footer_px = FOOTER_PT * dpi / 72.0

    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(writer)
    font = QFont()
    font.setPointSizeF(BODY_PT)
    doc.setDefaultFont(font)
    doc.setDefaultStyleSheet(_CSS)
    doc.setDocumentMargin(0)
    doc.setHtml(report_html(report))
    body = QSizeF(page.width(), page.height() - footer_px)
    doc.setPageSize(body)
    _keep_headings_with_next(doc, body.height(), KEEP_WITH_NEXT_PT * dpi / 72.0)
    pages = doc.pageCount()

    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(f"cannot open {target.name} for writing")
    try:
        footer_font = QFont(font)
        footer_font.setPointSizeF(7.5)
        for n in range(pages):
            if n:
                writer.newPage()
            painter.save()
            painter.translate(0, -n * body.height())
            doc.drawContents(painter, QRectF(0, n * body.height(), body.width(), body.height()))
            painter.restore()
            painter.setFont(footer_font)
            painter.setPen(QColor(_RULE))
            line_y = page.height() - footer_px * 0.75
            painter.drawLine(0, round(line_y), round(page.width()), round(line_y))
            painter.setPen(QColor("#55606e"))
            painter.drawText(
                QRectF(0, line_y, page.width(), page.height() - line_y),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                footer_text(report, n + 1, pages),
            )
    finally:
        painter.end()
    return pages


def write_pdf(report: AuditReport, path: Path) -> int:
    """Write the report as a PDF at ``path``, atomically. Returns the number of pages."""
    _ensure_app()
    tmp = tmp_path_for(path)
    try:
        if not path.parent.is_dir():
            raise FileNotFoundError(2, "No such folder", str(path.parent))
        pages = _render(report, tmp)
        if not tmp.is_file() or tmp.stat().st_size == 0:
            raise OSError(f"nothing was written to {tmp.name}")
        os.replace(tmp, path)
    except OSError as exc:
        _discard(tmp)
        reason = exc.strerror or str(exc)
        raise DomainError(
            _("{what} could not be written to {path}: {reason}.").format(
                what=_("The report"), path=path, reason=reason
            )
        ) from exc
    except BaseException:
        _discard(tmp)
        raise
    return pages


def _discard(tmp: Path) -> None:
    with contextlib.suppress(OSError):
        tmp.unlink(missing_ok=True)
