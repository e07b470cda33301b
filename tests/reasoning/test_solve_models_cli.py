"""`tutor solve` and `tutor models` run in-process through the real CLI entry point."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.reasoning.conftest import THREADS, free_port
from tutor.cli import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, list[dict], str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, [json.loads(line) for line in out.splitlines() if line.strip()], err


@pytest.mark.slow
def test_solve_local_json_lines(capsys, smollm2: Path) -> None:  # noqa: ANN001
    code, lines, _ = run(capsys, "solve", "What is 12 + 30? Answer in steps.", "--backend",
                         "local", "--model", str(smollm2), "--json", "--max-tokens", "24",
                         "--seed", "5", "--n-ctx", "2048", "--threads", str(THREADS))
    assert code == 0
    *steps, final = lines
    assert final["done"] is True and "answer" in final and final["tokens"] > 0
    assert steps and [s["index"] for s in steps] == list(range(len(steps)))
    for s in steps:
        assert s["text"] and s["verdict"] in {"verified", "refuted", "unchecked"} and s["reason"]


def test_solve_symbolic_json_lines(capsys) -> None:  # noqa: ANN001
    code, lines, _ = run(capsys, "solve", "Solve 2x + 3 = 7", "--backend", "symbolic", "--json")
    assert code == 0 and lines[-1]["answer"] == "2" and lines[-1]["done"]
    assert [s["index"] for s in lines[:-1]] == list(range(len(lines) - 1))


def test_solve_bad_model_file(capsys, tmp_path: Path) -> None:  # noqa: ANN001
    bad = tmp_path / "bad.gguf"
    bad.write_text("not a model")
    code, lines, err = run(capsys, "solve", "1+1", "--model", str(bad), "--json")
    assert code == 2 and lines == [{"error": lines[0]["error"], "kind": "bad_model",
                                    "done": True}]
    assert "not a GGUF" in err


def test_solve_refused_server(capsys) -> None:  # noqa: ANN001
    code, lines, _ = run(capsys, "solve", "1+1", "--backend", "openai", "--model", "m",
                         "--base-url", f"http://127.0.0.1:{free_port()}/v1", "--json")
    assert code == 1 and lines[-1]["kind"] == "connection"


def test_solve_usage_errors(capsys) -> None:  # noqa: ANN001
    assert main(["solve", "1+1", "--backend", "local"]) == 2
    assert "needs a model" in capsys.readouterr().err
    assert main(["solve", "  ", "--backend", "symbolic"]) == 2


def test_models_list_add(capsys, home: Path, smollm2: Path, tmp_path: Path) -> None:  # noqa: ANN001
    code, rows, _ = run(capsys, "models", "list")
    assert code == 0 and sum(r["recommended"] for r in rows) <= 1
    assert {r["source"] for r in rows} == {"catalogue"}
    code, added, _ = run(capsys, "models", "add", str(smollm2), "--name", "smol")
    assert code == 0 and added[0]["name"] == "smol"
    _, rows, _ = run(capsys, "models", "list")
    assert rows[-1]["source"] == "local" and rows[-1]["path"] == str(smollm2.resolve())
    bad = tmp_path / "x.gguf"
    bad.write_bytes(b"1234" * 20)
    assert main(["models", "add", str(bad)]) == 2
    assert "not a GGUF" in capsys.readouterr().err
    assert main(["models", "download", "no-such-model"]) == 2
