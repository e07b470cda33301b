"""The typed readers of intermediate algebra, tried in order (see symbolic/typed.py)."""

from __future__ import annotations

from tutor.reasoning.symbolic.typed import Reader

READERS: list[Reader] = []
