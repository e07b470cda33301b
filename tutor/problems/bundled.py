"""The problem sets shipped in resources/problem_sets/."""

from __future__ import annotations

from pathlib import Path

from tutor.problems.loaders import SUFFIXES, load_problem_set
from tutor.problems.model import ProblemSet
from tutor.resources import resource_path

BUNDLED_DIR = resource_path("problem_sets")


def bundled_set_paths() -> list[Path]:
    if not BUNDLED_DIR.is_dir():
        return []
    return sorted(p for p in BUNDLED_DIR.iterdir() if p.suffix.lower() in SUFFIXES)


def load_bundled_set(path: Path) -> ProblemSet:
    """Bundled sets key their progress by name, so moving the install keeps it."""
    return load_problem_set(path, set_id=f"bundled/{path.stem}")


def bundled_sets() -> list[ProblemSet]:
    return [load_bundled_set(p) for p in bundled_set_paths()]
