"""The typed readers of intermediate algebra, tried in order (see symbolic/typed.py)."""

from __future__ import annotations

from tutor.reasoning.symbolic.polynomials import root_conditions, vieta_questions
from tutor.reasoning.symbolic.typed import Reader

READERS: list[Reader] = [vieta_questions.read, root_conditions.read]
