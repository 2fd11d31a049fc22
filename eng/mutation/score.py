"""Prints the scores of one or more Stryker reports taken together, all mutants and logic mutants,
and checks the logic target.

Logic mutants are every mutant but the string-literal ones: a changed message is caught by tests
that check the facts a message carries, not its words, so it is scored apart. Several reports are
the parts of one run (eng/mutation.sh --in-parts); a file found in two of them is an error.
Usage: score.py stryker-config.json NAME MINUTES mutation-report.json [mutation-report.json ...]
"""
import json
import sys

import strykerconfig

config_path, name, minutes = sys.argv[1:4]
files = {}
for report_path in sys.argv[4:]:
    for path, file in json.load(open(report_path))["files"].items():
        if path in files:
            sys.exit(f"{path} is in two reports: the parts of a run must not overlap")
        files[path] = file
target = strykerconfig.read(config_path).get("logic-score-target", 0)

DETECTED = {"Killed", "Timeout"}
UNDETECTED = {"Survived", "NoCoverage"}


def is_string_literal(mutator):
    # "String mutation", "Interpolated string mutation" and the like; string *method* mutations
    # (Trim, ToUpper …) change behaviour and are logic.
    name = mutator.lower()
    return "string" in name and "method" not in name


counts = {"all": [0, 0], "logic": [0, 0]}
survivors = []
for path, file in sorted(files.items()):
    for mutant in file["mutants"]:
        status = mutant["status"]
        if status not in DETECTED | UNDETECTED:
            continue  # ignored, compile errors
        kinds = ["all"] if is_string_literal(mutant["mutatorName"]) else ["all", "logic"]
        for kind in kinds:
            counts[kind][0] += status in DETECTED
            counts[kind][1] += 1
        if status in UNDETECTED and "logic" in kinds:
            line = mutant["location"]["start"]["line"]
            survivors.append(f"  {path}:{line} {status}: {mutant['mutatorName']}: {mutant.get('replacement', '')[:100]}")


def score(kind):
    detected, total = counts[kind]
    return (100.0 * detected / total if total else 100.0), detected, total


all_score, all_detected, all_total = score("all")
logic_score, logic_detected, logic_total = score("logic")
if survivors:
    print(f"{name}: logic mutants not killed")
    print("\n".join(survivors))
print(f"{name}: {all_score:.1f}% of {all_total} mutants killed ({all_detected}); "
      f"logic {logic_score:.1f}% of {logic_total} ({logic_detected}); target {target}%; {minutes} min")
sys.exit(0 if logic_score >= target else 1)
