"""Export solutions to PDF (matplotlib; no Qt, no TeX)."""
