#!/usr/bin/env bash
# Times whole commands of the built jar, and the window's start-up to a rendered table, on invented
# logs of 100, 1,000 and 10,000 hazards. Part of `mvn -Pbench verify` (see docs/performance.md);
# alone, after that build: bash bench/run-commands.sh
#
# Each measurement is a JSON file in hyperfine's format under target/bench/commands/, read by
# org.hazardlog.bench.ResultsTable. hyperfine is used when installed (apt-get install hyperfine);
# otherwise a loop runs each command the same number of times and records the same statistics.
#
#   BENCH_SIZES="100 1000 10000"   log sizes
#   BENCH_RUNS=5                   timed runs per measurement (after one warm-up run)
#   BENCH_CDS=1                    start the JVM with an AppCDS archive recorded for the jar first
set -euo pipefail
cd "$(dirname "$0")/.."

JAR=target/hazardlog.jar
CLASSES=target/test-classes
OUT=target/bench/commands
SIZES=${BENCH_SIZES:-100 1000 10000}
RUNS=${BENCH_RUNS:-5}

[ -f "$JAR" ] || { echo "bench: $JAR is missing; build it first (mvn -Pbench verify builds it)" >&2; exit 1; }
[ -f "$CLASSES/org/hazardlog/bench/EmptyWindow.class" ] || { echo "bench: bench classes missing; run mvn -Pbench test-compile" >&2; exit 1; }

WORK=$(mktemp -d "${TMPDIR:-/tmp}/hazardlog-bench-XXXXXX")
XVFB_PID=""
LOAD_PID=""
cleanup() {
    [ -n "$XVFB_PID" ] && kill "$XVFB_PID" 2>/dev/null || true
    [ -n "$LOAD_PID" ] && kill "$LOAD_PID" 2>/dev/null || true
    rm -rf "$WORK"
}
trap cleanup EXIT

rm -rf "$OUT" target/bench/load-commands.txt
mkdir -p "$OUT" "$WORK/home"
# Settings go to a throw-away folder, never to the user's ~/.hazardlog.
JAVA="java -Dhazardlog.home=$WORK/home"
# BENCH_CDS=1: first record a class-data-sharing archive for this jar (dist/make-cds-archive.sh) and
# start every command with it, as the installed launchers do.
if [ "${BENCH_CDS:-0}" = 1 ]; then
    sh dist/make-cds-archive.sh java "$JAR" "$WORK/hazardlog.jsa" >&2
    JAVA="$JAVA -XX:SharedArchiveFile=$WORK/hazardlog.jsa"
fi
HL="$JAVA -jar $JAR"

# The machine's load while the commands run, every 10 s (the JMH run records its own).
( while true; do echo "$(date +%s) $(cut -d' ' -f1-3 /proc/loadavg)"; sleep 10; done ) >> target/bench/load-commands.txt &
LOAD_PID=$!

has_command() { $HL help "$1" >/dev/null 2>&1; }

# measure NAME N COMMAND [PREPARE]: wall time of COMMAND, RUNS times after one warm-up run.
measure() {
    local name=$1 n=$2 cmd=$3 prepare=${4:-true}
    local file="$OUT/$name@$n.json"
    echo "bench: $name at $n hazards: $cmd"
    if command -v hyperfine >/dev/null 2>&1; then
        hyperfine --style basic --warmup 1 --runs "$RUNS" --prepare "$prepare" \
            --command-name "$name@$n" --export-json "$file" "$cmd" >/dev/null
    else
        local times=()
        for i in $(seq 0 "$RUNS"); do
            eval "$prepare" >/dev/null 2>&1
            local t0 t1
            t0=$(date +%s%N)
            eval "$cmd" >/dev/null 2>&1
            t1=$(date +%s%N)
            [ "$i" -gt 0 ] && times+=("$(( (t1 - t0) / 1000 ))")
        done
        write_json "$file" "$name@$n" 1000000 "${times[@]}"
    fi
}

# measure_printed NAME N COMMAND: the milliseconds the command itself prints ("... 1234 ms after the
# JVM started"), RUNS times after one warm-up run. Start-up is timed so, to the rendered table.
measure_printed() {
    local name=$1 n=$2 cmd=$3
    echo "bench: $name at $n hazards: $cmd"
    local times=()
    for i in $(seq 0 "$RUNS"); do
        local line
        line=$(eval "$cmd" 2>/dev/null | grep -Eo '[0-9]+ ms after the JVM started' || true)
        [ -n "$line" ] || { echo "bench: $name printed no time; skipped" >&2; return 0; }
        [ "$i" -gt 0 ] && times+=("$(( ${line%% *} * 1000 ))")
    done
    write_json "$OUT/$name@$n.json" "$name@$n" 1000000 "${times[@]}"
}

# write_json FILE NAME DIVISOR MICROS...: hyperfine's JSON (seconds) from times in microseconds.
write_json() {
    local file=$1 name=$2 div=$3; shift 3
    printf '%s\n' "$@" | awk -v name="$name" -v div="$div" '
        { t[NR] = $1 / div; sum += t[NR] }
        END {
            n = NR; mean = sum / n; ss = 0; min = t[1]; max = t[1]
            for (i = 1; i <= n; i++) { ss += (t[i] - mean) ^ 2; if (t[i] < min) min = t[i]; if (t[i] > max) max = t[i] }
            for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (t[j] < t[i]) { x = t[i]; t[i] = t[j]; t[j] = x }
            median = (n % 2) ? t[(n + 1) / 2] : (t[n / 2] + t[n / 2 + 1]) / 2
            printf "{\"results\":[{\"command\":\"%s\",\"mean\":%.6f,\"stddev\":%.6f,\"median\":%.6f,\"min\":%.6f,\"max\":%.6f,\"times\":[", name, mean, (n > 1 ? sqrt(ss / (n - 1)) : 0), median, min, max
            for (i = 1; i <= n; i++) printf "%s%.6f", (i > 1 ? "," : ""), t[i]
            printf "]}]}\n"
        }' > "$file"
}

start_display() {
    local d
    for d in $(seq 90 140); do
        [ -e "/tmp/.X$d-lock" ] && continue
        Xvfb ":$d" -screen 0 1600x1200x24 -nolisten tcp >/dev/null 2>&1 &
        XVFB_PID=$!
        for _ in $(seq 1 50); do
            [ -e "/tmp/.X11-unix/X$d" ] && { export DISPLAY=":$d"; return 0; }
            sleep 0.1
        done
        kill "$XVFB_PID" 2>/dev/null || true
        XVFB_PID=""
    done
    return 1
}

# The logs the commands work on: the same invented hazards as the JMH suite (seed 1).
for n in $SIZES; do
    $HL generate --hazards "$n" --out "$WORK/log-$n" --seed 1 >/dev/null
done

# Floor for every command: starting the JVM and the command line, with no log opened.
measure "jvm-floor" 0 "$HL --version"

for n in $SIZES; do
    measure "generate" "$n" "$HL generate --hazards $n --out $WORK/gen-$n --seed 1" "rm -f $WORK/gen-$n.mv.db"
    measure "list" "$n" "$HL --db $WORK/log-$n list"
    # Each export to a new place; the last one's files are what the imports below read.
    measure "export-md" "$n" "$HL --db $WORK/log-$n export --format md --out $WORK/md-$n" "rm -rf $WORK/md-$n"
    measure "export-json" "$n" "$HL --db $WORK/log-$n export --format json --out $WORK/log-$n.json" \
        "rm -f $WORK/log-$n.json"
    for format in xlsx docx pdf; do
        measure "export-$format" "$n" "$HL --db $WORK/log-$n export --format $format --out $WORK/log-$n.$format" \
            "rm -f $WORK/log-$n.$format"
    done
    measure "export-pdf-log" "$n" \
        "$HL --db $WORK/log-$n export --format pdf --document hazard-log --out $WORK/log-$n-table.pdf" \
        "rm -f $WORK/log-$n-table.pdf"
    measure "import" "$n" "$HL --db $WORK/imported-$n import $WORK/md-$n" "rm -f $WORK/imported-$n.mv.db"
    measure "import-json" "$n" "$HL --db $WORK/imported-json-$n import $WORK/log-$n.json" \
        "rm -f $WORK/imported-json-$n.mv.db"
done

# Code check: N counts code locations, over a git repository of 5,000 files (the same data as the
# JMH suite's). code-check exits 1 because some locations changed since their review, as intended.
$JAVA -cp "$JAR:$CLASSES" org.hazardlog.bench.CodeRepository "$WORK/code" $SIZES
for n in $SIZES; do
    measure "code-check" "$n" "$HL --db $WORK/code/log-$n code-check --repo $WORK/code/repo || true"
done

if command -v Xvfb >/dev/null 2>&1 && start_display; then
    measure_printed "startup-floor" 0 "$JAVA -cp $JAR:$CLASSES org.hazardlog.bench.EmptyWindow"
    for n in $SIZES; do
        measure_printed "startup" "$n" "$JAVA -Dhazardlog.exitWhenShown=true -jar $JAR --db $WORK/log-$n"
    done
else
    echo "bench: no Xvfb (apt-get install xvfb): start-up not timed" >&2
fi

echo "bench: command timings in $OUT"
