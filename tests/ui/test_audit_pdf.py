"""The audit report as a PDF (Qt's printing): a real file, its pages counted two ways."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from datetime import datetime
from html import escape
from pathlib import Path

import pytest
import sqlite_utils
from helpers.clock import FROZEN_NOW
from unit.services.test_audit_report import build_audit

from desktop.domain import i18n
from desktop.domain.checklists import ActionStatus, Outcome, Result, Severity
from desktop.domain.errors import DomainError
from desktop.services.audit_report import AuditReport, report_data
from desktop.ui.reports import audit_pdf
from desktop.ui.reports.audit_pdf import report_html, write_pdf

#: A page object in the PDF ("/Type /Pages" is the page tree, not a page).
_PAGE = re.compile(rb"/Type\s*/Page(?![a-zA-Z])")


def _pdf_pages(path: Path) -> int:
    return len(_PAGE.findall(path.read_bytes()))


@pytest.fixture
def small(db: sqlite_utils.Database, frozen_clock: datetime, tmp_path: Path) -> AuditReport:
    return report_data(db, build_audit(db, evidence_dir=tmp_path).audit_id)


def _big_template(path: Path, sections: int = 6, items: int = 20) -> Path:
    """A template with ``sections * items`` items, long texts included."""
    path.write_text(
        json.dumps(
            {
                "format": "aeo-desk-checklist/1",
                "code": "TEST-BIG",
                "version": "1",
                "name": "Big checklist for tests",
                "programmes": ["AEOF"],
                "sections": [
                    {
                        "code": f"S{s}",
                        "title": f"Section {s} <with markup & such>",
                        "items": [
                            {
                                "code": f"S{s}.{i}",
                                "text": f"Criterion {s}.{i}: " + "documented and applied. " * 6,
                                "requirement": "should",
                                "applies_to": ["AEOF"],
                                "msme_keeps": True,
                            }
                            for i in range(1, items + 1)
                        ],
                    }
                    for s in range(1, sections + 1)
                ],
            }
        ),
        encoding="utf-8",
    )
    return path


@pytest.fixture
def big(db: sqlite_utils.Database, frozen_clock: datetime, tmp_path: Path) -> AuditReport:
    codes = [f"S{s}.{i}" for s in range(1, 7) for i in range(1, 21)]
    answers = tuple(
        (code, Result.PARTIALLY_MET, Severity.MINOR, f"Shortfall at {code}: " + "detail. " * 20)
        for code in codes
    )
    built = build_audit(db, _big_template(tmp_path / "big.json"), answers=answers)
    return report_data(db, built.audit_id)


def test_writes_a_pdf_and_counts_its_pages(qapp, small: AuditReport, tmp_path: Path) -> None:
    out = tmp_path / "report.pdf"
    pages = write_pdf(small, out)
    data = out.read_bytes()
    assert data.startswith(b"%PDF")
    assert pages >= 1
    assert pages == _pdf_pages(out)
    assert b"/Type /Pages" in data
    assert not (tmp_path / "report.pdf.tmp").exists()


def test_more_items_make_more_pages(
    qapp, small: AuditReport, big: AuditReport, tmp_path: Path
) -> None:
    assert len(big.findings) == 120
    small_pages = write_pdf(small, tmp_path / "small.pdf")
    big_pages = write_pdf(big, tmp_path / "big.pdf")
    assert big_pages > small_pages
    assert big_pages == _pdf_pages(tmp_path / "big.pdf")
    assert big_pages >= 3


def test_user_text_is_escaped(qapp, small: AuditReport) -> None:
    html = report_html(small)
    assert small.reference in html
    assert "AEO site audit report" in html
    assert "Met with an improvement plan" in html
    assert "-no seal log is kept at the Rennes depot" in html
    with_markup = replace(small, operator_name="<script>alert('x')</script> & Co")
    html = report_html(with_markup)
    assert "<script>" not in html
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; Co" in html


@pytest.mark.parametrize("language", ["en", "fr"])
def test_colours_follow_the_codes_in_any_language(qapp, small: AuditReport, language: str) -> None:
    overdue = replace(
        small, actions=tuple(replace(a, status=ActionStatus.OVERDUE) for a in small.actions)
    )
    i18n.set_language(language)
    try:
        html = report_html(overdue)
        words = [
            escape(w.label, quote=True)
            for w in (Outcome.IMPROVEMENT_PLAN, Severity.MAJOR, ActionStatus.OVERDUE)
        ]
    finally:
        i18n.set_language("en")
    assert f'color:#9a5b00;">{words[0]}</span>' in html  # the outcome
    assert f'<span style="color:#9a5b00; font-weight:bold;">{words[1]}</span>' in html
    assert html.count(f'<span style="color:#b3261e;">{words[2]}</span>') == len(small.actions)


def test_the_footer_names_the_report_and_the_time(qapp, small: AuditReport) -> None:
    text = audit_pdf.footer_text(small, 1, 2)
    assert small.reference in text
    assert FROZEN_NOW.astimezone().strftime("%Y-%m-%d %H:%M") in text
    assert text.endswith("page 1 of 2")


def test_a_missing_folder_is_a_domain_error_and_leaves_nothing(
    qapp, small: AuditReport, tmp_path: Path
) -> None:
    with pytest.raises(DomainError, match=r"could not be written to .*report\.pdf"):
        write_pdf(small, tmp_path / "missing" / "report.pdf")
    assert list(tmp_path.glob("**/*.pdf*")) == []


def test_a_failure_keeps_the_old_file(
    qapp, small: AuditReport, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "report.pdf"
    out.write_bytes(b"%PDF- the good old report")

    def fail(src: object, dst: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(audit_pdf.os, "replace", fail)
    with pytest.raises(DomainError, match="No space left on device"):
        write_pdf(small, out)
    assert out.read_bytes() == b"%PDF- the good old report"
    assert sorted(p.name for p in tmp_path.glob("report*")) == ["report.pdf"]
