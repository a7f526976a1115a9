#!/usr/bin/env bash
# Sets up what building the page needs (scripts/setup.sh --serve), builds it with trunk and
# serves it on http://127.0.0.1:8080 (PORT=... to change). Ctrl+C stops it.
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$REPO_ROOT"
bash scripts/setup.sh --serve
port="${PORT:-8080}"
say "serving on http://127.0.0.1:$port (Ctrl+C to stop)"
with_wasm_env trunk serve --release --offline --address 127.0.0.1 --port "$port" --no-autoreload
