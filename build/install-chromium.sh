#!/usr/bin/env bash
# The browser tests drive Debian's chromium (Playwright's own browser download cannot work here),
# and their screenshots need a CJK font to show Chinese. Installs both when missing; run by the
# build of tests/Archive.Web.Tests.
set -euo pipefail
font=/usr/share/fonts/truetype/wqy/wqy-microhei.ttc
[[ -x /usr/bin/chromium && -f $font ]] && exit 0
sudo_=""
if [[ $(id -u) -ne 0 ]]; then
  command -v sudo >/dev/null || { echo "error ARCHIVE002: chromium or its CJK font is missing and this user cannot install them. Run: sudo apt-get install -y chromium fonts-wqy-microhei" >&2; exit 1; }
  sudo_=sudo
fi
echo "Installing Debian's chromium and a CJK font for the browser tests" >&2
$sudo_ apt-get update -qq -o DPkg::Lock::Timeout=600 >/dev/null
# The document tools may be installing at the same moment (build/install-document-tools.sh): wait for dpkg's lock.
DEBIAN_FRONTEND=noninteractive $sudo_ apt-get install -y -qq -o DPkg::Lock::Timeout=600 chromium fonts-wqy-microhei >/dev/null \
  || { echo "error ARCHIVE002: apt-get install chromium fonts-wqy-microhei failed. Run it by hand." >&2; exit 1; }
