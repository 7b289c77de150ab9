#!/usr/bin/env bash
# The workshop app's browser test drives Debian's Chromium (not a browser downloaded by a test
# tool). Install chromium and chromium-driver when they are missing and we may (root or sudo).
set -uo pipefail
if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
    exit 0
fi
sudo=""
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
        sudo="sudo -n"
    else
        echo "[kemitraan] Debian chromium is missing and cannot be installed without root;" \
            "the browser test will be skipped (apt-get install chromium chromium-driver)" >&2
        exit 0
    fi
fi
if ! command -v apt-get >/dev/null 2>&1; then
    echo "[kemitraan] no apt-get: install Chromium at /usr/bin/chromium for the browser test" >&2
    exit 0
fi
echo "[kemitraan] installing Debian chromium and chromium-driver for the browser test" >&2
log=$(mktemp)
if ! { $sudo apt-get update -qq &&
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium chromium-driver; } \
    >"$log" 2>&1; then
    tail -n 20 "$log" >&2
    echo "[kemitraan] could not install chromium; the browser test will fail in CI" >&2
fi
rm -f "$log"
exit 0
