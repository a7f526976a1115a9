#!/usr/bin/env bash
# Sets the machine up (scripts/setup.sh), then runs every check, in this order:
#
#   gates   cargo fmt --check; clippy -D warnings for the host and for wasm32; cargo doc
#           with warnings denied
#   native  cargo test: the core's unit tests, the integration tests (CLI, gold corpus,
#           benchmarks' evaluation, bad input), doctests
#   wasm    wasm-bindgen-test in headless Chromium through chromedriver (tests/web.rs)
#   e2e     trunk builds dist/, then Playwright drives Chromium against it on loopback
#           (tests/e2e/*.test.mjs); screenshots land in target/e2e/
#
#   scripts/test.sh              everything
#   scripts/test.sh native e2e   only those levels (set-up still runs)
#
# Every level runs even when an earlier one fails; the exit status is non-zero if any failed.
set -uo pipefail
source "$(dirname "$0")/env.sh"
cd "$REPO_ROOT"

levels=("$@")
[ ${#levels[@]} -eq 0 ] && levels=(gates native wasm e2e)

bash scripts/setup.sh || die "set-up failed (see above)"

passed=0
failed=0
failures=()
step() {
  local name="$1"
  shift
  say "── $name"
  local t0=$SECONDS
  if "$@"; then
    passed=$((passed + 1))
    say "ok: $name ($((SECONDS - t0)) s)"
  else
    failed=$((failed + 1))
    failures+=("$name")
    say "FAILED: $name ($((SECONDS - t0)) s)"
  fi
}

build_dist() { with_wasm_env trunk build --release --offline; }

for level in "${levels[@]}"; do
  case "$level" in
    gates)
      step "cargo fmt --check" cargo fmt --all --check
      step "clippy (host)" cargo clippy --all-targets --quiet -- -D warnings
      step "clippy (wasm32)" wasm_clippy --all-targets --quiet --target "$WASM_TARGET" -- -D warnings
      step "cargo doc" env RUSTDOCFLAGS="-D warnings" cargo doc --no-deps --quiet
      ;;
    native)
      step "cargo test" cargo test --all-targets --quiet
      step "doctests" cargo test --doc --quiet
      ;;
    wasm)
      step "wasm-bindgen-test (Chromium)" with_wasm_env cargo test --target "$WASM_TARGET" --test web
      ;;
    e2e)
      step "trunk build" build_dist
      step "end-to-end (Playwright, Chromium)" node --test --test-concurrency=1 tests/e2e/
      ;;
    *) die "unknown level '$level' (gates, native, wasm, e2e)" ;;
  esac
done

say "levels run: ${levels[*]}"
[ $failed -gt 0 ] && say "failed: ${failures[*]}"
echo "steps: $passed passed, $failed failed"
[ $failed -eq 0 ]
