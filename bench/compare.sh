#!/usr/bin/env bash
# Whole-process benchmark: MailGuard's CLI against schema-only peers (ajv-cli, @sourcemeta/jsonschema)
# and Spectral, on generated clean corpora. Run on demand, never by CI. See bench/README.md.
#
#   bench/compare.sh                         # 1,000 and 10,000 files x 10 virtual servers, 3 runs each
#   RUNS=5 SIZES="1000" bench/compare.sh     # fewer/more
#
# MailGuard rows: `mailguard` is the launcher cli/mailguard (its JVM settings and class-data archive), `mailguard-java-jar`
# the plain `java -jar cli/target/mailguard.jar` with the JVM's defaults, `mailguard-xmx256m` the
# launcher with a 256 MB heap (largest corpus only). Ratios are to the `mailguard` row.
#
# Environment (all optional):
#   RUNS=3               timed runs per tool and corpus (median reported; tools alternate within a run)
#   SIZES="1000 10000"   corpus sizes in server files (plus organization.yaml)
#   VS=10                virtual servers per file
#   SPECTRAL_MAX=1000    largest corpus Spectral runs on (it is slow)
#   BUILD=1              0 = reuse cli/target/mailguard.jar and bench/target/benchmarks.jar
#   PEERS=DIR            reuse an npm prefix that already has the peers (else a temporary one)
#   JAVA=java            the java launcher for MailGuard
#   JAVA_OPTS=           extra JVM flags for the MailGuard rows (e.g. -XX:TieredStopAtLevel=1)
#   MAILGUARD_ARGS=      arguments after `check DIR`; default: `--format sarif --output-dir OUT`
#                        when the CLI has --format, nothing otherwise. @OUT@ is replaced by a temp dir.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
RUNS=${RUNS:-3}
SIZES=${SIZES:-"1000 10000"}
VS=${VS:-10}
SPECTRAL_MAX=${SPECTRAL_MAX:-1000}
BUILD=${BUILD:-1}
JAVA=${JAVA:-java}
JAVA_OPTS=${JAVA_OPTS:-}

NAME=compare.sh
. "$ROOT/bench/common.sh"
command -v "$JAVA" >/dev/null || die "java not found (set JAVA=/path/to/java)"
command -v node >/dev/null && command -v npm >/dev/null \
  || die "node and npm are needed for the peers (Debian: apt-get install -y nodejs npm)"
setup
SCHEMA=$ROOT/schema/mailguard-v1.schema.json

if [ -z "${MAILGUARD_ARGS+x}" ]; then
  if "$JAVA" -jar "$MG_JAR" check --help 2>&1 | grep -q -- '--format'; then
    MAILGUARD_ARGS="--format sarif --output-dir @OUT@"
  else
    MAILGUARD_ARGS=""
  fi
fi
MAILGUARD_ARGS=${MAILGUARD_ARGS//@OUT@/$tmp/mailguard-out}

# --- peers -------------------------------------------------------------------------------------
PEERS=${PEERS:-$tmp/peers}
BIN=$PEERS/node_modules/.bin
if [ ! -x "$BIN/ajv" ] || [ ! -x "$BIN/jsonschema" ] || [ ! -x "$BIN/spectral" ]; then
  echo "installing peers into $PEERS (npm)..." >&2
  npm install --prefix "$PEERS" --no-audit --no-fund --loglevel=error \
    ajv-cli@5 ajv-formats @sourcemeta/jsonschema @stoplight/spectral-cli >"$tmp/npm.log" 2>&1 \
    || echo "npm install failed; the peers that did not install are reported as such (see below)" >&2
fi
version() { node -p "require('$PEERS/node_modules/$1/package.json').version" 2>/dev/null || echo "not installed"; }

# Spectral ruleset: the schema (inlined) plus MG003, written as JSON beside the corpora
node -e '
const schema = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
const rules = {
  "mailguard-schema": { description: "MG100 schema violation", severity: "error", given: "$",
    then: { function: "schema", functionOptions: { schema, dialect: "draft7", allErrors: true } } },
  "mg003-anonymous-internal": { description: "MG003 internal virtual server allows anonymous access", severity: "error",
    given: "$.servers[*].smtpVirtualServers[?(@.role == \"internal\")].authentication.anonymous",
    then: { function: "falsy" } } };
require("fs").writeFileSync(process.argv[2], JSON.stringify({ rules }, null, 1));' "$SCHEMA" "$tmp/spectral.json"

# --- corpora -----------------------------------------------------------------------------------
for n in $SIZES; do
  "$JAVA" -cp "$BENCH_JAR" io.mailguard.bench.CorpusGenerator "$tmp/corpus-$n" "$n" "$VS" >&2
done

# command_for TOOL N: sets CMD to the tool's command line on corpus N
command_for() {
  local dir=$tmp/corpus-$2
  case $1 in
    mailguard)          CMD=(env JAVA="$JAVA" MAILGUARD_JAVA_OPTS="$JAVA_OPTS" "$ROOT/cli/mailguard" check "$dir" $MAILGUARD_ARGS) ;;
    mailguard-xmx256m)  CMD=(env JAVA="$JAVA" MAILGUARD_JAVA_OPTS="$JAVA_OPTS -Xmx256m" "$ROOT/cli/mailguard" check "$dir" $MAILGUARD_ARGS) ;;
    mailguard-java-jar) CMD=("$JAVA" $JAVA_OPTS -jar "$MG_JAR" check "$dir" $MAILGUARD_ARGS) ;;
    ajv-cli)            CMD=("$BIN/ajv" validate --spec=draft7 -c ajv-formats -s "$SCHEMA" -d "$dir/*.yaml") ;;
    sourcemeta)         CMD=("$BIN/jsonschema" validate "$SCHEMA" "$dir" --extension .yaml --format-assertion --continue) ;;
    spectral)           CMD=("$BIN/spectral" lint --verbose -r "$tmp/spectral.json" "$dir/*.yaml") ;;
  esac
}

# check TOOL N RC OUTPUT: empty when the tool ran cleanly over all N+1 files, else what went wrong
check_run() {
  local files=$(($2 + 1)) rc=$3 out=$4 seen
  if grep -q OutOfMemoryError "$out"; then echo "OOM ($(grep -m1 -o 'OutOfMemoryError.*' "$out"))"; return; fi
  case $1 in
    mailguard*) grep -q "checked $files files .*: 0 errors, 0 warnings, 0 info" "$out" || seen="summary: $(tail -1 "$out")" ;;
    ajv-cli)    seen=$(grep -c ' valid$' "$out" || true); [ "$seen" = "$files" ] && seen="" || seen="$seen of $files files valid" ;;
    sourcemeta) grep -q "^$files validated, $files passed, 0 failed" "$out" || seen="summary: $(grep validated "$out" || tail -1 "$out")" ;;
    spectral)   seen=$(grep -c '^Linting ' "$out" || true); [ "$seen" = "$files" ] && seen="" || seen="linted $seen of $files files" ;;
  esac
  if [ "$rc" != 0 ]; then echo "exit $rc${seen:+; $seen}"; else echo "${seen:-}"; fi
}

tools_for() {
  local n=$1 largest=0 s
  for s in $SIZES; do [ "$s" -gt "$largest" ] && largest=$s; done
  echo mailguard
  echo mailguard-java-jar
  [ "$n" = "$largest" ] && echo mailguard-xmx256m
  [ -x "$BIN/ajv" ] && [ -d "$PEERS/node_modules/ajv-formats" ] && echo ajv-cli || echo "ajv-cli:not installed"
  [ -x "$BIN/jsonschema" ] && echo sourcemeta || echo "sourcemeta:not installed"
  if [ "$n" -le "$SPECTRAL_MAX" ]; then [ -x "$BIN/spectral" ] && echo spectral || echo "spectral:not installed"; fi
}

median() { sort -g | awk '{ a[NR] = $1 } END { if (NR == 0) print "-"; else if (NR % 2) print a[(NR + 1) / 2]; else printf "%.2f\n", (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
for n in $SIZES; do
  find "$tmp/corpus-$n" -type f -exec cat {} + >/dev/null   # page cache warm for every tool alike
  for run in $(seq 1 "$RUNS"); do
    for tool in $(tools_for "$n"); do
      case $tool in *:*) continue ;; esac
      [ -s "$tmp/failed-$tool-$n" ] && continue
      command_for "$tool" "$n"
      rm -rf "$tmp/mailguard-out"
      echo "run $run/$RUNS: $tool on $n files" >&2
      rc=0
      # from inside the corpus: MailGuard reads only files inside the project (the folder it runs in, outside git)
      (cd "$tmp/corpus-$n" && /usr/bin/time -f '%e %U %S %M' -o "$tmp/time" "${CMD[@]}") >"$tmp/out" 2>&1 || rc=$?
      problem=$(check_run "$tool" "$n" "$rc" "$tmp/out")
      if [ -n "$problem" ]; then
        echo "$problem" >"$tmp/failed-$tool-$n"
        { echo "== $tool on $n files: $problem; last lines:"; tail -5 "$tmp/out"; } >&2
        continue
      fi
      read -r wall user sys rss < <(tail -1 "$tmp/time")
      echo "$wall" >>"$tmp/wall-$tool-$n"
      echo "$user $sys" | awk '{ print $1 + $2 }' >>"$tmp/cpu-$tool-$n"
      echo "$rss" >>"$tmp/rss-$tool-$n"
    done
  done
done
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

# --- table -------------------------------------------------------------------------------------
echo
echo "MailGuard $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo '?'), $("$JAVA" -version 2>&1 | head -1);" \
  "node $(node --version); ajv-cli $(version ajv-cli), ajv-formats $(version ajv-formats)," \
  "@sourcemeta/jsonschema $(version @sourcemeta/jsonschema), @stoplight/spectral-cli $(version @stoplight/spectral-cli);" \
  "$(nproc) cores; load average before $load_before, after $load_after; median of $RUNS runs;" \
  "MailGuard arguments: check DIR ${MAILGUARD_ARGS:-(none)} ${JAVA_OPTS:+(JVM: $JAVA_OPTS)}"
echo
echo "| tool | corpus | median s | runs s | CPU s (user+sys, median) | peak RSS MB (max) | time / MailGuard | status |"
echo "| --- | --- | ---: | --- | ---: | ---: | ---: | --- |"
for n in $SIZES; do
  base=-
  [ -s "$tmp/wall-mailguard-$n" ] && base=$(median <"$tmp/wall-mailguard-$n")
  for tool in $(tools_for "$n"); do
    name=${tool%%:*}
    corpus="$n files × $VS ($(du -sb "$tmp/corpus-$n" | awk '{ printf "%.1f", $1 / 1e6 }') MB)"
    if [ "$name" != "$tool" ]; then
      echo "| $name | $corpus | - | - | - | - | - | could not run: ${tool#*:} |"; continue
    fi
    if [ -s "$tmp/failed-$tool-$n" ]; then
      echo "| $name | $corpus | - | - | - | - | - | FAILED: $(cat "$tmp/failed-$tool-$n") |"; continue
    fi
    wall=$(median <"$tmp/wall-$tool-$n")
    cpu=$(median <"$tmp/cpu-$tool-$n")
    rss=$(sort -n "$tmp/rss-$tool-$n" | tail -1 | awk '{ printf "%.0f", $1 / 1024 }')
    ratio=$(awk -v a="$wall" -v b="$base" 'BEGIN { if (b + 0 > 0) printf "%.2f", a / b; else print "-" }')
    echo "| $name | $corpus | $wall | $(paste -sd' ' "$tmp/wall-$tool-$n") | $cpu | $rss | $ratio | ok, all $((n + 1)) files |"
  done
done
