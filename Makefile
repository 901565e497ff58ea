# `make run` and `make test` set everything up themselves; a second run reinstalls only when
# pyproject.toml has changed.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed
TEST_INSTALLED := $(VENV)/.installed-test
TS := $(wildcard translations/*.ts)
QM := $(TS:.ts=.qm)
# tests/e2e/test_packaging.py installs the wheel with the oldest pip a reader may still have;
# pip runs straight from its wheel file, so .venv keeps its own pip.
OLD_PIP_WHEEL := .cache/pip/pip-23.2.1-py3-none-any.whl

.PHONY: run test lint typecheck pytest translations update-translations bench clean old-pip
.PHONY: wheel bundle bench-bundle check-desktop icons metainfo flatpak-sources fuzz lock deps flatpak-release
.PHONY: screenshots

run: $(INSTALLED) $(QM)
	$(BIN)/kernpunt

test: $(TEST_INSTALLED) $(QM) lint typecheck pytest

lint: $(TEST_INSTALLED)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(TEST_INSTALLED)
	$(BIN)/mypy

pytest: $(TEST_INSTALLED) $(QM) $(OLD_PIP_WHEEL)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

translations: $(QM)

old-pip: $(OLD_PIP_WHEEL)
$(OLD_PIP_WHEEL): | $(BIN)/python
	$(BIN)/python -m pip download --quiet --no-deps --dest .cache/pip pip==23.2.1

# Refresh the .ts sources from the code; translators then fill in the new strings.
# English holds only the plural forms ("1 sentence", "2 sentences").
LUPDATE = $(BIN)/pyside6-lupdate -extensions py -no-obsolete -locations none \
	$$(find desktop/kernpunt/ui -name '*.py' | sort)
update-translations: $(INSTALLED)
	$(BIN)/python -m kernpunt.ui.core_messages
	$(LUPDATE) -ts translations/kernpunt_nl.ts
	$(LUPDATE) -pluralonly -ts translations/kernpunt_en.ts

# Every figure README.md quotes, into benchmarks/RESULTS.md, each a median of five rounds: about
# 20 minutes on 2 quiet cores (start-up ~1, brief scaling ~3, brief ~3, responsiveness ~3,
# translation ~8). Each benchmark's time and the total are printed at the end.
BENCHMARKS := startup brief_scaling brief responsiveness translate
bench: $(TEST_INSTALLED) $(QM)
	@set -e; begin=$$(date +%s); times=""; \
	$(BIN)/python benchmarks/build_models.py --shape nlen; \
	times="build_models $$(( $$(date +%s) - begin )) s"; \
	for name in $(BENCHMARKS); do \
		step=$$(date +%s); \
		echo "== benchmarks/$$name.py"; \
		$(BIN)/python benchmarks/$$name.py; \
		times="$$times, $$name $$(( $$(date +%s) - step )) s"; \
	done; \
	step=$$(date +%s); \
	echo "== benchmarks/brief.py --pipeline"; \
	$(BIN)/python benchmarks/brief.py --pipeline; \
	times="$$times, brief --pipeline $$(( $$(date +%s) - step )) s"; \
	echo "make bench: $$times"; \
	echo "make bench: $$(( $$(date +%s) - begin )) s in all (target: at most 1200 s)"

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
BUNDLE_VENV := .venv-bundle
BUNDLE_BIN := $(BUNDLE_VENV)/bin
BUNDLE_INSTALLED := $(BUNDLE_VENV)/.installed
# Qt's offscreen and xcb platforms; the optional programs of the tests (LibreOffice, the
# desktop-file and AppStream validators, the MIME database, flatpak-builder); binutils for
# PyInstaller (objdump) and the bundle (strip, and as and ld for its ICU data).
DEBIAN_PACKAGES := make python3-venv libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 \
	fonts-dejavu-core libreoffice-writer-nogui desktop-file-utils appstream shared-mime-info \
	flatpak-builder binutils

wheel: $(TEST_INSTALLED)
	$(BIN)/python -m build --outdir dist .

# The bundle is built in .venv-bundle, which holds only what Kernpunt runs (the pins of
# packaging/requirements.lock) and PyInstaller: nothing of the test tools can slip in.
bundle: $(BUNDLE_INSTALLED) $(TEST_INSTALLED)
	$(BUNDLE_BIN)/pyinstaller --noconfirm --log-level WARN --distpath dist \
		--workpath build/pyinstaller packaging/pyinstaller/kernpunt.spec
	QT_QPA_PLATFORM=offscreen $(BIN)/python packaging/pyinstaller/check_bundle.py dist/kernpunt

bench-bundle: $(BUNDLE_INSTALLED) $(TEST_INSTALLED)
	$(BIN)/python benchmarks/bundle.py --pyinstaller $(BUNDLE_BIN)/pyinstaller

# Pins every package the bundle and the Flatpak ship (packaging/lock.py; needs the index).
lock: $(TEST_INSTALLED)
	$(BIN)/python packaging/lock.py

# The system packages the tests and `make bundle` use (Debian, Ubuntu). Fedora: dnf install
# libreoffice-writer desktop-file-utils appstream shared-mime-info binutils flatpak-builder
# mesa-libEGL libxkbcommon fontconfig dbus-libs
deps:
	apt-get update -qq
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
		$(DEBIAN_PACKAGES)

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

# Needs the package index: rewrites packaging/flatpak/python3-requirements.json from the pins of
# packaging/requirements.lock, for the Python of the manifest's runtime.
flatpak-sources: $(INSTALLED)
	$(BIN)/python packaging/flatpak/generate.py

# After tagging a release: `make flatpak-release TAG=v0.2.0` writes the tag and its commit into
# the manifest's git source.
flatpak-release:
	$(PYTHON) packaging/flatpak/release.py $(TAG)

$(BUNDLE_INSTALLED): packaging/requirements.lock packaging/requirements-build.lock
	rm -rf $(BUNDLE_VENV)
	$(PYTHON) -m venv $(BUNDLE_VENV)
	$(BUNDLE_BIN)/python -m pip install --quiet --require-hashes --no-deps \
		-r packaging/requirements.lock -r packaging/requirements-build.lock
	touch $@

clean:
	rm -rf $(VENV) $(BUNDLE_VENV) build dist .mypy_cache .ruff_cache .pytest_cache translations/*.qm
