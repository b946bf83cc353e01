# milrep — the two commands a newcomer needs are `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
TSTAMP := $(VENV)/.installed-test

.PHONY: run test bench screenshots translations check clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e .
	touch $@

$(TSTAMP): $(STAMP) pyproject.toml
	$(PY) -m pip install --quiet -e '.[test]'
	touch $@

run: $(STAMP)
	$(PY) -m milrep.cli gui

test: $(TSTAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest

bench: $(TSTAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m benchmarks

screenshots: $(TSTAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m ui.screenshots --out screenshots

translations: $(STAMP)
	$(PY) -m ui.i18n_tools update

clean:
	rm -rf $(VENV) build *.egg-info
