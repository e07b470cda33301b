"""A model file that is not a usable GGUF is bad input: `error: ...` and exit 2, as the
README promises for bad input (issue 15, item 9), whether it is added or solved with."""

from __future__ import annotations

from pathlib import Path

import pytest

from tutor.cli import main


@pytest.mark.parametrize("content", [b"not a gguf at all", b"GGUF" + b"\x00" * 3])
def test_a_bad_model_file_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                  content: bytes) -> None:
    bad = tmp_path / "bad.gguf"
    bad.write_bytes(content)
    for argv in (["solve", "What is 2 + 2?", "--backend", "local", "--model", str(bad)],
                 ["models", "add", str(bad)]):
        assert main(argv) == 2, argv
        err = capsys.readouterr().err
        assert err.startswith("error: ") and "bad.gguf" in err and "Traceback" not in err


@pytest.mark.parametrize("option", [["--temperature", "nan"], ["--temperature", "inf"],
                                    ["--time-budget", "1e300"], ["--samples", "100000"],
                                    ["--max-tokens", "0"], ["--n-ctx", "99999999999"],
                                    ["--seed", "-5"], ["--time-limit", "nan"]])
def test_solve_numeric_options_are_validated(capsys: pytest.CaptureFixture[str],
                                             option: list[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["solve", "What is 2 + 2?", "--backend", "symbolic", *option])
    assert stop.value.code == 2
    assert f"error: argument {option[0]}" in capsys.readouterr().err
