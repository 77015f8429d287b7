#!/usr/bin/env bash
# Load benchmark of the search API (issue 5): >= 1,000 searches/s on 2 cores, no errors, p99 <= 100 ms,
# against the 100,000-article synthetic corpus.
#
# Draws a pool of --pool searches from the archive under test (`bench query-mix`: words of its own articles at
# several document frequencies, word pairs and triples, quoted stretches, parts of titles, facet values that
# exist, a few made-up words meant to match nothing), then starts Archive.Api (Release) on 127.0.0.1 only, waits
# until it is ready, and for each mode warms up and runs wrk (Debian: apt-get install wrk) for a bounded time with
# search.lua, and stops the server. Modes (see search.lua): mixed = the pool drawn by a Zipf law as search logs are,
# plus a share --unique of requests that never repeat (the long tail), so repeats are answered by the result cache
# (its hit ratio over the run is printed); distinct = every request unique, so the cache never answers: the
# engine-bound figure. Each run prints how many hits the answers had (0, 1-10, 11-1,000, more) and fails when more
# than 5% found nothing without being meant to.
#
#   bench/load/run.sh                          # on a fresh data folder holding the samples
#   bench/load/run.sh --data /srv/bench-data   # on an archive already ingested (e.g. the 100k corpus)
#   bench/load/run.sh --data DIR --generate 100000   # first generate and ingest the synthetic corpus into an empty DIR
#
#   bench/load/run.sh --data DIR --writes 2    # searches with uploads and deletes beside them (issue 12)
#
# Options: --duration SECONDS (60) --connections N (32) --threads N (2) --port N (5190)
#          --mode mixed|distinct|both (both) --pool N (1000 searches drawn from the archive) --unique SHARE (0.2)
#          --writes N (0): N uploads per second during each measured run, each followed by the deletion of the
#          document it stored; prints the writes' p50/p99/max and errors, and checks afterwards that the store and
#          the index agree and that no deleted document is still found.
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
data="" generate=0 duration=60 connections=32 threads=2 port=5190 mode=both pool=1000 unique=0.2 writes=0
while [[ $# -gt 0 ]]; do
  case "$1" in
    --data) data=$2; shift 2 ;;
    --generate) generate=$2; shift 2 ;;
    --duration) duration=$2; shift 2 ;;
    --connections) connections=$2; shift 2 ;;
    --threads) threads=$2; shift 2 ;;
    --port) port=$2; shift 2 ;;
    --mode) mode=$2; shift 2 ;;
    --pool) pool=$2; shift 2 ;;
    --unique) unique=$2; shift 2 ;;
    --writes) writes=$2; shift 2 ;;
    *) echo "unknown option $1 (see the header of $0)" >&2; exit 2 ;;
  esac
done
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 2; }
if (( duration < 1 || duration > 600 )); then echo "--duration must be 1..600 s" >&2; exit 2; fi
case "$mode" in mixed) modes=(mixed) ;; distinct) modes=(distinct) ;; both) modes=(mixed distinct) ;;
  *) echo "--mode must be mixed, distinct or both" >&2; exit 2 ;; esac

workdir=$(mktemp -d)
cleanup() {
  if [[ -n "${server:-}" ]] && kill -0 "$server" 2>/dev/null; then kill "$server"; wait "$server" 2>/dev/null || true; fi
  rm -rf "$workdir"
}
trap cleanup EXIT
[[ -z "$data" ]] && data="$workdir/data"

echo "building (Release)..."
dotnet build -c Release "$root/Archive.Api" -v quiet -nologo >/dev/null
dotnet build -c Release "$root/Archive.Indexer" -v quiet -nologo >/dev/null
dotnet build -c Release "$root/bench/Archive.Bench" -v quiet -nologo >/dev/null

if (( generate > 0 )); then
  if [[ -d "$data" && -n "$(ls -A "$data" 2>/dev/null)" ]]; then
    echo "--generate needs an empty --data folder; $data is not empty" >&2; exit 2
  fi
  archive="$root/Archive.Indexer/bin/Release/net10.0/archive"
  echo "generating $generate articles and ingesting them into $data..."
  dotnet "$root/bench/Archive.Bench/bin/Release/net10.0/Archive.Bench.dll" generate --articles "$generate" --out "$workdir/corpus"
  "$archive" ingest --data "$data" "$workdir/corpus/files"
fi

echo "drawing $pool searches from the archive in $data..."
dotnet "$root/bench/Archive.Bench/bin/Release/net10.0/Archive.Bench.dll" query-mix --data "$data" --out "$workdir/mix.tsv" --count "$pool" \
  || { echo "the query mix finds too little (see above)"; exit 1; }

key="load-bench-key-$(date +%s%N)"
echo "starting the server on 127.0.0.1:$port with data $data..."
ARCHIVE__APIKEYS__bench="$key" \
ARCHIVE__DATADIRECTORY="$data" \
ARCHIVE__RATELIMIT__SEARCHESPERSECOND=0 \
Logging__LogLevel__Default=Warning \
ASPNETCORE_URLS="http://127.0.0.1:$port" \
  dotnet "$root/Archive.Api/bin/Release/net10.0/Archive.Api.dll" >"$workdir/server.log" 2>&1 &
server=$!

base="http://127.0.0.1:$port"
for _ in $(seq 1 600); do
  if curl -sf "$base/api/v1/health/ready" -o "$workdir/ready.json"; then break; fi
  kill -0 "$server" 2>/dev/null || { echo "the server stopped:"; cat "$workdir/server.log"; exit 1; }
  sleep 0.5
done
curl -sf "$base/api/v1/health/ready" -o "$workdir/ready.json" || { echo "not ready after 300 s"; tail -20 "$workdir/server.log"; exit 1; }
echo "ready: $(cat "$workdir/ready.json")"

export SEARCH_MIX="$workdir/mix.tsv" SEARCH_UNIQUE="$unique"
cache_count() { curl -sf "$base/api/v1/health" | grep -o "\"$1\":[0-9]*" | head -1 | cut -d: -f2; }

# Uploads a small notice with a word of its own, deletes the document it became, and writes one line per
# request: "<status> <seconds>". Runs until $workdir/writing disappears.
run_id="$(date +%s%N)"
writer() {
  local n=0 file="$workdir/upload.txt" id
  while [[ -f "$workdir/writing" ]]; do
    n=$((n + 1))
    # New bytes every time, in every run: the bytes of a deleted document uploaded again stay deleted (skipped).
    printf '关于开展第%s轮负载写入检查的通知\n\n各县区委组织部：请按要求做好负载写入检查工作。%s\n' "$n" "$run_id-$SEARCH_MODE" >"$file"
    curl -s -o "$workdir/upload.json" -w '%{http_code} %{time_total}\n' -H "X-Api-Key: $key" \
      -F "files=@$file;filename=load-$n.txt" "$base/api/v1/documents" >>"$workdir/writes.txt"
    id=$(grep -o '"document_id":"[0-9a-f]*"' "$workdir/upload.json" | head -1 | cut -d'"' -f4 || true)
    if [[ -n "$id" ]]; then
      curl -s -o /dev/null -w '%{http_code} %{time_total}\n' -X DELETE -H "X-Api-Key: $key" "$base/api/v1/documents/$id" >>"$workdir/writes.txt"
    fi
    sleep "$(awk -v w="$writes" 'BEGIN { printf "%.3f", 1 / w }')"
  done
}
failed=0
for m in "${modes[@]}"; do
  export SEARCH_MODE=$m
  echo
  echo "== mode $m ==$([[ $m == mixed ]] && echo " (pool $pool, unique share $unique)")"
  echo "warming up (10 s)..."
  timeout 30 wrk -t"$threads" -c"$connections" -d10s --timeout 10s -s "$root/bench/load/search.lua" "$base" >/dev/null
  hits=$(cache_count hits) misses=$(cache_count misses)
  cpu_before=$(awk '{print $14 + $15}' "/proc/$server/stat")
  echo "measuring ($duration s, $connections connections, $threads wrk threads, load average $(cut -d' ' -f1-3 /proc/loadavg))..."
  if (( writes > 0 )); then : >"$workdir/writes.txt"; touch "$workdir/writing"; writer & writer_pid=$!; fi
  timeout $((duration + 30)) wrk -t"$threads" -c"$connections" -d"${duration}s" --timeout 10s --latency -s "$root/bench/load/search.lua" "$base" | tee "$workdir/wrk-$m.txt"
  if (( writes > 0 )); then
    rm -f "$workdir/writing"; wait "$writer_pid"
    sort -k2 -n "$workdir/writes.txt" | awk '{ t[NR] = $2 * 1000; if ($1 !~ /^2/) bad++ } END {
      printf "writes: %d requests (uploads and deletes), %d not 2xx; p50 %.0f ms, p99 %.0f ms, max %.0f ms\n",
        NR, bad, t[int(NR * 0.5 + 0.5)], t[int(NR * 0.99 + 0.5)], t[NR] }'
    grep -qv '^2' "$workdir/writes.txt" && failed=1
    health=$(curl -sf "$base/api/v1/health")
    articles=$(echo "$health" | grep -o '"articles":[0-9]*' | cut -d: -f2)
    indexed=$(echo "$health" | grep -o '"indexed_articles":[0-9]*' | cut -d: -f2)
    # Articles holding every word of the uploads' own phrase (full_matches: the partial answers that follow are
    # other articles holding some of its words).
    leftovers=$(curl -sfG "$base/api/v1/search" --data-urlencode "q=负载写入检查" | grep -o '"full_matches":[0-9]*' | cut -d: -f2)
    echo "consistent afterwards: $articles articles stored, $indexed indexed, $leftovers deleted uploads still found"
    [[ "$articles" == "$indexed" && "$leftovers" == "0" ]] || failed=1
  fi
  cpu_ticks=$(( $(awk '{print $14 + $15}' "/proc/$server/stat") - cpu_before ))
  hits=$(( $(cache_count hits) - hits )) misses=$(( $(cache_count misses) - misses ))
  requests=$(awk '/requests in/ {print $1}' "$workdir/wrk-$m.txt")
  echo "mode $m: result cache answered $hits of $((hits + misses)) searches ($(awk -v h="$hits" -v t="$((hits + misses))" 'BEGIN { printf "%.1f", t ? 100 * h / t : 0 }')% hit ratio);" \
       "server CPU $(awk -v c="$cpu_ticks" -v hz="$(getconf CLK_TCK)" -v r="${requests:-0}" 'BEGIN { printf "%.2f ms per request", r ? 1000 * c / hz / r : 0 }')" \
       "(load average after: $(cut -d' ' -f1-3 /proc/loadavg))"
  grep -q "^FAIL" "$workdir/wrk-$m.txt" && failed=1
  if grep -q "Non-2xx" "$workdir/wrk-$m.txt" || grep -q "Socket errors" "$workdir/wrk-$m.txt"; then
    echo "ERRORS during the $m run (see above)"
    grep -q "Socket errors" "$workdir/wrk-$m.txt" && failed=1
  fi
done

echo
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.1f GB", $2/1048576}' /proc/meminfo) memory (wrk shares the cores with the server)"
echo "archive: $(cat "$workdir/ready.json")"
exit $failed
