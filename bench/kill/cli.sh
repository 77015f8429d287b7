#!/bin/bash
# bench/kill/cli.sh [ROUNDS] [SEED] (after dotnet build -c Release): kill -9 the archive CLI at random points of ingest / reindex / reparse, then check the store and index agree: each
# round prints the store's and the index's counts, AGREE when the recovered index answers totals and facets as one
# rebuilt from the store does, and what a re-ingest of the same folder (into a copy) did.
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
A="dotnet $ROOT/Archive.Indexer/bin/Release/net10.0/archive.dll"
W=${WORK:-/tmp/archive-kill}; D=$W/data; SRC=$ROOT/corpus/real
rm -rf $W; mkdir -p $W/src
N=${1:-24}; RANDOM=${2:-32}
summary() { # totals and facets of a few queries
  for q in "" 干部 组织部 通知 党建; do $A search "$q" --data $1 --json --size 1 2>&1 | python3 -c '
import json,sys
t=sys.stdin.read()
try:
  r=json.loads(t); print(r.get("total"), json.dumps(r.get("facets"),ensure_ascii=False,sort_keys=True))
except Exception: print("NOJSON", t[:300])' ; done
}
for i in $(seq 1 $N); do
  # 60 files new to the archive each round: real files with the round's line added (text formats), so a batch takes longer than a kill's wait
  find $SRC -type f \( -name "*.txt" -o -name "*.md" -o -name "*.html" \) | shuf -n 120 --random-source=<(yes $i) | while read f; do
    n=$W/src/r${i}_$(basename "$f"); cp "$f" "$n"; printf '\n第%s轮补记。\n' "$i" >> "$n"; done
  op=$(( RANDOM % 3 )); case $op in 0|1) cmd="ingest $W/src";; 2) cmd="reindex";; esac
  [ $i -gt 2 ] && [ $(( RANDOM % 5 )) -eq 0 ] && cmd="reparse"
  [ $i -eq 1 ] && cmd="ingest $W/src"
  $A $cmd --data $D >/dev/null 2>&1 & pid=$!
  sleep $(python3 -c "import random; random.seed($i*7+$RANDOM); print(round(random.uniform(2,12),2))")
  kill -9 $pid 2>/dev/null; killed=$?; wait $pid 2>/dev/null
  st=$($A stats --data $D 2>&1 | tr -d '│┃' | grep -E "articles|warning|error|disagree" | tr -s ' ' | tr '\n' ';')
  summary $D > $W/recovered.$i
  rm -rf $W/copy; cp -r $D $W/copy
  $A reindex --data $W/copy >/dev/null 2>&1
  summary $W/copy > $W/rebuilt.$i
  re=$($A ingest $W/src --data $W/copy 2>&1 | tr -d '│┃' | grep -E -i "new|unchanged|failed|error" | tr -s ' ' | tr '\n' ';')
  echo "round $i op=$cmd killed=$([ $killed = 0 ] && echo yes || echo finished) stats=[$st] $(cmp -s $W/recovered.$i $W/rebuilt.$i && echo AGREE || echo DIFFER) reingest=[$re]"
done
echo END
