#!/usr/bin/env bash
# Installs Debian's Chromium for the browser tests, only when it is not there already.
# Playwright's own browser download is never used: the tests launch /usr/bin/chromium.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then
    exit 0
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update
apt-get install -y --no-install-recommends chromium fonts-dejavu-core
