"""Users, key slots and encryption at rest, on real database files."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from datetime import timedelta

import pytest
from helpers.builders import make_operator, make_validator

from db.connection import keys_path
from db.errors import DbError, EncryptedDatabaseError
from desktop.domain.errors import ValidationError
from desktop.services import backup, clock, encryption, keyring, users
from desktop.services.database import open_database

ADMIN_PW = "Bastille-1789-juillet"


@pytest.fixture
def admin(db, db_path, frozen_clock):
    make_operator(db, name="Atlantic Freight Forwarders")
    session = users.create_first_admin(db_path, db, "Hélène", ADMIN_PW)
    return session


def _digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_first_admin_then_sign_in(admin, db_path):
    assert users.users_set_up(db_path)
    session = users.sign_in(db_path, "hélène", ADMIN_PW)  # names are not case-sensitive
    assert session.user.roles == ("manager", "admin")
    assert session.actor.has("admin") and not session.must_change
    session.db.close()


def test_first_admin_only_once(admin, db_path, db):
    with pytest.raises(Exception, match="already set up"):
        users.create_first_admin(db_path, db, "Other", "Another-long-pass-42")


def test_weak_passwords_are_refused(db, db_path):
    for bad, why in (("short", "at least 10"), ("helene-secret-42", "user name"),
                     ("aaaaaaaaaaaa", "too simple")):  # fmt: skip
        with pytest.raises(ValidationError, match=why):
            users.create_first_admin(db_path, db, "Helene", bad)
    assert not users.users_set_up(db_path)


def test_wrong_password_then_waits_then_lockout(admin, db_path):
    ring_file = keys_path(db_path)
    db_before = _digest(db_path)
    with clock.override() as set_to:
        now = clock.now()
        for attempt in range(1, 11):
            set_to(now)
            with pytest.raises(keyring.WrongPasswordError, match="user name or the password"):
                users.sign_in(db_path, "Hélène", f"wrong guess {attempt}")
            if attempt >= 3:
                # Too soon: refused without even trying the password (even the right one).
                with pytest.raises(keyring.LockedOutError) as wait:
                    users.sign_in(db_path, "Hélène", ADMIN_PW)
                assert wait.value.wait_seconds >= 1
            now += timedelta(seconds=61)
        set_to(now)
        with pytest.raises(keyring.LockedOutError, match="locked until"):
            users.sign_in(db_path, "Hélène", ADMIN_PW)
        set_to(now + timedelta(minutes=16))
        session = users.sign_in(db_path, "Hélène", ADMIN_PW)  # lockout over: counters reset
        session.db.close()
    assert keyring.load(db_path).slot("Hélène").failures == 0
    assert _digest(db_path) != "" and ring_file.is_file()
    del db_before


def test_unknown_user_gets_the_same_answer(admin, db_path):
    with pytest.raises(keyring.WrongPasswordError, match="user name or the password"):
        users.sign_in(db_path, "nobody", ADMIN_PW)


def test_admin_adds_a_user_who_must_change_the_password(admin, db_path, db):
    staff = make_validator(db, name="Ana Silva")
    user, temp = users.create_user(admin, "ana", ["validator"], staff_id=staff)
    admin_slot = keyring.load(db_path).slot("Hélène")
    first = users.sign_in(db_path, "ana", temp)
    assert first.must_change and first.actor.staff_id == staff
    assert first.actor.name == "Ana Silva" and first.actor.roles == frozenset({"validator"})
    changed = users.change_password(first, temp, "Porto-2026-caravela")
    assert not changed.must_change
    assert keyring.load(db_path).slot("Hélène") == admin_slot  # only Ana's slot was rewritten
    again = users.sign_in(db_path, "ana", "Porto-2026-caravela")
    assert not again.must_change
    for s in (first, again):
        s.db.close()
    del user


def test_reset_password_rewraps_only_that_slot(admin, db_path, db):
    user, _temp = users.create_user(admin, "ana", ["validator"])
    before = keyring.load(db_path)
    temp = users.reset_password(admin, user.id)
    after = keyring.load(db_path)
    assert after.slot("Hélène") == before.slot("Hélène")
    assert after.slot("ana") != before.slot("ana")
    session = users.sign_in(db_path, "ana", temp)
    assert session.must_change
    session.db.close()


def test_only_an_admin_manages_users(admin, db_path, db):
    _user, temp = users.create_user(admin, "ana", ["validator"])
    ana = users.sign_in(db_path, "ana", temp)
    with pytest.raises(users.PermissionDeniedError):
        users.create_user(ana, "mallory", ["admin"])
    with pytest.raises(users.PermissionDeniedError):
        users.reset_password(ana, admin.user.id)
    ana.db.close()


def test_the_last_admin_cannot_be_removed(admin):
    with pytest.raises(ValidationError, match="at least one active administrator"):
        users.update_user(admin, admin.user.id, roles=["manager"], staff_id=None, is_active=True)


def test_deactivated_user_cannot_sign_in(admin, db_path):
    user, temp = users.create_user(admin, "ana", ["validator"])
    users.update_user(admin, user.id, roles=["validator"], staff_id=None, is_active=False)
    with pytest.raises(keyring.WrongPasswordError):
        users.sign_in(db_path, "ana", temp)


# --- encryption at rest ---------------------------------------------------------------------


@pytest.fixture
def encrypted(admin, db_path, db):
    db.close()
    done = encryption.encrypt(db_path, admin.db_key, admin.actor)
    assert done.backup.is_file()
    return db_path


def test_encrypted_file_is_unreadable_without_the_key(encrypted):
    with pytest.raises(sqlite3.DatabaseError, match="file is not a database"):
        sqlite3.connect(encrypted).execute("SELECT count(*) FROM sqlite_master").fetchone()
    assert b"Atlantic Freight" not in encrypted.read_bytes()
    with pytest.raises(EncryptedDatabaseError, match="encrypted: sign in"):
        open_database(encrypted)


def test_sign_in_opens_the_encrypted_file(encrypted):
    session = users.sign_in(encrypted, "Hélène", ADMIN_PW)
    assert session.encrypted
    names = [r[0] for r in session.db.execute("SELECT name FROM operators")]
    assert names == ["Atlantic Freight Forwarders"]
    session.db.close()


def test_wrong_password_on_an_encrypted_file_writes_nothing_to_it(encrypted):
    before = _digest(encrypted)
    with pytest.raises(keyring.WrongPasswordError):
        users.sign_in(encrypted, "Hélène", "not-the-password-1")
    assert _digest(encrypted) == before


def test_copied_without_the_key_file_it_cannot_be_opened(encrypted, tmp_path):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    copy = elsewhere / encrypted.name
    shutil.copy(encrypted, copy)
    with pytest.raises(Exception, match="no key file"):
        users.sign_in(copy, "Hélène", ADMIN_PW)
    with pytest.raises(DbError, match="key file"):
        open_database(copy)


def test_a_key_file_of_another_database_opens_nothing(encrypted, tmp_path):
    other = tmp_path / "other.sqlite"
    other_db = open_database(other)
    users.create_first_admin(other, other_db, "Hélène", ADMIN_PW)
    other_db.close()
    shutil.copy(keys_path(other), keys_path(encrypted))
    with pytest.raises(DbError, match=r"cannot be opened with this key|encrypted: sign in"):
        users.sign_in(encrypted, "Hélène", ADMIN_PW)


def test_backups_of_an_encrypted_file_are_encrypted(encrypted, tmp_path):
    session = users.sign_in(encrypted, "Hélène", ADMIN_PW)
    session.db.close()
    made = backup.make_backup(encrypted, tmp_path / "b.sqlite", key=session.db_key)
    assert b"Atlantic Freight" not in made.read_bytes()
    assert keys_path(made).is_file()
    assert backup.verify(made, key=session.db_key).ok
    (info,) = [i for i in backup.list_backups(tmp_path, key=session.db_key) if i.path == made]
    assert info.ok and info.operators == 1


def test_decrypt_again(encrypted):
    session = users.sign_in(encrypted, "Hélène", ADMIN_PW)
    session.db.close()
    encryption.decrypt(encrypted, session.db_key, session.actor)
    assert b"Atlantic Freight" in encrypted.read_bytes() or _has_name_plain(encrypted)
    again = users.sign_in(encrypted, "Hélène", ADMIN_PW)
    assert not again.encrypted
    again.db.close()


def _has_name_plain(path):
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT count(*) FROM operators").fetchone()[0] == 1
    finally:
        conn.close()


def test_only_an_admin_encrypts(admin, db_path, db):
    _user, temp = users.create_user(admin, "ana", ["validator"])
    ana = users.sign_in(db_path, "ana", temp)
    ana.db.close()
    db.close()
    with pytest.raises(Exception, match="Only an administrator"):
        encryption.encrypt(db_path, ana.db_key, ana.actor)


def test_caseload_order_is_the_same_on_an_encrypted_file(admin, db_path, db, tmp_path):
    """SQLCipher runs a newer SQLite than Python's: the list must keep its sort order there."""
    from helpers.builders import make_case

    from desktop.services import caseload_service
    from desktop.services.caseload_service import CaseQuery

    for day in (3, 1, 2, 5, 4):
        make_case(db, received_on=f"2026-06-0{day}")
    queries = [CaseQuery(), CaseQuery(sort_key="received_on", descending=False)]
    plain = [caseload_service.search_ids(db, q) for q in queries]
    db.close()
    encryption.encrypt(db_path, admin.db_key, admin.actor)
    session = users.sign_in(db_path, "Hélène", ADMIN_PW)
    assert [caseload_service.search_ids(session.db, q) for q in queries] == plain
    session.db.close()
