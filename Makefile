# Cluster press-release extraction pipeline. `make` alone lists the targets.
.DEFAULT_GOAL := help
.PHONY: help run test fuzz eval bench report db lexicon clean distclean

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
TEST_STAMP := $(VENV)/.installed-test
DEV_GOLD := ../shared/corpus/dev
SCRATCH := data/interim

help: ## list the targets
	@grep -E '^[a-z]+:.*## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*## "}; {printf "  %-10s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[test]"
	touch $(STAMP)

# Tests and `make db` also need the analysis extra (pyarrow, duckdb, nbclient, ipykernel,
# matplotlib: ~480 MB, 1-2 min without a pip cache), selenium, and the dask extra (dask +
# distributed: ~30 MB, seconds) for the Dask executor test; `make run` stays light.
$(TEST_STAMP): $(STAMP)
	$(PY) -m pip install --quiet -e ".[test,analysis,browser,dask]"
	touch $(TEST_STAMP)

run: $(STAMP) ## set up, then process data/raw/ into data/processed/
	$(PY) -m pipeline run --input data/raw --output data/processed

test: $(TEST_STAMP) ## set up, then run the whole test suite
	@$(PY) -m pytest -q; status=$$?; \
	if [ $$status -eq 5 ]; then echo "error: pytest collected no tests" >&2; exit 1; fi; exit $$status

N ?= 10000
fuzz: $(TEST_STAMP) ## property-based tests of the stages on N generated documents (default 10000)
	FUZZ_EXAMPLES=$(N) $(PY) -m pytest -q -p no:cacheprovider tests/test_properties.py

eval: $(STAMP) ## score against ../shared/corpus/dev (tune and check parts side by side) if present, else data/gold/ (EVAL_ARGS="--errors --split tune" lists misses)
	@if [ -d $(DEV_GOLD) ]; then \
	  $(PY) -m pipeline run --input $(DEV_GOLD) --output $(SCRATCH)/eval-dev --full && \
	  $(PY) -m pipeline eval --gold $(DEV_GOLD) --output $(SCRATCH)/eval-dev $(EVAL_ARGS); \
	else \
	  $(PY) -m pipeline run --input data/raw --output $(SCRATCH)/eval-samples --full && \
	  $(PY) -m pipeline eval --gold data/gold --output $(SCRATCH)/eval-samples $(EVAL_ARGS); \
	fi

bench: $(STAMP) ## throughput benchmark on a synthetic corpus (docs/s, words/s, RSS)
	$(PY) -m pipeline bench

report: run ## static HTML review report in data/processed/report/
	$(PY) -m pipeline report --output data/processed

db: run $(TEST_STAMP) ## data/processed/pipeline.duckdb with a table per CSV and analyst views
	$(PY) -m pipeline db --output data/processed

lexicon: $(STAMP) ## rebuild pipeline/lexicon/ (common German and English words) from wordfreq
	$(PY) -m pip install --quiet "wordfreq>=3.1"
	$(PY) pipeline/lexicon/build.py pipeline/lexicon

clean: ## remove outputs and scratch folders (keeps the environment)
	rm -rf data/processed/* $(SCRATCH) .pytest_cache
	find . -name __pycache__ -type d -prune -exec rm -rf {} +

distclean: clean ## also remove the virtual environment
	rm -rf $(VENV) *.egg-info
