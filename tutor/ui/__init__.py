"""Qt widgets and the one job runner. The only package that imports PySide6."""
