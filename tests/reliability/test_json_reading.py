"""tutor.storage.atomic's bounded JSON reading: the one reader for untrusted JSON files."""

from __future__ import annotations

from pathlib import Path

import pytest

from tutor.problems.loaders import MAX_PROBLEMS, ProblemSetError, load_problem_set
from tutor.storage.atomic import JSONReadError, loads_json, read_json


@pytest.mark.parametrize(("text", "expected"), [
    ("[" * 100_000 + "]" * 100_000, "nested more than 100 levels"),
    ("[" * 150 + "]" * 150, "nested more than 100 levels"),  # parses, but past the cap
    ('{"n": ' + "7" * 5000 + "}", "number too long"),
    ('{"a": 1,}', "invalid JSON at line 1, column 9"),
])
def test_bad_json_is_one_error_with_a_reason(text: str, expected: str) -> None:
    with pytest.raises(JSONReadError, match=expected):
        loads_json(text)


def test_ordinary_json_and_a_depth_within_the_cap() -> None:
    assert loads_json('{"a": [1, 2.5, "x", null]}') == {"a": [1, 2.5, "x", None]}
    assert loads_json("[" * 20 + "]" * 20, max_depth=20) is not None


def test_read_json_caps_size_and_names_the_file(tmp_path: Path) -> None:
    big = tmp_path / "big.json"
    big.write_text("[" + "1," * 600 + "1]", encoding="utf-8")
    with pytest.raises(JSONReadError, match=r"big\.json: file is too large \(limit 1000 bytes"):
        read_json(big, max_bytes=1000)
    with pytest.raises(JSONReadError, match="too large"):
        read_json("/dev/zero", max_bytes=1 << 20)  # ends: no size to trust, read is capped
    bad = tmp_path / "bad.json"
    bad.write_bytes(b'{"x": "\xff"}')
    with pytest.raises(JSONReadError, match="not UTF-8 text"):
        read_json(bad)
    loop = tmp_path / "loop.json"
    loop.symlink_to(loop)
    with pytest.raises(JSONReadError, match="loop.json: cannot read the file"):
        read_json(loop)
    with pytest.raises(JSONReadError, match="is a folder"):
        read_json(tmp_path)
    good = tmp_path / "good.json"
    good.write_text('\ufeff{"ok": true}', encoding="utf-8")
    assert read_json(good) == {"ok": True}


@pytest.mark.parametrize("suffix", [".json", ".jsonl", ".md"])
def test_problem_sets_are_capped(tmp_path: Path, suffix: str) -> None:
    n = MAX_PROBLEMS + 1
    path = tmp_path / f"set{suffix}"
    if suffix == ".json":
        path.write_text("[" + ",".join(['{"problem": "1+1"}'] * n) + "]", encoding="utf-8")
    elif suffix == ".jsonl":
        path.write_text('{"problem": "1+1"}\n' * n, encoding="utf-8")
    else:
        path.write_text("## P\n1+1\n" * n, encoding="utf-8")
    with pytest.raises(ProblemSetError, match=f"more than {MAX_PROBLEMS} problems"):
        load_problem_set(path)
    exactly = tmp_path / f"ok{suffix}"
    if suffix == ".json":
        exactly.write_text("[" + ",".join(['{"problem": "1+1"}'] * MAX_PROBLEMS) + "]",
                           encoding="utf-8")
    elif suffix == ".jsonl":
        exactly.write_text('{"problem": "1+1"}\n' * MAX_PROBLEMS, encoding="utf-8")
    else:
        exactly.write_text("## P\n1+1\n" * MAX_PROBLEMS, encoding="utf-8")
    assert len(load_problem_set(exactly).problems) == MAX_PROBLEMS
