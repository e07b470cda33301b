from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tutor.reasoning import catalogue
from tutor.reasoning.gguf import GGUFError


def test_catalogue_entries_are_complete() -> None:
    entries = catalogue.load_catalogue()
    names = {e.name for e in entries}
    assert {"deepseek-r1-distill-qwen-1.5b", "deepscaler-1.5b", "qwen3-1.7b", "qwen3-4b",
            "deepseek-r1-distill-qwen-7b", "phi-4-mini-reasoning"} <= names
    for e in entries:
        assert e.file.endswith(".gguf") and "/" in e.repo and e.score_source
        assert e.sha256 is None or re.fullmatch(r"[0-9a-f]{64}", e.sha256)


def test_recommendation_follows_ram() -> None:
    entries = catalogue.load_catalogue()
    assert catalogue.recommended(entries, 2) is None
    small = catalogue.recommended(entries, 5)
    assert small is not None and small.min_ram_gb <= 5
    big = catalogue.recommended(entries, 64)
    assert big is not None and big.name == "deepseek-r1-distill-qwen-7b"
    assert catalogue.total_ram_gb() > 0.5


def test_rows_mark_exactly_one_recommended(home: Path) -> None:
    rows = catalogue.catalogue_rows(ram_gb=8)
    assert sum(r["recommended"] for r in rows) == 1
    assert all(r["fits"] == (r["name"] not in {"deepseek-r1-distill-qwen-7b"}) for r in rows)
    assert not any(r["downloaded"] for r in rows)


def test_add_local_model(home: Path, smollm2: Path, tmp_path: Path) -> None:
    entry = catalogue.add_local_model(smollm2, name="smol")
    again = catalogue.add_local_model(smollm2, name="smol2")  # same path: replaced, not doubled
    listed = catalogue.list_local_models()
    assert listed == [again] and entry["architecture"] == "llama"
    assert json.loads((home / "data" / "local_models.json").read_text()) == listed
    bad = tmp_path / "bad.gguf"
    bad.write_bytes(b"nope" * 10)
    with pytest.raises(GGUFError):
        catalogue.add_local_model(bad)
    assert catalogue.list_local_models() == listed


def test_remove_local_model_keeps_the_file(home: Path, smollm2: Path) -> None:
    catalogue.add_local_model(smollm2)
    assert catalogue.remove_local_model(smollm2) is True
    assert catalogue.list_local_models() == [] and smollm2.is_file()
    assert catalogue.remove_local_model(smollm2) is False
