"""More problem shapes (counting); each template is a whole sentence, see recognise.py."""

from __future__ import annotations

from tutor.reasoning.symbolic.patterns import Handler

TEMPLATES: list[tuple[str, Handler]] = []
