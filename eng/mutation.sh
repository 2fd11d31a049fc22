#!/usr/bin/env bash
# Mutation testing: runs Stryker.NET on the two packages whose behaviour the tests promise to hold,
# src/Marketo.Soap and src/Marketo.Soap.Testing, against every test project that exercises them
# (listed in each project's stryker-config.json, with its thresholds and what is left out), then
# prints two scores per project: all mutants, and logic mutants (everything but string literals).
#
# Usage:
#   eng/mutation.sh                      both projects, every file (slow: see README, "How it is built")
#   eng/mutation.sh --since [REF]        only files changed since the merge base with REF (default main)
#   eng/mutation.sh --project soap|testing [...]   one project only
#   eng/mutation.sh --logic-only [...]   leaves string-literal mutants out of the run (about a
#                                        third fewer mutants): the logic score is the same, the
#                                        all-mutants score then covers logic mutants only
#   eng/mutation.sh ... -- ARGS          ARGS go to Stryker, e.g. -- --mutate Pipeline/CallPacer.cs
#
# Reports: artifacts/mutation/<project>/reports/mutation-report.{html,json}. Exits non-zero when a
# project's logic score is below its "logic-score-target" in stryker-config.json.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

since=""
logic_only=""
projects=(soap testing)
stryker_args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --since)
      ref=main
      if [ $# -gt 1 ] && [ "${2:0:2}" != "--" ]; then ref=$2; shift; fi
      since=$(git merge-base HEAD "$ref")
      ;;
    --project) projects=("$2"); shift ;;
    --logic-only) logic_only=1 ;;
    --) shift; stryker_args=("$@"); break ;;
    *) echo "unknown argument: $1 (see the header of $0)" >&2; exit 2 ;;
  esac
  shift
done

dotnet tool restore >/dev/null

status=0
for project in "${projects[@]}"; do
  case "$project" in
    soap) dir=src/Marketo.Soap ;;
    testing) dir=src/Marketo.Soap.Testing ;;
    *) echo "unknown project: $project (soap or testing)" >&2; exit 2 ;;
  esac
  name=$(basename "$dir")
  out="$root/artifacts/mutation/$name"
  rm -rf "$out"
  config="$root/$dir/stryker-config.json"
  if [ -n "$logic_only" ]; then
    # Stryker takes "ignore-mutations" from its config file only, so a copy of the project's
    # config gains it; paths in it stay relative to the project folder Stryker runs in.
    mkdir -p "$out"
    config="$out/stryker-config.logic-only.json"
    python3 "$root/eng/mutation/logic_only.py" "$root/$dir/stryker-config.json" > "$config"
  fi
  args=(-f "$config" -O "$out")
  [ -n "$since" ] && args+=("--since:$since")

  echo "== mutation testing: $dir${since:+ (changed since $since)}${logic_only:+ (logic mutants only)}"
  start=$(date +%s)
  # Stryker's own exit code is left aside: the verdict below is the logic score against the target.
  (cd "$dir" && dotnet stryker "${args[@]}" "${stryker_args[@]}") || true
  minutes=$(( ($(date +%s) - start + 59) / 60 ))

  report="$out/reports/mutation-report.json"
  if [ ! -f "$report" ]; then
    echo "$name: Stryker wrote no report (no mutant in the changed files, or the run failed; see above)"
    continue
  fi
  python3 "$root/eng/mutation/score.py" "$report" "$dir/stryker-config.json" "$name" "$minutes" || status=1
done
exit $status
