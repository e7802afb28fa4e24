# The two set-up commands of the README are `make demo` and `make test`; .ci/run calls `make test`.
VENV ?= .venv
BIN := $(VENV)/bin
OUT ?= out
# The vulnerability data: the snapshot beside the checkout when there is one, else OSV's export.
OSV_SNAPSHOT := ../shared/data/osv-pypi-2024-10-10.zip
OSV_SOURCE ?= $(if $(wildcard $(OSV_SNAPSHOT)),$(OSV_SNAPSHOT),https://osv-vulnerabilities.storage.googleapis.com/PyPI/all.zip)

.PHONY: bootstrap demo dogfood test lint bench clean

bootstrap:
	@./.ci/bootstrap

# The factory on the bundled example project (pipelines/factory.yaml), on embedded defaults:
# a local vault and vulnerability DB under $(OUT)/.sscli, and a generated development key.
# The example's history is signed first: it gets a git repository of its own under
# $(OUT)/source (sscli's own history is not signed by a key the demo trusts), each commit
# signed with a development SSH key made there (pipelines/shell/signed-example.sh), and the
# factory verifies and scans that history, and the deploy gate requires its attestation.
DEMO_SOURCE := $(abspath $(OUT))/source
demo: bootstrap
	pipelines/shell/signed-example.sh examples/hello $(DEMO_SOURCE)
	$(BIN)/sscli pipeline run pipelines/factory.yaml --project $(DEMO_SOURCE)/hello --out $(OUT) --var osv=$(OSV_SOURCE) \
	  --var source=true --var source_policy=$(DEMO_SOURCE)/source-policy.yaml \
	  --var 'layout={pipeline_dir}/factory-source-layout.yaml' --var 'deploy={pipeline_dir}/demo-source-deploy.yaml'

# The same factory on sscli itself: its 60 locked dependencies and its build backend from PyPI
# (the one target besides demo that needs the network), its own wheel built twice in the
# sandbox from the vault, and the deploy gate allowing it: its verify step fails the run on a
# deny (the release workflow runs this pipeline file too, with CI's settings: see action.yml).
DOGFOOD_OUT ?= $(OUT)/dogfood
dogfood: bootstrap
	$(BIN)/sscli pipeline run pipelines/factory.yaml --project . --out $(DOGFOOD_OUT) --var osv=$(OSV_SOURCE)

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
