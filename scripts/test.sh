#!/usr/bin/env bash
# Installs what is needed and runs the whole test suite: type-check, lint,
# formatting, unit and integration tests (store tests on SQLite and on a real
# PostgreSQL started here on loopback), and browser end-to-end tests in
# Chromium against the example portal. Exits non-zero if any step fails.
source "$(dirname "$0")/lib/bootstrap.sh"
source "$ROOT/scripts/lib/postgres.sh"

# Debian packages the tests need: Chromium for the browser tests and the
# PostgreSQL server for the store tests.
ensure_system_packages() {
  local missing=()
  [[ -x /usr/bin/chromium ]] || missing+=(chromium)
  pg_bindir >/dev/null || missing+=(postgresql)
  ((${#missing[@]} == 0)) && return 0
  log "installing Debian packages: ${missing[*]}"
  local sudo=()
  [[ "$(id -u)" == 0 ]] || sudo=(sudo)
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq \
    --no-install-recommends "${missing[@]}" >/dev/null
}

passed=0
failed=0
failures=()
step() {
  local name="$1"
  shift
  log "step: $name"
  local start=$SECONDS
  if "$@"; then
    passed=$((passed + 1))
    log "step: $name passed in $((SECONDS - start)) s"
  else
    failed=$((failed + 1))
    failures+=("$name")
    log "step: $name FAILED after $((SECONDS - start)) s"
  fi
}

cd "$ROOT"
ensure_system_packages
trap stop_postgres EXIT

step "type-check" yarn tsc
# The committed API reports match the plugins' public API, read from the
# declarations that type-check has just written to dist-types/.
step "API reports" yarn api-reports:check
# The files generated from the OpenAPI spec match it: repo-tools compares the
# backend's `spec` with openapi.yaml (it imports TypeScript, hence the
# transform), and the generator's check compares every generated file.
step "openapi" bash -c 'NODE_OPTIONS="--require @backstage/cli-node/config/nodeTransform.cjs" yarn backstage-repo-tools repo schema openapi validate && yarn generate:openapi --check'
step "lint" yarn lint:all
step "prettier" yarn prettier:check
step "postgres" start_postgres
step "unit and integration tests" yarn test:all
stop_postgres
step "browser end-to-end tests" yarn test:e2e

if ((failed > 0)); then
  log "failed steps: ${failures[*]}"
fi
echo "Steps: $passed passed, $failed failed"
((failed == 0))
