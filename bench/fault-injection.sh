#!/usr/bin/env bash
# Fault injection against the real command line: kills imports and generations of 2,000 hazards
# with kill -9 at random points of their write, and fills a small disk during imports, then checks
# that the log opens, `audit verify` passes and the hazard count is exactly before or exactly after.
#
#   bench/fault-injection.sh [KILLS] [DISK_FULL_RUNS] [MAX_DELAY_S]   (defaults: 10, 3 and 4)
#
# Each kill comes a random 0..MAX_DELAY_S seconds after the write's journal appears; on a slow or
# busy machine a large write lasts longer, so raise MAX_DELAY_S to reach its commit too.
#
# Needs a compiled tree (mvn -B -q test-compile). Disk-full runs need root (a tmpfs is mounted);
# without it they are skipped and the summary says so. Prints one line per run and a summary.
set -uo pipefail
cd "$(dirname "$0")/.."
KILLS=${1:-10}
FULL=${2:-3}
MAX_DELAY=${3:-4}
WORK=$(mktemp -d /tmp/hazardlog-faults.XXXXXX)
mvn -B -q dependency:build-classpath -Dmdep.outputFile="$WORK/cp.txt" >/dev/null
cp -r target/classes "$WORK/classes" # a stable copy: a rebuild during the run must not change what runs
CP="$WORK/classes:$(cat "$WORK/cp.txt")"
hl() { java -cp "$CP" org.hazardlog.Launcher "$@"; }
hl_bg() { # in the background; $! is the java process itself, so that kill -9 hits it
    ( exec java -cp "$CP" org.hazardlog.Launcher "$@" >/dev/null 2>&1 ) &
}

count() { # the hazard count a plain `list` reports, or "broken"
    hl --db "$1" list 2>"$WORK/list.err" | sed -n 's/^\([0-9]*\) hazards\? in .*/\1/p;s/^No hazards in .*/0/p' | tail -1
}
intact() { hl --db "$1" audit verify >/dev/null 2>&1 && echo intact || echo BROKEN; }

echo "# $(date -u +%Y-%m-%dT%H:%MZ) $(uname -srm), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1)"
hl generate --hazards 3 --seed 99 --out "$WORK/base" >/dev/null
hl generate --hazards 2000 --seed 7 --out "$WORK/source" >/dev/null
hl --db "$WORK/source" export --format json --out "$WORK/2000.json" >/dev/null
BEFORE=3; AFTER=2000
ok=0; bad=0; before=0; after=0; refused=0

settle() { # $1 log, $2 what, $3 expected-before (or "none"), $4 expected-after
    local c v; c=$(count "$1"); v=$(intact "$1")
    if [ -z "$c" ] && [ "$3" = none ] && [ ! -e "$1.mv.db" ]; then c=none; v=intact; fi
    local verdict=BROKEN
    if [ "$v" = intact ] && { [ "$c" = "$3" ] || [ "$c" = "$4" ]; }; then verdict=ok; ok=$((ok+1))
        if [ "$c" = "$4" ]; then after=$((after+1)); else before=$((before+1)); fi
    else bad=$((bad+1)); fi
    echo "$2 -> hazards: ${c:-?} ($3 before, $4 after), audit: $v, $verdict $(head -c 200 "$WORK/list.err" | tr '\n' ' ')"
}

wait_for_write() { # waits until the large write has its journal ($2: also the backups folder)
    for _ in $(seq 1 3000); do
        { [ -e "$1.journal" ] && [ -z "$2" -o -d "$1.backups" ]; } && return 0
        kill -0 "$3" 2>/dev/null || return 0
        sleep 0.01
    done
}

for i in $(seq 1 "$KILLS"); do
    delay=$(awk -v s="$RANDOM" -v m="$MAX_DELAY" 'BEGIN { srand(s); printf "%.2f", rand() * m }')
    log="$WORK/kill-$i"
    if [ $((i % 2)) -eq 1 ]; then
        cp "$WORK/base.mv.db" "$log.mv.db"
        hl_bg --db "$log" import --allow-removals "$WORK/2000.json"; pid=$!
        wait_for_write "$log" "" $pid; sleep "$delay"; kill -9 $pid 2>/dev/null; wait $pid 2>/dev/null
        settle "$log" "kill $i: import 2000, kill -9 ${delay}s into the write" $BEFORE $AFTER
    else
        hl_bg generate --hazards 2000 --out "$log"; pid=$!
        wait_for_write "$log" backups $pid; sleep "$delay"; kill -9 $pid 2>/dev/null; wait $pid 2>/dev/null
        settle "$log" "kill $i: generate 2000, kill -9 ${delay}s into the write" 0 $AFTER
    fi
done

full_runs=0
for i in $(seq 1 "$FULL"); do
    disk="$WORK/disk-$i"; mkdir -p "$disk"
    if ! mount -t tmpfs -o size=$((10 + i))m tmpfs "$disk" 2>/dev/null; then
        echo "disk-full run $i: skipped (cannot mount a tmpfs here; run as root)"; continue
    fi
    full_runs=$((full_runs+1))
    cp "$WORK/base.mv.db" "$disk/log.mv.db"
    out=$(hl --db "$disk/log" import --allow-removals "$WORK/2000.json" 2>&1 | grep -v '^\s' | tail -1)
    case "$out" in *"Not enough free disk space"*) refused=$((refused+1));; esac
    settle "$disk/log" "disk-full $i: import 2000 onto a $((10 + i)) MB disk ($(echo "$out" | head -c 160))" $BEFORE $AFTER
    umount "$disk"
done

echo "# runs: $((KILLS + full_runs)), kills: $KILLS, disk-full runs: $full_runs (refused up front: $refused), intact: $ok, broken: $bad, left as before: $before, as after: $after"
rm -rf "$WORK"
[ "$bad" -eq 0 ]
