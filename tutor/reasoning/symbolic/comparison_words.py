"""Comparisons said in words ("less than", "at least", "not equal to"), each the test it
says, shared by the readers that compare a computed value with a told one."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

COMPARE: dict[str, Callable[[Any, Any], bool]] = {
    "equal to": lambda x, y: bool(x == y), "greater than": lambda x, y: bool(x > y),
    "larger than": lambda x, y: bool(x > y), "more than": lambda x, y: bool(x > y),
    "less than": lambda x, y: bool(x < y), "smaller than": lambda x, y: bool(x < y),
    "at least": lambda x, y: bool(x >= y), "at most": lambda x, y: bool(x <= y),
    "greater than or equal to": lambda x, y: bool(x >= y),
    "less than or equal to": lambda x, y: bool(x <= y),
    "not equal to": lambda x, y: bool(x != y)}

__all__ = ["COMPARE"]
