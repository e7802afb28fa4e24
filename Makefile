# The two set-up commands of the README are `make demo` and `make test`; .ci/run calls `make test`.
VENV ?= .venv
BIN := $(VENV)/bin
OUT ?= out
STATE := $(OUT)/.sscli
SSCLI := $(BIN)/sscli --state-dir $(STATE)
# The vulnerability data: the snapshot beside the checkout when there is one, else OSV's export.
OSV_SNAPSHOT := ../shared/data/osv-pypi-2024-10-10.zip
OSV_SOURCE ?= $(if $(wildcard $(OSV_SNAPSHOT)),$(OSV_SNAPSHOT),https://osv-vulnerabilities.storage.googleapis.com/PyPI/all.zip)
KEY := $(OUT)/dev-key.pem

.PHONY: bootstrap demo test lint bench clean

bootstrap:
	@./.ci/bootstrap

# The factory on the bundled example project, on embedded defaults: a local vault and
# vulnerability DB under $(STATE), and a generated development key.
demo: bootstrap
	@mkdir -p $(OUT)
	$(SSCLI) db import $(OSV_SOURCE)
	@test -f $(KEY) || $(SSCLI) key generate --type ed25519 --out $(KEY)
	$(SSCLI) ingest examples/hello --policy policies/default.yaml --key $(KEY)
	$(SSCLI) ingest examples/hello/build-requirements.txt --policy policies/default.yaml --key $(KEY)
	$(SSCLI) scan examples/hello --max-age 100000 --format json -o $(OUT)/scan.json
	$(SSCLI) scan examples/hello --max-age 100000 --format sarif -o $(OUT)/scan.sarif
	$(SSCLI) scan examples/hello --max-age 100000 --format in-toto -o $(OUT)/vulns.predicate.json
	$(SSCLI) sbom create examples/hello --vault $(STATE)/vault -o $(OUT)/sbom.cdx.json
	$(SSCLI) sbom create examples/hello --vault $(STATE)/vault --format cyclonedx-xml -o $(OUT)/sbom.cdx.xml
	rm -f $(OUT)/dist/*.intoto.jsonl
	$(SSCLI) build examples/hello --out $(OUT)/dist --key $(KEY)
	for artifact in $(OUT)/dist/*.whl $(OUT)/dist/*.tar.gz; do \
	  $(SSCLI) attest sbom --subject $$artifact --predicate $(OUT)/sbom.cdx.json --key $(KEY) && \
	  $(SSCLI) attest vulns --subject $$artifact --predicate $(OUT)/vulns.predicate.json --key $(KEY) || exit 1; \
	done
	cp pipelines/demo-deploy.yaml $(OUT)/deploy.yaml
	$(SSCLI) verify artifact $(OUT)/dist/*.whl --policy $(OUT)/deploy.yaml --format json -o $(OUT)/verify.json
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
