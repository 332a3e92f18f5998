#!/bin/sh
# Debian's chromium for the browser tests (tests/web/test_web_browser.py), which drive it through Playwright: the
# browser Playwright would download cannot be fetched on many machines and CI runners. Nothing is done when
# /usr/bin/chromium is there. apt may be held for a while by another install, so each step waits and is retried.
set -eu

if [ -x /usr/bin/chromium ]; then
    exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
    echo "install-browser: no apt-get here; install Chromium so that /usr/bin/chromium exists" >&2
    exit 1
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    SUDO="sudo"
fi

attempt=1
while :; do
    if $SUDO apt-get -o DPkg::Lock::Timeout=120 update -q \
        && $SUDO env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=120 install -y -q chromium; then
        break
    fi
    if [ "$attempt" -ge 5 ]; then
        echo "install-browser: apt-get could not install chromium after $attempt attempts" >&2
        exit 1
    fi
    echo "install-browser: apt-get failed (attempt $attempt); retrying in 20 s" >&2
    attempt=$((attempt + 1))
    sleep 20
done
test -x /usr/bin/chromium
