"""The model catalogue (resources/models.json) and the user's own local GGUF files."""

from __future__ import annotations

import json
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tutor.reasoning.gguf import read_header
from tutor.resources import resource_path
from tutor.storage.atomic import write_json_atomic
from tutor.storage.paths import data_dir, models_dir

CATALOGUE_PATH = resource_path("models.json")
LOCAL_LIST = "local_models.json"


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


def list_local_models() -> list[dict[str, Any]]:
    path = _local_list_path()
    if not path.exists():
        return []
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError):
        return []
    if not isinstance(data, list):
        return []
    return [d for d in data if isinstance(d, dict) and "path" in d]


def add_local_model(path: str | os.PathLike[str], name: str | None = None) -> dict[str, Any]:
    """Validate a GGUF file and register it; raises GGUFError when it is not usable."""
    p = Path(path).expanduser().resolve()
    info = read_header(p)
    entry = {"name": name or info.name, "path": str(p), "size_bytes": info.file_size,
             "architecture": info.metadata.get("general.architecture")}
    models = [m for m in list_local_models() if m.get("path") != str(p)]
    models.append(entry)
    write_json_atomic(_local_list_path(), models)
    return entry


def remove_local_model(path: str | os.PathLike[str]) -> bool:
    """Forget a registered GGUF (the file itself is kept); False if it was not listed."""
    target = str(Path(path).expanduser().resolve())
    models = list_local_models()
    keep = [m for m in models if m.get("path") != target]
    if len(keep) == len(models):
        return False
    write_json_atomic(_local_list_path(), keep)
    return True

