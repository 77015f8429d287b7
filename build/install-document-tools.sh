#!/usr/bin/env bash
# The readers of .doc, .wps and .rtf (LibreOffice) and of scans (Tesseract with the Chinese language
# data, poppler's pdftoppm), and a CJK font to render the scanned fixtures with. Installs whatever is
# missing; run by the build of tests/Archive.Indexer.Tests. The service itself runs without them: such
# a file then fails with a message naming the package.
set -euo pipefail
packages=(libreoffice-writer-nogui tesseract-ocr tesseract-ocr-chi-sim tesseract-ocr-chi-tra poppler-utils fonts-wqy-microhei)
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0
sudo_=""
if [[ $(id -u) -ne 0 ]]; then
  command -v sudo >/dev/null || { echo "error ARCHIVE003: ${missing[*]} missing and this user cannot install them. Run: sudo apt-get install -y --no-install-recommends ${missing[*]}" >&2; exit 1; }
  sudo_=sudo
fi
echo "Installing Debian's ${missing[*]} for the tests of .doc/.wps/.rtf and scanned documents" >&2
$sudo_ apt-get update -qq -o DPkg::Lock::Timeout=600 >/dev/null
# Without the recommends: LibreOffice's Java, extra fonts and help are not needed to convert documents.
# The browser tests' build may be installing chromium at the same moment: wait for dpkg's lock rather than fail.
DEBIAN_FRONTEND=noninteractive $sudo_ apt-get install -y -qq -o DPkg::Lock::Timeout=600 --no-install-recommends "${missing[@]}" >/dev/null \
  || { echo "error ARCHIVE003: apt-get install ${missing[*]} failed. Run it by hand." >&2; exit 1; }
