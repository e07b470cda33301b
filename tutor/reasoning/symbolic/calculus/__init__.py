"""Calculus: derivatives, integrals and limits."""
