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
#   eng/mutation.sh --in-parts [...]     runs each of the "parts" listed in the project's
#                                        stryker-config.json (groups of folders) as a Stryker run
#                                        of its own and scores their reports together: a complete
#                                        run that can be stopped and picked up again
#   eng/mutation.sh --in-parts --resume  keeps the parts that already have a report and runs the rest
#   eng/mutation.sh ... -- ARGS          ARGS go to Stryker, e.g. -- --mutate Pipeline/CallPacer.cs
#
# Reports: artifacts/mutation/<project>/reports/mutation-report.{html,json}, or
# artifacts/mutation/<project>/parts/<part>/reports/… with --in-parts. Exits non-zero when a
# project's logic score is below its "logic-score-target" in stryker-config.json.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

since=""
logic_only=""
in_parts=""
resume=""
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
    --in-parts) in_parts=1 ;;
    --resume) resume=1 ;;
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
  if [ -z "$resume" ]; then rm -rf "$out"; fi
  mkdir -p "$out"
  config="$root/$dir/stryker-config.json"
  if [ -n "$logic_only" ]; then
    # Stryker takes "ignore-mutations" from its config file only, so a copy of the project's
    # config gains it; paths in it stay relative to the project folder Stryker runs in.
    config="$out/stryker-config.logic-only.json"
    python3 "$root/eng/mutation/logic_only.py" "$root/$dir/stryker-config.json" > "$config"
  fi
  args=(-f "$config")
  [ -n "$since" ] && args+=("--since:$since")

  # One run, or one per part: each line of "runs" is an output folder and its --mutate patterns.
  if [ -n "$in_parts" ]; then
    runs=$(python3 "$root/eng/mutation/parts.py" "$root/$dir/stryker-config.json" "$out/parts")
  else
    runs="$out"
  fi

  echo "== mutation testing: $dir${since:+ (changed since $since)}${logic_only:+ (logic mutants only)}${in_parts:+ (in parts)}"
  start=$(date +%s)
  reports=()
  while read -r part_out rest; do
    read -ra patterns <<< "$rest"  # read, unlike a bare $rest, does not expand the globs
    report="$part_out/reports/mutation-report.json"
    if [ -n "$resume" ] && [ -f "$report" ]; then
      echo "-- $part_out: kept from an earlier run"
    else
      mutate=()
      for pattern in "${patterns[@]}"; do mutate+=(--mutate "$pattern"); done
      if [ -n "$in_parts" ]; then echo "-- $part_out: $rest"; fi
      # Stryker's own exit code is left aside: the verdict below is the logic score against the
      # target. Its stdin is not the list of runs this loop reads.
      (cd "$dir" && dotnet stryker "${args[@]}" -O "$part_out" "${mutate[@]}" "${stryker_args[@]}") < /dev/null || true
    fi
    if [ -f "$report" ]; then reports+=("$report"); fi
  done <<< "$runs"
  minutes=$(( ($(date +%s) - start + 59) / 60 ))

  if [ ${#reports[@]} -eq 0 ]; then
    echo "$name: Stryker wrote no report (no mutant in the changed files, or the run failed; see above)"
    continue
  fi
  python3 "$root/eng/mutation/score.py" "$dir/stryker-config.json" "$name" "$minutes" "${reports[@]}" || status=1
done
exit $status
