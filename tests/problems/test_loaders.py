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


def test_markdown_header_hints_and_solution(tmp_path: Path) -> None:
    path = write(tmp_path, "olympiad.md", (
        "# Hard set\n\nProblems for practice.\n\nLicence: CC BY 4.0\nSource: our own\n\n"
        "## Squares\nFind $a^2 + b^2$ when $a + b = 5$ and $ab = 6$.\nAnswer: 13\n"
        "Hint 1: Square the sum.\nHint 2: $(a + b)^2 = a^2 + b^2 + 2ab$.\n"
        "Solution:\n$a^2 + b^2 = 25 - 12$.\n\nAnswer: so $\\boxed{13}$.\n\n"
        "## No solution\nCompute $2 + 2$.\nHint: count\n"
    ))
    s = load_problem_set(path)
    assert (s.title, s.description) == ("Hard set", "Problems for practice.")
    assert (s.licence, s.attribution) == ("CC BY 4.0", "our own")
    first, second = s.problems
    assert first.hints == ("Square the sum.", "$(a + b)^2 = a^2 + b^2 + 2ab$.")
    assert first.answer == "13" and "Solution" not in first.text
    # Everything after "Solution:" is the solution, even a line that reads like metadata.
    assert first.solution == "$a^2 + b^2 = 25 - 12$.\n\nAnswer: so $\\boxed{13}$."
    assert second.solution is None and second.hints == ("count",)
    assert load_problem_set(write(tmp_path, "plain.md", "# T\n## P\nText\n")).licence == ""


def test_json_header_and_solution_as_text_or_steps(tmp_path: Path) -> None:
    path = write(tmp_path, "o.json", json.dumps({
        "title": "O", "license": "MIT", "source": "written for the tests",
        "description": "Two problems.",
        "problems": [
            {"problem": "A", "answer": "1", "solution": ["$1 = 1$", "so $\\boxed{1}$"]},
            {"problem": "B", "solution": "one step"},
            {"problem": "C", "solution": "   "},
        ],
    }))
    s = load_problem_set(path)
    assert (s.licence, s.attribution, s.description) == ("MIT", "written for the tests",
                                                          "Two problems.")
    assert [p.solution for p in s.problems] == ["$1 = 1$\n\nso $\\boxed{1}$", "one step", None]
    jsonl = write(tmp_path, "o.jsonl", '{"problem": "A", "solution": "x"}\n')
    assert load_problem_set(jsonl).problems[0].solution == "x"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('[{"problem": "A", "solution": 3}]', r"problem 1: 'solution' must be a string"),
        ('[{"problem": "A", "solution": ["a", 2]}]', r"problem 1: 'solution' must be"),
        ('{"title": "T", "licence": ["MIT"], "problems": []}', r"'licence' must be a string"),
    ],
)
def test_bad_solution_or_header_is_named(tmp_path: Path, content: str, message: str) -> None:
    with pytest.raises(ProblemSetError, match=message):
        load_problem_set(write(tmp_path, "bad.json", content))
