"""Checklist templates as data: bundled files, admin imports, frozen versions, retiring and the
default template for a programme. Real SQLite files throughout."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
import sqlite_utils
from helpers.audits import (
    AUDITOR,
    MINI_PATH,
    answer_all,
    case_in,
    install_data,
    install_mini,
    item_ids,
    mini_data,
    plan,
    template_data,
)
from helpers.builders import make_validator
from helpers.clock import FROZEN_NOW, frozen

from db import migrations
from db.connection import connect
from desktop.domain import checklists as cl
from desktop.domain.errors import DomainError, ValidationError
from desktop.services import audit_service, templates
from desktop.services.audit_service import AuditPlan

pytestmark = pytest.mark.usefixtures("frozen_clock")

BUNDLED = [f.name for f in templates.bundled_files()]


def _counts(db: sqlite_utils.Database) -> tuple[int, int, int]:
    return (
        db["checklist_templates"].count,
        db["checklist_sections"].count,
        db["checklist_items"].count,
    )


@pytest.fixture
def bare_db(tmp_path: Path) -> Iterator[sqlite_utils.Database]:
    """A migrated database that has never loaded the bundled templates (no open_database)."""
    database = connect(tmp_path / "bare.sqlite")
    migrations.check_compatible(database)
    migrations.apply(database)
    try:
        yield database
    finally:
        database.close()


def _retire_all(db: sqlite_utils.Database) -> None:
    """Take the bundled templates out of the way of a test that installs its own."""
    for t in templates.list_templates(db, include_retired=False):
        templates.set_retired(db, t["id"], True)


# --- bundled templates ----------------------------------------------------------------------


@pytest.mark.parametrize("name", BUNDLED or [pytest.param("none", marks=pytest.mark.skip)])
def test_each_bundled_template_is_valid(name: str) -> None:
    f = next(f for f in templates.bundled_files() if f.name == name)
    t = templates.read_template_text(f.read_text(encoding="utf-8"), f.name)
    assert t.programmes, f"{name} names no programme"
    assert set(t.programmes) <= set(cl.PROGRAMME_CODES)
    for programme in t.programmes:
        scoped = [i for i in t.all_items() if cl.in_scope(i, programme, t.msme_track)]
        assert scoped, f"{name}: nothing in scope for {programme}"
    assert cl.parse_template(cl.template_to_json(t)) == t


@pytest.mark.skipif(not BUNDLED, reason="no bundled template yet")
def test_ensure_bundled_installs_each_bundled_file_once(bare_db: sqlite_utils.Database) -> None:
    installed = templates.ensure_bundled(bare_db)
    assert len(installed) == len(BUNDLED)
    found = templates.list_templates(bare_db)
    assert sorted(t["source"] for t in found) == sorted(f"bundled:{n}" for n in BUNDLED)
    assert all(t["items"] > 0 for t in found)
    counts = _counts(bare_db)
    assert templates.ensure_bundled(bare_db) == []
    assert _counts(bare_db) == counts


def test_ensure_bundled_skips_a_broken_file_and_loads_the_others(
    bare_db: sqlite_utils.Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    broken = tmp_path / "broken.json"
    data = mini_data()
    data["code"] = "TEST-BROKEN"
    data["sections"][0]["items"][1]["requirement"] = "could"
    broken.write_text(json.dumps(data), encoding="utf-8")
    monkeypatch.setattr(templates, "bundled_files", lambda: [broken, MINI_PATH])
    with caplog.at_level(logging.ERROR, logger="desktop.services.templates"):
        assert templates.ensure_bundled(bare_db) == ["TEST-MINI 1"]
    assert "broken.json" in caplog.text
    assert "A.2" in caplog.text
    assert [t["code"] for t in templates.list_templates(bare_db)] == ["TEST-MINI"]
    assert templates.ensure_bundled(bare_db) == []
    assert _counts(bare_db) == (1, 3, 6)


def test_open_database_has_loaded_the_bundled_templates(db: sqlite_utils.Database) -> None:
    sources = {t["source"] for t in templates.list_templates(db)}
    assert sources == {f"bundled:{n}" for n in BUNDLED}


# --- importing a file -----------------------------------------------------------------------


def test_import_file_loads_sections_and_items(db: sqlite_utils.Database) -> None:
    before = _counts(db)
    template_id = templates.import_file(db, MINI_PATH)
    assert _counts(db) == (before[0] + 1, before[1] + 3, before[2] + 6)
    row = next(t for t in templates.list_templates(db) if t["id"] == template_id)
    assert (row["code"], row["version"], row["items"]) == ("TEST-MINI", "1", 6)
    assert row["source"] == "file:mini-checklist.json"
    assert row["programmes"] == ["AEOF", "AEOC", "AEOS"]
    assert templates.template(db, template_id) == cl.parse_template(mini_data())


def test_import_file_twice_is_one_template(db: sqlite_utils.Database) -> None:
    first = templates.import_file(db, MINI_PATH)
    counts = _counts(db)
    assert templates.import_file(db, MINI_PATH) == first
    assert _counts(db) == counts


def _mutate(path: list[Any], value: Any) -> Callable[[dict[str, Any]], None]:
    def change(data: dict[str, Any]) -> None:
        target: Any = data
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value

    return change


BROKEN: dict[str, tuple[Callable[[dict[str, Any]], None], str]] = {
    # name: (how to break the file, the code the message must name)
    "item code used twice": (_mutate(["sections", 1, "items", 0, "code"], "A.1"), "A.1"),
    "bad requirement": (_mutate(["sections", 0, "items", 1, "requirement"], "may"), "A.2"),
    "unknown programme": (_mutate(["sections", 1, "items", 1, "applies_to"], ["EU"]), "G.3"),
    "applies_to empty": (_mutate(["sections", 1, "items", 0, "applies_to"], []), "G.2"),
    "msme_keeps not bool": (
        _mutate(["sections", 1, "sections", 0, "items", 1, "msme_keeps"], "no"),
        "G.1.2",
    ),
    "empty section": (_mutate(["sections", 1, "sections", 0, "items"], []), "G.1"),
    "wrong format": (_mutate(["format"], "aeo-desk-checklist/0"), "aeo-desk-checklist/0"),
}


@pytest.mark.parametrize("case", list(BROKEN), ids=list(BROKEN))
def test_import_file_refuses_a_broken_file_naming_file_and_item(
    db: sqlite_utils.Database, tmp_path: Path, case: str
) -> None:
    breaker, code = BROKEN[case]
    data = mini_data()
    breaker(data)
    path = tmp_path / "site-checklist-v2.json"
    path.write_text(json.dumps(data, indent=2), encoding="utf-8")
    before = _counts(db)
    with pytest.raises(ValidationError) as exc:
        templates.import_file(db, path)
    assert "site-checklist-v2.json" in str(exc.value)
    assert code in str(exc.value)
    assert _counts(db) == before


def test_import_file_refuses_text_that_is_not_json(
    db: sqlite_utils.Database, tmp_path: Path
) -> None:
    path = tmp_path / "half-written.json"
    path.write_text('{\n  "format": "aeo-desk-checklist/1",\n  "code": \n', encoding="utf-8")
    before = _counts(db)
    with pytest.raises(ValidationError, match=r"half-written\.json is not valid JSON \(line 4"):
        templates.import_file(db, path)
    assert _counts(db) == before


@pytest.mark.parametrize("content", [b"\xff\xfe\x00{", None], ids=["not UTF-8", "missing file"])
def test_import_file_refuses_an_unreadable_file(
    db: sqlite_utils.Database, tmp_path: Path, content: bytes | None
) -> None:
    path = tmp_path / "latin1.json"
    if content is not None:
        path.write_bytes(content)
    before = _counts(db)
    with pytest.raises(ValidationError, match=r"cannot read latin1\.json"):
        templates.import_file(db, path)
    assert _counts(db) == before


def test_same_code_and_version_with_different_content_is_refused(
    db: sqlite_utils.Database, tmp_path: Path
) -> None:
    template_id = templates.import_file(db, MINI_PATH)
    data = mini_data()
    data["sections"][0]["items"][0]["text"] = "Changed after audits started."
    path = tmp_path / "mini-edited.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    before = _counts(db)
    with pytest.raises(ValidationError, match="TEST-MINI version 1 is already loaded") as exc:
        templates.import_file(db, path)
    assert exc.value.fields == ["Version"]
    assert _counts(db) == before
    assert templates.template(db, template_id) == cl.parse_template(mini_data())


def test_a_new_version_of_the_same_code_is_a_second_template(
    db: sqlite_utils.Database, tmp_path: Path
) -> None:
    first = templates.import_file(db, MINI_PATH)
    data = mini_data()
    data["version"] = "2"
    data["sections"][0]["items"][0]["text"] = "Changed in version 2."
    path = tmp_path / "mini-v2.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    second = templates.import_file(db, path)
    assert second != first
    assert templates.template(db, first).version == "1"
    assert next(templates.template(db, second).all_items()).text == "Changed in version 2."


def test_whitespace_and_key_order_do_not_make_a_different_version(
    db: sqlite_utils.Database, tmp_path: Path
) -> None:
    first = templates.import_file(db, MINI_PATH)
    path = tmp_path / "mini-reformatted.json"
    path.write_text(json.dumps(mini_data(), indent=4, sort_keys=True), encoding="utf-8")
    assert templates.import_file(db, path) == first


def test_sections_are_stored_as_a_tree(db: sqlite_utils.Database) -> None:
    template_id = install_mini(db)
    rows = list(
        db.query(
            "SELECT s.code, s.depth, p.code AS parent FROM checklist_sections s "
            "LEFT JOIN checklist_sections p ON p.id = s.parent_id WHERE s.template_id = ? "
            "ORDER BY s.id",
            [template_id],
        )
    )
    assert rows == [
        {"code": "A", "depth": 1, "parent": None},
        {"code": "G", "depth": 1, "parent": None},
        {"code": "G.1", "depth": 2, "parent": "G"},
    ]


# --- retiring -------------------------------------------------------------------------------


def test_retired_template_is_not_the_default_but_its_audits_go_on(
    db: sqlite_utils.Database,
) -> None:
    _retire_all(db)
    mini = install_mini(db)
    assert templates.default_for(db, "AEOF").template_id == mini
    audit_id = plan(db, template_id=mini)

    templates.set_retired(db, mini, True)

    assert mini not in [t["id"] for t in templates.list_templates(db, include_retired=False)]
    assert mini in [t["id"] for t in templates.list_templates(db)]
    with pytest.raises(DomainError, match="No checklist template is loaded"):
        templates.default_for(db, "AEOF")
    data = audit_service.checklist(db, audit_id)
    assert data.audit["template_code"] == "TEST-MINI"
    assert len(data.items) == 6
    answer_all(db, audit_id)
    assert audit_service.finalise(db, audit_id, AUDITOR).outcome is cl.Outcome.MET


def test_a_retired_template_cannot_be_chosen_for_a_new_audit(db: sqlite_utils.Database) -> None:
    mini = install_mini(db)
    templates.set_retired(db, mini, True)
    with pytest.raises(ValidationError, match="retired") as exc:
        plan(db, template_id=mini)
    assert exc.value.fields == ["Template"]
    assert db["audits"].count == 0


def test_a_retired_template_comes_back(db: sqlite_utils.Database) -> None:
    _retire_all(db)
    mini = install_mini(db)
    templates.set_retired(db, mini, True)
    templates.set_retired(db, mini, False)
    assert templates.default_for(db, "AEOF").template_id == mini


# --- default template for a programme -------------------------------------------------------


def _msme_template(**changes: Any) -> dict[str, Any]:
    data = template_data(code="TEST-MSME", items=4, programmes=("MSME", "T1"), msme_track=True)
    data.update(changes)
    return data


@pytest.mark.parametrize("programme", ["MSME", "T1"])
def test_default_for_msme_and_tier_1_is_the_msme_template(
    db: sqlite_utils.Database, programme: str
) -> None:
    _retire_all(db)
    full = install_data(db, template_data(code="TEST-FULL", programmes=("AEOF", "T1", "MSME")))
    msme = install_data(db, _msme_template())
    assert templates.default_for(db, programme).template_id == msme
    assert templates.default_for(db, "AEOF").template_id == full


@pytest.mark.parametrize("programme", ["MSME", "T1"])
def test_without_an_msme_template_msme_gets_the_full_one(
    db: sqlite_utils.Database, programme: str
) -> None:
    _retire_all(db)
    full = install_data(db, template_data(code="TEST-FULL", programmes=("AEOF", "AEOS")))
    choice = templates.default_for(db, programme)
    assert choice.template_id == full
    assert "no template names this programme" in choice.reason


def test_default_for_prefers_the_newest_version_of_a_code(db: sqlite_utils.Database) -> None:
    _retire_all(db)
    v1 = install_data(db, template_data(code="TEST-FULL", version="1"))
    with frozen(FROZEN_NOW + timedelta(days=1)):
        v2 = install_data(db, template_data(code="TEST-FULL", version="2", items=11))
    assert templates.default_for(db, "AEOF").template_id == v2
    templates.set_retired(db, v2, True)
    assert templates.default_for(db, "AEOF").template_id == v1


def test_tier_1_gets_an_msme_template_that_names_only_msme(db: sqlite_utils.Database) -> None:
    _retire_all(db)
    install_data(db, template_data(code="TEST-FULL", programmes=("AEOF", "AEOS")))
    msme = install_data(db, _msme_template(programmes=["MSME"]))
    assert templates.default_for(db, "MSME").template_id == msme
    assert templates.default_for(db, "T1").template_id == msme


def test_plan_audit_uses_default_for_when_no_template_is_chosen(db: sqlite_utils.Database) -> None:
    _retire_all(db)
    install_data(db, template_data(code="TEST-FULL", programmes=("AEOF",)))
    msme = install_data(db, _msme_template())
    case_id = case_in(db, programme="MSME")
    lead = make_validator(db)
    start = FROZEN_NOW.date() + timedelta(days=3)
    audit_id = audit_service.plan_audit(
        db, AuditPlan(case_id, start, start, lead, sites=("Quay 4",)), AUDITOR
    )
    data = audit_service.checklist(db, audit_id)
    assert data.audit["template_id"] == msme
    assert data.audit["is_msme_track"] == 1
    assert len(item_ids(db, audit_id)) == 4


def _bundled_msme_and_full(db: sqlite_utils.Database) -> tuple[int, int] | None:
    found = templates.list_templates(db, include_retired=False)
    msme = [t["id"] for t in found if t["is_msme_track"] and "MSME" in t["programmes"]]
    full = [t["id"] for t in found if not t["is_msme_track"] and "AEOF" in t["programmes"]]
    return (msme[0], full[0]) if len(msme) == 1 and len(full) == 1 else None


@pytest.mark.parametrize("programme", ["MSME", "T1", "AEOF", "AEOC", "AEOS"])
def test_default_for_with_the_bundled_templates(db: sqlite_utils.Database, programme: str) -> None:
    pair = _bundled_msme_and_full(db)
    if pair is None:
        pytest.skip("the bundled templates do not include one MSME and one full template")
    msme, full = pair
    expected = msme if programme in ("MSME", "T1") else full
    assert templates.default_for(db, programme).template_id == expected
