"""Signing in on the command line, users, encryption at rest and roles, in child processes."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from helpers.cli import run_cli

from desktop.services.demo import DEMO_PASSWORD


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("cli-security")
    home = root / "home"
    home.mkdir()
    path = root / "demo.sqlite"
    built = run_cli(["demo", "--db", str(path), "--seed", "5", "--users"], home)
    assert built.returncode == 0, built.stderr
    assert f"password {DEMO_PASSWORD}" in built.stdout
    return path, home


def as_user(name: str, password: str = DEMO_PASSWORD) -> dict[str, str]:
    return {"AEO_DESK_USER": name, "AEO_DESK_PASSPHRASE": password}


def test_a_database_with_users_needs_a_sign_in(demo, tmp_path):
    path, home = demo
    out = tmp_path / "cases.xlsx"
    refused = run_cli(["export", "cases", "--db", str(path), "--out", str(out)], home)
    assert refused.returncode == 1 and "AEO_DESK_USER" in refused.stderr
    wrong = run_cli(
        ["export", "cases", "--db", str(path), "--out", str(out)],
        home, env=as_user("manager", "not the password"),
    )  # fmt: skip
    assert wrong.returncode == 1
    assert wrong.stderr.strip() == "aeo-desk: The user name or the password is wrong."
    ok = run_cli(
        ["export", "cases", "--db", str(path), "--out", str(out)], home, env=as_user("manager")
    )
    assert ok.returncode == 0, ok.stderr


def test_roles_apply_on_the_command_line(demo, tmp_path):
    path, home = demo
    refused = run_cli(
        ["users", "add", "mallory", "--roles", "admin", "--db", str(path)],
        home, env=as_user("validator"),
    )  # fmt: skip
    assert refused.returncode == 1
    assert refused.stderr.strip() == "aeo-desk: Only an administrator can manage users."
    conn = sqlite3.connect(path)
    (ref,) = conn.execute(
        "SELECT reference FROM cases WHERE validator_id IS NOT NULL LIMIT 1"
    ).fetchone()
    conn.close()
    checkout = run_cli(
        ["checkout", "--db", str(path), "--cases", ref, "--out", str(tmp_path / "p")],
        home, env={**as_user("validator"), "AEO_DESK_UNIT_PASSPHRASE": "unit passphrase 1"},
    )  # fmt: skip
    assert checkout.returncode == 1
    assert "Only a manager can check cases out to a laptop." in checkout.stderr
    assert not (tmp_path / "p").exists()


def test_admin_adds_and_resets_users(demo):
    path, home = demo
    added = run_cli(
        ["users", "add", "ana", "--roles", "validator", "--db", str(path)],
        home, env=as_user("admin"),
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    temp = added.stdout.strip().rsplit(" ", 1)[-1]
    must_change = run_cli(["users", "--db", str(path)], home, env=as_user("ana", temp))
    assert must_change.returncode == 1 and "new password" in must_change.stderr
    listed = run_cli(["users", "--db", str(path)], home, env=as_user("admin"))
    assert "ana: Validator" in listed.stdout and "admin: Administrator" in listed.stdout


def test_encrypt_then_decrypt(tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    path = tmp_path / "unit.sqlite"
    assert run_cli(["demo", "--db", str(path), "--seed", "2"], home).returncode == 0
    name = sqlite3.connect(path).execute("SELECT name FROM operators LIMIT 1").fetchone()[0]
    admin = {"AEO_DESK_USER": "hélène", "AEO_DESK_PASSPHRASE": "Bastille-1789-juillet"}
    made = run_cli(["users", "create-admin", "Hélène", "--db", str(path)], home, env=admin)
    assert made.returncode == 0, made.stderr
    enc = run_cli(["encrypt", "--db", str(path)], home, env=admin)
    assert enc.returncode == 0, enc.stderr
    assert "is encrypted" in enc.stdout
    with pytest.raises(sqlite3.DatabaseError, match="file is not a database"):
        sqlite3.connect(path).execute("SELECT count(*) FROM sqlite_master").fetchone()
    assert name.encode() not in path.read_bytes()
    verified = run_cli(["verify", "--db", str(path)], home, env=admin)
    assert verified.returncode == 0 and verified.stdout.startswith("ok"), verified.stderr
    backed = run_cli(["backup", "--db", str(path), "--out", str(tmp_path / "b.sqlite")], home,
                     env=admin)  # fmt: skip
    assert backed.returncode == 0, backed.stderr
    assert name.encode() not in (tmp_path / "b.sqlite").read_bytes()
    dec = run_cli(["decrypt", "--db", str(path)], home, env=admin)
    assert dec.returncode == 0, dec.stderr
    assert sqlite3.connect(path).execute("SELECT count(*) FROM operators").fetchone()[0] > 0
