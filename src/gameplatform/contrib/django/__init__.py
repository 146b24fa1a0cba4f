"""Django integration (the ``django`` extra: ``pip install ".[django]"`` from a checkout); add
``"gameplatform.contrib.django"`` to ``INSTALLED_APPS`` and a ``GAMEPLATFORM`` dict to settings::

    GAMEPLATFORM = {
        "FARGAMES": {"base_url": "https://…", "agent_id": 1, "api_token": env("FARGAMES_API_TOKEN")},
        "STOVE": {"client_id": "…", "client_secret": env("STOVE_CLIENT_SECRET"), "service_id": "MY_GAME"},
        "TOKEN_STORE": "cache",     # "cache" (default), "memory" or a redis:// URL
        "CACHE_ALIAS": "default",
    }

- :data:`clients`: ``clients.fargames``, ``.playdapp``, ``.stove``, ``.playnanoo``, built from
  the settings on first use, once per process (rebuilt after ``fork()`` and when the
  setting changes, e.g. under ``override_settings``).
- :class:`DjangoCacheTokenStore`: a token store on any Django cache (the ``"cache"`` choice).
- :class:`FarGamesWalletView`: the FAR Games wallet endpoint (signature, duplicates, answers).
- :class:`StovePaymentView`: the STOVE payment notification endpoint (caller, duplicate TIDs, answers).
- ``manage.py check`` reports bad settings as ``gameplatform.E001``… (see docs/frameworks.md).
"""

from gameplatform.contrib.django._cache import DjangoCacheAnswerStore, DjangoCacheLock, DjangoCacheTokenStore
from gameplatform.contrib.django._registry import GamePlatformImproperlyConfigured, PlatformClients, clients
from gameplatform.contrib.django._views import FarGamesWalletView, StovePaymentView

__all__ = [
    "DjangoCacheAnswerStore",
    "DjangoCacheLock",
    "DjangoCacheTokenStore",
    "FarGamesWalletView",
    "GamePlatformImproperlyConfigured",
    "PlatformClients",
    "StovePaymentView",
    "clients",
]
