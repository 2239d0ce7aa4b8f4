"""The field-laptop commands, end to end in child processes, between two database files."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers.audits import AUDITOR
from helpers.cli import run_cli
from helpers.field import PASS, build_office, case_uuids, snapshot

from db.repositories import field as field_repo
from desktop.domain import checklists as cl
from desktop.services import audit_service
from desktop.services.database import open_database

ENV = {"AEO_DESK_UNIT_PASSPHRASE": PASS}


@pytest.fixture
def home(tmp_path: Path) -> Path:
    h = tmp_path / "home"
    h.mkdir()
    return h


def test_field_commands_round_trip(tmp_path: Path, home: Path) -> None:
    office_path, laptop_path = tmp_path / "office.sqlite", tmp_path / "laptop.sqlite"
    office = build_office(open_database(office_path), tmp_path)
    refs = [r[0] for r in office.db.execute("SELECT reference FROM cases ORDER BY reference")]
    uuids = case_uuids(office.db, office.cases)
    office.db.close()
    pkg, ret = tmp_path / "out.aeopkg", tmp_path / "ret.aeopkg"

    out = run_cli(
        ["checkout", "--db", str(office_path), "--validator", "ana silva", "--laptop", "LAP-7",
         "--out", str(pkg)], home, env=ENV,
    )  # fmt: skip
    assert out.returncode == 0, out.stderr
    assert "checked out 2 case(s) to Ana Silva (LAP-7)" in out.stdout
    assert all(r in out.stdout for r in refs)

    again = run_cli(
        ["checkout", "--db", str(office_path), "--cases", refs[0], "--out", str(tmp_path / "2")],
        home, env=ENV,
    )  # fmt: skip
    assert again.returncode == 1
    assert "already checked out" in again.stderr and len(again.stderr.splitlines()) == 1

    status = run_cli(["field-status", "--db", str(office_path)], home)
    assert "2 case(s) on Ana Silva's laptop (LAP-7)" in status.stdout

    opened = run_cli(["open-package", "--db", str(laptop_path), str(pkg)], home, env=ENV)
    assert opened.returncode == 0, opened.stderr
    laptop = open_database(laptop_path)
    audit_uuid = snapshot(laptop, uuids)["audits"][0]["uuid"]
    audit_id = field_repo.Translator(laptop).id_of("audits", audit_uuid)
    item = list(audit_service.checklist(laptop, audit_id).items.values())[3]
    audit_service.answer(laptop, audit_id, item.id, cl.Result.NOT_APPLICABLE, AUDITOR)
    laptop.close()
    status = run_cli(["field-status", "--db", str(laptop_path)], home)
    assert "change(s) not returned" in status.stdout

    back = run_cli(["return", "--db", str(laptop_path), "--out", str(ret)], home, env=ENV)
    assert back.returncode == 0, back.stderr
    assert "return package #1" in back.stdout and "1 answers" in back.stdout

    dry = run_cli(["checkin", "--db", str(office_path), str(ret), "--dry-run"], home, env=ENV)
    assert dry.returncode == 0 and "dry run: nothing was written" in dry.stdout
    assert "answers: 1 changed" in dry.stdout

    done = run_cli(["checkin", "--db", str(office_path), str(ret)], home, env=ENV)
    assert done.returncode == 0, done.stderr
    assert "checked in" in done.stdout
    replay = run_cli(["checkin", "--db", str(office_path), str(ret)], home, env=ENV)
    assert replay.returncode == 0 and "already checked in" in replay.stdout

    laptop, office_db = open_database(laptop_path), open_database(office_path)
    assert snapshot(office_db, uuids) == snapshot(laptop, uuids)


def test_passphrase_problems_are_one_line(tmp_path: Path, home: Path) -> None:
    office_path = tmp_path / "office.sqlite"
    office = build_office(open_database(office_path), tmp_path)
    office.db.close()
    pkg = tmp_path / "out.aeopkg"
    missing = run_cli(
        ["checkout", "--db", str(office_path), "--validator", "Ana Silva", "--out", str(pkg)],
        home,
    )
    assert missing.returncode == 1
    assert "AEO_DESK_UNIT_PASSPHRASE" in missing.stderr
    short = run_cli(
        ["checkout", "--db", str(office_path), "--validator", "Ana Silva", "--out", str(pkg)],
        home, env={"AEO_DESK_UNIT_PASSPHRASE": "short"},
    )  # fmt: skip
    assert short.returncode == 1 and "at least 10 characters" in short.stderr
    assert not pkg.exists()
    ok = run_cli(
        ["checkout", "--db", str(office_path), "--validator", "Ana Silva", "--out", str(pkg)],
        home, env=ENV,
    )  # fmt: skip
    assert ok.returncode == 0
    wrong = run_cli(
        ["open-package", "--db", str(tmp_path / "laptop.sqlite"), str(pkg)],
        home, env={"AEO_DESK_UNIT_PASSPHRASE": "not the right one"},
    )  # fmt: skip
    assert wrong.returncode == 1
    assert wrong.stderr.strip() == "aeo-desk: The passphrase is wrong for this package."
    assert "Traceback" not in wrong.stderr


def test_conflicts_exit_1_until_resolved(tmp_path: Path, home: Path) -> None:
    office_path, laptop_path = tmp_path / "office.sqlite", tmp_path / "laptop.sqlite"
    office = build_office(open_database(office_path), tmp_path)
    refs = [r[0] for r in office.db.execute("SELECT reference FROM cases ORDER BY reference")]
    office.db.close()
    pkg, ret = tmp_path / "out.aeopkg", tmp_path / "ret.aeopkg"
    for args in (
        ["checkout", "--db", str(office_path), "--validator", "Ana Silva", "--out", str(pkg)],
        ["open-package", "--db", str(laptop_path), str(pkg)],
        ["return", "--db", str(laptop_path), "--out", str(ret)],
        ["release", "--db", str(office_path), "--cases", ",".join(refs), "--reason", "Urgent"],
    ):
        done = run_cli(args, home, env=ENV)
        assert done.returncode == 0, (args, done.stderr)
    refused = run_cli(["checkin", "--db", str(office_path), str(ret)], home, env=ENV)
    assert refused.returncode == 1
    assert refused.stdout.count("conflict: case") == 2
    assert "A manager released the case by force" in refused.stdout
    assert "--resolve" in refused.stderr
    resolved = run_cli(
        ["checkin", "--db", str(office_path), str(ret), "--resolve", "office"], home, env=ENV
    )
    assert resolved.returncode == 0, resolved.stderr
