# Two commands on a fresh machine: `make demo` and `make test`. Everything else is their plumbing.
# The demo installs the package alone; the tests add their extras. pip is left as the Python ships it, so the
# install is what a user's would be.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
TESTSTAMP := $(VENV)/.installed-test

.PHONY: demo test install clean serve

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet -e .
	touch $(STAMP)

$(TESTSTAMP): $(STAMP)
	$(BIN)/pip install --quiet -e '.[test]'
	sh scripts/install-browser.sh
	bash scripts/install-postgres.sh
	touch $(TESTSTAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/claimgraph analyze examples/wire_report.txt --published 2024-03-14 --format text

test: $(TESTSTAMP)
	$(BIN)/python -m pytest -q

# the workbench over a demo store of the bundled example and the story corpus fixture (build/ is not committed);
# ingest skips what the store holds, so a second `make serve` starts at once
WEBSTAMP := $(VENV)/.installed-web
DEMO_DB  := build/demo/demo.db

$(WEBSTAMP): $(STAMP)
	$(BIN)/pip install --quiet -e '.[web]'
	touch $(WEBSTAMP)

serve: $(WEBSTAMP)
	$(BIN)/claimgraph ingest examples tests/fixtures/corpus --db $(DEMO_DB) --published 2024-03-14 --quiet
	$(BIN)/claimgraph serve --db $(DEMO_DB)

clean:
	rm -rf $(VENV) build *.egg-info
