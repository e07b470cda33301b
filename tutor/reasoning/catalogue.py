"""The model catalogue (resources/models.json) and the user's own local GGUF files."""

from __future__ import annotations

import json
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tutor.reasoning.gguf import GGUFError, read_header
from tutor.resources import resource_path
from tutor.storage.atomic import JSONReadError, read_json, write_json_atomic
from tutor.storage.paths import data_dir, models_dir

CATALOGUE_PATH = resource_path("models.json")
LOCAL_LIST = "local_models.json"
MAX_LOCAL_LIST_BYTES = 1024 * 1024  # a few hundred entries at most


class ModelListError(Exception):
    """The list of the user's own models cannot be read or written; the message says why."""


@dataclass(frozen=True)
class ModelEntry:
    name: str
    title: str
    repo: str
    file: str
    revision: str = "main"
    size_bytes: int | None = None
    sha256: str | None = None
    min_ram_gb: float = 4.0
    thinking: bool = True
    scores: dict[str, float] = field(default_factory=dict)
    score_source: str = ""

    @property
    def local_path(self) -> Path:
        return models_dir() / self.file


def load_catalogue(path: Path = CATALOGUE_PATH) -> list[ModelEntry]:
    raw = json.loads(path.read_text(encoding="utf-8"))
    fields = set(ModelEntry.__dataclass_fields__)
    return [ModelEntry(**{k: v for k, v in m.items() if k in fields}) for m in raw["models"]]


def find(name: str, entries: list[ModelEntry] | None = None) -> ModelEntry | None:
    for entry in entries if entries is not None else load_catalogue():
        if entry.name == name:
            return entry
    return None


def total_ram_gb() -> float:
    """Physical memory of this machine in GiB (0 when it cannot be read)."""
    try:
        if sys.platform == "win32":
            import ctypes

            class _Mem(ctypes.Structure):
                _fields_ = [("len", ctypes.c_ulong), ("load", ctypes.c_ulong),
                            ("total", ctypes.c_ulonglong), ("avail", ctypes.c_ulonglong),
                            ("pf_total", ctypes.c_ulonglong), ("pf_avail", ctypes.c_ulonglong),
                            ("v_total", ctypes.c_ulonglong), ("v_avail", ctypes.c_ulonglong),
                            ("x", ctypes.c_ulonglong)]

            mem = _Mem()
            mem.len = ctypes.sizeof(_Mem)
            ctypes.windll.kernel32.GlobalMemoryStatusEx(ctypes.byref(mem))  # type: ignore[attr-defined]
            return mem.total / 2**30
        return os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    except (ValueError, OSError, AttributeError):
        return 0.0


def recommended(entries: list[ModelEntry], ram_gb: float) -> ModelEntry | None:
    """The most capable entry whose RAM need fits: the largest min_ram_gb <= ram_gb."""
    fitting = [e for e in entries if e.min_ram_gb <= ram_gb]
    return max(fitting, key=lambda e: e.min_ram_gb, default=None)


def catalogue_rows(ram_gb: float | None = None) -> list[dict[str, Any]]:
    """Catalogue entries as dicts, with `fits`, `recommended` and `downloaded` marks."""
    entries = load_catalogue()
    ram = total_ram_gb() if ram_gb is None else ram_gb
    best = recommended(entries, ram)
    return [
        {"name": e.name, "title": e.title, "repo": e.repo, "file": e.file,
         "size_bytes": e.size_bytes, "sha256": e.sha256, "scores": e.scores,
         "score_source": e.score_source, "fits": e.min_ram_gb <= ram,
         "recommended": best is not None and e.name == best.name,
         "downloaded": e.local_path.exists()}
        for e in entries
    ]


# -- the user's own GGUF files --------------------------------------------------
def _local_list_path() -> Path:
    return data_dir() / LOCAL_LIST


def list_local_models(*, strict: bool = False) -> list[dict[str, Any]]:
    """The user's registered GGUF files. A list that cannot be read (damaged, nested
    too deeply, not UTF-8, no data folder) gives [] so the app still shows the
    catalogue, or with `strict` a ModelListError that says what is wrong."""
    try:
        return _read_local_list()
    except ModelListError:
        if strict:
            raise
        return []


def _read_local_list() -> list[dict[str, Any]]:
    try:
        path = _local_list_path()
        if not path.exists():
            return []
    except OSError as exc:
        raise ModelListError(f"the data folder cannot be used ({exc.strerror or exc})") from exc
    try:
        data = read_json(path, max_bytes=MAX_LOCAL_LIST_BYTES)
    except JSONReadError as exc:
        raise ModelListError(f"{exc} (fix or delete {path})") from exc
    if not isinstance(data, list):
        raise ModelListError(f"{path.name}: expected a JSON list (fix or delete {path})")
    return [d for d in data if isinstance(d, dict) and isinstance(d.get("path"), str)]


def _resolved(path: str | os.PathLike[str]) -> Path:
    """The absolute path with symlinks followed; GGUFError for a loop or an unusable path."""
    try:
        return Path(path).expanduser().resolve()
    except (OSError, RuntimeError, ValueError) as exc:  # RuntimeError: a symlink loop (3.11)
        raise GGUFError(f"{path}: cannot follow this path ({exc})") from exc


def _write_local_list(models: list[dict[str, Any]]) -> None:
    try:
        path = _local_list_path()
        write_json_atomic(path, models)
    except OSError as exc:
        raise ModelListError(
            f"cannot save the model list in the data folder ({exc.strerror or exc})") from exc


def add_local_model(path: str | os.PathLike[str], name: str | None = None) -> dict[str, Any]:
    """Validate a GGUF file and register it. Raises GGUFError when the file is not
    usable, ModelListError when the list cannot be read (it is never overwritten
    then) or written."""
    p = _resolved(path)
    try:
        info = read_header(p)
    except OSError as exc:  # a name too long, say, fails before the header is read
        raise GGUFError(f"{path}: cannot read the model file ({exc.strerror or exc})") from exc
    entry = {"name": name or info.name, "path": str(p), "size_bytes": info.file_size,
             "architecture": info.metadata.get("general.architecture")}
    models = [m for m in list_local_models(strict=True) if m.get("path") != str(p)]
    models.append(entry)
    _write_local_list(models)
    return entry


def remove_local_model(path: str | os.PathLike[str]) -> bool:
    """Forget a registered GGUF (the file itself is kept); False if it was not listed
    (also when the list cannot be read: nothing is listed then)."""
    target = str(_resolved(path))
    models = list_local_models()
    keep = [m for m in models if m.get("path") != target]
    if len(keep) == len(models):
        return False
    _write_local_list(keep)
    return True

