"""Runs one measured child for the benchmarks (processes.run_measured); only the standard library.

    python tools/bench/launcher.py CMD...

Linux keeps a process's peak-memory mark across exec, so a child forked straight from the bench,
which holds thousands of pages, would report the bench's memory as its own peak: this small
launcher starts it instead.
"""

import json
import os
import subprocess
import sys


def launch(cmd: list[str]) -> None:
    """Run cmd with its output on stderr; print its exit code, CPU seconds and peak RSS as JSON."""
    proc = subprocess.Popen(cmd, stdout=sys.stderr, stderr=sys.stderr)
    # wait4 reports this child alone; RUSAGE_CHILDREN would add up every child of this process.
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    print(json.dumps({"code": proc.returncode, "cpu": usage.ru_utime + usage.ru_stime, "maxrss_kb": usage.ru_maxrss}))


if __name__ == "__main__":
    launch(sys.argv[1:])
