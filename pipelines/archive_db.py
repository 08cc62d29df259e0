"""The archive's connection: sqlite-utils, with the writes of one article kept to a few statements.

sqlite-utils looks a table up (does it exist, which columns, which primary key) on every insert or
upsert, and wraps each in a savepoint. For a crawl that writes the same few tables for every article
that was most of the store's SQL. Here each table's schema is read once per connection, and inside an
article's transaction (`one_transaction`) writes run without savepoints: any error rolls the whole
article back, so a savepoint would only ever be released.
"""

from __future__ import annotations

import contextlib
import weakref
from collections.abc import Iterator
from functools import cached_property

import sqlite_utils
from sqlite_utils.db import Table


class KnownTable(Table):
    """A table whose schema was read once; the archive's migrations have already run."""

    @cached_property
    def columns(self):
        return super().columns

    @cached_property
    def _exists(self) -> bool:
        return super().exists()

    def exists(self) -> bool:
        return self._exists


class ArchiveDatabase(sqlite_utils.Database):
    """A sqlite-utils Database whose `known(table)` objects read their schema once."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._known: dict[str, KnownTable] = {}
        self._flat = False
        # Units this connection has added or found present (the store never removes a unit): forgotten
        # when a transaction rolls back, as what it added is gone.
        self.units_present: set[str] = set()

    def known(self, name: str) -> KnownTable:
        """The table, with its columns read on first use only (never before the migrations have run)."""
        if name not in self._known:
            self._known[name] = KnownTable(self, name)
        return self._known[name]

    @contextlib.contextmanager
    def one_transaction(self) -> Iterator[ArchiveDatabase]:
        """One transaction, all or nothing, in which sqlite-utils' writes take no savepoints."""
        try:
            with self.atomic():
                self._flat = True
                try:
                    yield self
                finally:
                    self._flat = False
        except BaseException:
            self.units_present.clear()
            raise

    @contextlib.contextmanager
    def atomic(self) -> Iterator[ArchiveDatabase]:
        if self._flat:
            yield self
        else:
            with super().atomic():
                yield self


_WRAPPED: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def archive_db(db: sqlite_utils.Database) -> ArchiveDatabase:
    """The archive's Database for `db`: itself, or one on the same connection, made once per connection."""
    if isinstance(db, ArchiveDatabase):
        return db
    if db not in _WRAPPED:
        # The connection is set up already (triggers, plugins): only wrap it.
        _WRAPPED[db] = ArchiveDatabase(db.conn, recursive_triggers=False, execute_plugins=False)
    return _WRAPPED[db]
