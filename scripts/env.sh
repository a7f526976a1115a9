# Sourced by the other scripts: shared settings and helpers. Defines no side effects of its own
# beyond variables and functions.

# Pinned tool versions. wasm-bindgen-cli must equal the wasm-bindgen crate in Cargo.lock.
TRUNK_VERSION="0.21.14"
REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
WASM_TARGET="wasm32-unknown-unknown"
export PATH="$HOME/.cargo/bin:$PATH"

say() { printf '\033[1m[corroborate]\033[0m %s\n' "$*" >&2; }
die() { printf '\033[1;31m[corroborate] error:\033[0m %s\n' "$*" >&2; exit 1; }

# The wasm-bindgen version Cargo.lock pins.
locked_wasm_bindgen_version() {
  awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' \
    "$REPO_ROOT/Cargo.lock"
}

# How the wasm32 standard library is had on this machine:
#   rustup  - rustup's toolchain has the wasm32-unknown-unknown target installed (a laptop);
#   debian  - Debian's rustc-web/cargo-web 1.96 build std for wasm32 from rust-web-src
#             (the machines this project runs CI on, where rustup cannot download targets).
# CORROBORATE_WASM_TOOLCHAIN=rustup|debian overrides the detection.
wasm_toolchain() {
  if [ -n "${CORROBORATE_WASM_TOOLCHAIN:-}" ]; then
    echo "$CORROBORATE_WASM_TOOLCHAIN"
  elif command -v rustup >/dev/null 2>&1 &&
    rustup target list --installed 2>/dev/null | grep -qx "$WASM_TARGET"; then
    echo rustup
  elif [ -f /etc/debian_version ] && command -v apt-get >/dev/null 2>&1; then
    echo debian
  else
    echo rustup
  fi
}

# Runs a command with the environment for building wasm32 (in a subshell: the native build
# keeps rustup's toolchain and no build-std flags).
with_wasm_env() {
  (
    if [ "$(wasm_toolchain)" = debian ]; then
      export PATH="/usr/bin:$PATH"
      export RUSTC_BOOTSTRAP=1
      export CARGO_UNSTABLE_BUILD_STD="std,panic_abort"
      export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_LINKER="wasm-ld-19"
    fi
    # A separate target dir keeps the wasm std build from invalidating the native cache.
    export CARGO_TARGET_DIR="$REPO_ROOT/target/wasm"
    export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER="wasm-bindgen-test-runner"
    export CHROMEDRIVER="${CHROMEDRIVER:-$(command -v chromedriver || echo /usr/bin/chromedriver)}"
    "$@"
  )
}

# `cargo clippy` for wasm32. cargo looks for subcommands in ~/.cargo/bin first, where rustup's
# proxies live, so with Debian's toolchain its clippy is called directly.
wasm_clippy() {
  if [ "$(wasm_toolchain)" = debian ]; then
    with_wasm_env /usr/bin/cargo-clippy clippy "$@"
  else
    with_wasm_env cargo clippy "$@"
  fi
}
