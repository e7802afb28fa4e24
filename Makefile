# The two set-up commands of the README are `make demo` and `make test`; .ci/run calls `make test`.
VENV ?= .venv
BIN := $(VENV)/bin
OUT ?= out
SSCLI := $(BIN)/sscli --state-dir $(OUT)/.sscli

.PHONY: bootstrap demo test lint bench clean

bootstrap:
	@./.ci/bootstrap

# The factory on the bundled example project, on embedded defaults.
demo: bootstrap
	@mkdir -p $(OUT)
	$(SSCLI) ingest examples/hello --policy policies/default.yaml
	$(SSCLI) ingest examples/hello/build-requirements.txt --policy policies/default.yaml
	$(SSCLI) build examples/hello --out $(OUT)/dist
	$(SSCLI) sbom create examples/hello --vault $(OUT)/.sscli/vault -o $(OUT)/sbom.cdx.json
	$(SSCLI) sbom create examples/hello --vault $(OUT)/.sscli/vault --format cyclonedx-xml -o $(OUT)/sbom.cdx.xml
	$(SSCLI) sbom report $(OUT)/sbom.cdx.json -o $(OUT)/report.html
	@echo "open $(OUT)/report.html"

# The test suite, in a network namespace of its own where the machine allows it: only loopback
# is reachable, so a test that touches the internet fails instead of passing by luck.
test: bootstrap
	@./.ci/isolated $(BIN)/python -m pytest $(PYTEST_ARGS)

lint: bootstrap
	$(BIN)/ruff format --check sscli tests benchmarks
	$(BIN)/ruff check sscli tests benchmarks
	$(BIN)/mypy
	$(BIN)/lint-imports

bench: bootstrap
	@for script in benchmarks/*.py; do echo "== $$script"; $(BIN)/python $$script || exit 1; done

clean:
	rm -rf $(OUT) .pytest_cache .mypy_cache .ruff_cache
