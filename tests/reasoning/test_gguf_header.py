from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from tests.reasoning.conftest import make_gguf
from tutor.reasoning.gguf import GGUFError, read_header


def test_minimal_file_reads(tmp_path: Path) -> None:
    info = read_header(make_gguf(tmp_path / "m.gguf", data_bytes=32))
    assert info.name == "tiny" and info.tensor_count == 1 and info.version == 3


def test_missing_tensor_data_is_truncation(tmp_path: Path) -> None:
    with pytest.raises(GGUFError, match="truncated: 4 bytes"):
        read_header(make_gguf(tmp_path / "m.gguf", data_bytes=28))


def test_not_gguf(tmp_path: Path) -> None:
    p = tmp_path / "x.gguf"
    p.write_bytes(b"PK\3\4" + b"\0" * 100)
    with pytest.raises(GGUFError, match="not a GGUF"):
        read_header(p)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(GGUFError, match="not found"):
        read_header(tmp_path / "nope.gguf")


def test_bad_version(tmp_path: Path) -> None:
    with pytest.raises(GGUFError, match="version 7"):
        read_header(make_gguf(tmp_path / "m.gguf", data_bytes=32, version=7))


def test_header_cut_short(tmp_path: Path) -> None:
    p = make_gguf(tmp_path / "m.gguf", data_bytes=32)
    p.write_bytes(p.read_bytes()[:40])
    with pytest.raises(GGUFError, match="truncated"):
        read_header(p)


def test_real_model_header(smollm2: Path) -> None:
    info = read_header(smollm2)
    assert info.metadata["general.architecture"] == "llama"
    assert info.chat_template and "<|im_start|>" in info.chat_template
    assert info.tensor_count > 10


def test_real_model_cut_in_tensor_data(smollm2: Path, tmp_path: Path) -> None:
    cut = tmp_path / "cut.gguf"
    shutil.copyfile(smollm2, cut)  # a kernel-side copy on Linux: fast
    os.truncate(cut, smollm2.stat().st_size - 1000)
    with pytest.raises(GGUFError, match="truncated"):
        read_header(cut)
