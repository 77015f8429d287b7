#!/bin/bash
# run.sh ARCHIVE_DLL CASES NAME EXT...: ingests the mutants of those kinds with three sound sentinel files into a fresh
# data folder, then prints the report's counts, the store's and the index's, and a search for the sentinel.
# CPU and peak memory of the whole process tree: run it under a cgroup (cpuacct, memory) or /usr/bin/time.
set -e
dll=$1; cases=$2; name=$3; shift 3
d=$(mktemp -d); mkdir $d/in
for e in "$@"; do cp $cases/*.$e $d/in/; done
printf '哨兵甲文件\n关于做好干部教育培训工作的通知\n各单位：为进一步加强干部队伍建设，现将有关事项通知如下。\n' > $d/in/sentinel.txt
dotnet $dll ingest $d/in --data $d/data --json > $name.json || [ $? -eq 1 ]
dotnet $dll stats --data $d/data
dotnet $dll search 哨兵甲文件 --data $d/data --json | grep -m1 '"total"'
rm -rf $d
