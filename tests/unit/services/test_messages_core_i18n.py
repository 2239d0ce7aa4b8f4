"""The core's messages for people (refusals, field problems, storage and sign-in errors, the
case timeline) follow the chosen language, with their values filled in; field labels stay
English keys for the UI."""

from __future__ import annotations

import sqlite3
import string
from pathlib import Path

import pytest
import sqlite_utils
from helpers.builders import make_case, make_operator, make_validator

from db import errors as db_errors
from db.connection import connect
from db.errors import NotAnAeoDatabaseError, StorageUnavailable
from desktop.domain import i18n, timeline
from desktop.domain.cases import CaseState
from desktop.domain.errors import InvalidTransitionError, NotFoundError, ValidationError
from desktop.domain.operators import OperatorInput
from desktop.domain.permissions import Permission, refusal
from desktop.services import (
    backup,
    case_service,
    dashboard_service,
    instance_lock,
    keyring,
    operator_service,
    users,
)
from desktop.services.access import PermissionDeniedError
from desktop.services.actor import Actor

CLAIRE = Actor(name="Claire Dubois")
ADMIN_PW = "Bastille-1789-juillet"


def _fields(text: str) -> set[str]:
    return {f for _lit, f, _spec, _conv in string.Formatter().parse(text) if f is not None}


# --- texts the source checker cannot see (built from tables, or not literal) -----------------


def _indirect_texts() -> list[str]:
    texts = list(db_errors._KNOWN_CODES.values())
    texts += [refusal(p) for p in Permission]  # English: the language is "en" here
    texts += [
        dashboard_service.UNASSIGNED,
        *timeline.EDITED_FIELDS.values(),
        *users.ROLE_LABELS.values(),
    ]
    # Field labels passed through variables: the operator form's loops and identifiers.
    texts += ["Sector", "Region", "Address", "Turnover", "Balance sheet"]
    texts += ["Identifier scheme", "Identifier country", "Identifier"]
    texts += [f"Identifier ({s})" for s in ("EORI", "TIN", "VAT")]
    return texts


@pytest.mark.parametrize("code", ["fr", "es"])
def test_texts_made_from_tables_have_their_translations(code: str) -> None:
    catalog = i18n.catalog(code)
    missing = [t for t in _indirect_texts() if t not in catalog]
    assert not missing
    assert [t for t in _indirect_texts() if _fields(catalog[t]) != _fields(t)] == []


def test_every_refusal_is_translated_whole(french: None) -> None:
    assert refusal(Permission.ASSIGN) == "Seul un responsable peut attribuer le travail."
    assert refusal(Permission.MANAGE_USERS) == "Seul un administrateur peut gérer les utilisateurs."


# --- domain and services --------------------------------------------------------------------


def test_operator_problems_in_french_keep_english_labels(
    db: sqlite_utils.Database, french: None
) -> None:
    data = OperatorInput(
        name=" ", headcount=-3, identifiers=(("EORI", "FR", "12345"), ("VAT", "FR", "?"))
    )
    with pytest.raises(ValidationError) as caught:
        operator_service.create_operator(db, data)
    problems = caught.value.problems
    assert problems["Name"] == "est obligatoire."
    assert problems["Headcount"] == "ne peut pas être négatif."
    assert problems["Identifier 1 (EORI)"].startswith("« 12345 » n'est pas un numéro EORI valide")
    assert problems["Identifier 2 (VAT)"] == "« ? » n'est pas un numéro VAT valide."
    assert "Nom : est obligatoire." in caught.value.message  # translated when shown


def test_an_identifier_taken_by_another_operator_names_it_in_spanish(
    db: sqlite_utils.Database, spanish: None
) -> None:
    make_operator(db, name="Bocage SARL", identifiers=[("EORI", "FR", "FR123456789")])
    data = OperatorInput(name="Otro SA", headcount=5, identifiers=(("EORI", "", "FR123456789"),))
    with pytest.raises(ValidationError) as caught:
        operator_service.create_operator(db, data)
    assert caught.value.problems == {"Identifier 1": "EORI FR123456789 ya pertenece a Bocage SARL."}


def test_missing_case_and_illegal_move_in_spanish(
    db: sqlite_utils.Database, frozen_clock: object, spanish: None
) -> None:
    with pytest.raises(NotFoundError, match=r"^El expediente 999 no existe \(o ya no existe\)\.$"):
        case_service.case_detail(db, 999)
    case_id = make_case(db)
    with pytest.raises(InvalidTransitionError) as caught:
        case_service.transition(db, case_id, CaseState.GRANTED, CLAIRE)
    assert caught.value.message == (
        "Un expediente en estado «Recibida» no puede pasar a «Concedida». Transiciones posibles: "
        "Aceptada, Información solicitada, No aceptada, Desistida."
    )


def test_a_reason_is_asked_for_in_french_with_the_state_label(
    db: sqlite_utils.Database, frozen_clock: object, french: None
) -> None:
    case_id = make_case(db)
    with pytest.raises(ValidationError) as caught:
        case_service.transition(db, case_id, CaseState.WITHDRAWN, CLAIRE)
    assert caught.value.problems == {
        "Reason": "un motif est obligatoire pour faire passer un dossier à l'état « Retirée »."
    }


def test_a_validator_is_refused_assigning_work_in_french(
    db: sqlite_utils.Database, frozen_clock: object, french: None
) -> None:
    anne = make_validator(db, name="Anne Leroy")
    case_id = make_case(db)
    validator = Actor(name="Anne Leroy", staff_id=anne, roles=frozenset({"validator"}))
    with pytest.raises(PermissionDeniedError, match=r"^Seul un responsable peut attribuer"):
        case_service.assign(db, [case_id], anne, validator)


def test_the_timeline_and_the_dashboard_speak_french(
    db: sqlite_utils.Database, frozen_clock: object, french: None
) -> None:
    anne = make_validator(db, name="Anne Leroy")
    assigned = make_case(db)
    make_case(db)  # nobody's
    case_service.assign(db, [assigned], anne, CLAIRE)
    stored = [e["detail"] for e in case_service.case_detail(db, assigned).events]
    # Stored in English (events travel and are sealed), shown in French.
    assert stored[-1].startswith("Assigned to Anne Leroy. Warning: Anne Leroy has never ")
    details = [timeline.describe(d) for d in stored]
    # Anne has no validation training yet: the warning is recorded with the assignment.
    assert details[-1].startswith(
        "Attribué à Anne Leroy. Avertissement : Anne Leroy n'a jamais achevé la formation "
    )
    assert details[0].startswith("Demande initiale : enregistrement sous la référence AEO-2026-")
    grid = dashboard_service.build(db).open_by_validator
    assert set(grid) == {"Anne Leroy", "(non attribués)"}


def test_a_too_long_extension_in_spanish(
    db: sqlite_utils.Database, frozen_clock: object, spanish: None
) -> None:
    case_id = make_case(db, received_on=case_service.clock.today())
    case_service.transition(db, case_id, CaseState.ACCEPTED, CLAIRE)
    with pytest.raises(ValidationError) as caught:
        case_service.extend_decision_period(db, case_id, 90, "", CLAIRE)
    assert caught.value.problems == {
        "Extension (days)": "el programa permite 60 días en total; ya se han concedido 0.",
        "Reason": "una prórroga del plazo de decisión requiere un motivo.",
    }


# --- storage and sign-in ----------------------------------------------------------------------


def test_a_file_that_is_not_sqlite_is_refused_in_french(tmp_path: Path, french: None) -> None:
    path = tmp_path / "notes.sqlite"
    path.write_text("not a database")
    with pytest.raises(NotAnAeoDatabaseError) as caught:
        connect(path)
    assert caught.value.message == (
        "notes.sqlite n'est pas une base de données AEO Desk (ce n'est pas un fichier SQLite)."
    )


def test_sqlite_errors_are_classified_in_spanish(spanish: None) -> None:
    err = db_errors.classify(sqlite3.OperationalError("database is locked"), "aeo.sqlite")
    assert isinstance(err, StorageUnavailable)
    assert err.message == "La base de datos está siendo usada por otro programa (aeo.sqlite)."


def test_a_missing_backup_source_in_french(tmp_path: Path, french: None) -> None:
    missing = tmp_path / "absent.sqlite"
    with pytest.raises(StorageUnavailable) as caught:
        backup.make_backup(missing)
    assert caught.value.message == (
        f"Il n'y a pas de fichier de base de données à l'emplacement {missing}."
    )


def test_a_second_instance_is_told_who_holds_the_file_in_french(
    db_path: Path, french: None
) -> None:
    first = instance_lock.acquire(db_path)
    try:
        with pytest.raises(StorageUnavailable) as caught:
            instance_lock.acquire(db_path)
    finally:
        first.release()
    message = caught.value.message
    assert message.startswith("Cette base de données est déjà ouverte dans AEO Desk (processus ")
    assert message.endswith("Fermez-la d'abord, ou ouvrez une copie.")


def test_sign_in_problems_in_spanish(
    db: sqlite_utils.Database, db_path: Path, frozen_clock: object, spanish: None
) -> None:
    with pytest.raises(ValidationError) as caught:
        users.create_first_admin(db_path, db, "Helena", "corta")
    assert caught.value.problems == {"Password": "use al menos 10 caracteres."}
    assert caught.value.message == "Contraseña: use al menos 10 caracteres."
    users.create_first_admin(db_path, db, "Helena", ADMIN_PW)
    with pytest.raises(keyring.WrongPasswordError) as wrong:
        users.sign_in(db_path, "Helena", "no-es-la-clave-1")
    assert wrong.value.message == "El nombre de usuario o la contraseña son incorrectos."
