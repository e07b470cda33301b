from __future__ import annotations

import os
import shutil
import sys
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


# -- hyperparameters llama.cpp would abort on, and malformed metadata ------------------
sys.path.append(str(Path(__file__).resolve().parents[2] / "bench"))

from gguf_edits import F32, U32, NestedArrays, Str, edit_gguf  # noqa: E402


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"llama.block_count": U32(1000)}, r"llama.block_count is 1000; .* 1 to 512"),
        ({"llama.block_count": U32(0)}, "llama.block_count is 0"),
        ({"llama.block_count": Str("thirty")}, "llama.block_count is 'thirty'"),
        ({"llama.context_length": U32(0)}, "llama.context_length is 0"),
        ({"llama.expert_count": U32(5000)}, "llama.expert_count is 5000"),
        ({"llama.expert_used_count": U32(2)}, "llama.expert_used_count is 2; .* 0 to 0"),
        ({"general.alignment": Str("abc")}, "general.alignment must be .* not 'abc'"),
        ({"general.alignment": F32(float("nan"))}, "general.alignment must be .* not nan"),
        ({"general.alignment": F32(0.5)}, "general.alignment must be .* not 0.5"),
        ({"general.alignment": U32(0)}, "general.alignment must be a positive power of two"),
        ({"general.alignment": U32(48)}, "not 48"),
        ({"general.nesting": NestedArrays(5000)}, "array of arrays"),
    ],
    ids=["layers-1000", "layers-0", "layers-string", "context-0", "experts-5000",
         "experts-used-without-experts", "align-abc", "align-nan", "align-half", "align-0",
         "align-48", "nested-5000"],
)
def test_malformed_metadata_is_a_gguf_error(smollm2: Path, tmp_path: Path,
                                            changes: dict, message: str) -> None:
    broken = edit_gguf(smollm2, tmp_path / "broken.gguf", changes)
    with pytest.raises(GGUFError, match=message) as raised:
        read_header(broken)
    assert type(raised.value) is GGUFError  # not a bare ValueError / ZeroDivisionError


def test_an_edited_copy_with_sound_metadata_still_reads(smollm2: Path, tmp_path: Path) -> None:
    # The editor itself keeps the file intact: only the changed value differs.
    copy = edit_gguf(smollm2, tmp_path / "copy.gguf", {"general.name": Str("copy")})
    info, original = read_header(copy), read_header(smollm2)
    assert info.name == "copy" and info.tensor_count == original.tensor_count
    assert info.metadata["llama.block_count"] == original.metadata["llama.block_count"]
