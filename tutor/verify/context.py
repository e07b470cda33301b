"""What a claim is checked against (sent to the worker with each claim)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Context:
    """What a claim is checked against: the problem's equation and earlier equations."""

    target_equation: tuple[str, str] | None = None  # "Solve 2x + 3 = 11" -> ("2x + 3", "11")
    previous: tuple[tuple[str, str], ...] = field(default_factory=tuple)


