# `make run` and `make test` set everything up themselves; a second run reinstalls only when
# pyproject.toml has changed.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed
TEST_INSTALLED := $(VENV)/.installed-test
TS := $(wildcard translations/*.ts)
QM := $(TS:.ts=.qm)

.PHONY: run test lint typecheck pytest translations update-translations bench clean
.PHONY: wheel bundle bench-bundle check-desktop icons metainfo flatpak-sources fuzz screenshots

run: $(INSTALLED) $(QM)
	$(BIN)/kernpunt

test: $(TEST_INSTALLED) $(QM) lint typecheck pytest

lint: $(TEST_INSTALLED)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(TEST_INSTALLED)
	$(BIN)/mypy

pytest: $(TEST_INSTALLED) $(QM)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

translations: $(QM)

# Refresh the .ts sources from the code; translators then fill in the new strings.
# English holds only the plural forms ("1 sentence", "2 sentences").
LUPDATE = $(BIN)/pyside6-lupdate -extensions py -no-obsolete -locations none \
	$$(find desktop/kernpunt/ui -name '*.py' | sort)
update-translations: $(INSTALLED)
	$(LUPDATE) -ts translations/kernpunt_nl.ts
	$(LUPDATE) -pluralonly -ts translations/kernpunt_en.ts

bench: $(TEST_INSTALLED) $(QM)
	$(BIN)/python benchmarks/startup.py

# The fuzz tests with 20 times the examples of `make test` (tests/conftest.py's "long" profile).
fuzz: $(TEST_INSTALLED)
	HYPOTHESIS_PROFILE=long QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest --timeout 3600 \
		tests/unit/*/test_fuzz_*.py

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(INSTALLED): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --editable .
	touch $@

$(TEST_INSTALLED): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --editable '.[test]'
	touch $@ $(INSTALLED)

translations/%.qm: translations/%.ts | $(INSTALLED)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

# Packaging (packaging/README.md): the wheel and source archive in dist/, the one-folder bundle
# in dist/kernpunt/ (built, then started offscreen and checked), the desktop files' validators.
PACKAGING_INSTALLED := $(VENV)/.installed-packaging

wheel: $(TEST_INSTALLED)
	$(BIN)/python -m build --outdir dist .

bundle: $(PACKAGING_INSTALLED)
	$(BIN)/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
		packaging/pyinstaller/kernpunt.spec
	QT_QPA_PLATFORM=offscreen $(BIN)/python packaging/pyinstaller/check_bundle.py dist/kernpunt

bench-bundle: $(PACKAGING_INSTALLED)
	$(BIN)/python benchmarks/bundle.py

check-desktop:
	desktop-file-validate resources/nl.kernpunt.Kernpunt.desktop
	appstreamcli validate --no-net resources/nl.kernpunt.Kernpunt.metainfo.xml

# After changing the SVG icon or CHANGELOG.md; the outputs are committed.
icons: $(INSTALLED)
	$(BIN)/python packaging/render_icons.py

# The screenshots in resources/screenshots/, from the real program offscreen at 1280×800; the
# translated ones use a random-weight test model (see the script). The outputs are committed.
screenshots: $(TEST_INSTALLED) $(QM)
	$(BIN)/python packaging/screenshots.py

metainfo:
	$(PYTHON) packaging/releases.py

# Needs PyPI: rewrites packaging/flatpak/python3-requirements.json from requirements.txt.
flatpak-sources: $(INSTALLED)
	$(BIN)/python packaging/flatpak/generate.py

$(PACKAGING_INSTALLED): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --editable '.[test,packaging]'
	touch $@ $(TEST_INSTALLED) $(INSTALLED)

clean:
	rm -rf $(VENV) build dist .mypy_cache .ruff_cache .pytest_cache translations/*.qm
