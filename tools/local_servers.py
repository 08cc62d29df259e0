"""Servers on 127.0.0.1 for the tests and the benchmarks: a free port, waiting for a server to answer,
a throwaway redis-server. Nothing here reaches beyond this machine."""

from __future__ import annotations

import contextlib
import shutil
import socket
import subprocess
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Iterator

import redis


def free_port() -> int:
    """A TCP port nothing listens on right now, for a server started next."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for_http(url: str, timeout: float = 30.0) -> None:
    """Return once a server answers `url` with any HTTP status; raise if none does within `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            with urllib.request.urlopen(url, timeout=5):
                return
        except urllib.error.HTTPError:
            return  # the server answers, even if not with a page
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)


@contextlib.contextmanager
def redis_server() -> Iterator[int]:
    """A redis-server of our own on a free port of 127.0.0.1, saving nothing to disk; yields its port."""
    binary = shutil.which("redis-server")
    if binary is None:
        raise FileNotFoundError("redis-server is not installed (`make redis` installs Debian's)")
    port = free_port()
    with tempfile.TemporaryDirectory() as workdir:
        proc = subprocess.Popen(
            [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", workdir],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            wait_for_redis(redis.Redis(port=port), proc)
            yield port
        finally:
            proc.terminate()
            proc.wait(timeout=10)


def wait_for_redis(client: redis.Redis, proc: subprocess.Popen, timeout: float = 10.0) -> None:
    """Return once the redis-server `proc` answers PING; raise if it exits or stays silent."""
    deadline = time.monotonic() + timeout
    try:
        while True:
            try:
                client.ping()
                return
            except redis.ConnectionError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise
                time.sleep(0.05)
    finally:
        client.close()
