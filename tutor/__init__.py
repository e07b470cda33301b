"""Proof Tutor: a maths tutor that shows only steps it has checked."""

__version__ = "0.1.0"
