"""Keep the French and Spanish translations in step with the code.

    .venv/bin/python tools/translations.py update    # pyside6-lupdate: new strings in the .ts
    .venv/bin/python tools/translations.py merge     # fill from resources/translations/work/*.json
    .venv/bin/python tools/translations.py compile   # pyside6-lrelease: the .qm files we ship
    .venv/bin/python tools/translations.py check     # exit 1 if any entry is left unfinished

``make translations`` runs update, merge and compile. The work files are
``<lang>-<part>.json`` = {context: {source: translation}}, a list [singular, plural] for a
``%n`` message; translators (or a helper) write them, and merge puts them into the .ts.
"""

from __future__ import annotations

import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "translations"
LANGUAGES = ("fr", "es")
BIN = Path(sys.executable).parent


def ts_path(lang: str) -> Path:
    return FOLDER / f"aeo_desk_{lang}.ts"


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "desktop" / "ui").rglob("*.py"))


def update() -> None:
    for lang in LANGUAGES:
        subprocess.run(
            [str(BIN / "pyside6-lupdate"), *sources(), "-no-obsolete", "-target-language", lang,
             "-ts", str(ts_path(lang))],
            cwd=ROOT, check=True, capture_output=True,
        )  # fmt: skip


def _write(tree: ET.ElementTree, path: Path) -> None:
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )


def merge() -> dict[str, int]:
    filled = {}
    for lang in LANGUAGES:
        known: dict[tuple[str, str], object] = {}
        for work in sorted((FOLDER / "work").glob(f"{lang}-*.json")):
            for context, messages in json.loads(work.read_text(encoding="utf-8")).items():
                for source, text in messages.items():
                    known[(context, source)] = text
        tree = ET.parse(ts_path(lang))
        n = 0
        for context in tree.getroot().iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                text = known.get((name, message.findtext("source") or ""))
                if not text:
                    continue
                translation = message.find("translation")
                if translation is None:
                    translation = ET.SubElement(message, "translation")
                translation.attrib.pop("type", None)
                for child in list(translation):
                    translation.remove(child)
                if message.get("numerus") == "yes":
                    translation.text = None
                    forms = text if isinstance(text, list) else [text, text]
                    for form in forms:
                        ET.SubElement(translation, "numerusform").text = str(form)
                else:
                    translation.text = text[0] if isinstance(text, list) else str(text)
                n += 1
        _write(tree, ts_path(lang))
        filled[lang] = n
    return filled


def unfinished(lang: str) -> list[str]:
    """Sources whose translation is missing, empty or marked unfinished."""
    out = []
    for message in ET.parse(ts_path(lang)).getroot().iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") == "unfinished":
            done = False
        elif message.get("numerus") == "yes":
            forms = [f.text for f in translation.iter("numerusform")]
            done = bool(forms) and all((f or "").strip() for f in forms)
        else:
            done = bool((translation.text or "").strip())
        if not done:
            out.append(message.findtext("source") or "")
    return out


def compile_qm() -> None:
    for lang in LANGUAGES:
        subprocess.run(
            [str(BIN / "pyside6-lrelease"), str(ts_path(lang)), "-qm",
             str(FOLDER / f"aeo_desk_{lang}.qm")],
            cwd=ROOT, check=True, capture_output=True,
        )  # fmt: skip


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "check"
    if command == "update":
        update()
    elif command == "merge":
        print(merge())
    elif command == "compile":
        compile_qm()
    elif command == "check":
        missing = {lang: unfinished(lang) for lang in LANGUAGES}
        for lang, items in missing.items():
            print(f"{lang}: {len(items)} unfinished" + (f", e.g. {items[:3]}" if items else ""))
        return 1 if any(missing.values()) else 0
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
