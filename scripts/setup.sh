#!/usr/bin/env bash
# Brings this machine to a state where the page builds and every test runs, installing only
# what is missing. A no-op costing seconds when everything is there.
#
#   scripts/setup.sh          everything: the wasm toolchain, wasm-bindgen, trunk, Chromium,
#                             chromedriver and the browser-test packages (npm)
#   scripts/setup.sh --serve  only what building and serving the page needs
#
# Two kinds of machine are supported, detected by scripts/env.sh (wasm_toolchain):
#   - a developer laptop with rustup: `rustup target add wasm32-unknown-unknown`;
#   - Debian 12 as root without rustup targets (CI): Debian's rustc-web 1.96 with build-std.
set -euo pipefail
source "$(dirname "$0")/env.sh"

mode=all
[ "${1:-}" = "--serve" ] && mode=serve

need_cmd() { command -v "$1" >/dev/null 2>&1; }

APT_UPDATED=0
apt_install() {
  # Installs Debian packages that are not installed yet.
  local missing=()
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" -ne 0 ] || ! need_cmd apt-get; then
    die "missing Debian packages: ${missing[*]}. Install them by hand: sudo apt-get install ${missing[*]}"
  fi
  say "installing Debian packages: ${missing[*]}"
  if [ "$APT_UPDATED" = 0 ]; then
    apt-get update -qq || die "apt-get update failed; run it by hand and retry"
    APT_UPDATED=1
  fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null ||
    die "apt-get install ${missing[*]} failed; run it by hand to see why"
}

# 1. Rust for the host (cargo test, the CLI) and its fmt/clippy components.
need_cmd cargo || die "cargo not found. Install Rust with rustup (https://rustup.rs), then retry."
if ! cargo fmt --version >/dev/null 2>&1 || ! cargo clippy --version >/dev/null 2>&1; then
  need_cmd rustup || die "cargo fmt / cargo clippy missing; install rustfmt and clippy for your toolchain"
  say "adding rustfmt and clippy"
  rustup component add rustfmt clippy || die "rustup component add rustfmt clippy failed"
fi

# 2. A wasm32 standard library.
case "$(wasm_toolchain)" in
  debian)
    apt_install rustc-web cargo-web rust-web-src rust-web-clippy lld-19
    [ -d /usr/lib/rustlib/src/rust/library ] || die "rust-web-src did not provide /usr/lib/rustlib/src/rust"
    ;;
  rustup)
    if ! rustup target list --installed | grep -qx "$WASM_TARGET"; then
      say "adding the $WASM_TARGET target"
      rustup target add "$WASM_TARGET" ||
        die "rustup target add $WASM_TARGET failed. Install it by hand, or on Debian 12 set CORROBORATE_WASM_TOOLCHAIN=debian"
    fi
    ;;
  *) die "CORROBORATE_WASM_TOOLCHAIN must be rustup or debian" ;;
esac

# 3. wasm-bindgen-cli, exactly the version in Cargo.lock.
[ -f "$REPO_ROOT/Cargo.lock" ] || (cd "$REPO_ROOT" && cargo generate-lockfile -q)
wb_version="$(locked_wasm_bindgen_version)"
[ -n "$wb_version" ] || die "no wasm-bindgen in Cargo.lock"
if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$wb_version" ]; then
  say "installing wasm-bindgen-cli $wb_version (about 4 minutes)"
  cargo install -q --force --locked wasm-bindgen-cli --version "$wb_version" ||
    cargo install -q --force wasm-bindgen-cli --version "$wb_version" ||
    die "cargo install wasm-bindgen-cli --version $wb_version failed"
fi

# 4. trunk, pinned (0.22 needs a newer rustc than the machines have).
if [ "$(trunk --version 2>/dev/null | awk '{print $2}')" != "$TRUNK_VERSION" ]; then
  say "installing trunk $TRUNK_VERSION (about 9 minutes)"
  cargo install -q --force --locked trunk --version "$TRUNK_VERSION" ||
    die "cargo install --locked trunk --version $TRUNK_VERSION failed"
fi

[ "$mode" = serve ] && { say "ready to serve"; exit 0; }

# 5. A browser and its driver for the wasm-bindgen tests and the end-to-end tests.
if ! need_cmd chromium || ! need_cmd chromedriver; then
  if [ -f /etc/debian_version ]; then
    apt_install chromium chromium-driver
  else
    die "Chromium and chromedriver not found: install both (same major version) and put them on PATH"
  fi
fi

# 6. Node packages for the end-to-end tests (playwright-core only: it never downloads a browser).
need_cmd node && need_cmd npm || {
  [ -f /etc/debian_version ] && apt_install nodejs npm || die "Node.js and npm not found: install Node 18 or newer"
}
lock="$REPO_ROOT/package-lock.json"
stamp="$REPO_ROOT/node_modules/.package-lock.json"
if [ ! -f "$stamp" ] || [ "$lock" -nt "$stamp" ]; then
  say "installing browser-test packages (npm ci)"
  (cd "$REPO_ROOT" && npm ci --no-audit --no-fund --loglevel=error) ||
    die "npm ci failed; run it by hand in $REPO_ROOT to see why"
fi

say "set-up complete ($(wasm_toolchain) wasm toolchain, wasm-bindgen $wb_version, trunk $TRUNK_VERSION)"
