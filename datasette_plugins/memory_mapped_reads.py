"""Datasette reads the archive through memory-mapped I/O.

A search or a facet on a large archive visits one row per matching article. Memory-mapped,
SQLite reads those pages straight from the operating system's cache instead of copying each
one into its own: on the benchmark's 200,000 articles that makes such pages two to three
times faster (BENCHMARKS.md). Nothing is written through the mapping.
"""

from datasette import hookimpl

# SQLite caps this at its compile-time maximum (2 GB in most builds); a larger archive is
# mapped up to that size and read the usual way beyond it.
MMAP_BYTES = 2**31


@hookimpl
def prepare_connection(conn):
    conn.execute(f"PRAGMA mmap_size = {MMAP_BYTES}")
