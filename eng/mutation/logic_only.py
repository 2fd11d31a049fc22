"""Writes a project's stryker-config.json to stdout with string-literal mutations ignored.

Usage: logic_only.py stryker-config.json
"""
import json
import sys

import strykerconfig

config = strykerconfig.read(sys.argv[1])
config["stryker-config"]["ignore-mutations"] = ["string"]
json.dump(config, sys.stdout, indent=2)
