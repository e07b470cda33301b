"""The sample points of the numeric checks give each name the same value in every run:
names in SymPy's order, never a set's (which follows PYTHONHASHSEED)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import sympy

from tutor.verify.exact import in_name_order, random_points

ROOT = Path(__file__).resolve().parents[2]


def test_names_are_taken_in_sympy_order() -> None:
    a, b, x, y = sympy.symbols("a b x y")
    assert in_name_order({y, x, b, a}) == [a, b, x, y]
    assert in_name_order([x, a]) == [a, x]


def test_points_do_not_depend_on_how_the_set_was_built() -> None:
    p, q, r = sympy.symbols("p q r")
    assert random_points({r, q, p}, seed=5) == random_points({p, q, r}, seed=5)


_PRINT_POINTS = ("import sympy; from tutor.verify.exact import random_points; "
                 "print(random_points(set(sympy.symbols('m n t u v w')), seed=3))")


def test_points_are_the_same_under_every_hash_seed() -> None:
    seen = set()
    for seed in ("0", "1", "7"):
        env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(ROOT)}
        done = subprocess.run([sys.executable, "-c", _PRINT_POINTS], env=env, cwd=ROOT,
                              capture_output=True, text=True, timeout=120, check=True)
        seen.add(done.stdout)
    assert len(seen) == 1
