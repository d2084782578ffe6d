#!/usr/bin/env bash
# Whole-process benchmark: what a Postfix service costs per object against a virtual server. Run on demand,
# never by CI. See bench/README.md; results in docs/performance.md.
#
#   bench/postfix-services.sh                      # builds, 1,000 files x 10 of each, 15 alternated rounds
#   BUILD=0 ROUNDS=5 FILES=10000 bench/postfix-services.sh
#
# Each round runs, one after the other, `cli/mailguard check .` inside four clean corpora: FILES server files of
# 10 inline Postfix services (PostfixCorpusGenerator), FILES of 10 virtual servers (CorpusGenerator), and one file
# of each. It prints the median wall and user CPU seconds of each corpus, the median of the per-round ratios of
# Postfix services to virtual servers (the machine's speed drifts; a ratio within one round does not), and the
# same ratio for the part that grows with the objects (the one-file run taken off), also worked out from the medians.
#
# Environment (all optional):
#   ROUNDS=15    alternated rounds
#   FILES=1000   server files per corpus (10 objects each)
#   BUILD=1      0 = reuse cli/target/mailguard.jar and bench/target/benchmarks.jar
#   JAVA=java    the java launcher
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
ROUNDS=${ROUNDS:-15}
FILES=${FILES:-1000}
BUILD=${BUILD:-1}
JAVA=${JAVA:-java}

NAME=postfix-services.sh
. "$ROOT/bench/common.sh"
setup

"$JAVA" -cp "$BENCH_JAR" io.mailguard.bench.PostfixCorpusGenerator "$tmp/postfix" "$FILES" 10 >&2
"$JAVA" -cp "$BENCH_JAR" io.mailguard.bench.CorpusGenerator "$tmp/vs" "$FILES" 10 >&2
"$JAVA" -cp "$BENCH_JAR" io.mailguard.bench.PostfixCorpusGenerator "$tmp/postfix-1" 1 10 >&2
"$JAVA" -cp "$BENCH_JAR" io.mailguard.bench.CorpusGenerator "$tmp/vs-1" 1 10 >&2
find "$tmp" -type f -exec cat {} + >/dev/null   # page cache warm for every corpus alike

: >"$tmp/times"
for round in $(seq 1 "$ROUNDS"); do
  echo "round $round/$ROUNDS" >&2
  for corpus in postfix vs postfix-1 vs-1; do
    rc=0
    # from inside the corpus: MailGuard reads only files inside the project (the folder it runs in, outside git)
    (cd "$tmp/$corpus" && /usr/bin/time -f '%e %U' -o "$tmp/time" env JAVA="$JAVA" "$ROOT/cli/mailguard" check .) \
      >"$tmp/out" 2>&1 || rc=$?
    grep -q ': 0 errors, 0 warnings, 0 info' "$tmp/out" && [ "$rc" = 0 ] \
      || die "$corpus: exit $rc, $(tail -1 "$tmp/out")"
    echo "$round $corpus $(cat "$tmp/time")" >>"$tmp/times"
  done
done

awk -v objects=$((FILES * 10)) '
  function median(list, n,   sorted, i, j, t) {
    for (i = 1; i <= n; i++) sorted[i] = list[i]
    for (i = 2; i <= n; i++) for (j = i; j > 1 && sorted[j - 1] > sorted[j]; j--) { t = sorted[j]; sorted[j] = sorted[j - 1]; sorted[j - 1] = t }
    return n % 2 ? sorted[(n + 1) / 2] : (sorted[n / 2] + sorted[n / 2 + 1]) / 2
  }
  { wall[$2, $1] = $3; user[$2, $1] = $4; rounds = $1 > rounds ? $1 : rounds }
  END {
    split("postfix vs postfix-1 vs-1", corpora, " ")
    printf "| corpus (%d rounds) | median wall s | median user CPU s |\n| --- | --- | --- |\n", rounds
    for (c = 1; c <= 4; c++) {
      for (r = 1; r <= rounds; r++) { w[r] = wall[corpora[c], r]; u[r] = user[corpora[c], r] }
      m[corpora[c]] = median(w, rounds)
      printf "| %s | %.2f | %.2f |\n", corpora[c], m[corpora[c]], median(u, rounds)
    }
    for (r = 1; r <= rounds; r++) {
      ratio[r] = wall["postfix", r] / wall["vs", r]
      grown[r] = (wall["postfix", r] - wall["postfix-1", r]) / (wall["vs", r] - wall["vs-1", r])
    }
    printf "\n%d Postfix services against %d virtual servers, median of the per-round ratios:\n", objects, objects
    printf "  whole process: %+.1f %%\n", (median(ratio, rounds) - 1) * 100
    printf "  the part that grows with the objects (one-file run taken off): %+.1f %%\n", (median(grown, rounds) - 1) * 100
    # a ratio of two differences of a few tenths of a second, each as noisy as a run, has long tails: also from the medians
    printf "  the same, from the medians above: %+.1f %%\n", ((m["postfix"] - m["postfix-1"]) / (m["vs"] - m["vs-1"]) - 1) * 100
  }' "$tmp/times"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
