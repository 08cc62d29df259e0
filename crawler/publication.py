"""How the archive is published: one place that says how Datasette is started.

`scrapy serve`, `scrapy demo`, the benchmark and the tests all start Datasette through
`datasette_command`, with the project's metadata (data/metadata.yml), its plugins
(datasette_plugins/) and the same settings. `public=True` is the profile for the internet
(`scrapy serve --public`): arbitrary SQL bounded on its own (datasette_plugins/expensive_sql.py),
pages cached in memory and by browsers and the proxy (datasette_plugins/page_cache.py, cache
headers) since the archive does not change while served, no download of the whole file.
"""

from __future__ import annotations

import os
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
PUBLIC_SETTINGS = {
    # The archive only changes when a new file replaces it: browsers and the proxy may keep a page an hour.
    "default_cache_ttl": 3600,
    # The file is large and holds the raw pages; publish a copy without them instead (README, Publishing).
    "allow_download": "off",
}
# Read by datasette_plugins/expensive_sql.py and page_cache.py: bound expensive requests, cache pages.
PUBLIC_ENV = "ARCHIVE_PUBLIC"


def datasette_command(
    *databases: str | Path,
    port: int,
    host: str = "127.0.0.1",
    immutable: bool = False,
    metadata: Path = METADATA,
    public: bool = False,
) -> list[str]:
    """The command line that serves `databases`. Immutable when nothing writes to them any more:
    Datasette then opens them read-only and counts their rows once. Run a public one with
    `datasette_env(public=True)`."""
    files = [arg for db in databases for arg in (("-i", str(db)) if immutable else (str(db),))]
    chosen = {**SETTINGS, **(PUBLIC_SETTINGS if public else {})}
    settings = [arg for name, value in chosen.items() for arg in ("--setting", name, str(value))]
    return [sys.executable, "-m", "datasette", "serve", *files, "--metadata", str(metadata),
            "--plugins-dir", str(PLUGINS), "--host", host, "--port", str(port), *settings]  # fmt: skip


def datasette_env(public: bool = False) -> dict[str, str]:
    """The environment Datasette runs in: the public profile turns on the bounds of expensive requests."""
    env = {k: v for k, v in os.environ.items() if k != PUBLIC_ENV}
    return {**env, PUBLIC_ENV: "1"} if public else env
