"""Deduplicate stage: group syndicated copies of one story into a cluster.

The same text republished by several outlets (an ANTARA story on a regional
portal, a Polda press release printed by three papers) gets one `cluster_id`.
Near-duplicates are found by MinHash over 5-word shingles with LSH banding,
then confirmed by the estimated Jaccard similarity, so two stories about the
same event in different words stay apart. Canonical URLs (pipelines/urls.py)
already merge the same page reached by different links.
"""

from __future__ import annotations

import hashlib
import re
import struct
from collections import defaultdict

from itemadapter import ItemAdapter

PERMUTATIONS = 64
BANDS, ROWS = 16, 4  # 16 bands of 4 rows: pairs above ~0.5 Jaccard are very likely to share a band
THRESHOLD = 0.5
SHINGLE = 5
_MASK = (1 << 32) - 1
_EMPTY = 1 << 33  # above any 32-bit value: marks a bin no shingle fell into
# Datelines and outlet prefixes differ between copies of one story.
DATELINE = re.compile(r"^[^\n]{0,80}?(\(ANTARA\)|\.(ID|COM|CO\.ID)|KOMPAS\.com|JPNN\.com)\s*[-–—,]\s*", re.IGNORECASE)


def shingles(text: str) -> set[str]:
    text = DATELINE.sub("", text.strip())
    words = re.findall(r"\w+", text.lower())
    if len(words) < SHINGLE:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i : i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)}


def minhash_signature(text: str) -> bytes:
    """A 64-value MinHash signature of the text's shingles, packed as bytes.

    One hash per shingle, split into 64 bins by its low bits ("one permutation hashing"), the
    minimum kept per bin; empty bins borrow the next non-empty bin's value (densification), so
    short texts still compare position by position.
    """
    mins = [_EMPTY] * PERMUTATIONS
    for shingle in shingles(text):
        h = int.from_bytes(hashlib.blake2b(shingle.encode(), digest_size=8).digest(), "big")
        slot, value = h % PERMUTATIONS, (h // PERMUTATIONS) & _MASK
        if value < mins[slot]:
            mins[slot] = value
    if all(v == _EMPTY for v in mins):
        return b""
    for i in range(PERMUTATIONS):
        j = i
        while mins[j % PERMUTATIONS] == _EMPTY:
            j += 1
        if j != i:
            mins[i] = (mins[j % PERMUTATIONS] + (j - i) * 0x9E3779B1) & _MASK
    return struct.pack(f"<{PERMUTATIONS}I", *mins)


def similarity(sig_a: bytes, sig_b: bytes) -> float:
    """Estimated Jaccard similarity of two signatures."""
    if not sig_a or not sig_b:
        return 0.0
    a = struct.unpack(f"<{PERMUTATIONS}I", sig_a)
    b = struct.unpack(f"<{PERMUTATIONS}I", sig_b)
    return sum(x == y for x, y in zip(a, b, strict=True)) / PERMUTATIONS


def clusters(signatures: dict[str, bytes], order: dict[str, str] | None = None) -> dict[str, str]:
    """url -> cluster id (the cluster's earliest URL by `order`, e.g. publication time)."""
    parent = {url: url for url in signatures}

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    buckets: dict[tuple[int, bytes], list[str]] = defaultdict(list)
    for url, sig in signatures.items():
        if sig:
            for band in range(BANDS):
                buckets[(band, sig[band * ROWS * 4 : (band + 1) * ROWS * 4])].append(url)
    for members in buckets.values():
        for other in members[1:]:
            a, b = find(members[0]), find(other)
            if a != b and similarity(signatures[members[0]], signatures[other]) >= THRESHOLD:
                parent[b] = a
    groups: dict[str, list[str]] = defaultdict(list)
    for url in signatures:
        groups[find(url)].append(url)
    order = order or {}
    result = {}
    for members in groups.values():
        first = min(members, key=lambda u: (order.get(u) or "9999", u))
        for url in members:
            result[url] = first
    return result


class DedupePipeline:
    """Adds the article's MinHash signature; clusters are recomputed when the crawl closes."""

    def process_item(self, item):
        article = ItemAdapter(item)["article"]
        article["minhash"] = minhash_signature(article.get("text") or "")
        return item
