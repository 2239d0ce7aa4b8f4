"""Bad packages and faults during check-in: each is refused with a clear reason, and nothing
changes (the office database is compared row by row before and after)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from helpers.audits import AUDITOR, write_png
from helpers.field import (
    CHEAP,
    MANAGER,
    PASS,
    VALIDATOR_ACTOR,
    build_office,
    case_uuids,
    check_out,
    new_laptop,
    snapshot,
)

from db.repositories import field as field_repo
from desktop.domain import checklists as cl
from desktop.domain.errors import DomainError
from desktop.services import audit_service, field_service, package_format
from desktop.services.database import open_database
from desktop.services.package_format import (
    PackageDamagedError,
    PackageTooNewError,
    WrongPassphraseError,
    WrongUnitError,
)

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture
def office(db, tmp_path, frozen_clock):
    return build_office(db, tmp_path)


@pytest.fixture
def returned(office, tmp_path):
    """The office with its cases out, and the laptop's return package (answers, an
    attachment)."""
    pkg = check_out(office, tmp_path)
    laptop = new_laptop(tmp_path)
    field_service.open_package(laptop, pkg, PASS, VALIDATOR_ACTOR)
    uuid = snapshot(office.db, case_uuids(office.db, office.cases))["audits"][0]["uuid"]
    audit_id = field_repo.Translator(laptop).id_of("audits", uuid)
    items = list(audit_service.checklist(laptop, audit_id).items.values())
    for item in items[2:]:
        audit_service.answer(laptop, audit_id, item.id, cl.Result.NOT_APPLICABLE, AUDITOR)
    audit_service.add_evidence(laptop, audit_id, write_png(tmp_path, "x.png", 20_000), AUDITOR)
    ret = tmp_path / "ret.aeopkg"
    field_service.return_cases(laptop, ret, PASS, VALIDATOR_ACTOR, kdf=CHEAP)
    return office, laptop, ret, pkg


def _state(office):
    """Everything a check-in could change: the cases' rows, their locks, packages applied."""
    rows = snapshot(office.db, case_uuids(office.db, office.cases))
    locks = office.db.execute("SELECT * FROM field_checkout_cases ORDER BY id").fetchall()
    packages = office.db.execute("SELECT count(*) FROM field_packages").fetchone()
    return rows, locks, packages


def test_wrong_passphrase_at_check_in(returned):
    office, _laptop, ret, _pkg = returned
    before = _state(office)
    with pytest.raises(WrongPassphraseError, match="passphrase is wrong"):
        field_service.check_in(office.db, ret, "not the passphrase", MANAGER)
    assert _state(office) == before


def test_wrong_passphrase_when_opening(office, tmp_path):
    pkg = check_out(office, tmp_path)
    laptop = new_laptop(tmp_path)
    before = laptop.execute("SELECT count(*) FROM cases").fetchone()
    with pytest.raises(WrongPassphraseError):
        field_service.open_package(laptop, pkg, "wrong wrong wrong", VALIDATOR_ACTOR)
    assert laptop.execute("SELECT count(*) FROM cases").fetchone() == before
    assert field_repo.count_packages(laptop) == 0


@pytest.mark.parametrize("where", [0.3, 0.6, 0.999])
def test_tampered_byte(returned, where):
    office, _laptop, ret, _pkg = returned
    data = bytearray(ret.read_bytes())
    header_end = len(data) - package_format.read_header(ret).ciphertext_bytes
    at = header_end + int((len(data) - header_end) * where)
    data[at] ^= 0x01
    ret.write_bytes(bytes(data))
    before = _state(office)
    with pytest.raises(PackageDamagedError, match="altered"):
        field_service.check_in(office.db, ret, PASS, MANAGER)
    assert _state(office) == before


def test_tampered_header(returned):
    """The clear header is authenticated too: a changed sequence number is caught."""
    office, _laptop, ret, _pkg = returned
    data = ret.read_bytes()
    ret.write_bytes(data.replace(b'"seq":1', b'"seq":9', 1))
    before = _state(office)
    with pytest.raises(PackageDamagedError):
        field_service.check_in(office.db, ret, PASS, MANAGER)
    assert _state(office) == before


@pytest.mark.parametrize("keep", [0.5, 0.95])
def test_truncated(returned, keep):
    office, _laptop, ret, _pkg = returned
    data = ret.read_bytes()
    ret.write_bytes(data[: int(len(data) * keep)])
    before = _state(office)
    with pytest.raises(PackageDamagedError, match="truncated"):
        field_service.check_in(office.db, ret, PASS, MANAGER)
    assert _state(office) == before


def test_replayed_check_out_package_is_a_no_op(office, tmp_path):
    pkg = check_out(office, tmp_path)
    laptop = new_laptop(tmp_path)
    field_service.open_package(laptop, pkg, PASS, VALIDATOR_ACTOR)
    uuids = case_uuids(office.db, office.cases)
    uuid = snapshot(office.db, uuids)["audits"][0]["uuid"]
    audit_id = field_repo.Translator(laptop).id_of("audits", uuid)
    item = list(audit_service.checklist(laptop, audit_id).items.values())[3]
    audit_service.answer(laptop, audit_id, item.id, cl.Result.NOT_APPLICABLE, AUDITOR)
    work = snapshot(laptop, uuids)
    again = field_service.open_package(laptop, pkg, PASS, VALIDATOR_ACTOR)
    assert again.already_opened
    assert snapshot(laptop, uuids) == work  # the laptop's work is not overwritten


def test_replayed_return_after_a_new_check_out(returned, tmp_path):
    """An old return package (already checked in) is replayed, and a copy of it with a new
    identity cannot be made without the passphrase: the same bytes are a no-op."""
    office, _laptop, ret, _pkg = returned
    field_service.check_in(office.db, ret, PASS, MANAGER)
    (tmp_path / "again").mkdir()
    check_out(office, tmp_path / "again")
    before = _state(office)
    replay = field_service.check_in(office.db, ret, PASS, MANAGER)
    assert replay.already_applied is not None
    assert _state(office) == before


def test_package_from_another_unit(returned, tmp_path):
    office, _laptop, _ret, _pkg = returned
    other_dir = tmp_path / "other"
    other_dir.mkdir()
    other = build_office(open_database(other_dir / "other-office.sqlite"), other_dir)
    field_service.set_unit_name(other.db, "Port of Antwerp unit")
    pkg = check_out(other, other_dir)
    laptop = new_laptop(other_dir)
    field_service.open_package(laptop, pkg, PASS, VALIDATOR_ACTOR)
    foreign = other_dir / "foreign-return.aeopkg"
    field_service.return_cases(laptop, foreign, PASS, VALIDATOR_ACTOR, kdf=CHEAP)
    before = _state(office)
    with pytest.raises(WrongUnitError, match="Port of Antwerp unit"):
        field_service.check_in(office.db, foreign, PASS, MANAGER)
    assert _state(office) == before
    # And a laptop of the first unit refuses the other unit's check-out package.
    with pytest.raises(WrongUnitError):
        field_service.open_package(_laptop, pkg, PASS, VALIDATOR_ACTOR)


def test_package_from_a_newer_version(office, tmp_path):
    me = field_service.identity(office.db)
    newer = tmp_path / "newer.aeopkg"
    package_format.write_package(
        newer, kind="return", package_id="p-1", unit_id=me.unit_id, unit_name=me.unit_name,
        created_at="2026-06-15T10:00:00Z", created_by="future", app_version="9.0",
        schema_version=99, extra={}, payload=b"{}", passphrase=PASS, kdf=CHEAP,
    )  # fmt: skip
    with pytest.raises(PackageTooNewError, match="newer AEO Desk"):
        field_service.check_in(office.db, newer, PASS, MANAGER)
    layout = field_service.encode_payload({"payload": 2, "kind": "return"}, {})
    package_format.write_package(
        newer, kind="return", package_id="p-2", unit_id=me.unit_id, unit_name=me.unit_name,
        created_at="2026-06-15T10:00:00Z", created_by="future", app_version="9.0",
        schema_version=1, extra={}, payload=layout, passphrase=PASS, kdf=CHEAP,
    )  # fmt: skip
    with pytest.raises(PackageTooNewError, match="newer AEO Desk"):
        field_service.check_in(office.db, newer, PASS, MANAGER)


def test_a_check_out_package_is_not_a_return_package(returned):
    office, _laptop, _ret, pkg = returned
    with pytest.raises(DomainError, match="not a return package"):
        field_service.check_in(office.db, pkg, PASS, MANAGER)


def test_disk_full_during_check_in(returned):
    """SQLite's "database or disk is full" (here: a page limit at the current size) undoes
    the whole check-in."""
    office, _laptop, ret, _pkg = returned
    before = _state(office)
    pages = office.db.execute("PRAGMA page_count").fetchone()[0]
    office.db.execute(f"PRAGMA max_page_count = {pages}")
    with pytest.raises(DomainError, match="disk is full"):
        field_service.check_in(office.db, ret, PASS, MANAGER)
    office.db.execute("PRAGMA max_page_count = 1073741823")
    assert _state(office) == before
    field_service.check_in(office.db, ret, PASS, MANAGER)  # and it goes in once there is room


CHILD = """
import os, sys, time
sys.path.insert(0, {root!r})
from db.repositories import field as repo
from desktop.services import clock, field_service
from desktop.services.actor import Actor
from desktop.services.database import open_database

real = repo.upsert_many
calls = []
def slow(db, table, items, blobs):
    real(db, table, items, blobs)
    calls.append(table)
    if len(calls) == 2:  # halfway: rows written, transaction open
        print("APPLYING", flush=True)
        time.sleep(60)
repo.upsert_many = slow
db = open_database({path!r})
field_service.check_in(db, {pkg!r}, {passphrase!r}, Actor(name="child"))
print("DONE", flush=True)
"""


def test_sigkill_during_check_in(returned, tmp_path):
    office, _laptop, ret, _pkg = returned
    before = _state(office)
    path = office.db.execute("PRAGMA database_list").fetchone()[2]
    script = textwrap.dedent(CHILD).format(root=str(ROOT), path=path, pkg=str(ret), passphrase=PASS)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen(
        [sys.executable, "-c", script], stdout=subprocess.PIPE, text=True, env=env
    )
    try:
        line = child.stdout.readline() if child.stdout else ""
        assert line.strip() == "APPLYING"
        child.send_signal(signal.SIGKILL)
    finally:
        child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL
    office.db.close()
    again = open_database(path)
    assert again.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    office.db = again
    assert _state(office) == before  # still checked out, nothing half-applied
    plan = field_service.check_in(again, ret, PASS, MANAGER)
    assert plan.counts["answers"]["changed"] >= 1
