"""What every benchmark does with processes: where the project is, scrapy commands as a user runs them,
servers on 127.0.0.1, and children measured on their own (CPU time and peak memory from `os.wait4`)."""

from __future__ import annotations

import json
import os
import platform
import subprocess
import sys
import time
from pathlib import Path

from tools.local_servers import free_port, redis_server, wait_for_http

__all__ = [
    "ROOT", "SCRAPY", "MirrorProcess", "free_port", "log", "machine", "redis_server", "remove_archive",
    "run_measured", "wait_for_http",
]  # fmt: skip

ROOT = Path(__file__).resolve().parents[2]
SCRAPY = [sys.executable, "-m", "scrapy.cmdline"]
LAUNCHER = Path(__file__).with_name("launcher.py")


def log(message: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def run_measured(cmd: list[str], log_path: Path) -> tuple[int, float, dict]:
    """Run a child to its end: exit code, wall seconds and the child's own CPU seconds and peak memory.

    The child is started by a small launcher process (this module run as a script). Linux keeps a
    process's peak-memory mark across exec, so a child forked straight from the bench, which holds
    thousands of pages, would report the bench's memory as its own peak.
    """
    started = time.perf_counter()
    with open(log_path, "w", encoding="utf-8") as out:
        launcher = subprocess.run(
            [sys.executable, str(LAUNCHER), *cmd], cwd=ROOT, stdout=subprocess.PIPE, stderr=out, text=True, check=False
        )
    usage = json.loads(launcher.stdout.strip().splitlines()[-1])
    return usage["code"], time.perf_counter() - started, usage


def machine() -> dict:
    with open("/proc/cpuinfo", encoding="utf-8") as f:
        cpu = next((line.split(":", 1)[1].strip() for line in f if line.startswith("model name")), "unknown CPU")
    with open("/proc/meminfo", encoding="utf-8") as f:
        mem_kb = next(int(line.split()[1]) for line in f if line.startswith("MemTotal"))
    return {"nproc": os.cpu_count() or 1, "cpu": cpu, "ram_gb": mem_kb / 1024**2, "python": platform.python_version()}


def remove_archive(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", ".lock"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


class MirrorProcess:
    """`scrapy mirror` in its own process, so that serving pages is not billed to the crawler."""

    def __init__(self, root: Path):
        self.port = free_port()
        self.proc = subprocess.Popen(
            [*SCRAPY, "mirror", str(root), "--port", str(self.port)],
            cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        self.url = f"http://127.0.0.1:{self.port}"
        wait_for_http(self.url + "/", timeout=60)

    def stop(self):
        self.proc.terminate()
        self.proc.wait(timeout=10)
