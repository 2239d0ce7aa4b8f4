"""Bad input never crashes: parsers and validators refuse with a field named, and every CLI
command answers with an exit code and one line, never a traceback (issue 8, item 6)."""

from __future__ import annotations

import contextlib
import io
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop import cli
from desktop.domain.deadlines import parse_date
from desktop.domain.errors import ValidationError
from desktop.domain.operators import OperatorInput, validate_operator
from desktop.domain.parsing import parse_amount, parse_count

TEXT = st.text(max_size=60)
MESSY = st.one_of(
    TEXT,
    st.from_regex(r"[ +\-]?[0-9.,' ]{0,14}(k|m|mio|bn|eur|€)?", fullmatch=True),
    st.sampled_from(["=SUM(A1)", "1e9999", "NaN", "-0", "١٢٣", "1,5", "1,50,000", "  ", "€"]),
)


@given(MESSY)
def test_amounts_are_numbers_or_refusals_naming_the_field(text: str) -> None:
    try:
        value = parse_amount(text, "Turnover")
    except ValidationError as exc:
        assert exc.fields == ["Turnover"]
        return
    assert value is None or (value >= 0 and value == value and value < 1e13 + 1)


@given(MESSY)
def test_counts_are_whole_numbers_or_refusals_naming_the_field(text: str) -> None:
    try:
        value = parse_count(text, "Headcount", required=False)
    except ValidationError as exc:
        assert exc.fields == ["Headcount"]
        return
    assert value is None or (isinstance(value, int) and 0 <= value <= 10_000_000)


@given(st.one_of(TEXT, st.dates().map(str), st.from_regex(r"\d{4}-\d{2}-\d{2}", fullmatch=True)))
def test_dates_are_iso_dates_or_refusals_naming_the_field(text: str) -> None:
    try:
        value = parse_date(text, "Received on")
    except ValidationError as exc:
        assert exc.fields == ["Received on"]
        return
    assert value.isoformat() == text.strip()


@given(
    name=TEXT,
    headcount=st.one_of(st.none(), st.integers(-10, 10**7)),
    turnover=st.one_of(st.none(), st.floats(allow_nan=False, allow_infinity=False)),
    identifiers=st.lists(st.tuples(TEXT, TEXT, TEXT), max_size=4),
    address=st.text(max_size=700),
)
def test_operator_validation_only_ever_refuses_with_named_fields(
    name: str, headcount: int | None, turnover: float | None, identifiers: list, address: str
) -> None:
    data = OperatorInput(
        name=name,
        headcount=headcount,
        turnover_eur=turnover,
        identifiers=tuple(identifiers),
        address=address,
    )
    try:
        valid = validate_operator(data)
    except ValidationError as exc:
        assert exc.problems and all(f and m for f, m in exc.problems.items())
        return
    assert valid.name and valid.headcount >= 0 and len(valid.address) <= 500


COMMANDS = st.sampled_from(
    [
        ["demo"],
        ["export", "cases"],
        ["export", "audit"],
        ["export", "ministry"],
        ["import", "operators"],
        ["import", "staff"],
        ["backup"],
        ["verify"],
    ]
)
JUNK = st.lists(
    st.one_of(
        st.sampled_from(
            ["--db", "--out", "--from", "--to", "--audit", "--scale", "--seed", "--dry-run",
             "--force", "x.xlsx", "x.pdf", "x.csv", "2026-13-45", "2026-01-01", "AUD-1",
             "large", "-1", ""]
        ),
        st.text(
            alphabet=st.characters(codec="utf-8", exclude_categories=["Cs", "Cc"]), max_size=12
        ),
    ),
    max_size=8,
)  # fmt: skip


@settings(
    max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(command=COMMANDS, junk=JUNK)
def test_every_command_answers_bad_arguments_without_a_traceback(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: list[str], junk: list[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    argv = [*command, *junk]
    if "--db" not in argv:
        argv += ["--db", str(tmp_path / "missing.sqlite")]
    if command == ["demo"]:
        argv += ["--scale", "small"]  # never the minute-long large demo in a sweep
    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        try:
            code = cli.main(argv)
        except SystemExit as exc:  # argparse: usage errors
            code = exc.code
    assert code in (0, 1, 2), argv
    assert "Traceback" not in err.getvalue()
    if code == 1:
        assert len(err.getvalue().strip().splitlines()) == 1, (argv, err.getvalue())
