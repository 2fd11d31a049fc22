"""Lists the parts of a project's complete mutation run, one per line: its output folder, then
the --mutate patterns of its files.

A part is a group of folders tested in a Stryker run of its own, so a complete run that does not
fit one sitting can be stopped and resumed (eng/mutation.sh --in-parts --resume). The config's
"parts" name them; together they must cover every file the config's "mutate" covers, once.
Usage: parts.py stryker-config.json OUTPUT_FOLDER
"""
import os
import sys

import strykerconfig

config_path, output = sys.argv[1:3]
parts = strykerconfig.read(config_path).get("parts")
if not parts:
    sys.exit(f"{config_path} lists no \"parts\"; run without --in-parts")
for name, patterns in parts.items():
    if any(" " in p for p in patterns):
        sys.exit(f"part {name}: a pattern holds a space, which the runner splits on")
    print(os.path.join(output, name), *patterns)
