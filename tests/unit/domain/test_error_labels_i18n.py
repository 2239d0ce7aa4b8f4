"""How a ValidationError reads in another language: field labels stay English keys (the UI
finds its widgets by them) but are shown translated, numbered ones too, with the language's
own punctuation."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from desktop.domain import i18n
from desktop.domain.errors import ValidationError, field_label


@pytest.fixture
def language() -> Iterator[None]:
    yield
    i18n.set_language("en")


@pytest.mark.usefixtures("language")
def test_numbered_labels_are_translated_with_their_number() -> None:
    i18n.set_language("fr")
    assert field_label("Attendee 12") == "Participant 12"
    assert field_label("Identifier 2 (EORI)") == "Identifiant 2 (EORI)"
    assert field_label("Name") == "Nom"
    assert field_label("Row 7 of nothing") == "Row 7 of nothing"  # no entry: as it is
    i18n.set_language("es")
    assert field_label("Identifier 3 country") == "País del identificador 3"


@pytest.mark.usefixtures("language")
def test_the_shown_text_is_translated_and_the_keys_are_not() -> None:
    i18n.set_language("fr")
    exc = ValidationError({"Attendee 3": "absent.", "": "Vérifiez la saisie."})
    assert exc.fields == ["Attendee 3", ""]
    assert str(exc) == "Participant 3 : absent.\nVérifiez la saisie."
    i18n.set_language("en")
    assert str(ValidationError({"Attendee 3": "absent."})) == "Attendee 3: absent."
