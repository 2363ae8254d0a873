"""Where the project keeps its files on this machine (imports nothing of the package, so that
any layer may ask)."""

from __future__ import annotations

from pathlib import Path

__all__ = ["default_cache_dir"]


def default_cache_dir() -> Path:
    """Where caches live unless `cache_dir` says otherwise: $SUMMARIZER_CACHE_DIR, or the user's
    cache directory."""
    import os

    import platformdirs

    given = os.environ.get("SUMMARIZER_CACHE_DIR")
    return Path(given) if given else Path(platformdirs.user_cache_dir("summarizer"))
