#!/bin/bash
# bench/kill/api.sh [ROUNDS] (after dotnet build -c Release): kill -9 the API host while uploads, deletes, corrections and re-parses stream in; then check store and index agree.
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
API=$ROOT/Archive.Api/bin/Release/net10.0/Archive.Api.dll
A="dotnet $ROOT/Archive.Indexer/bin/Release/net10.0/archive.dll"
W=${WORK:-/tmp/archive-apikill}; D=$W/data; K=tests-key-0123456789abcdef; P=5832
rm -rf $W; mkdir -p $W
summary() { for q in "" 干部 通知 并发; do $A search "$q" --data $1 --json --size 1 2>&1 | python3 -c '
import json,sys
t=sys.stdin.read()
try:
  r=json.loads(t); print(r.get("total"), json.dumps(r.get("facets"),ensure_ascii=False,sort_keys=True))
except Exception: print("NOJSON", t[:300])'; done; }
work() { # uploads, deletes, corrections, re-parses in a loop
  n=$1
  while true; do
    n=$((n+1)); f=$W/u$n.txt
    printf '中共某某县委组织部文件\n某组通〔2025〕%s号\n关于做好第%s批干部培训工作的通知\n\n各乡镇党委：请认真组织第%s批培训，标记并发%s号。\n\n中共某某县委组织部\n2025年3月1日\n' $n $n $n $n > $f
    id=$(curl -s -H "X-Api-Key: $K" -F "files=@$f" http://127.0.0.1:$P/api/v1/documents | python3 -c 'import json,sys
try: print(json.load(sys.stdin)["files"][0].get("document_id") or "")
except Exception: print("")')
    [ -z "$id" ] && { sleep 0.3; continue; }
    case $((n % 3)) in
      0) curl -s -o /dev/null -X DELETE -H "X-Api-Key: $K" http://127.0.0.1:$P/api/v1/documents/$id;;
      1) curl -s -o /dev/null -X PATCH -H "X-Api-Key: $K" -H "If-Match: *" -H "Content-Type: application/json" -d "{\"title\":\"更正第${n}批\",\"reason\":\"测\"}" http://127.0.0.1:$P/api/v1/articles/$id-1;;
      2) curl -s -o /dev/null -X POST -H "X-Api-Key: $K" http://127.0.0.1:$P/api/v1/documents/$id/reparse;;
    esac
  done
}
for i in $(seq 1 ${1:-10}); do
  Archive__DataDirectory=$D Archive__ApiKeys__tests=$K Archive__SeedSamples=false ASPNETCORE_URLS=http://127.0.0.1:$P dotnet $API > $W/host.$i.log 2>&1 & host=$!
  for t in $(seq 1 120); do curl -s http://127.0.0.1:$P/api/v1/health/ready | grep -q '"ready"' && break; sleep 0.5; done
  work $((i*1000)) & w1=$!; work $((i*1000+500)) & w2=$!
  sleep $(python3 -c "import random; random.seed($i); print(round(random.uniform(3,15),2))")
  kill -9 $host; wait $host 2>/dev/null; kill $w1 $w2 2>/dev/null; wait $w1 $w2 2>/dev/null
  st=$($A stats --data $D 2>&1 | tr -d '│┃' | grep -E "articles|warning|error|disagree" | tr -s ' ' | tr '\n' ';')
  summary $D > $W/recovered.$i
  rm -rf $W/copy; cp -r $D $W/copy; $A reindex --data $W/copy >/dev/null 2>&1; summary $W/copy > $W/rebuilt.$i
  echo "round $i uploads=$(ls $W/u*.txt | wc -l) stats=[$st] $(cmp -s $W/recovered.$i $W/rebuilt.$i && echo AGREE || echo DIFFER) 500s=$(grep -c ' 500 ' $W/host.$i.log)"
done
echo END
