"""What a claim is checked against (sent to the worker with each claim)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Context:
    """What a claim is checked against: the problem's equation, earlier equations and
    the values earlier steps gave to names ("Let x = 15", "so a = 3")."""

    target_equation: tuple[str, str] | None = None  # "Solve 2x + 3 = 11" -> ("2x + 3", "11")
    previous: tuple[tuple[str, str], ...] = field(default_factory=tuple)
    values: tuple[tuple[str, str], ...] = field(default_factory=tuple)  # (("x", "15"),)
    inequalities: tuple[tuple[str, str, str], ...] = field(default_factory=tuple)  # (lhs, <, rhs)
    # Functions defined earlier: (("f", "x", "3x + 2"),) for "f(x) = 3x + 2".
    functions: tuple[tuple[str, str, str], ...] = field(default_factory=tuple)
