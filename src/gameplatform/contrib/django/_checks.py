"""``manage.py check``: the ``GAMEPLATFORM`` setting, checked by the same rules as Flask's ``init_app``.

Ids ``gameplatform.E001``… are listed in :mod:`gameplatform.contrib._settings` and in
docs/frameworks.md; they never change meaning.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from django.conf import settings
from django.core import checks

from gameplatform.contrib._settings import check_settings

__all__ = ["check_gameplatform_settings"]


def check_gameplatform_settings(
    app_configs: Sequence[Any] | None = None, **_: Any
) -> list[checks.CheckMessage]:
    """The problems of ``settings.GAMEPLATFORM`` as Django check messages."""
    caches = getattr(settings, "CACHES", None)
    problems = check_settings(
        getattr(settings, "GAMEPLATFORM", None),
        framework="django",
        cache_aliases=list(caches) if isinstance(caches, dict) else None,
    )
    messages: list[checks.CheckMessage] = []
    for problem in problems:
        kind = checks.Error if problem.is_error else checks.Warning
        messages.append(kind(problem.message, hint=problem.hint, id=problem.id))
    return messages
