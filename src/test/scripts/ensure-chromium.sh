#!/usr/bin/env bash
# Installs Debian's Chromium and ChromeDriver for the browser tests when they are missing and this
# machine allows it (root with apt). Never downloads a browser any other way. Never fails the build:
# without Chromium the browser tests skip themselves, and .ci/run turns a skip into a failure.
set -u
if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
    echo "ensure-chromium: $(/usr/bin/chromium --version 2>/dev/null) found"
    exit 0
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "ensure-chromium: installing Debian packages chromium and chromium-driver"
    export DEBIAN_FRONTEND=noninteractive
    if ! apt-get install -y -q chromium chromium-driver >/tmp/ensure-chromium.log 2>&1; then
        apt-get update -q >>/tmp/ensure-chromium.log 2>&1
        apt-get install -y -q chromium chromium-driver >>/tmp/ensure-chromium.log 2>&1 \
            || echo "ensure-chromium: installation failed, see /tmp/ensure-chromium.log; browser tests will be skipped"
    fi
    exit 0
fi
echo "ensure-chromium: Chromium is not installed and this user cannot install it."
echo "ensure-chromium: run 'sudo apt-get install chromium chromium-driver'; the browser tests are skipped until then."
exit 0
