from __future__ import annotations

import json
from pathlib import Path

import pytest

from tutor.problems import ProblemSetError, load_problem_set
from tutor.problems.bundled import bundled_sets


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_json_object_with_title_and_fields(tmp_path: Path) -> None:
    path = write(tmp_path, "algebra.json", json.dumps({
        "title": "Algebra",
        "problems": [
            {"problem": "Solve $x+1=2$.", "answer": 1, "hints": ["Subtract 1."],
             "topic": "linear"},
            {"problem": "Solve $x^2=4$.", "hints": "Take roots."},
        ],
    }))
    s = load_problem_set(path)
    assert s.title == "Algebra"
    assert [p.answer for p in s.problems] == ["1", None]
    assert s.problems[0].hints == ("Subtract 1.",)
    assert s.problems[1].hints == ("Take roots.",)
    assert s.topics == ("linear",)
    assert s.set_id == str(path.resolve())


def test_jsonl_skips_blank_lines_and_names_bad_line(tmp_path: Path) -> None:
    good = write(tmp_path, "set.jsonl", '{"problem": "A"}\n\n{"problem": "B", "answer": "2"}\n')
    assert [p.text for p in load_problem_set(good).problems] == ["A", "B"]
    bad = write(tmp_path, "bad.jsonl", '{"problem": "A"}\n{"problem": "B",\n')
    with pytest.raises(ProblemSetError, match=r"bad\.jsonl: line 2: invalid JSON"):
        load_problem_set(bad)


def test_missing_problem_field_is_named(tmp_path: Path) -> None:
    path = write(tmp_path, "x.jsonl", '{"problem": "ok"}\n{"question": "no"}\n')
    with pytest.raises(ProblemSetError, match=r"x\.jsonl: line 2: missing or empty 'problem'"):
        load_problem_set(path)


def test_json_syntax_error_gives_line_and_column(tmp_path: Path) -> None:
    path = write(tmp_path, "broken.json", '[\n {"problem": "A"},\n {"problem": }\n]')
    with pytest.raises(ProblemSetError, match=r"broken\.json: invalid JSON at line 3, column"):
        load_problem_set(path)


def test_wrong_types_are_reported(tmp_path: Path) -> None:
    path = write(tmp_path, "t.json", '[{"problem": "A", "hints": [1, 2]}]')
    with pytest.raises(ProblemSetError, match=r"problem 1: 'hints' must be"):
        load_problem_set(path)


def test_markdown_sections_with_metadata(tmp_path: Path) -> None:
    path = write(tmp_path, "calc.md", (
        "# My set\n\n## First\nFind $f'(x)$ for $f(x) = x^2$.\nHint: power rule\n"
        "Answer: 2x\n\n## Second\nCompute $$\\int_0^1 x\\,dx$$\nTopic: integrals\n"
    ))
    s = load_problem_set(path)
    assert s.title == "My set"
    first, second = s.problems
    assert first.title == "First" and first.answer == "2x" and first.hints == ("power rule",)
    assert "Hint" not in first.text and first.text.startswith("Find")
    assert second.topic == "integrals" and second.answer is None


def test_markdown_single_level_and_empty_section(tmp_path: Path) -> None:
    ok = write(tmp_path, "a.md", "# One\nSolve $x=1$.\n# Two\nSolve $y=2$.\n")
    assert [p.title for p in load_problem_set(ok).problems] == ["One", "Two"]
    bad = write(tmp_path, "b.md", "# One\nSolve $x=1$.\n# Empty\n\n# Three\nText\n")
    with pytest.raises(ProblemSetError, match=r"b\.md: line 3: section 'Empty' has no problem"):
        load_problem_set(bad)


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("notes.txt", "hello", "unsupported file type '.txt'"),
        ("empty.jsonl", "\n\n", "no problems found"),
        ("latin.json", None, "not UTF-8"),
    ],
)
def test_unusable_files(tmp_path: Path, name: str, content: str | None, message: str) -> None:
    path = tmp_path / name
    if content is None:
        path.write_bytes(b'[{"problem": "caf\xe9"}]')
    else:
        path.write_text(content)
    with pytest.raises(ProblemSetError, match=message) as info:
        load_problem_set(path)
    assert name in str(info.value)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ProblemSetError, match="gone.json: cannot read"):
        load_problem_set(tmp_path / "gone.json")


def test_bundled_sets_load_with_answers() -> None:
    sets = bundled_sets()
    assert {s.title for s in sets} >= {
        "Linear and quadratic equations", "Calculus warm-up", "Number theory basics",
    }
    for s in sets:
        assert s.set_id.startswith("bundled/")
        assert all(p.answer for p in s.problems), s.title
        assert len({p.problem_id for p in s.problems}) == len(s.problems)
