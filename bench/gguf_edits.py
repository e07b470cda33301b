"""Broken copies of a real GGUF file: metadata changed, tensors and their data kept.

For bench/reliability_models.py and the tests of tutor.reasoning.gguf and the local
backend: `edit_gguf(src, dst, {"llama.block_count": U32(1000)})` writes a copy of
`src` whose header says 1000 layers. Values are typed wrappers, so a test can write
the wrong GGUF type on purpose (a string alignment, a NaN, arrays nested 5000 deep).
"""

from __future__ import annotations

import shutil
import struct
from dataclasses import dataclass
from pathlib import Path

_SCALAR_SIZES = {0: 1, 1: 1, 2: 2, 3: 2, 4: 4, 5: 4, 6: 4, 7: 1, 10: 8, 11: 8, 12: 8}
_STRING, _ARRAY = 8, 9


@dataclass(frozen=True)
class Value:
    """One metadata value, already encoded: its GGUF type and its bytes."""

    vtype: int
    data: bytes


def U32(n: int) -> Value:  # noqa: N802 - named like the GGUF type
    return Value(4, struct.pack("<I", n))


def F32(x: float) -> Value:  # noqa: N802
    return Value(6, struct.pack("<f", x))


def Str(s: str) -> Value:  # noqa: N802
    return Value(_STRING, _string(s))


def NestedArrays(depth: int) -> Value:  # noqa: N802
    """An array of arrays of ... (depth levels) ending in one u32."""
    data = struct.pack("<IQ", 4, 1) + struct.pack("<I", 7)
    for _ in range(depth - 1):
        data = struct.pack("<IQ", _ARRAY, 1) + data
    return Value(_ARRAY, data)


def _string(s: str) -> bytes:
    b = s.encode()
    return struct.pack("<Q", len(b)) + b


class _Scan:
    def __init__(self, buf: bytes) -> None:
        self.buf, self.pos = buf, 0

    def take(self, fmt: str) -> int:
        (value,) = struct.unpack_from(fmt, self.buf, self.pos)
        self.pos += struct.calcsize(fmt)
        return int(value)

    def string(self) -> str:
        n = self.take("<Q")
        self.pos += n
        return self.buf[self.pos - n : self.pos].decode()


def edit_gguf(src: Path, dst: Path, changes: dict[str, Value]) -> Path:
    """Copy `src` to `dst` with metadata `changes` (replaced, or added when absent)."""
    with src.open("rb") as fh:
        head = fh.read(64 << 20)  # the header: the vocabulary is a few MB
    scan = _Scan(head)
    assert head[:4] == b"GGUF"
    scan.pos = 4
    version, n_tensors, n_kv = scan.take("<I"), scan.take("<Q"), scan.take("<Q")
    kvs: list[tuple[str, bytes]] = []
    alignment = 32
    for _ in range(n_kv):
        key = scan.string()
        vtype = scan.take("<I")
        start = scan.pos
        _skip(scan, vtype)
        if key == "general.alignment":
            alignment = struct.unpack_from("<I", head, start)[0]
        kvs.append((key, struct.pack("<I", vtype) + head[start : scan.pos]))
    tensors_start = scan.pos
    for _ in range(n_tensors):
        scan.string()
        n_dims = scan.take("<I")
        scan.pos += 8 * n_dims + 4 + 8
    tensor_infos = head[tensors_start : scan.pos]
    data_start = -(-scan.pos // alignment) * alignment
    done = {k for k, _ in kvs}
    kvs = [(k, _encoded(changes[k]) if k in changes else raw) for k, raw in kvs]
    kvs += [(k, _encoded(v)) for k, v in changes.items() if k not in done]
    out = b"GGUF" + struct.pack("<IQQ", version, n_tensors, len(kvs))
    out += b"".join(_string(k) + raw for k, raw in kvs) + tensor_infos
    new_alignment = changes.get("general.alignment")
    pad_to = alignment
    if new_alignment is not None and new_alignment.vtype == 4:
        pad_to = struct.unpack("<I", new_alignment.data)[0] or 1
    out += b"\0" * (-len(out) % pad_to)
    with src.open("rb") as fin, dst.open("wb") as fout:
        fout.write(out)
        fin.seek(data_start)
        shutil.copyfileobj(fin, fout, 1 << 20)
    return dst


def _skip(scan: _Scan, vtype: int) -> None:
    if vtype in _SCALAR_SIZES:
        scan.pos += _SCALAR_SIZES[vtype]
    elif vtype == _STRING:
        length = scan.take("<Q")  # not `pos += take()`: that reads pos before take moves it
        scan.pos += length
    elif vtype == _ARRAY:
        etype, count = scan.take("<I"), scan.take("<Q")
        if etype in _SCALAR_SIZES:
            scan.pos += _SCALAR_SIZES[etype] * count
        else:
            for _ in range(count):
                _skip(scan, etype)
    else:
        raise ValueError(f"unknown GGUF type {vtype}")


def _encoded(value: Value) -> bytes:
    return struct.pack("<I", value.vtype) + value.data
