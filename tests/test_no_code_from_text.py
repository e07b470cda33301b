"""Model output, files and pasted text are untrusted: nothing in `tutor/` may call `eval`,
`exec`, `compile`, `sympify` or `parse_expr` (each can run code written in the text).
Qt's `app.exec()` is a method of the application, not the builtin, and is allowed."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BUILTINS = {"eval", "exec", "compile", "sympify", "parse_expr"}
METHODS = {"sympify", "parse_expr"}  # sp.sympify(...), sympy.parsing...parse_expr(...)


def lines_that_run_text(source: str) -> list[int]:
    def runs_text(f: ast.expr) -> bool:
        return (isinstance(f, ast.Name) and f.id in BUILTINS) or (
            isinstance(f, ast.Attribute) and f.attr in METHODS)

    # A method named like one (SymPy's `Function.eval` hook) reads as one to every reviewer
    # and scanner, and a call `cls.eval(...)` would pass the test above unseen: none either.
    return [node.lineno for node in ast.walk(ast.parse(source))
            if isinstance(node, ast.Call) and runs_text(node.func)
            or isinstance(node, ast.FunctionDef) and node.name in BUILTINS]


def test_no_module_calls_eval_exec_sympify_or_parse_expr() -> None:
    found = [f"{path.relative_to(ROOT)}:{line}" for path in sorted((ROOT / "tutor").rglob("*.py"))
             for line in lines_that_run_text(path.read_text(encoding="utf-8"))]
    assert not found, found


def test_the_scan_finds_such_calls_and_passes_qt_exec() -> None:
    source = "import sympy as sp\nx = sp.sympify(t)\ny = eval(t)\nz = app.exec()\n"
    assert lines_that_run_text(source) == [2, 3]
    assert lines_that_run_text("class F:\n    def eval(cls, u):\n        return u\n") == [2]
