"""Build the one-folder app with PyInstaller and smoke-test the BUILT executable (``make package``).

Run with the project's venv (``.venv/bin/python packaging/build.py``); PyInstaller is installed
into it at the pinned version if missing. Steps, each fatal on failure (exit 1):

1. metadata: the versions in pyproject.toml, the AppStream release, the Inno Setup default and
   the app agree; ``desktop-file-validate`` and ``appstreamcli validate`` pass on the Linux
   files (skipped when the tool is missing, except under CI, where a missing tool fails);
2. PyInstaller with ``packaging/aeo-desk.spec`` into ``dist/aeo-desk/`` (work files in
   ``build/pyinstaller/``);
3. on Linux: every library in the bundle resolves (``ldd``), apart from the Wayland client
   libraries that a Wayland desktop provides;
4. the built app, offscreen, with HOME and the XDG folders in a temporary folder: builds a demo
   database, opens the main window on it (``--smoke``), writes an Excel list and an audit PDF,
   encrypts a second demo with SQLCipher and verifies it; then ``--smoke`` again on a real X
   server under Xvfb when ``xvfb-run`` is there (required under CI).

Prints the bundle's size and the build and smoke times.
"""

from __future__ import annotations

import argparse
import importlib.metadata
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
import tomllib
import zipfile
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
SPEC = PACKAGING / "aeo-desk.spec"
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
BUNDLE = DIST / "aeo-desk"
DESKTOP_FILE = PACKAGING / "linux" / "aeo-desk.desktop"
METAINFO = PACKAGING / "linux" / "org.example.AeoDesk.metainfo.xml"
INNO = PACKAGING / "windows" / "aeo-desk.iss"
PYINSTALLER = "6.22.3"
#: Libraries a bundle leaves to the system on purpose; only the Wayland plugin needs them.
SYSTEM_ONLY = re.compile(r"^libwayland-")
STEP_TIMEOUT = 300


class BuildError(Exception):
    """A step failed; the message says which and why."""


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--no-build", action="store_true", help="smoke-test the existing dist/aeo-desk only"
    )
    parser.add_argument(
        "--strict",
        action="store_true",
        default=os.environ.get("CI", "").lower() in ("1", "true", "yes"),
        help="a missing validator or xvfb-run is an error (default under CI)",
    )
    args = parser.parse_args(argv)
    try:
        check_versions()
        validate_metadata(strict=args.strict)
        build_time = None
        if not args.no_build:
            ensure_pyinstaller()
            build_time = build()
        if not executable(BUNDLE).is_file():
            raise BuildError(f"there is no {executable(BUNDLE)}: build it first")
        check_resources(BUNDLE)
        if sys.platform.startswith("linux"):
            check_libraries(BUNDLE)
        smoke_time = smoke(executable(BUNDLE), strict=args.strict)
    except BuildError as exc:
        print(f"package: FAILED: {exc}", file=sys.stderr)
        return 1
    files, size = bundle_size(BUNDLE)
    print(f"package: bundle {BUNDLE.relative_to(ROOT)}/: {size / 1e6:.0f} MB in {files:,} files")
    if build_time is not None:
        print(f"package: PyInstaller build {build_time:.0f} s")
    print(f"package: smoke tests of the built app passed in {smoke_time:.0f} s")
    return 0


def project_version() -> str:
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return str(pyproject["project"]["version"])


def check_versions() -> None:
    """The packaging metadata names the version that pyproject.toml (and so the spec) builds."""
    version = project_version()
    found = {
        METAINFO.name: _first(r'<release version="([^"]+)"', METAINFO),
        INNO.name: _first(r'#define AppVersion "([^"]+)"', INNO),
        "desktop/ui/main_window.py": _first(
            r'^APP_VERSION = "([^"]+)"', ROOT / "desktop" / "ui" / "main_window.py"
        ),
    }
    wrong = [f"{name} says {value}" for name, value in found.items() if value != version]
    if wrong:
        raise BuildError(f"pyproject.toml is at version {version} but " + "; ".join(wrong))
    print(f"package: version {version} everywhere")


def _first(pattern: str, path: Path) -> str | None:
    match = re.search(pattern, path.read_text(encoding="utf-8"), re.MULTILINE)
    return match.group(1) if match else None


def validate_metadata(*, strict: bool) -> None:
    """desktop-file-validate and appstreamcli on the Linux files (errors fail; warnings pass)."""
    checks = (
        ("desktop-file-validate", [str(DESKTOP_FILE)], "desktop-file-utils"),
        ("appstreamcli", ["validate", "--no-net", str(METAINFO)], "appstream"),
    )
    for tool, args, package in checks:
        if shutil.which(tool) is None:
            message = f"{tool} is not installed (apt-get install {package})"
            if strict:
                raise BuildError(message)
            print(f"package: skipped a check: {message}")
            continue
        result = subprocess.run([tool, *args], capture_output=True, text=True, check=False)
        output = (result.stdout + result.stderr).strip()
        if result.returncode != 0:
            raise BuildError(f"{tool} {' '.join(args)}:\n{output}")
        print(f"package: {tool}: ok" + (f"\n{output}" if output else ""))


def ensure_pyinstaller() -> None:
    try:
        installed = importlib.metadata.version("pyinstaller")
    except importlib.metadata.PackageNotFoundError:
        installed = None
    if installed == PYINSTALLER:
        return
    print(f"package: installing PyInstaller {PYINSTALLER} into {sys.prefix}")
    _run(
        [sys.executable, "-m", "pip", "install", "-q", f"pyinstaller=={PYINSTALLER}"],
        "pip install pyinstaller",
    )


def build() -> float:
    start = time.perf_counter()
    _run(
        [
            sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
            "--distpath", str(DIST), "--workpath", str(WORK), str(SPEC),
        ],
        "PyInstaller",
        cwd=ROOT,
    )  # fmt: skip
    return time.perf_counter() - start


def executable(bundle: Path) -> Path:
    if sys.platform == "win32":
        return bundle / "aeo-desk-cli.exe"  # the console one: the smoke reads its output
    return bundle / "aeo-desk"


def check_libraries(bundle: Path) -> None:
    """Each ELF file of the bundle finds its libraries, with the library path the PyInstaller
    boot-loader sets: a library dropped by the spec's trimming that something still needs
    shows up here as "not found" (the system may hide it at run time on this machine)."""
    internal = bundle / "_internal"
    env = {**os.environ, "LD_LIBRARY_PATH": str(internal)}
    missing: dict[str, set[str]] = {}
    checked = 0
    for path in sorted(p for p in bundle.rglob("*") if p.is_file() and _is_elf(p)):
        checked += 1
        result = subprocess.run(
            ["ldd", str(path)], capture_output=True, text=True, env=env, check=False
        )
        for line in result.stdout.splitlines():
            name, _, where = line.strip().partition(" => ")
            if where.startswith("not found") and not SYSTEM_ONLY.match(name):
                missing.setdefault(name, set()).add(str(path.relative_to(bundle)))
    if missing:
        lines = [
            f"{name} (needed by {', '.join(sorted(users)[:3])})" for name, users in missing.items()
        ]
        raise BuildError("libraries missing from the bundle:\n  " + "\n  ".join(lines))
    print(f"package: ldd: all libraries of {checked} binaries resolve")


def check_resources(bundle: Path) -> None:
    """Every file the app reads from resources/ (templates, icons, help pages, translations
    and message catalogs) is in the bundle: the spec's trimming must not take one away."""
    source = ROOT / "resources"
    found = [p for p in bundle.rglob("resources") if (p / "translations").is_dir()]
    if not found:
        raise BuildError("the bundle has no resources/ folder")
    wanted = [
        p.relative_to(source)
        for p in source.rglob("*")
        if p.is_file()
        and p.suffix not in (".py", ".pyc", ".ts")
        and "work" not in p.relative_to(source).parts
        and "__pycache__" not in p.parts
    ]
    missing = [str(rel) for rel in wanted if not (found[0] / rel).is_file()]
    if missing:
        raise BuildError("resources missing from the bundle:\n  " + "\n  ".join(missing[:20]))
    print(f"package: all {len(wanted)} resource files are in the bundle")


def _is_elf(path: Path) -> bool:
    with path.open("rb") as f:
        return f.read(4) == b"\x7fELF"


def smoke(app: Path, *, strict: bool) -> float:
    """Run the built app the way a user would, on fresh data, in a throw-away home."""
    from desktop.services.demo import DEMO_PASSWORD

    start = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="aeo-package-") as tmp:
        home = Path(tmp)
        env = _clean_env(home)
        demo = home / "demo.sqlite"
        _app(app, ["demo", "--db", str(demo), "--seed", "1"], env, "demo database")
        _app(app, ["--db", str(demo), "--smoke"], env, "main window (--smoke, offscreen)")

        cases = home / "cases.xlsx"
        _app(app, ["export", "cases", "--db", str(demo), "--out", str(cases)], env, "xlsx export")
        with zipfile.ZipFile(cases) as book:
            if "xl/worksheets/sheet1.xml" not in book.namelist():
                raise BuildError(f"{cases.name} is not a workbook")
        french = home / "dossiers.xlsx"
        _app(
            app, ["--language", "fr", "export", "cases", "--db", str(demo), "--out", str(french)],
            env, "xlsx export in French",
        )  # fmt: skip
        with zipfile.ZipFile(french) as book:
            if 'name="Dossiers"' not in book.read("xl/workbook.xml").decode("utf-8"):
                raise BuildError(f"{french.name} is not in French: the catalogs are missing")
        with sqlite3.connect(demo) as conn:
            (audit,) = conn.execute("SELECT reference FROM audits ORDER BY id LIMIT 1").fetchone()
        pdf = home / "audit.pdf"
        _app(
            app, ["export", "audit", "--db", str(demo), "--audit", audit, "--out", str(pdf)],
            env, "audit PDF",
        )  # fmt: skip
        if not pdf.read_bytes().startswith(b"%PDF-"):
            raise BuildError(f"{pdf.name} is not a PDF")

        # SQLCipher (sqlcipher3) and cryptography (key slots) inside the bundle.
        secure = home / "secure.sqlite"
        _app(app, ["demo", "--db", str(secure), "--seed", "2", "--users"], env, "demo with users")
        signed_in = {**env, "AEO_DESK_USER": "admin", "AEO_DESK_PASSPHRASE": DEMO_PASSWORD}
        _app(app, ["encrypt", "--db", str(secure)], signed_in, "encrypt (SQLCipher)")
        if secure.read_bytes()[:16] == b"SQLite format 3\x00":
            raise BuildError(f"{secure.name} is still plain SQLite after encrypt")
        _app(app, ["verify", "--db", str(secure)], signed_in, "verify the encrypted file")

        if shutil.which("xvfb-run"):
            xcb = {**env, "QT_QPA_PLATFORM": "xcb"}
            _app(
                app, ["--db", str(demo), "--smoke"], xcb, "main window (--smoke, Xvfb)",
                wrapper=["xvfb-run", "-a", "-s", "-screen 0 1280x800x24"],
            )  # fmt: skip
        elif strict:
            raise BuildError("xvfb-run is not installed (apt-get install xvfb xauth)")
        else:
            print("package: skipped the Xvfb smoke: xvfb-run is not installed")
    return time.perf_counter() - start


def _clean_env(home: Path) -> dict[str, str]:
    """The environment of a first start: nothing from the venv, a new home and XDG folders."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("PYTHON", "VIRTUAL_ENV", "XDG_", "QT_", "AEO_DESK_"))
        and key not in ("HOME", "LD_LIBRARY_PATH")
    }
    runtime = home / "runtime"
    runtime.mkdir(mode=0o700)
    env.update(
        HOME=str(home),
        USERPROFILE=str(home),
        APPDATA=str(home / "AppData" / "Roaming"),
        LOCALAPPDATA=str(home / "AppData" / "Local"),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        XDG_CACHE_HOME=str(home / ".cache"),
        XDG_STATE_HOME=str(home / ".local" / "state"),
        XDG_RUNTIME_DIR=str(runtime),
        QT_QPA_PLATFORM="offscreen",
    )
    return env


def _app(
    app: Path,
    args: list[str],
    env: dict[str, str],
    what: str,
    *,
    wrapper: Sequence[str] = (),
) -> None:
    start = time.perf_counter()
    _run([*wrapper, str(app), *args], what, env=env, cwd=Path(env["HOME"]))
    print(f"package: smoke: {what}: ok ({time.perf_counter() - start:.1f} s)")


def _run(
    cmd: Sequence[str], what: str, *, env: dict[str, str] | None = None, cwd: Path | None = None
) -> None:
    try:
        result = subprocess.run(
            cmd,
            env=env,
            cwd=cwd,
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            timeout=STEP_TIMEOUT if env is not None else None,
            check=False,
        )
    except subprocess.TimeoutExpired:
        raise BuildError(f"{what}: no answer after {STEP_TIMEOUT} s") from None
    except OSError as exc:
        raise BuildError(f"{what}: {exc}") from None
    output = (result.stdout + result.stderr).strip()
    if result.returncode != 0:
        raise BuildError(f"{what} exited {result.returncode}: {' '.join(cmd)}\n{output}")
    if output and env is None:  # the build steps' warnings; the app's own output is expected
        print(output)


def bundle_size(bundle: Path) -> tuple[int, int]:
    files = [p for p in bundle.rglob("*") if p.is_file() and not p.is_symlink()]
    return len(files), sum(p.stat().st_size for p in files)


if __name__ == "__main__":
    sys.exit(main())
