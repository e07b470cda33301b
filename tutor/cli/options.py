"""Argparse types for every numeric option: finite, in range, capped.

`--time-limit inf` once reached `select` as an OverflowError and `nan` silently turned
a limit off. Each option is parsed here instead of with a bare `float`/`int`, so a bad
value is argparse's usual "error: argument --time-limit: ..." with exit code 2.
"""

from __future__ import annotations

import argparse
import math
import os
from collections.abc import Callable

MAX_DIGITS = 12  # no count or limit needs more; int() of 5000 digits is refused anyway


def seconds(maximum: float, *, minimum: float = 0.0) -> Callable[[str], float]:
    """A time limit: a finite number of seconds above `minimum`, at most `maximum`."""

    def parse(text: str) -> float:
        try:
            value = float(text) if len(text) <= 64 else math.nan
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r:.40} is not a number of seconds") from None
        if not math.isfinite(value):
            raise argparse.ArgumentTypeError(f"must be a finite number of seconds, not {text:.40}")
        if value <= minimum:
            raise argparse.ArgumentTypeError(f"must be more than {minimum:g} s, got {value:g}")
        if value > maximum:
            raise argparse.ArgumentTypeError(f"at most {maximum:g} s, got {value:g}")
        return value

    return parse


def number(minimum: float, maximum: float) -> Callable[[str], float]:
    """A finite number from `minimum` to `maximum`, both included (a temperature)."""

    def parse(text: str) -> float:
        try:
            value = float(text) if len(text) <= 64 else math.nan
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r:.40} is not a number") from None
        if not math.isfinite(value) or not minimum <= value <= maximum:
            raise argparse.ArgumentTypeError(
                f"must be a number from {minimum:g} to {maximum:g}, not {text:.40}")
        return value

    return parse


def count(maximum: int, *, minimum: int = 1) -> Callable[[str], int]:
    """A whole number from `minimum` to `maximum`."""

    def parse(text: str) -> int:
        stripped = text.strip()
        digits = stripped.lstrip("+-")
        if not digits.isdigit() or not digits.isascii() or len(digits) > MAX_DIGITS:
            raise argparse.ArgumentTypeError(f"{text!r:.40} is not a whole number")
        value = int(stripped)
        if not minimum <= value <= maximum:
            raise argparse.ArgumentTypeError(
                f"must be from {minimum} to {maximum}, got {value}")
        return value

    return parse


def jobs(text: str) -> int:
    """Worker processes: at least 1, capped (silently) at this machine's cores."""
    return min(count(1_000_000)(text), os.cpu_count() or 1)


__all__ = ["count", "jobs", "number", "seconds"]
