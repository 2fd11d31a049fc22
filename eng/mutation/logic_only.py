"""Writes a project's stryker-config.json to stdout with string-literal mutations ignored.

Usage: logic_only.py stryker-config.json
"""
import json
import sys

# Stryker reads its config with comments (whole lines starting with //); json does not.
text = "".join(line for line in open(sys.argv[1]) if not line.lstrip().startswith("//"))
config = json.loads(text)
config["stryker-config"]["ignore-mutations"] = ["string"]
json.dump(config, sys.stdout, indent=2)
