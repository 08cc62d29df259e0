"""Raw pages in the archive: the page as fetched, compressed, so every derived field can be rebuilt offline.

Pages of one outlet share most of their bytes (menus, scripts, styles, footers, the boxes of latest
stories). Once an outlet has MIN_PAGES stored pages, a zstandard dictionary is built from them and kept
in `page_dictionaries`; the outlet's next pages are compressed against it. Whichever of two kinds
compresses the outlet's most recent pages smaller is kept: a dictionary trained by zstandard, or the
content of a few recent pages as they are. The dictionary is rebuilt when the outlet has GROWTH times
as many pages as when it was built.

A page is stored whole: as zlib (archives from before; the `html_zlib` column keeps its name), or as
zstandard, after a skippable frame that names the dictionary by its `dict_id` in the archive (a
zstandard decoder given that dictionary reads the blob as it is). `unpack` reads any page of any archive.
"""

from __future__ import annotations

import json
import weakref
import zlib
from datetime import UTC, datetime

import sqlite_utils
import zstandard

ZSTD_MAGIC = b"\x28\xb5\x2f\xfd"
# A skippable frame (magic 0x184D2A50, 4 bytes of content): the archive's dict_id of the frame after it.
DICT_FRAME = b"\x50\x2a\x4d\x18\x04\x00\x00\x00"
LEVEL = 5  # measured in BENCHMARKS.md ("A smaller archive"): level 3 is a third faster and 30 % larger
MIN_PAGES = 100
GROWTH = 10
SAMPLE_PAGES = 60  # the most recent pages a dictionary is built from
HELD_OUT = 20  # of which the newest are kept aside to compare the two kinds of dictionary on
TRAINED_BYTES = 256 * 1024
RAW_PAGES = 8
# A dictionary is stored compressed: made of whole pages of one outlet, it repeats itself (to about 7 %).
STORED_LEVEL = 6


class PageCodec:
    """The archive's page dictionaries, loaded once per connection: packs an outlet's pages, unpacks any."""

    def __init__(self, db: sqlite_utils.Database):
        self.dictionaries: dict[int, zstandard.ZstdCompressionDict] = {}
        self.current: dict[str, int] = {}  # outlet -> its newest dictionary
        self._packers: dict[int, zstandard.ZstdCompressor] = {}
        self._unpackers: dict[int, zstandard.ZstdDecompressor] = {}
        if "page_dictionaries" in db.table_names():
            for dict_id, outlet, kind, stored in db.execute(
                "select dict_id, outlet, kind, dictionary from page_dictionaries order by dict_id"
            ):
                self.add(dict_id, outlet, kind, stored_dictionary(stored))

    def add(self, dict_id: int, outlet: str, kind: str, data: bytes) -> None:
        """A dictionary of the archive; the newest of an outlet packs its pages from now on."""
        dict_type = zstandard.DICT_TYPE_FULLDICT if kind == "trained" else zstandard.DICT_TYPE_RAWCONTENT
        self.dictionaries[dict_id] = zstandard.ZstdCompressionDict(data, dict_type=dict_type)
        self.current[outlet] = dict_id

    def pack(self, html: bytes, outlet: str | None) -> bytes:
        dict_id = self.current.get(outlet or "", 0)
        return pack_with(html, dict_id, self.dictionaries.get(dict_id), self._packers)

    def unpack(self, blob: bytes) -> str:
        if blob.startswith(DICT_FRAME):
            dict_id, blob = int.from_bytes(blob[8:12], "little"), blob[12:]
        elif blob.startswith(ZSTD_MAGIC):
            dict_id = 0
        else:
            return zlib.decompress(blob).decode("utf-8")
        if dict_id not in self._unpackers:
            self._unpackers[dict_id] = zstandard.ZstdDecompressor(
                dict_data=self.dictionaries[dict_id] if dict_id else None
            )
        return self._unpackers[dict_id].decompress(blob).decode("utf-8")


def stored_dictionary(stored: bytes) -> bytes:
    """A dictionary as kept in `page_dictionaries`: a zstandard frame, or (archives from before) as it is;
    neither a trained dictionary nor a page begins with a frame's magic number."""
    return zstandard.ZstdDecompressor().decompress(stored) if stored.startswith(ZSTD_MAGIC) else stored


def pack_with(html: bytes, dict_id: int, dictionary, packers: dict | None = None) -> bytes:
    """The page compressed against the dictionary, after the frame naming it (none for no dictionary)."""
    packers = {} if packers is None else packers
    if dict_id not in packers:
        packers[dict_id] = zstandard.ZstdCompressor(level=LEVEL, dict_data=dictionary, write_dict_id=False)
    frame = packers[dict_id].compress(html)
    return DICT_FRAME + dict_id.to_bytes(4, "little") + frame if dict_id else frame


_CODECS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def codec(db: sqlite_utils.Database) -> PageCodec:
    """The connection's codec, made once."""
    if db not in _CODECS:
        _CODECS[db] = PageCodec(db)
    return _CODECS[db]


def page_row(db: sqlite_utils.Database, url: str, page: dict, now: str, outlet: str | None = None) -> dict:
    """The row of `pages` for a fetched page."""
    html = (page.get("html") or "").encode("utf-8")
    return {
        "url": url,
        "html_zlib": codec(db).pack(html, outlet),
        "status": page.get("status"),
        "headers": json.dumps(page.get("headers") or {}),
        "fetched_at": page.get("fetched_at") or now,
        "bytes": len(html),
    }


# --- dictionaries -------------------------------------------------------------------------


def build_dictionary(pages: list[bytes]) -> tuple[str, bytes]:
    """The kind and content of the dictionary that packs an outlet's newest pages smallest; `pages` newest
    first. The newest HELD_OUT pages only judge: a dictionary is not measured on pages it was built from."""
    held_out, sample = pages[:HELD_OUT], pages[HELD_OUT:]
    candidates = {"pages": b"".join(sample[:RAW_PAGES])}
    try:
        candidates["trained"] = zstandard.train_dictionary(TRAINED_BYTES, sample).as_bytes()
    except zstandard.ZstdError:  # too few or too alike pages to train on
        pass
    sizes = {}
    for kind, data in candidates.items():
        dict_type = zstandard.DICT_TYPE_FULLDICT if kind == "trained" else zstandard.DICT_TYPE_RAWCONTENT
        dictionary = zstandard.ZstdCompressionDict(data, dict_type=dict_type)
        packers: dict = {}
        sizes[kind] = sum(len(pack_with(page, 1, dictionary, packers)) for page in held_out)
    kind = min(sizes, key=sizes.get)
    return kind, candidates[kind]


def outlet_pages(db: sqlite_utils.Database, outlet: str, limit: int) -> list[bytes]:
    """The outlet's most recently fetched pages, newest first, as fetched."""
    found = db.execute(
        "select p.html_zlib from pages p join articles a using (url) where a.outlet = ? "
        "order by p.fetched_at desc, p.rowid desc limit ?",
        [outlet, limit],
    ).fetchall()
    unpack = codec(db).unpack
    return [unpack(blob).encode("utf-8") for (blob,) in found]


def add_dictionary(db: sqlite_utils.Database, outlet: str, stored: int) -> int:
    """Build the outlet's next dictionary from its stored pages and keep it; returns its dict_id."""
    kind, data = build_dictionary(outlet_pages(db, outlet, SAMPLE_PAGES + HELD_OUT))
    with db.atomic():
        cursor = db.execute(
            "insert into page_dictionaries (outlet, kind, created_at, pages, bytes, dictionary) "
            "values (?, ?, ?, ?, ?, ?)",
            [
                outlet,
                kind,
                datetime.now(UTC).isoformat(timespec="seconds"),
                stored,
                len(data),
                zstandard.ZstdCompressor(level=STORED_LEVEL).compress(data),
            ],  # fmt: skip
        )
    codec(db).add(cursor.lastrowid, outlet, kind, data)
    return cursor.lastrowid


class DictionarySchedule:
    """When each outlet's next dictionary is due: at MIN_PAGES stored pages, then at GROWTH times as many
    as the outlet had when its newest dictionary was built."""

    def __init__(self, db: sqlite_utils.Database, min_pages: int = MIN_PAGES):
        self.db, self.min_pages = db, min_pages
        self.stored = dict(
            db.execute("select a.outlet, count(*) from pages p join articles a using (url) group by a.outlet")
        )
        self.built = dict(db.execute("select outlet, max(pages) from page_dictionaries group by outlet"))

    def page_added(self, outlet: str | None) -> int | None:
        """Count a new page of the outlet; builds its dictionary when due and returns the dict_id."""
        if not outlet:
            return None
        self.stored[outlet] = self.stored.get(outlet, 0) + 1
        due = max(self.min_pages, GROWTH * self.built.get(outlet, 0))
        if self.stored[outlet] < due:
            return None
        self.built[outlet] = self.stored[outlet]
        return add_dictionary(self.db, outlet, self.stored[outlet])


def dictionary_schedule(db: sqlite_utils.Database, settings) -> DictionarySchedule:
    """The schedule a crawl or the distributed writer keeps; the setting PAGE_DICTIONARY_MIN_PAGES (default
    MIN_PAGES) sets when an outlet's first dictionary is due."""
    return DictionarySchedule(db, settings.getint("PAGE_DICTIONARY_MIN_PAGES", MIN_PAGES))
