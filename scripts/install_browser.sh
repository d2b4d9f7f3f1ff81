#!/usr/bin/env bash
# Install the browser the report's browser tests drive: Debian's chromium + chromium-driver
# (/usr/bin/chromium, /usr/bin/chromedriver). Test tools cannot download their own browser on
# this network, so the system package is the only option. Idempotent: does nothing when both
# binaries are already there. Used by .ci/run before `make install`.
set -euo pipefail

if command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1; then
  echo "browser: $(chromium --version 2>/dev/null || echo chromium) already installed"
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then
    SUDO="sudo"
  else
    echo "error: installing chromium needs root (or sudo); run: apt-get install -y chromium chromium-driver" >&2
    exit 1
  fi
fi

export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
$SUDO apt-get install -y -q --no-install-recommends chromium chromium-driver
echo "browser: $(chromium --version 2>/dev/null || echo 'chromium installed')"
