"""The project's Scrapy commands (COMMANDS_MODULE): demo, serve, mirror, extract, reextract, review, schedule,
crawlall, writer, genoutlet, probe, ingest-warc, export-warc.

A bad argument ends a command before it starts anything, never with a traceback, with exit status 2
as Scrapy's own usage errors. A malformed one (how many arguments, an option's format, a spider name)
raises Scrapy's UsageError, so the usage is printed above the error; a file, folder or port that
cannot be used is one line naming it (`refuse`), since the usage would not help there.
"""

from __future__ import annotations

import argparse
import contextlib
import socket
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import NoReturn

import sqlite_utils
from scrapy.exceptions import UsageError

from pipelines.corrections import CorrectionsError
from pipelines.runs import ArchiveLock, ArchiveLockedError
from pipelines.schema import open_archive

SQLITE_HEADER = b"SQLite format 3\x00"


def refuse(command: str, problem: str) -> NoReturn:
    """End `scrapy COMMAND` with one line on stderr and Scrapy's usage-error exit status."""
    print(f"scrapy {command}: {problem}", file=sys.stderr)
    raise SystemExit(2)


def readable_file(command: str, path: str) -> Path:
    """`path`, if it is a file this process can read; otherwise the command ends saying why not."""
    file = Path(path)
    if not file.exists():
        refuse(command, f"no such file: {path}")
    if not file.is_file():
        refuse(command, f"not a file: {path}")
    try:
        with file.open("rb"):
            pass
    except OSError as exc:
        refuse(command, f"cannot read {path}: {exc.strerror}")
    return file


def existing_archive(command: str, path: str) -> Path:
    """`path`, if it is an SQLite file: given anything else, Datasette would fail later and
    `open_archive` would create an empty archive where the user meant an existing one."""
    if not Path(path).exists():
        refuse(command, f"no archive at {path}: run a crawl first (or `scrapy demo`)")
    file = readable_file(command, path)
    with file.open("rb") as f:
        header = f.read(len(SQLITE_HEADER))
    if header and header != SQLITE_HEADER:  # an empty file is an empty SQLite database
        refuse(command, f"not an SQLite archive: {path}")
    return file


def port_number(value: str) -> int:
    """The argparse type of a --port option, so that argparse reports a bad one as a usage error."""
    port = int(value) if value.isdigit() else 0
    if not 0 < port < 65536:
        raise argparse.ArgumentTypeError(f"not a port number (1 to 65535): {value!r}")
    return port


def check_can_listen(command: str, host: str, port: int) -> None:
    """End the command now if a server could not listen on host:port (taken, or an unknown address),
    rather than after a crawl or in a server's traceback."""
    try:
        family = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0][0]
        with socket.socket(family, socket.SOCK_STREAM) as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as the servers bind
            probe.bind((host, port))
    except OSError as exc:
        refuse(command, f"cannot listen on {host}:{port}: {exc.strerror or exc}")


def name_values(pairs: list[str] | None, allowed: tuple[str, ...]) -> dict[str, str]:
    """`-a NAME=VALUE` options, as a crawl takes its spider arguments, limited to the names a command knows."""
    values = {}
    for pair in pairs or []:
        name, sep, value = pair.partition("=")
        if not sep or name not in allowed:
            raise UsageError(f"-a takes NAME=VALUE with NAME one of {', '.join(allowed)}: {pair!r}")
        values[name] = value
    return values


def day(values: dict[str, str], name: str) -> date | None:
    """The YYYY-MM-DD date of `-a NAME=`, if given; a usage error if it is no date."""
    if not values.get(name):
        return None
    try:
        return date.fromisoformat(values[name])
    except ValueError:
        raise UsageError(f"{name}: not a date YYYY-MM-DD: {values[name]!r}") from None


@contextlib.contextmanager
def writing_archive(command: str, archive) -> Iterator[sqlite_utils.Database]:
    """The archive, open and locked for this command. If another run holds it, or the corrections file is
    invalid, the command ends with one line saying so and exit status 1 (neither is a usage error)."""
    lock = ArchiveLock(archive)
    try:
        lock.acquire()
    except ArchiveLockedError as exc:
        print(f"{command}: {exc}; try again when it has finished.")
        raise SystemExit(1) from None
    try:
        db = open_archive(archive)
        try:
            yield db
        finally:
            db.conn.close()
    except CorrectionsError as exc:
        print(f"{command}: {exc}")
        raise SystemExit(1) from None
    finally:
        lock.release()
