"""Field-laptop, contact-point and training messages in French and Spanish: real service calls
with bad input give the translated message, with its values filled in (issue 9)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
import sqlite_utils
from helpers.builders import make_case, make_operator, make_validator
from helpers.clock import FROZEN_TODAY
from helpers.field import PASS, build_office, check_out

from desktop.domain import i18n
from desktop.domain.contacts import Channel, ContactRole, FollowUpStatus
from desktop.domain.errors import DomainError, NotFoundError, ValidationError
from desktop.domain.training import CellStatus, CourseInput, FollowUpKind, TrainingResult
from desktop.services import contact_service as cs
from desktop.services import field_locks, field_service
from desktop.services import package_format as pf
from desktop.services import training_service as ts
from desktop.services.actor import Actor

pytestmark = pytest.mark.usefixtures("frozen_clock")

ME = Actor("Manager")
ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture
def lang() -> Iterator[None]:
    yield
    i18n.set_language("en")


def _speak(code: str) -> None:
    i18n.set_language(code)


# --- contact points ---------------------------------------------------------------------------


def test_assigning_someone_who_is_not_a_contact_officer_in_french(
    db: sqlite_utils.Database, lang: None
) -> None:
    op = make_operator(db, name="Azur Textiles SARL")
    who = make_validator(db, name="Victor Validator", roles=["validator"])
    _speak("fr")
    with pytest.raises(ValidationError) as err:
        cs.assign(db, op, who, "primary", FROZEN_TODAY, ME)
    assert err.value.problems == {
        "Officer": "Victor Validator n'est pas agent de contact (rôles : validateur)."
    }
    assert str(err.value).startswith("Agent : Victor Validator n'est pas agent de contact")


def test_a_taken_role_names_operator_officer_and_date_in_spanish(
    db: sqlite_utils.Database, lang: None
) -> None:
    op = make_operator(db, name="Azur Textiles SARL")
    anne = make_validator(db, name="Anne Officer", roles=["contact officer"])
    bruno = make_validator(db, name="Bruno Officer", roles=["contact officer"])
    start = FROZEN_TODAY - timedelta(days=30)
    cs.assign(db, op, anne, "primary", start, ME)
    _speak("es")
    with pytest.raises(ValidationError) as err:
        cs.assign(db, op, bruno, "primary", FROZEN_TODAY, ME)
    assert err.value.problems["Role"] == (
        f"Azur Textiles SARL ya tiene a Anne Officer como contacto principal desde el {start}; "
        "finalice primero esa asignación o utilice un traspaso."
    )


def test_a_start_more_than_a_year_ahead_in_french(db: sqlite_utils.Database, lang: None) -> None:
    op = make_operator(db, name="Azur Textiles SARL")
    anne = make_validator(db, name="Anne Officer", roles=["contact officer"])
    far = FROZEN_TODAY + timedelta(days=400)
    latest = FROZEN_TODAY + timedelta(days=365)
    _speak("fr")
    with pytest.raises(ValidationError) as err:
        cs.assign(db, op, anne, "primary", far, ME)
    assert err.value.problems["Start date"] == (
        f"La date de début ({far}) est fixée à plus d'un an ; au plus tard le {latest}."
    )


def test_logging_a_contact_with_bad_fields_in_spanish(
    db: sqlite_utils.Database, lang: None
) -> None:
    op = make_operator(db, name="Azur Textiles SARL")
    anne = make_validator(db, name="Anne Officer", roles=["contact officer"])
    tomorrow = FROZEN_TODAY + timedelta(days=1)
    _speak("es")
    with pytest.raises(ValidationError) as err:
        cs.log_contact(db, op, anne, tomorrow, "fax", "  ", ME)
    assert err.value.problems == {
        "Channel": (
            "elija una de estas opciones: visita, teléfono, correo electrónico, seminario, "
            "evento de divulgación."
        ),
        "Contact date": f"no puede ser futura ({tomorrow}).",
        "Topic": "es obligatorio: indique de qué trató el contacto.",
    }


def test_a_missing_log_entry_in_french(db: sqlite_utils.Database, lang: None) -> None:
    _speak("fr")
    with pytest.raises(NotFoundError, match=r"^L'entrée 999 du journal des contacts n'existe"):
        cs.complete_follow_up(db, 999)


def test_validator_conflicts_are_sentences_in_the_language(
    db: sqlite_utils.Database, lang: None
) -> None:
    cs.set_rules(db, validator_conflict="warn")
    staff = make_validator(db, name="Anne Officer", roles=["validator", "contact officer"])
    case_id = make_case(db, validator_id=staff)
    op = db.execute("SELECT operator_id FROM cases WHERE id = ?", [case_id]).fetchone()[0]
    start = FROZEN_TODAY - timedelta(days=10)
    cs.assign(db, op, staff, "backup", start, ME)
    name = db.execute("SELECT name FROM operators WHERE id = ?", [op]).fetchone()[0]
    _speak("fr")
    mode, messages = cs.assignment_conflicts(db, [case_id], staff)
    assert mode == "warn"
    assert messages == [
        f"Anne Officer est l'agent de contact suppléant de {name} (depuis le {start}) ; le "
        "validateur et l'agent de contact devraient être deux personnes différentes."
    ]


# --- training ---------------------------------------------------------------------------------


def test_a_bad_course_in_spanish(db: sqlite_utils.Database, lang: None) -> None:
    _speak("es")
    with pytest.raises(ValidationError) as err:
        ts.save_course(db, CourseInput("bad code!", "", hours=2000, refresh_months=0))
    assert err.value.problems == {
        "Code": "use de 1 a 12 letras, cifras o guiones (por ejemplo VAL o AEO-1).",
        "Name": "es obligatorio.",
        "Hours": "debe estar entre 0 y 1000.",
        "Refresh (months)": "debe estar entre 1 y 240, o quedar vacío si el curso no caduca nunca.",
    }
    assert "Código: use de 1 a 12 letras" in str(err.value)


def test_a_second_record_on_the_same_day_in_french(db: sqlite_utils.Database, lang: None) -> None:
    ts.seed_default_catalogue(db)
    course = next(c for c in ts.courses(db) if c["code"] == "VAL")
    who = make_validator(db, name="Ana Silva")
    day = FROZEN_TODAY - timedelta(days=3)
    ts.record(db, who, course["id"], day, "passed", ME)
    _speak("fr")
    with pytest.raises(ValidationError) as err:
        ts.record(db, who, course["id"], day, "attended", ME)
    assert (
        err.value.problems["Completed on"] == f"Ana Silva a déjà un enregistrement de VAL le {day}."
    )


def test_expired_mandatory_training_warns_in_spanish(db: sqlite_utils.Database, lang: None) -> None:
    ts.seed_default_catalogue(db)
    who = make_validator(db, name="Ana Silva", roles=["validator"])
    _speak("es")
    assert ts.expired_mandatory(db, who) == [
        "Ana Silva nunca ha completado la formación obligatoria "
        "“Validation and audit techniques” (VAL)."
    ]


def test_the_enum_labels_follow_the_language(lang: None) -> None:
    _speak("fr")
    assert Channel.PHONE.label == "Téléphone"
    assert ContactRole.BACKUP.label == "Suppléant"
    assert FollowUpStatus.OVERDUE.label == "En retard"
    assert TrainingResult.PASSED.label == "Réussie"
    assert FollowUpKind.DUE_SOON.label == "Recyclage à suivre"
    assert CellStatus.EXPIRED.label == "Expirée"  # the same word as labels_fr.json
    _speak("es")
    assert Channel.OUTREACH.label == "Evento de divulgación"
    assert CellStatus.NOT_REQUIRED.label == "No obligatoria"
    _speak("en")
    assert Channel.EMAIL.label == "E-mail" and ContactRole.PRIMARY.label == "Primary"


# --- field laptops and packages ---------------------------------------------------------------


def test_a_checked_out_case_says_where_it_is_in_french(
    db: sqlite_utils.Database, tmp_path: Path, lang: None
) -> None:
    office = build_office(db, tmp_path)
    check_out(office, tmp_path)
    _speak("fr")
    with pytest.raises(field_locks.CaseCheckedOutError) as err:
        field_locks.require_editable(db, office.cases[0])
    assert str(err.value) == (
        f"Ce dossier est extrait vers le portable de Ana Silva (LAP-0427) depuis le "
        f"{FROZEN_TODAY}. Il est en lecture seule ici jusqu'à sa réintégration, ou jusqu'à ce "
        "qu'un responsable force sa libération."
    )
    assert field_service.where_is(db, office.cases[:1]) == {
        office.cases[0]: f"Sur le portable de Ana Silva (LAP-0427) depuis le {FROZEN_TODAY}"
    }


def test_checking_out_twice_in_spanish(
    db: sqlite_utils.Database, tmp_path: Path, lang: None
) -> None:
    office = build_office(db, tmp_path)
    check_out(office, tmp_path)
    _speak("es")
    with pytest.raises(DomainError, match=r"^2 de estos expedientes ya han salido: .*portátil"):
        check_out(office, tmp_path)
    with pytest.raises(ValidationError) as err:
        check_out(office, tmp_path, passphrase="short")
    assert err.value.problems == {
        "Passphrase": "la frase de contraseña de la unidad necesita al menos 10 caracteres."
    }


def test_describe_counts_translates_the_stored_english_labels(lang: None) -> None:
    counts = {"answers": {"added": 10, "changed": 2, "deleted": 0, "unchanged": 3}}
    _speak("fr")
    assert field_service.describe_counts(counts) == ["réponses : 10 ajouté(s), 2 modifié(s)"]


def test_package_refusals_in_french(tmp_path: Path, lang: None) -> None:
    not_a_package = tmp_path / "photo.jpg"
    not_a_package.write_bytes(b"\xff\xd8\xff\xe0 not a package")
    good = tmp_path / "good.aeopkg"
    pf.write_package(
        good,
        kind="checkout",
        package_id="pkg-1",
        unit_id="unit-1",
        unit_name="Unité OEA",
        created_at="2026-06-15T10:00:00+00:00",
        created_by="Ana Silva",
        app_version="1.0",
        schema_version=1,
        extra={},
        payload=b"x" * 100,
        passphrase=PASS,
        kdf=pf.KdfParams(n=2**12, r=8, p=1),
    )
    _speak("fr")
    with pytest.raises(pf.NotAPackageError) as err:
        pf.read_header(not_a_package)
    assert str(err.value) == "Le fichier « photo.jpg » n'est pas un paquet AEO Desk."
    with pytest.raises(pf.WrongPassphraseError, match=r"^La phrase secrète est incorrecte"):
        pf.read_package(good, "wrong passphrase!")
    data = bytearray(good.read_bytes())
    data[-5] ^= 0x01  # a changed byte
    with pytest.raises(pf.PackageDamagedError) as damaged:
        pf.read_package_bytes(bytes(data), PASS, name="good.aeopkg")
    assert str(damaged.value) == (
        "Le paquet « good.aeopkg » est endommagé ou a été altéré (son contenu ne correspond pas "
        "à son sceau). Rien n'a été modifié."
    )
    _speak("es")
    with pytest.raises(pf.PackageError, match=r"^No se encuentra el archivo gone\.aeopkg"):
        pf.read_header(tmp_path / "gone.aeopkg")


@pytest.mark.parametrize("code", ["fr", "es"])
def test_every_table_label_has_a_translation(code: str) -> None:
    """LABELS go through _() by variable (table_label, describe_counts): the source scan cannot
    see them, so their entries are checked here."""
    catalog = json.loads(
        (ROOT / "resources" / "translations" / f"messages_field_{code}.json").read_text("utf-8")
    )
    assert set(field_service.LABELS.values()) <= set(catalog)


def test_the_default_laptop_label_reads_in_the_readers_language(
    db: sqlite_utils.Database, tmp_path: Path, lang: None
) -> None:
    """The default label is stored in English ("Ana Silva's laptop") and shown in French,
    never next to its own translation."""
    office = build_office(db, tmp_path)
    check_out(office, tmp_path, laptop=field_locks.default_laptop_label("Ana Silva"))
    _speak("fr")
    assert field_locks.laptop_label("Ana Silva's laptop") == "Le portable de Ana Silva"
    assert field_locks.laptop_label("LAP-0427") == "LAP-0427"
    with pytest.raises(DomainError) as err:
        check_out(office, tmp_path)
    assert "(sur le portable de Ana Silva)" in str(err.value)
    assert "laptop" not in str(err.value)
    _speak("en")
    with pytest.raises(DomainError) as err:
        check_out(office, tmp_path)
    assert "(on Ana Silva's laptop)" in str(err.value)
