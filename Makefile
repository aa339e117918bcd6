# chipclaims: seeds/ -> tables -> notebooks -> book.  `make help` lists the targets.
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
SEEDS ?= seeds
BUILD ?= build
SEEDS_NAME := $(notdir $(abspath $(SEEDS)))
TABLES ?= $(if $(filter $(abspath $(SEEDS)),$(abspath seeds)),$(BUILD)/tables,$(BUILD)/tables-$(SEEDS_NAME))
# The notebooks read the tables from here (one explicit parameter, no path guessing).
export CHIPCLAIMS_TABLES := $(abspath $(TABLES))
export PYTHONHASHSEED := 0
export PIP_DISABLE_PIP_VERSION_CHECK := 1

.PHONY: help install tables dictionary bib notebooks book browser pdf bench formats score test lint clean

help: ## list the targets
	@echo "chipclaims: seeds/ -> tables -> notebooks -> book. The package follows the pipeline:"
	@echo "  src/chipclaims/contract -> rules -> parse -> link -> pipeline -> analysis, figures;"
	@echo "  tools/ apart (bench, score, browser, pdf, notebooks, stage). README: Layout."
	@echo
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed -E 's/:.*## /\t/' | expand -t 14

$(BIN)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test,book,cluster]"
	touch $@

install: $(BIN)/.installed ## create .venv (if missing) and install the package with its extras

tables: install ## parse SEEDS (default seeds/) into TABLES (default build/tables)
	$(BIN)/chipclaims parse "$(SEEDS)" --out "$(TABLES)" || [ $$? -eq 3 ]

dictionary: install ## regenerate book/data_dictionary.md from the data contract
	$(BIN)/chipclaims dictionary --out book/data_dictionary.md

notebooks: tables ## re-execute every notebook top to bottom and store its outputs
	$(BIN)/python -m chipclaims.tools.notebooks notebooks/*.ipynb

bib: install ## regenerate book/references.bib from the reference sources table
	$(BIN)/chipclaims bib --out book/references.bib

# With the default SEEDS the book renders the notebooks' stored outputs. With another folder
# (make book SEEDS=path) it copies the book to build/book-SEEDS, re-executes the notebooks there
# on that folder's tables and builds the copy: no file in the repository changes.
STAGE := $(BUILD)/book-$(SEEDS_NAME)
book: tables dictionary bib ## build the HTML book (for another folder: make book SEEDS=path)
ifeq ($(abspath $(SEEDS)),$(abspath seeds))
	$(BIN)/jupyter-book build book --all -n -W --keep-going
	@echo "Open $(abspath book/_build/html/index.html)"
else
	$(BIN)/python -m chipclaims.tools.stage book "$(STAGE)"
	$(BIN)/python -m chipclaims.tools.notebooks "$(STAGE)"/notebooks/*.ipynb
	$(BIN)/jupyter-book build "$(STAGE)" --all -n -W --keep-going
	@echo "Open $(abspath $(STAGE)/_build/html/index.html)"
endif

# Headless Chromium from Debian for the browser and PDF steps (Playwright drives the system
# browser; it never downloads one). Installed with apt-get when missing (needs root, as in CI).
CHROMIUM ?= /usr/bin/chromium
$(CHROMIUM):
	@command -v apt-get >/dev/null || { echo "chromium missing: install Debian's chromium package"; exit 1; }
	apt-get update -qq
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null

browser: $(CHROMIUM) ## install Debian's chromium if it is missing

pdf: book browser ## export the whole book as one PDF (build/chipclaims.pdf), offline
	$(BIN)/python -m chipclaims.tools.pdf book/_build/html $(BUILD)/chipclaims.pdf --chromium $(CHROMIUM)

BENCH_SIZES ?= 1000,10000,100000
BENCH_PARALLEL_MAX ?= 10000
BENCH_SAMPLE_ABOVE ?= 10000
bench: install ## benchmark parse speed and memory at scale, and the book build (slow)
	$(BIN)/python -m chipclaims.tools.bench --sizes $(BENCH_SIZES) --max-parallel-size $(BENCH_PARALLEL_MAX) \
		--sample-above $(BENCH_SAMPLE_ABOVE) \
		--out book/benchmarks.csv --targets book/benchmark_targets.csv --book .

formats: tables browser ## measure the register as static HTML, itables (offline) and great_tables, on screen and in print
	$(BIN)/python -m chipclaims.tools.tableformats "$(TABLES)" --out book/table_formats.csv --chromium $(CHROMIUM)

SCORE_SETS ?= tests/data/dev tests/data/holdout tests/data/fresh tests/data/blind tests/data/blind2 tests/data/blind3 tests/data/blind4 tests/data/blind5 tests/data/blind6 tests/data/blind7 tests/data/blind8 tests/data/blind9 tests/data/blind10 tests/data/blind11 tests/data/blind12 tests/data/blind13 tests/data/blind14 tests/data/blind15 tests/data/blind16 tests/data/blind17 tests/data/blind18 tests/data/blind19 tests/data/blind20 tests/data/blind21 tests/data/blind22 tests/data/blind23 tests/data/blind24 tests/data/blind25 tests/data/blind26 tests/data/blind27 tests/data/blind28 tests/data/blind29 tests/data/blind30 tests/data/blind31 tests/data/blind32 tests/data/blind33 tests/data/blind34 tests/data/blind35 tests/data/blind36 tests/data/blind37 tests/data/blind38 tests/data/blind39 tests/data/blind40 tests/data/blind41 tests/data/blind42 tests/data/blind43 tests/data/blind44 tests/data/blind45 tests/data/blind46 tests/data/blind47 tests/data/blind48 tests/data/blind49 tests/data/blind50 tests/data/blind51 tests/data/blind52 tests/data/blind53 tests/data/blind54 tests/data/blind55 tests/data/blind56 tests/data/blind57 tests/data/blind58 tests/data/blind59 tests/data/blind60 tests/data/blind61 tests/data/blind62 tests/data/blind63 tests/data/blind64 tests/data/blind65 tests/data/blind66
score: install ## score every parser layer on the labelled sets of real articles (SCORE_SETS)
	$(BIN)/python -m chipclaims.tools.score $(SCORE_SETS) --out book/dev_scores.csv \
		--verdicts-out book/verdict_scores.csv --readme README.md

lint: install ## ruff over the package and the tests
	$(BIN)/ruff check src tests notebooks

test: tables lint browser ## run the whole suite: unit tests, strict nbval, book, browser, PDF
	CHIPCLAIMS_CHROMIUM=$(CHROMIUM) $(BIN)/python -m pytest --nbval

clean: ## remove build outputs (keeps .venv)
	rm -rf $(BUILD) book/_build
