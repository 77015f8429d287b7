#!/usr/bin/env bash
# Installs whichever of the given Debian packages are missing; run by the builds of the test projects that need
# programs (tests/Archive.Indexer.Tests: LibreOffice, Tesseract, pdftoppm and a CJK font for .doc/.wps/.rtf and
# scans; tests/Archive.Web.Tests: chromium and a CJK font for the browser tests). The service runs without them.
# usage: apt-install.sh ERROR_CODE "what they are for" [--no-install-recommends] package...
set -euo pipefail
code=$1 purpose=$2
shift 2
options=()
[[ ${1:-} == --no-install-recommends ]] && { options+=("$1"); shift; }
missing=()
for package in "$@"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0
sudo_=""
if [[ $(id -u) -ne 0 ]]; then
  command -v sudo >/dev/null || { echo "error $code: ${missing[*]} missing and this user cannot install them. Run: sudo apt-get install -y ${options[*]} ${missing[*]}" >&2; exit 1; }
  sudo_=sudo
fi
echo "Installing Debian's ${missing[*]} for $purpose" >&2
$sudo_ apt-get update -qq -o DPkg::Lock::Timeout=600 >/dev/null
# Both test projects may build at once: wait for dpkg's lock rather than fail.
DEBIAN_FRONTEND=noninteractive $sudo_ apt-get install -y -qq -o DPkg::Lock::Timeout=600 "${options[@]}" "${missing[@]}" >/dev/null \
  || { echo "error $code: apt-get install ${missing[*]} failed. Run it by hand." >&2; exit 1; }
