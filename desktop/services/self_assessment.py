"""The operator's self-assessment, the round trip through Excel (``docs/self-assessment.md``).

* :func:`export_workbook` writes, for one case, a workbook the operator fills in offline: an
  "Instructions" sheet in plain language, a protected "Self-assessment" sheet with one row per
  checklist item that applies (only the Answer and Comment cells can be edited; the answer is
  picked from a list), and a very hidden "_meta" sheet holding a random token and the hash of
  the structure. The token is recorded with the case, so the file can be recognised when it
  comes back.
* :func:`import_workbook` reads the filled-in file back and refuses, with the reason, a file
  that is not such a workbook, one made by another database, one for another case, one whose
  rows or criteria were changed, and invalid answers (naming the row and the column). The
  same file imported twice is refused politely (:class:`AlreadyImportedError`): nothing
  changes.
* :func:`answers_for_case` and :func:`for_audit` give the latest self-assessment, to show
  beside the validator's answers.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import secrets
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Any, NamedTuple

import sqlite_utils
from openpyxl import Workbook, load_workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.styles import Alignment, Font, PatternFill, Protection
from openpyxl.utils import get_column_letter
from openpyxl.workbook.protection import WorkbookProtection
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from db.repositories import cases as case_repo
from db.repositories import self_assessment as repo
from db.repositories import staff as staff_repo
from db.repositories import templates as template_repo
from db.repositories.common import Row
from desktop.domain import checklists as cl
from desktop.domain import i18n
from desktop.domain.errors import DomainError, NotFoundError, ValidationError
from desktop.domain.i18n import _
from desktop.services import clock, templates, xlsx_writer
from desktop.services.actor import Actor

logger = logging.getLogger(__name__)

FORMAT = "aeo-desk-self-assessment/1"
SHEET_INSTRUCTIONS = "Instructions"
SHEET_ANSWERS = "Self-assessment"
SHEET_META = "_meta"

COL_SECTION = "Section"
COL_ITEM = "Item"
COL_CRITERION = "Criterion"
COL_GUIDANCE = "Guidance"
COL_ANSWER = "Answer"
COL_COMMENT = "Comment"
#: The Self-assessment sheet's columns: (title, width, wrap text).
COLUMNS: tuple[tuple[str, float, bool], ...] = (
    (COL_SECTION, 26.0, True),
    (COL_ITEM, 10.0, False),
    (COL_CRITERION, 60.0, True),
    (COL_GUIDANCE, 50.0, True),
    (COL_ANSWER, 16.0, False),
    (COL_COMMENT, 50.0, True),
)
ANSWER_COLUMN = 5
COMMENT_COLUMN = 6

MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_COMMENT = 4000
MAX_RESPONDENT = 200
#: Invalid answers listed at most; the rest are counted.
MAX_PROBLEMS = 40

_FORMULA_STARTS = ("=", "+", "-", "@")
_HEADER_FONT = Font(bold=True)
_HEADER_FILL = PatternFill("solid", fgColor="DDE4EE")
_INPUT_FILL = PatternFill("solid", fgColor="FFF7D6")
_TITLE_FONT = Font(bold=True, size=14)
_TOP_WRAP = Alignment(vertical="top", wrap_text=True)
_TOP = Alignment(vertical="top")
_UNLOCKED = Protection(locked=False)


class SelfAnswer(Enum):
    YES = "yes"
    PARTLY = "partly"
    NO = "no"
    NOT_APPLICABLE = "not_applicable"

    @property
    def english(self) -> str:
        return {
            SelfAnswer.YES: "Yes",
            SelfAnswer.PARTLY: "Partly",
            SelfAnswer.NO: "No",
            SelfAnswer.NOT_APPLICABLE: "Not applicable",
        }[self]

    @property
    def label(self) -> str:
        """In the current language."""
        labels = {
            SelfAnswer.YES: _("Yes"),
            SelfAnswer.PARTLY: _("Partly"),
            SelfAnswer.NO: _("No"),
            SelfAnswer.NOT_APPLICABLE: _("Not applicable"),
        }
        return labels[self]


#: The answers offered, in English; a workbook offers them in its own language.
ANSWER_LABELS = tuple(a.english for a in SelfAnswer)
#: What an operator may type instead of picking from the list (any case); the labels in
#: every language are added by :func:`_answer_words`.
_ANSWER_WORDS = {
    **{a.english.lower(): a for a in SelfAnswer},
    "y": SelfAnswer.YES,
    "n": SelfAnswer.NO,
    "part": SelfAnswer.PARTLY,
    "partially": SelfAnswer.PARTLY,
    "n/a": SelfAnswer.NOT_APPLICABLE,
    "na": SelfAnswer.NOT_APPLICABLE,
    "not_applicable": SelfAnswer.NOT_APPLICABLE,
}


def _in(language: str, text: str) -> str:
    """``text`` in ``language`` (the workbook's, which may not be the current one)."""
    return i18n.catalog(language).get(text, text)


def _answer_words() -> dict[str, SelfAnswer]:
    words = dict(_ANSWER_WORDS)
    for language in i18n.LANGUAGES:
        for a in SelfAnswer:
            words.setdefault(_in(language, a.english).lower(), a)
    return words


def _workbook_language(meta: dict[str, Any]) -> str:
    """The language a workbook was written in (English for those made before it was noted)."""
    language = meta.get("language")
    return language if language in i18n.LANGUAGES else "en"


class OperatorAnswer(NamedTuple):
    answer: SelfAnswer
    comment: str


class AlreadyImportedError(DomainError):
    """This very file was imported for the case before; nothing was changed."""

    def __init__(self, message: str, self_assessment_id: int) -> None:
        super().__init__(message)
        self.self_assessment_id = self_assessment_id


@dataclass(frozen=True)
class _Question:
    item_id: int
    code: str
    text: str
    guidance: str
    section: str  # "G.1 Compliance record"


# --- the checklist of a case ----------------------------------------------------------------


def _clean(text: str) -> str:
    """Text as it is stored in the workbook (characters XML forbids are dropped)."""
    return ILLEGAL_CHARACTERS_RE.sub("", text)


def structure_hash(questions: list[_Question]) -> str:
    """sha256 of the ordered item codes and texts: any row added, removed, moved or reworded
    changes it."""
    body = json.dumps([[q.code, _clean(q.text)] for q in questions], ensure_ascii=False)
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def _case(db: sqlite_utils.Database, case_id: int) -> Row:
    case = case_repo.get_case(db, case_id)
    if case is None:
        raise NotFoundError(_("Case {id} does not exist (any more).").format(id=case_id))
    return case


def case_reference(db: sqlite_utils.Database, case_id: int) -> str:
    """The case's reference (for a file name), or "case-<id>" when it does not exist."""
    case = case_repo.get_case(db, case_id)
    return str(case["reference"]) if case else f"case-{case_id}"


def _checklist_of_case(db: sqlite_utils.Database, case: Row) -> tuple[int, str, bool]:
    """(template id, programme code, MSME track): the newest audit's, else the default."""
    audit = repo.newest_audit_of_case(db, case["id"])
    if audit is not None:
        return int(audit["template_id"]), audit["programme_code"], bool(audit["is_msme_track"])
    programme = case["programme_code"]
    choice = templates.default_for(db, programme)
    return choice.template_id, programme, programme == "MSME"


def _questions(
    db: sqlite_utils.Database, template_id: int, programme: str, msme_track: bool
) -> list[_Question]:
    t = templates.template(db, template_id)
    ids = {r["code"]: int(r["id"]) for r in template_repo.items_of(db, template_id)}
    out: list[_Question] = []
    for _depth, section in t.walk():
        for item in section.items:
            if cl.in_scope(item, programme, msme_track):
                out.append(
                    _Question(
                        ids[item.code],
                        item.code,
                        item.text,
                        item.guidance,
                        f"{section.code} {section.title}",
                    )
                )
    return out


# --- export ---------------------------------------------------------------------------------


def export_workbook(
    db: sqlite_utils.Database,
    case_id: int,
    path: Path,
    actor: Actor,
    *,
    password: str | None = None,
) -> int:
    """Write the case's self-assessment workbook at ``path`` (atomically) and record it.
    Returns the number of questions. ``password`` (optional) protects the sheet and the
    workbook's structure; without it they are protected with no password."""
    path = Path(path)
    case = _case(db, case_id)
    template_id, programme, msme_track = _checklist_of_case(db, case)
    questions = _questions(db, template_id, programme, msme_track)
    if not questions:
        raise DomainError(
            _(
                "The checklist of case {reference} has no items for programme {programme}; "
                "there is nothing to ask the operator."
            ).format(reference=case["reference"], programme=programme)
        )
    validator = staff_repo.get_staff(db, case["validator_id"]) if case["validator_id"] else None
    token = secrets.token_hex(16)
    digest = structure_hash(questions)
    t_row = template_repo.get(db, template_id)
    assert t_row is not None
    wb = _build(case, validator, questions, token, digest, t_row, password)
    with db.atomic():
        repo.insert_workbook(
            db,
            {
                "case_id": case_id,
                "template_id": template_id,
                "token": token,
                "structure_sha256": digest,
                "created_at": clock.now_iso(),
                "created_by": actor.name,
            },
        )
        _save(wb, path)  # a failure here rolls the record back: no token without a file
    logger.info("self-assessment workbook for case %s: %d questions", case_id, len(questions))
    return len(questions)


def tmp_path_for(path: Path) -> Path:
    return path.with_suffix(path.suffix + ".tmp")


def _save(wb: Workbook, path: Path) -> None:
    # xlsx_writer translates ``what``.
    xlsx_writer.atomic_save(wb, path, what="The self-assessment workbook")


def _put(ws: Worksheet, row: int, column: int, value: Any, *, wrap: bool = False) -> Cell:
    """Write one cell; text is never a formula and holds no character XML forbids."""
    cell: Cell = ws.cell(row=row, column=column)
    if isinstance(value, str):
        xlsx_writer.set_text(cell, value)
    else:
        cell.value = value
    cell.alignment = _TOP_WRAP if wrap else _TOP
    return cell


def _build(
    case: Row,
    validator: Row | None,
    questions: list[_Question],
    token: str,
    digest: str,
    template: Row,
    password: str | None,
) -> Workbook:
    wb = Workbook()
    first = wb.active
    assert first is not None
    respondent_cell = _instructions(first, case, validator, password)
    _answers_sheet(wb.create_sheet(_(SHEET_ANSWERS)), questions, password)
    meta = wb.create_sheet(SHEET_META)
    for n, (key, value) in enumerate(
        (
            ("format", FORMAT),
            ("token", token),
            ("structure_sha256", digest),
            ("case_reference", case["reference"]),
            ("template", f"{template['code']} {template['version']}"),
            ("questions", len(questions)),
            ("respondent_cell", respondent_cell),
            ("language", i18n.language()),
        ),
        1,
    ):
        _put(meta, n, 1, key)
        _put(meta, n, 2, value)
    meta.sheet_state = "veryHidden"
    _protect(meta, password)
    security = WorkbookProtection(lockStructure=True)
    if password:
        security.workbookPassword = password
    wb.security = security
    wb.active = 0
    wb.properties.title = _("AEO self-assessment, case {reference}").format(
        reference=case["reference"]
    )
    wb.properties.creator = "AEO Desk"
    return wb


def _protect(ws: Worksheet, password: str | None) -> None:
    ws.protection.sheet = True
    # People may widen columns and rows to read; nothing else.
    ws.protection.formatColumns = False
    ws.protection.formatRows = False
    if password:
        ws.protection.password = password


def _instructions(ws: Worksheet, case: Row, validator: Row | None, password: str | None) -> str:
    ws.title = _(SHEET_INSTRUCTIONS)
    ws.column_dimensions["A"].width = 26
    ws.column_dimensions["B"].width = 90
    if validator is not None:
        contact = validator["name"] + (f", {validator['email']}" if validator["email"] else "")
        office = f" ({validator['office']})" if validator["office"] else ""
        who = _("{person}: your validator for this application.").format(
            person=f"{contact}{office}"
        )
    else:
        who = _(
            "No validator has been named for your application yet: contact the AEO unit of "
            "Customs and quote the case reference above."
        )
    respondent_label = _("Filled in by (name, role)")
    lines: list[tuple[str, str]] = [
        ("", _("Self-assessment for the AEO programme: {operator}").format(
            operator=case["operator_name"])),
        (_("Case"), case["reference"]),
        (_("Programme"), case.get("programme_name") or case["programme_code"]),
        (_("Prepared on"), clock.today().isoformat()),
        ("", ""),
        (_("What is AEO?"),
         _("AEO means Authorised Economic Operator. It is a status that Customs gives to "
           "businesses it can trust: their goods usually go through Customs faster, with fewer "
           "checks. Small and medium-sized businesses can obtain it too; you do not need a "
           "customs department.")),
        (_("Why this workbook?"),
         _("Before visiting you, Customs would like to know how your business works today. "
           "Each row of the sheet 'Self-assessment' is one question that Customs looks at. "
           "Your answers help us prepare the visit and tell you early what to improve. A 'No' "
           "is not a failure: answer for your business as it is today.")),
        (_("How to answer"),
         _("Open the sheet 'Self-assessment'. Read the question (column Criterion) and the "
           "explanation next to it (column Guidance). In the column Answer, click the cell and "
           "pick one of: Yes, Partly, No, Not applicable. In the column Comment, say in your "
           "own words what you do, or name the document that shows it (for example: 'stock "
           "list in Excel, checked every Friday by the warehouse manager').")),
        (SelfAnswer.YES.label,
         _("You do this, every time, and you can show it (a document, a record, or the "
           "person who is responsible).")),
        (SelfAnswer.PARTLY.label,
         _("You do some of it, or not every time, or it is not written down. Say in "
           "the Comment what is missing; that is what we can help you with.")),
        (SelfAnswer.NO.label, _("You do not do this yet.")),
        (SelfAnswer.NOT_APPLICABLE.label,
         _("The question does not concern your business (for example, you "
           "do not store goods). Say why in the Comment.")),
        (_("Not sure?"),
         _("Leave the Answer empty and write your question in the Comment: your "
           "validator will go through it with you.")),
        (_("Please do not"),
         _("add, delete or move rows, or change the questions. Only the Answer and Comment "
           "cells can be changed. AEO Desk checks the file when it comes back and refuses a "
           "file whose questions were changed.")),
        (_("When you have finished"),
         _("Write your name and role in the yellow cell below, save the file (keep it as an "
           "Excel .xlsx file) and send it back to your validator by email.")),
        (respondent_label, ""),
        ("", ""),
        (_("Who to call"), who),
        ("", _("Quote the case reference when you call or write.")),
    ]  # fmt: skip
    respondent_row = 0
    for n, (label, text) in enumerate(lines, 1):
        head = _put(ws, n, 1, label, wrap=True)
        head.font = _HEADER_FONT
        body = _put(ws, n, 2, text, wrap=True)
        if n == 1:
            body.font = _TITLE_FONT
        if label == respondent_label:
            respondent_row = n
            body.protection = _UNLOCKED
            body.fill = _INPUT_FILL
    _protect(ws, password)
    return f"B{respondent_row}"


def _answers_sheet(ws: Worksheet, questions: list[_Question], password: str | None) -> None:
    for col, (title, width, _wrap) in enumerate(COLUMNS, 1):
        cell = _put(ws, 1, col, _(title))
        cell.font = _HEADER_FONT
        cell.fill = _HEADER_FILL
        ws.column_dimensions[get_column_letter(col)].width = width
    for n, q in enumerate(questions, 2):
        values = (q.section, q.code, q.text, q.guidance)
        for col, value in enumerate(values, 1):
            _put(ws, n, col, value, wrap=COLUMNS[col - 1][2])
        for col in (ANSWER_COLUMN, COMMENT_COLUMN):
            cell = _put(ws, n, col, None, wrap=COLUMNS[col - 1][2])
            cell.protection = _UNLOCKED
            cell.fill = _INPUT_FILL
    last = len(questions) + 1
    letter = get_column_letter(ANSWER_COLUMN)
    dv = DataValidation(
        type="list",
        formula1='"' + ",".join(a.label for a in SelfAnswer) + '"',
        allow_blank=True,
        showErrorMessage=True,
        showInputMessage=True,
        errorTitle=_(COL_ANSWER),
        error=_("Please pick Yes, Partly, No or Not applicable from the list."),
        promptTitle=_(COL_ANSWER),
        prompt=_("Yes, Partly, No or Not applicable"),
    )
    dv.add(f"{letter}2:{letter}{last}")
    ws.add_data_validation(dv)
    ws.freeze_panes = "C2"
    _protect(ws, password)


# --- import ---------------------------------------------------------------------------------


def import_workbook(
    db: sqlite_utils.Database, path: Path, actor: Actor, *, case_id: int | None = None
) -> int:
    """Store the answers of a filled-in self-assessment workbook; return its id.

    Refused (:class:`DomainError`, with the reason; nothing stored): a file that is not a
    self-assessment workbook, one this database did not make, one for another case than
    ``case_id``, one whose structure changed, invalid answers (:class:`ValidationError`
    naming each row and column). The same file twice: :class:`AlreadyImportedError`.
    """
    path = Path(path)
    content = _read_bytes(path)
    digest = hashlib.sha256(content).hexdigest()
    meta, header, table, respondent = _read_workbook(path)
    language = _workbook_language(meta)
    token = str(meta.get("token") or "")
    if meta.get("format") != FORMAT or not token:
        raise DomainError(
            _(
                "{file} is not an AEO Desk self-assessment workbook (its hidden "
                "identification sheet is missing or damaged)."
            ).format(file=path.name)
        )
    sent = repo.workbook_by_token(db, token)
    if sent is None:
        raise DomainError(
            _(
                "{file} was not made by this AEO Desk database (its token is unknown here). "
                "It may come from another office's installation; export a new workbook from "
                "the case."
            ).format(file=path.name)
        )
    case = _case(db, int(sent["case_id"]))
    if case_id is not None and case_id != sent["case_id"]:
        wanted = case_repo.get_case(db, case_id)
        wanted_ref = wanted["reference"] if wanted else f"#{case_id}"
        raise DomainError(
            _(
                "{file} is the self-assessment of case {reference} ({operator}), not of case "
                "{wanted}."
            ).format(
                file=path.name,
                reference=case["reference"],
                operator=case["operator_name"],
                wanted=wanted_ref,
            )
        )
    audit = repo.newest_audit_of_case(db, case["id"])
    programme = case["programme_code"]
    msme = programme == "MSME"
    if audit is not None and audit["template_id"] == sent["template_id"]:
        programme, msme = audit["programme_code"], bool(audit["is_msme_track"])
    questions = _questions(db, int(sent["template_id"]), programme, msme)
    if structure_hash(questions) != sent["structure_sha256"]:
        raise DomainError(
            _(
                "The checklist of case {reference} has changed since {file} was made; export "
                "a new workbook for the operator."
            ).format(reference=case["reference"], file=path.name)
        )
    if meta.get("structure_sha256") != sent["structure_sha256"]:
        raise DomainError(
            _(
                "{file} was changed: its structure record does not match the workbook that "
                "was sent. Export a new workbook for the operator."
            ).format(file=path.name)
        )
    _check_structure(path, header, table, questions, language)
    answers = _answers(table, questions, language)
    if not answers:
        raise DomainError(
            _("{file} has no answers yet: the {column} column is empty on every row.").format(
                file=path.name, column=_in(language, COL_ANSWER)
            )
        )
    with db.atomic():
        before = repo.find_import(db, case["id"], digest)
        if before is not None:
            when = before["imported_at"][:16].replace("T", " ")
            raise AlreadyImportedError(
                _("{file} was already imported on {when} by {who}; nothing was changed.").format(
                    file=path.name, when=when, who=before["imported_by"]
                ),
                int(before["id"]),
            )
        sa_id = repo.insert_self_assessment(
            db,
            {
                "case_id": case["id"],
                "template_id": sent["template_id"],
                "workbook_token": token,
                "file_name": path.name[:200],
                "sha256": digest,
                "respondent": respondent,
                "imported_at": clock.now_iso(),
                "imported_by": actor.name,
            },
            [(item_id, a.answer.value, a.comment) for item_id, a in answers.items()],
        )
    logger.info("self-assessment %d imported for case %s", sa_id, case["id"])
    return sa_id


def _read_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise DomainError(
                _("{file} is too large ({size:.0f} MB) for a workbook.").format(
                    file=path.name, size=size / 1e6
                )
            )
        return path.read_bytes()
    except OSError as exc:
        raise DomainError(
            _("Cannot read {file}: {reason}.").format(file=path.name, reason=exc.strerror or exc)
        ) from exc


_Table = list[tuple[Any, ...]]


def _read_workbook(path: Path) -> tuple[dict[str, Any], tuple[Any, ...], _Table, str]:
    """(meta, header row, data rows as (value, data type) pairs, respondent). The sheets are
    named in the workbook's language (``meta["language"]``)."""
    not_ours = DomainError(
        _(
            "{file} is not an AEO Desk self-assessment workbook: it has no '{sheet}' sheet "
            "with its hidden identification."
        ).format(file=path.name, sheet=_(SHEET_ANSWERS))
    )
    try:
        wb = load_workbook(path, read_only=True, data_only=False)
    except Exception as exc:  # openpyxl raises many kinds for a damaged file: logged
        logger.info("unreadable workbook %s", path.name, exc_info=True)
        raise DomainError(
            _("{file} is not an Excel workbook that can be read.").format(file=path.name)
        ) from exc
    try:
        if SHEET_META not in wb.sheetnames:
            raise not_ours
        meta: dict[str, Any] = {}
        for r in wb[SHEET_META].iter_rows(max_col=2, values_only=True):
            if r and isinstance(r[0], str):
                meta[r[0]] = r[1] if len(r) > 1 else None
        language = _workbook_language(meta)

        def sheet_named(english: str) -> str | None:
            names = (_in(language, english), english)
            return next((name for name in names if name in wb.sheetnames), None)

        answers_sheet = sheet_named(SHEET_ANSWERS)
        instructions_sheet = sheet_named(SHEET_INSTRUCTIONS)
        if answers_sheet is None:
            raise not_ours
        respondent = ""
        cell_ref = meta.get("respondent_cell")
        if (
            isinstance(cell_ref, str)
            and instructions_sheet is not None
            and len(cell_ref) < 10
            and cell_ref[:1].isalpha()
        ):
            with contextlib.suppress(ValueError, IndexError, KeyError):
                value = wb[instructions_sheet][cell_ref].value
                if isinstance(value, str):
                    respondent = " ".join(value.split())[:MAX_RESPONDENT]
        ws = wb[answers_sheet]
        reset = getattr(ws, "reset_dimensions", None)
        if reset is not None:
            reset()
        table: _Table = []
        header: tuple[Any, ...] = ()
        for n, cells in enumerate(ws.iter_rows(max_col=len(COLUMNS) + 4), 1):
            values = tuple((c.value, getattr(c, "data_type", "n")) for c in cells)
            if n == 1:
                header = tuple(v for v, _t in values)
            else:
                table.append(values)
            if n > 20_000:
                break
    except DomainError:
        raise
    except Exception as exc:  # openpyxl raises many kinds for a damaged file: logged
        logger.info("unreadable workbook %s", path.name, exc_info=True)
        raise DomainError(_("{file} cannot be read as a workbook.").format(file=path.name)) from exc
    finally:
        with contextlib.suppress(Exception):
            wb.close()
    return meta, header, table, respondent


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _check_structure(
    path: Path,
    header: tuple[Any, ...],
    table: _Table,
    questions: list[_Question],
    language: str = "en",
) -> None:
    titles = [_in(language, t) for t, _w, _wrap in COLUMNS]
    found = [_text(v).strip() for v in header[: len(titles)]]
    if found != titles:
        raise DomainError(
            _(
                "{file} was changed: the header row of the sheet '{sheet}' should read "
                "{titles}. Export a new workbook for the operator."
            ).format(file=path.name, sheet=_in(language, SHEET_ANSWERS), titles=", ".join(titles))
        )
    position = {q.code: n for n, q in enumerate(questions, 2)}

    def refused(why: str) -> DomainError:
        return DomainError(
            _(
                "{file} was changed, so it cannot be imported: {why} Ask the operator to fill "
                "in a new workbook, or copy the answers into one."
            ).format(file=path.name, why=why)
        )

    for n, q in enumerate(questions, 2):
        cells = table[n - 2] if n - 2 < len(table) else ()
        code = _text(cells[1][0]).strip() if len(cells) > 1 else ""
        text = _text(cells[2][0]) if len(cells) > 2 else ""
        if code != q.code:
            if not code:
                why = _(
                    "row {row} should hold item {code}, but it is empty (a row was added or "
                    "deleted)."
                ).format(row=n, code=q.code)
            elif code in position:
                why = _(
                    "row {row} holds item {found}, which belongs on row {other_row}; row "
                    "{row} should hold {code} (rows were moved, added or deleted)."
                ).format(row=n, found=code, other_row=position[code], code=q.code)
            else:
                why = _(
                    "row {row} holds '{found}', which is not a question of this workbook."
                ).format(row=n, found=code[:40])
            raise refused(why)
        if text != _clean(q.text):
            raise refused(
                _("row {row}, {column}: the text of item {code} was changed.").format(
                    row=n, column=_in(language, COL_CRITERION), code=q.code
                )
            )
    for n, cells in enumerate(table[len(questions) :], len(questions) + 2):
        if any(v not in (None, "") for v, _t in cells[:4]):
            raise refused(
                _("row {row} was added below the last question ({code}).").format(
                    row=n, code=questions[-1].code
                )
            )


def _answers(
    table: _Table, questions: list[_Question], language: str = "en"
) -> dict[int, OperatorAnswer]:
    problems: dict[str, str] = {}
    more = 0
    out: dict[int, OperatorAnswer] = {}
    words = _answer_words()
    labels = ", ".join(_in(language, a.english) for a in SelfAnswer)

    def cell(row: int, column: str) -> str:
        return _("Row {row}, {column}").format(row=row, column=_in(language, column))

    def bad(where: str, message: str) -> None:
        nonlocal more
        if len(problems) >= MAX_PROBLEMS:
            more += 1
        else:
            problems[where] = message

    for n, q in enumerate(questions, 2):
        cells = table[n - 2]
        raw, kind = cells[ANSWER_COLUMN - 1] if len(cells) >= ANSWER_COLUMN else (None, "n")
        note, note_kind = cells[COMMENT_COLUMN - 1] if len(cells) >= COMMENT_COLUMN else (None, "n")
        comment = ""
        if note_kind == "f":
            bad(cell(n, COL_COMMENT), _("is a formula; type the comment as text."))
        elif note is not None:
            comment = _text(note).strip()
            if len(comment) > MAX_COMMENT:
                bad(
                    cell(n, COL_COMMENT),
                    _("is {length:,} characters long; at most {limit:,}.").format(
                        length=len(comment), limit=MAX_COMMENT
                    ),
                )
        if kind == "f":
            bad(cell(n, COL_ANSWER), _("is a formula; pick the answer from the list."))
            continue
        answer_text = " ".join(_text(raw).split()).lower()
        if not answer_text:
            continue
        answer = words.get(answer_text)
        if answer is None:
            bad(
                cell(n, COL_ANSWER),
                _("'{answer}' (item {code}) is not one of {labels}.").format(
                    answer=_text(raw)[:40], code=q.code, labels=labels
                ),
            )
            continue
        out[q.item_id] = OperatorAnswer(answer, comment)
    if more:
        problems[""] = _("… and {count} more problem(s).").format(count=more)
    if problems:
        raise ValidationError(problems)
    return out


# --- reading answers back -------------------------------------------------------------------


def latest(db: sqlite_utils.Database, case_id: int) -> Row | None:
    """The case's latest imported self-assessment (imported_at, imported_by, respondent,
    file_name, ...), or None."""
    return repo.latest_of_case(db, case_id)


def history(db: sqlite_utils.Database, case_id: int) -> list[Row]:
    """Every self-assessment imported for the case, newest first, with its answer count."""
    return repo.list_of_case(db, case_id)


def answers_for_case(db: sqlite_utils.Database, case_id: int) -> dict[str, OperatorAnswer]:
    """The latest self-assessment's answers by item code (empty when there is none)."""
    sa = repo.latest_of_case(db, case_id)
    if sa is None:
        return {}
    return {
        r["code"]: OperatorAnswer(SelfAnswer(r["answer"]), r["comment"])
        for r in repo.answers_of(db, sa["id"])
    }


def for_audit(db: sqlite_utils.Database, audit_id: int) -> dict[int, OperatorAnswer]:
    """The operator's latest self-assessment answers keyed by the audit's checklist item ids
    (matched by item code when the audit uses another template version)."""
    audit = repo.audit_case_and_template(db, audit_id)
    if audit is None:
        raise NotFoundError(_("Audit {id} does not exist (any more).").format(id=audit_id))
    sa = repo.latest_of_case(db, audit["case_id"])
    if sa is None:
        return {}
    answers = repo.answers_of(db, sa["id"])
    if sa["template_id"] == audit["template_id"]:
        return {
            int(r["item_id"]): OperatorAnswer(SelfAnswer(r["answer"]), r["comment"])
            for r in answers
        }
    ids = {r["code"]: int(r["id"]) for r in template_repo.items_of(db, audit["template_id"])}
    return {
        ids[r["code"]]: OperatorAnswer(SelfAnswer(r["answer"]), r["comment"])
        for r in answers
        if r["code"] in ids
    }
