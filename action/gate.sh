#!/usr/bin/env bash
# The claimeval GitHub Action (action.yml) in one script, so it can be run and tested anywhere: runs
# `claimeval gate` with the action's inputs, appends the Markdown summary to $GITHUB_STEP_SUMMARY, records the
# report paths and the exit code in $GITHUB_OUTPUT, and exits with the gate's own code (0 passed, 1 a
# threshold missed, 2 bad input or usage, 3 the extractor failed).
#
# Inputs arrive as environment variables (never interpolated into a shell line, so no input can inject code):
#   INPUT_EXTRACTOR, INPUT_EXTRACTOR_CMD, INPUT_EXTRACTOR_JAR, INPUT_PREDICTIONS  which extractor (as in the CLI)
#   INPUT_DATASET      dataset folder; empty: the dataset bundled in the jar
#   INPUT_MIN          floors, one METRIC=X a line (e.g. claim_claimant.f1=0.6)
#   INPUT_MAX_DROP     allowed drops against the baseline, one METRIC=X (or a bare X) a line
#   INPUT_BASELINE     an earlier JSON report (`claimeval score --format json`)
#   INPUT_ARGS         any further gate options, one argument a line, passed through as they are
#   CLAIMEVAL_JAR      the runnable jar; empty: harness/target/claimeval.jar beside this script's repository,
#                      built with Maven first when it is missing
#   CLAIMEVAL_OUT      where the reports go (default $RUNNER_TEMP/claimeval, else a temporary folder)
set -uo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(dirname "$here")"

fail() {
  echo "::error title=claimeval::$1" >&2
  exit 2
}

# One argument per non-blank line; lines starting with # are comments. Appends to the array named by $1.
lines_to_args() {
  local -n target=$1
  local option=$2 text=$3 line
  while IFS= read -r line || [ -n "$line" ]; do
    line="${line#"${line%%[![:space:]]*}"}"
    line="${line%"${line##*[![:space:]]}"}"
    [ -z "$line" ] && continue
    [ "${line:0:1}" = "#" ] && continue
    if [ -n "$option" ]; then target+=("$option"); fi
    target+=("$line")
  done <<< "$text"
}

jar="${CLAIMEVAL_JAR:-}"
if [ -z "$jar" ]; then
  jar="$repo/harness/target/claimeval.jar"
  if [ ! -f "$jar" ]; then
    echo "claimeval: building $jar" >&2
    (cd "$repo" && mvn -B -q -DskipTests package -pl harness/claimeval-cli -am) >&2 || fail "could not build claimeval"
  fi
fi
[ -f "$jar" ] || fail "no claimeval jar at $jar"

if [ -n "${CLAIMEVAL_OUT:-}" ]; then
  out="$CLAIMEVAL_OUT"
elif [ -n "${RUNNER_TEMP:-}" ]; then
  out="$RUNNER_TEMP/claimeval"
else
  out="$(mktemp -d)"
fi
mkdir -p "$out" || fail "cannot create $out"
markdown="$out/gate.md"
junit="$out/gate.xml"
rm -f "$markdown" "$junit"

args=(gate --markdown "$markdown" --junit "$junit")
[ -n "${INPUT_EXTRACTOR:-}" ] && args+=(--extractor "$INPUT_EXTRACTOR")
[ -n "${INPUT_EXTRACTOR_CMD:-}" ] && args+=(--extractor-cmd "$INPUT_EXTRACTOR_CMD")
[ -n "${INPUT_EXTRACTOR_JAR:-}" ] && args+=(--extractor-jar "$INPUT_EXTRACTOR_JAR")
[ -n "${INPUT_PREDICTIONS:-}" ] && args+=(--predictions "$INPUT_PREDICTIONS")
[ -n "${INPUT_DATASET:-}" ] && args+=(--dataset "$INPUT_DATASET")
[ -n "${INPUT_BASELINE:-}" ] && args+=(--baseline "$INPUT_BASELINE")
lines_to_args args --min "${INPUT_MIN:-}"
lines_to_args args --max-drop "${INPUT_MAX_DROP:-}"
lines_to_args args "" "${INPUT_ARGS:-}"

java -jar "$jar" "${args[@]}"
code=$?

if [ -n "${GITHUB_STEP_SUMMARY:-}" ]; then
  if [ -f "$markdown" ]; then
    cat "$markdown" >> "$GITHUB_STEP_SUMMARY"
  else
    printf '### claimeval gate\n\nNo summary was written (exit %s); see the step log.\n' "$code" >> "$GITHUB_STEP_SUMMARY"
  fi
fi
if [ -n "${GITHUB_OUTPUT:-}" ]; then
  {
    echo "exit-code=$code"
    if [ -f "$markdown" ]; then echo "markdown=$markdown"; fi
    if [ -f "$junit" ]; then echo "junit=$junit"; fi
  } >> "$GITHUB_OUTPUT"
fi
exit "$code"
