"""The Django app ``gameplatform.contrib.django``: add it to ``INSTALLED_APPS`` for the system checks."""

from __future__ import annotations

from django.apps import AppConfig
from django.core import checks


class GamePlatformConfig(AppConfig):
    """Registers the ``GAMEPLATFORM`` system checks (``manage.py check``)."""

    name = "gameplatform.contrib.django"
    label = "gameplatform"
    verbose_name = "Game platforms"

    def ready(self) -> None:
        from gameplatform.contrib.django._checks import check_gameplatform_settings

        checks.register(check_gameplatform_settings, "gameplatform")
