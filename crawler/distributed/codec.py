"""How an article or a run record travels from a worker to the writer: JSON, bytes as base64."""

import base64
import json


def _encode_bytes(value):
    if isinstance(value, bytes):
        return {"$base64": base64.b64encode(value).decode("ascii")}
    raise TypeError(f"{type(value).__name__} is not JSON serializable")


def _decode_bytes(obj: dict):
    if len(obj) == 1 and "$base64" in obj:
        return base64.b64decode(obj["$base64"])
    return obj


def encode_message(message: dict) -> bytes:
    """An article or a run record as JSON for the writer; bytes (the MinHash signature) as {"$base64": ...}."""
    return json.dumps(message, default=_encode_bytes, ensure_ascii=False).encode("utf-8")


def decode_message(raw: bytes) -> dict:
    return json.loads(raw, object_hook=_decode_bytes)
