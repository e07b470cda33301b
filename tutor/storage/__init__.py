"""Settings (platformdirs), secrets (keyring) and progress (SQLite)."""
