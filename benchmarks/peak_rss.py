"""Run a command and print, as the last line, its peak resident set in MB:
{"max_rss_mb": …}. Usage: python benchmarks/peak_rss.py COMMAND [ARG…]

A child's ru_maxrss counts the memory of the process that started it, up to the exec
(Linux keeps the larger of the two): started from the benchmark (which has imported
everything) the bare window would weigh as much as the benchmark. Started from this
small process, it weighs what it uses.
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys


def main() -> int:
    status = subprocess.call(sys.argv[1:])
    peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss  # KB on Linux
    print(json.dumps({"max_rss_mb": round(peak_kb / 1024, 1)}), flush=True)
    return status


if __name__ == "__main__":
    sys.exit(main())
