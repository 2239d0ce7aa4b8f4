"""Every message the core makes for people is translated (issue 9).

Read from the source, so a new message cannot slip past:
- every ``_("text")`` in ``desktop/domain``, ``desktop/services`` and ``db`` has a French and a
  Spanish translation, with the same ``{fields}``;
- no error meant for people (``DomainError``, ``DbError`` and their subclasses, a field added to
  ``Problems``) is raised with a bare literal or f-string: it must go through ``_()``;
- field labels (``p.add("Name", …)``, ``ValidationError(…, field="Name")``) stay English,
  because the UI finds its widgets by them, and are translated when shown: they need catalog
  entries too.
A line that is deliberately left in English carries ``# untranslated: <why>``.
"""

from __future__ import annotations

import ast
import json
import string
from pathlib import Path

import pytest

from desktop.domain import i18n

ROOT = Path(__file__).resolve().parents[2]
CORE = [ROOT / "desktop" / "domain", ROOT / "desktop" / "services", ROOT / "db"]
FILES = sorted(p for folder in CORE for p in folder.rglob("*.py"))
ROOT_ERRORS = {"DomainError", "DbError"}
PROBLEM_NAMES = {"p", "problems"}  # how a Problems() collector is named in the core
LANGS = ("fr", "es")


def _trees() -> dict[Path, ast.Module]:
    return {p: ast.parse(p.read_text("utf-8"), str(p)) for p in FILES}


TREES = _trees()


def _error_classes() -> set[str]:
    """DomainError, DbError and every class that derives from them, by name."""
    known = set(ROOT_ERRORS)
    classes = [n for t in TREES.values() for n in ast.walk(t) if isinstance(n, ast.ClassDef)]
    grew = True
    while grew:
        grew = False
        for c in classes:
            bases = {b.id if isinstance(b, ast.Name) else getattr(b, "attr", "") for b in c.bases}
            if c.name not in known and bases & known:
                known.add(c.name)
                grew = True
    return known


ERRORS = _error_classes()


def _name(func: ast.expr) -> str:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


def _is_bare_text(node: ast.expr) -> bool:
    """A literal, an f-string, ``"…" % x`` or ``"…".format()`` that did not pass through _()."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return bool(node.value.strip())
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.BinOp):
        return _is_bare_text(node.left)
    if isinstance(node, ast.Call) and _name(node.func) == "format":
        return isinstance(node.func, ast.Attribute) and _is_bare_text(node.func.value)
    if isinstance(node, ast.Dict):
        return any(_is_bare_text(k) for k in node.keys if k is not None) or any(
            _is_bare_text(v) for v in node.values
        )
    return False


def _is_problem_add(node: ast.Call) -> bool:
    return (
        isinstance(node.func, ast.Attribute)
        and node.func.attr == "add"
        and isinstance(node.func.value, ast.Name)
        and node.func.value.id in PROBLEM_NAMES
    )


def _messages_and_labels(node: ast.Call) -> tuple[list[ast.expr], list[ast.expr]]:
    """The arguments of an error call that are messages, and those that are field labels."""
    args = list(node.args)
    keywords = {k.arg: k.value for k in node.keywords}
    if _is_problem_add(node):
        return args[1:], args[:1]
    if _name(node.func) == "ValidationError":
        labels = [keywords.pop("field")] if "field" in keywords else []
        messages = []
        for a in args + list(keywords.values()):
            if isinstance(a, ast.Dict):
                labels += [k for k in a.keys if k is not None]
                messages += a.values
            else:
                messages.append(a)
        return messages, labels
    return args + list(keywords.values()), []


def _error_calls(path: Path) -> list[ast.Call]:
    return [
        n
        for n in ast.walk(TREES[path])
        if isinstance(n, ast.Call) and (_name(n.func) in ERRORS or _is_problem_add(n))
    ]


def _untranslated(path: Path) -> list[str]:
    lines = path.read_text("utf-8").splitlines()
    found = []
    for node in _error_calls(path):
        name = _name(node.func)
        messages, _labels = _messages_and_labels(node)
        if any(_is_bare_text(a) for a in messages):
            span = lines[node.lineno - 1 : (node.end_lineno or node.lineno)]
            if not any("# untranslated:" in line for line in span):
                found.append(f"{path.relative_to(ROOT)}:{node.lineno}: {name}(…)")
    return found


def _texts(path: Path) -> list[tuple[int, str]]:
    """(line, text) of every ``_("text")``, ``pgettext("context", "text")`` (as
    ``"context|text"``), literal field label and ``what=`` of an atomic write in ``path``."""
    out = []
    for call in _error_calls(path):
        for label in _messages_and_labels(call)[1]:
            if isinstance(label, ast.Constant) and isinstance(label.value, str) and label.value:
                out.append((label.lineno, label.value))
    for node in ast.walk(TREES[path]):
        if not isinstance(node, ast.Call):
            continue
        for k in node.keywords:  # atomic_write(..., what="The report"): translated there
            if k.arg == "what" and isinstance(k.value, ast.Constant):
                out.append((node.lineno, str(k.value.value)))
        if not isinstance(node.func, ast.Name):
            continue
        texts = [a.value for a in node.args if isinstance(a, ast.Constant)]
        if not all(isinstance(t, str) for t in texts):
            continue
        if node.func.id == "_" and len(texts) == 1:
            out.append((node.lineno, texts[0]))
        elif node.func.id == "pgettext" and len(texts) == 2:  # kept as "context|text"
            out.append((node.lineno, "|".join(texts)))
    return out


def _fields(text: str) -> set[str]:
    try:
        return {f for _lit, f, _spec, _conv in string.Formatter().parse(text) if f is not None}
    except ValueError:  # a lone brace: not a template
        return set()


def _ids(paths: list[Path]) -> list[str]:
    return [str(p.relative_to(ROOT)) for p in paths]


@pytest.mark.parametrize("path", FILES, ids=_ids(FILES))
def test_no_error_for_people_is_raised_in_english_only(path: Path) -> None:
    found = _untranslated(path)
    assert not found, "wrap these texts in _() (desktop.domain.i18n / db.i18n):\n" + "\n".join(
        found
    )


@pytest.mark.parametrize("code", LANGS)
@pytest.mark.parametrize("path", FILES, ids=_ids(FILES))
def test_every_message_has_its_translation(path: Path, code: str) -> None:
    catalog = i18n.catalog(code)
    missing, wrong = [], []
    for line, text in _texts(path):
        if text not in catalog:
            missing.append(f"{line}: {text!r}")
        elif _fields(catalog[text]) != _fields(text):
            wrong.append(f"{line}: {text!r} -> {catalog[text]!r}")
    assert not missing, f"no {code} translation in resources/translations/*_{code}.json:\n" + (
        "\n".join(missing)
    )
    assert not wrong, f"{code} translation with other {{fields}}:\n" + "\n".join(wrong)


@pytest.mark.parametrize("code", LANGS)
def test_catalogs_agree_and_are_filled(code: str) -> None:
    seen: dict[str, tuple[str, str]] = {}
    clashes, empty = [], []
    for name in i18n.catalog_files(code):
        entries = json.loads((ROOT / "resources" / "translations" / name).read_text("utf-8"))
        for english, text in entries.items():
            if not str(text).strip():
                empty.append(f"{name}: {english!r}")
            if english in seen and seen[english][1] != text:
                clashes.append(f"{english!r}: {seen[english][0]} and {name} differ")
            seen.setdefault(english, (name, text))
    assert not empty, "empty translations:\n" + "\n".join(empty)
    assert not clashes, "one text, two translations:\n" + "\n".join(clashes)


def test_the_checker_finds_an_untranslated_error(tmp_path: Path) -> None:
    """The scan itself can fail: a bare literal, an f-string and a Problems field are found."""
    src = tmp_path / "bad.py"
    src.write_text(
        "def f(p, ref):\n"
        "    p.add('EORI', 'is missing')\n"
        "    raise NotFoundError(f'Case {ref} is gone')\n"
        "def g(p):\n"
        "    p.add('EORI', _('is missing'), pgettext('status', 'Open'))\n"
        "    raise ValidationError(_('fine'), field='Name')\n"
    )
    TREES[src] = ast.parse(src.read_text())
    global ROOT
    saved, ROOT = ROOT, tmp_path
    try:
        found = _untranslated(src)
        texts = sorted(text for _line, text in _texts(src))
    finally:
        ROOT = saved
        del TREES[src]
    assert [f.split(":")[1] for f in found] == ["2", "3"]
    assert texts == ["EORI", "EORI", "Name", "fine", "is missing", "status|Open"]
