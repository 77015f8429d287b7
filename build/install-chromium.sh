#!/usr/bin/env bash
# The browser tests drive Debian's chromium (Playwright's own browser download cannot work here).
# Installs it when missing; run by the build of tests/Archive.Web.Tests.
set -euo pipefail
[[ -x /usr/bin/chromium ]] && exit 0
if [[ $(id -u) -ne 0 ]] && ! command -v sudo >/dev/null; then
  echo "error ARCHIVE002: /usr/bin/chromium is missing and this user cannot install it. Run: sudo apt-get install -y chromium" >&2
  exit 1
fi
sudo_=""; [[ $(id -u) -ne 0 ]] && sudo_=sudo
echo "Installing Debian's chromium for the browser tests" >&2
$sudo_ apt-get update -qq >/dev/null
DEBIAN_FRONTEND=noninteractive $sudo_ apt-get install -y -qq chromium >/dev/null \
  || { echo "error ARCHIVE002: apt-get install chromium failed. Run it by hand: apt-get install -y chromium" >&2; exit 1; }
