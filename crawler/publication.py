"""How the archive is published: one place that says how Datasette is started.

`scrapy serve`, `scrapy demo`, the benchmark and the tests all start Datasette through
`datasette_command`, with the project's metadata (data/metadata.yml), its plugins
(datasette_plugins/) and the same settings.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
METADATA = ROOT / "data" / "metadata.yml"
PLUGINS = ROOT / "datasette_plugins"
SETTINGS = {
    # A canned query or a search may take up to 3 s before Datasette gives up on it.
    "sql_time_limit_ms": 3000,
    # Suggested facets are computed for every page; on a large archive they cost more than the page.
    "suggest_facets": "off",
    # A facet slower than this is left out of the page (and says so) instead of holding it up.
    "facet_time_limit_ms": 500,
}


def datasette_command(
    *databases: str | Path, port: int, host: str = "127.0.0.1", immutable: bool = False, metadata: Path = METADATA
) -> list[str]:
    """The command line that serves `databases`. Immutable when nothing writes to them any more:
    Datasette then opens them read-only and counts their rows once."""
    files = [arg for db in databases for arg in (("-i", str(db)) if immutable else (str(db),))]
    settings = [arg for name, value in SETTINGS.items() for arg in ("--setting", name, str(value))]
    return [sys.executable, "-m", "datasette", "serve", *files, "--metadata", str(metadata),
            "--plugins-dir", str(PLUGINS), "--host", host, "--port", str(port), *settings]  # fmt: skip
