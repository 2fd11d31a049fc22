"""Reads a project's stryker-config.json, which the scripts beside this one share."""
import json


def read(path):
    # Stryker reads its config with comments (whole lines starting with //); json does not.
    text = "".join(line for line in open(path) if not line.lstrip().startswith("//"))
    return json.loads(text)
