# Sourced by the whole-process benchmark scripts (bench/compare.sh, bench/postfix-services.sh) after they set ROOT,
# BUILD and NAME (their name, for messages): `die`, and `setup`, which checks for /usr/bin/time, makes the temporary
# folder $tmp (removed on exit), builds the CLI and the bench module when BUILD=1, and sets MG_JAR and BENCH_JAR.

die() { echo "$NAME: $*" >&2; exit 2; }

setup() {
  [ -x /usr/bin/time ] || die "/usr/bin/time is missing (Debian: apt-get install -y time)"
  tmp=$(mktemp -d "${TMPDIR:-/tmp}/mailguard-${NAME%.sh}.XXXXXX")
  trap 'rm -rf "$tmp"' EXIT
  trap 'exit 130' INT TERM
  if [ "$BUILD" = 1 ]; then
    echo "building the CLI and the bench module..." >&2
    (cd "$ROOT" && ./mvnw -q -B -Pbench -pl .,schema,core,cli,bench package -DskipTests -Dinvoker.skip)
  fi
  MG_JAR=$ROOT/cli/target/mailguard.jar
  BENCH_JAR=$ROOT/bench/target/benchmarks.jar
  [ -f "$MG_JAR" ] && [ -f "$BENCH_JAR" ] || die "missing $MG_JAR or $BENCH_JAR (run with BUILD=1)"
}
