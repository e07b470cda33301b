"""Trigonometry read by type: exact values of trigonometric expressions, identities to
simplify, and trigonometric equations on an interval (`typed`)."""
