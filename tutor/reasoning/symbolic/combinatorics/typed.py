"""Typed readers of this domain (see `tutor.reasoning.symbolic.typed`)."""

from __future__ import annotations

from tutor.reasoning.symbolic.typed import Reader

READERS: list[Reader] = []
