#!/usr/bin/env bash
# Installs what is needed and starts the example portal: backend on
# http://localhost:7007 and frontend on http://localhost:3000, on the embedded
# SQLite database (files under .cache/sqlite), with the example catalog.
source "$(dirname "$0")/lib/bootstrap.sh"

mkdir -p "$ROOT/.cache/sqlite"
cd "$ROOT"

# Announce the URL once both halves answer.
(
  node -e '
    const wait = async url => {
      for (;;) {
        try { if ((await fetch(url)).ok) return; } catch {}
        await new Promise(r => setTimeout(r, 2000));
      }
    };
    Promise.all([
      wait("http://localhost:7007/api/maturity/health"),
      wait("http://localhost:3000"),
    ]).then(() => console.log("\n  Portal ready: open http://localhost:3000\n"));
  '
) &
trap 'kill $! 2>/dev/null || true' EXIT

log "starting the portal (backend :7007, frontend :3000)"
yarn start "$@"
