# AEO Desk: `make run` starts the app on a demo database, `make test` runs every gate.
# Both install what they need (system libraries with apt-get when run as root, a .venv).
SHELL := /bin/bash
.DEFAULT_GOAL := help

# Python >= 3.12: PySide6 6.12 aborts on 3.11 (see docs). Prefer pyenv's 3.12, then any 3.12+.
PYTHON ?= $(shell for p in "$$(pyenv prefix 2>/dev/null | head -n 1)/bin/python3" python3.13 python3.12 python3; do \
	  [ "$$p" = "/bin/python3" ] && continue; \
	  if command -v "$$p" >/dev/null 2>&1 && "$$p" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then \
	    command -v "$$p"; break; fi; done)
VENV := .venv
BIN := $(VENV)/bin
DEMO_DB ?= .demo/aeo-demo.sqlite

# Qt's xcb/offscreen runtime libraries on Debian/Ubuntu (platform notes).
SYSTEM_PACKAGES := libgl1 libegl1 libx11-6 libdbus-1-3 libfontconfig1 libfreetype6 libglib2.0-0 \
	libxkbcommon0 fonts-dejavu-core libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 \
	libxcb-render-util0 libxcb-render0 libxcb-shape0 libxcb-util1 libxcb-xkb1 libxkbcommon-x11-0

.PHONY: help run test lint system-deps bench slow screenshots clean

help:
	@echo "make run    - install, build a demo database and start AEO Desk on it"
	@echo "make test   - install, then ruff, import-linter and the whole pytest suite"
	@echo "make bench  - run every benchmark (large demo) and update docs/benchmarks.md"
	@echo "make slow   - the slow checks CI skips (crash trials, LibreOffice, big exports)"

system-deps:
	@missing=""; for p in $(SYSTEM_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$(PYTHON)" ] && ! "$(PYTHON)" -c 'import ensurepip, venv' >/dev/null 2>&1; then missing="$$missing python3-venv"; fi; \
	if [ -z "$(PYTHON)" ]; then missing="$$missing python3 python3-venv"; fi; \
	if [ -n "$$missing" ]; then \
	  if ! command -v apt-get >/dev/null 2>&1; then echo "note: not Debian/Ubuntu; make sure these (or your system's equivalents) are installed:$$missing"; \
	  else \
	    if [ "$$(id -u)" = 0 ]; then SUDO=""; elif command -v sudo >/dev/null 2>&1; then SUDO=sudo; \
	    else echo "Qt needs these system packages; as root run: apt-get install$$missing"; exit 1; fi; \
	    echo "installing system packages:$$missing"; \
	    $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq --no-install-recommends $$missing; \
	  fi; \
	fi

$(BIN)/.installed: pyproject.toml | system-deps
	@py="$(PYTHON)"; [ -n "$$py" ] || py=$$(command -v python3); \
	  test -n "$$py" || { echo "Python 3.11+ is needed (3.12 recommended)"; exit 1; }; \
	  echo "using $$py ($$($$py --version))"; $$py -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test]'
	@touch $@

$(DEMO_DB): | $(BIN)/.installed
	@mkdir -p $(dir $(DEMO_DB))
	$(BIN)/aeo-desk demo --db $(DEMO_DB) --scale small --seed 7 --users

run: system-deps $(BIN)/.installed $(DEMO_DB)
	$(BIN)/aeo-desk --db $(DEMO_DB)

lint: $(BIN)/.installed
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports

test: system-deps $(BIN)/.installed lint
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

bench: system-deps $(BIN)/.installed
	$(BIN)/python -m pip install -q -e '.[test,bench]'
	-QT_QPA_PLATFORM=offscreen $(BIN)/python bench/bench_caseload.py --write
	-QT_QPA_PLATFORM=offscreen $(BIN)/python bench/bench_audit.py --write
	-QT_QPA_PLATFORM=offscreen $(BIN)/python bench/bench_ministry.py --write
	-QT_QPA_PLATFORM=offscreen $(BIN)/python bench/bench_field.py --write
	-QT_QPA_PLATFORM=offscreen $(BIN)/python bench/bench_encryption.py --write
	$(BIN)/python bench/summary.py

# Slow checks kept out of CI: 100 SIGKILL trials, 100,000-row exports in bounded memory, and
# every export opened by LibreOffice (installed here; about 300 MB).
slow: system-deps $(BIN)/.installed
	command -v soffice >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends libreoffice-calc-nogui; }
	AEO_DESK_SLOW=1 QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -m slow

# Screenshots of the real window under Xvfb (1280x800; the checklist at 1366x768, the common
# laptop size), into docs/screenshots/.
screenshots: $(BIN)/.installed
	@command -v xvfb-run >/dev/null || { echo "needs xvfb: apt-get install xvfb xauth"; exit 1; }
	rm -f .demo/screens.sqlite && $(BIN)/aeo-desk demo --db .demo/screens.sqlite --seed 7
	xvfb-run -a -s "-screen 0 1280x800x24" $(BIN)/python tools/screenshot.py .demo/screens.sqlite docs/screenshots
	xvfb-run -a -s "-screen 0 1366x768x24" $(BIN)/python tools/screenshot_audit.py .demo/screens.sqlite docs/screenshots
	xvfb-run -a -s "-screen 0 1280x800x24" $(BIN)/python tools/screenshot_field.py .demo/screens.sqlite docs/screenshots
	xvfb-run -a -s "-screen 0 1280x800x24" $(BIN)/python tools/screenshot_security.py .demo/screens.sqlite docs/screenshots
	xvfb-run -a -s "-screen 0 1280x800x24" $(BIN)/python tools/screenshot_look.py .demo/screens.sqlite docs/screenshots
	xvfb-run -a -s "-screen 0 1280x800x24" $(BIN)/python tools/screenshot_languages.py .demo/screens.sqlite docs/screenshots
	xvfb-run -a -s "-screen 0 1280x800x24" $(BIN)/python tools/screenshot_contacts.py .demo/screens.sqlite docs/screenshots
	xvfb-run -a -s "-screen 0 1280x800x24" $(BIN)/python tools/screenshot_training.py .demo/screens.sqlite docs/screenshots

clean:
	rm -rf $(VENV) .demo .pytest_cache .ruff_cache

# The one-folder app in dist/aeo-desk/ (PyInstaller, packaging/aeo-desk.spec), then its smoke
# tests on the BUILT executable (packaging/build.py; README "Packaging").
.PHONY: package
package: system-deps $(BIN)/.installed
	$(BIN)/python packaging/build.py

# French and Spanish: new strings into the .ts files, translations from
# resources/translations/work/*.json, then the .qm files the app loads (tools/translations.py).
.PHONY: translations
translations: $(BIN)/.installed
	$(BIN)/python tools/translations.py update
	$(BIN)/python tools/translations.py merge
	$(BIN)/python tools/translations.py compile
	$(BIN)/python tools/translations.py check
