"""The ``GAMEPLATFORM`` settings dict, framework-neutral: checked once, turned into clients.

Django (system checks) and Flask (``init_app``) both validate with :func:`check_settings`
and build clients with :func:`build_client`, so the two frameworks accept exactly the
same dict::

    {
        "FARGAMES":  {...},   # keyword arguments of FarGamesClient
        "PLAYDAPP":  {...},   # of PlaydappClient
        "STOVE":     {...},   # of StoveClient
        "PLAYNANOO": {...},   # of PlayNanooClient
        "TOKEN_STORE": "cache" | "memory" | "redis://…",
        "CACHE_ALIAS": "default",
    }

Problem ids (``gameplatform.E001``…; stable, documented in docs/frameworks.md):

- ``E001`` the ``GAMEPLATFORM`` setting is missing or is not a dict;
- ``E002`` an unknown key in ``GAMEPLATFORM`` (a typo such as ``"FARGAME"``);
- ``E003`` a platform's settings are not a dict;
- ``E004`` a setting the platform's client requires is missing (or ``None``), e.g. ``api_token``;
- ``E005`` a platform setting the client does not take (or ``token_store``: use ``TOKEN_STORE``);
- ``E006`` a platform setting the client refuses (its ``ConfigurationError`` or ``ValidationError``);
- ``E007`` ``TOKEN_STORE`` is not ``"cache"`` (Django only), ``"memory"`` or a Redis URL;
- ``E008`` ``CACHE_ALIAS`` is not a string naming a configured cache;
- ``W001`` (a warning) no platform is configured.

No message quotes a setting's value: settings hold secrets.
"""

from __future__ import annotations

import difflib
import importlib
import inspect
from collections.abc import Collection, Mapping
from typing import Any, Final, Literal
from urllib.parse import urlsplit

import attrs

from gameplatform.errors import ConfigurationError, ValidationError
from gameplatform.tokens import MemoryTokenStore, TokenStore

__all__ = [
    "PLATFORMS",
    "PlatformSpec",
    "Problem",
    "build_client",
    "build_token_store",
    "check_settings",
    "client_class",
    "raise_for_problems",
]

Framework = Literal["django", "flask"]


@attrs.frozen
class PlatformSpec:
    """One platform's key in the settings dict and where its client class lives."""

    key: str
    attribute: str
    module: str
    client: str


PLATFORMS: Final[Mapping[str, PlatformSpec]] = {
    spec.key: spec
    for spec in (
        PlatformSpec("FARGAMES", "fargames", "gameplatform.fargames", "FarGamesClient"),
        PlatformSpec("PLAYDAPP", "playdapp", "gameplatform.playdapp", "PlaydappClient"),
        PlatformSpec("STOVE", "stove", "gameplatform.stove", "StoveClient"),
        PlatformSpec("PLAYNANOO", "playnanoo", "gameplatform.playnanoo", "PlayNanooClient"),
    )
}
"""The platforms, by their key in the settings dict."""

_OTHER_KEYS: Final = ("TOKEN_STORE", "CACHE_ALIAS")
_REDIS_SCHEMES: Final = frozenset({"redis", "rediss", "unix"})
DEFAULT_TOKEN_STORE: Final[Mapping[Framework, str]] = {"django": "cache", "flask": "memory"}


@attrs.frozen
class Problem:
    """One thing wrong with the settings: ``id`` (``gameplatform.E004``), what, and how to fix it."""

    id: str
    message: str
    hint: str | None = None

    @property
    def is_error(self) -> bool:
        """Errors stop the app from working; warnings (``W…``) only point something out."""
        return ".E" in self.id

    def __str__(self) -> str:
        return f"[{self.id}] {self.message}" + (f" ({self.hint})" if self.hint else "")


def client_class(key: str) -> type[Any]:
    """The client class of a platform key (imported on first use)."""
    spec = PLATFORMS[key]
    client: type[Any] = getattr(importlib.import_module(spec.module), spec.client)
    return client


def _parameters(cls: type[Any]) -> tuple[set[str], set[str]]:
    """(every keyword the client takes, the ones without a default)."""
    parameters = inspect.signature(cls).parameters.values()
    names = {p.name for p in parameters if p.kind in (p.KEYWORD_ONLY, p.POSITIONAL_OR_KEYWORD)}
    required = {p.name for p in parameters if p.name in names and p.default is p.empty}
    return names, required


def _suggest(name: str, options: Collection[str]) -> str | None:
    close = difflib.get_close_matches(name, list(options), n=1)
    return f"did you mean {close[0]!r}?" if close else None


def check_settings(
    settings: object,
    *,
    framework: Framework,
    cache_aliases: Collection[str] | None = None,
    setting_name: str = "GAMEPLATFORM",
) -> list[Problem]:
    """Every problem of a settings dict, errors and warnings, in a stable order.

    Platform settings are checked against the client's own signature and by building the
    client (with an in-memory token store, no I/O), so the check accepts exactly what the
    clients accept. ``cache_aliases`` (Django) are the configured cache names.
    """
    if settings is None:
        return [Problem("gameplatform.E001", f"the {setting_name} setting is missing", _E001_HINT)]
    if not isinstance(settings, Mapping):
        return [Problem("gameplatform.E001", f"{setting_name} must be a dict", _E001_HINT)]
    problems: list[Problem] = []
    known = [*PLATFORMS, *_OTHER_KEYS]
    for name in settings:
        if name not in known:
            problems.append(
                Problem(
                    "gameplatform.E002",
                    f"{setting_name} has an unknown key {name!r}",
                    _suggest(str(name), known),
                )
            )
    for key in PLATFORMS:
        if key in settings:
            problems.extend(_check_platform(key, settings[key], setting_name))
    problems.extend(_check_token_store(settings, framework, setting_name))
    problems.extend(_check_cache_alias(settings, cache_aliases, setting_name))
    if not any(key in settings for key in PLATFORMS):
        problems.append(
            Problem(
                "gameplatform.W001",
                f"{setting_name} configures no platform",
                "add FARGAMES, PLAYDAPP, STOVE or PLAYNANOO settings",
            )
        )
    return problems


_E001_HINT = 'set it to a dict such as {"FARGAMES": {"base_url": ..., "agent_id": ..., "api_token": ...}}'


def _check_platform(key: str, value: object, setting_name: str) -> list[Problem]:
    where = f"{setting_name}[{key!r}]"
    cls = client_class(key)
    if not isinstance(value, Mapping):
        return [Problem("gameplatform.E003", f"{where} must be a dict of {cls.__name__} keyword arguments")]
    names, required = _parameters(cls)
    problems: list[Problem] = []
    for name in sorted(required):
        if value.get(name) is None:
            problems.append(
                Problem("gameplatform.E004", f"{where} is missing {name!r}", f"{cls.__name__} requires it")
            )
    for name in value:
        if name == "token_store":
            problems.append(
                Problem(
                    "gameplatform.E005",
                    f"{where} sets 'token_store'",
                    f"choose the store with {setting_name}['TOKEN_STORE'] instead",
                )
            )
        elif name not in names:
            hint = _suggest(str(name), names) or f"{cls.__name__} takes: {', '.join(sorted(names))}"
            problems.append(Problem("gameplatform.E005", f"{where} has an unknown setting {name!r}", hint))
    if problems:
        return problems
    try:
        client = build_client(key, value, token_store=MemoryTokenStore())
    except (ConfigurationError, ValidationError, TypeError, ValueError) as error:
        return [Problem("gameplatform.E006", f"{where} is refused by {cls.__name__}: {error}")]
    client.close()
    return []


def _check_token_store(settings: Mapping[str, Any], framework: Framework, setting_name: str) -> list[Problem]:
    value = settings.get("TOKEN_STORE", DEFAULT_TOKEN_STORE[framework])
    allowed = '"cache", "memory" or a redis:// URL' if framework == "django" else '"memory" or a redis:// URL'
    if value == "memory" or (value == "cache" and framework == "django"):
        return []
    if isinstance(value, str) and _is_redis_url(value):
        return []
    hint = "Flask has no cache to keep tokens in" if value == "cache" else None
    return [Problem("gameplatform.E007", f"{setting_name}['TOKEN_STORE'] must be {allowed}", hint)]


def _is_redis_url(value: str) -> bool:
    try:
        parts = urlsplit(value)
    except ValueError:
        return False
    return parts.scheme in _REDIS_SCHEMES and bool(parts.netloc or parts.path)


def _check_cache_alias(
    settings: Mapping[str, Any], cache_aliases: Collection[str] | None, setting_name: str
) -> list[Problem]:
    if "CACHE_ALIAS" not in settings:
        return []  # "default", which Django itself requires
    alias = settings["CACHE_ALIAS"]
    if not isinstance(alias, str) or not alias:
        return [
            Problem("gameplatform.E008", f"{setting_name}['CACHE_ALIAS'] must be a cache name (a string)")
        ]
    if cache_aliases is not None and alias not in cache_aliases:
        return [
            Problem(
                "gameplatform.E008",
                f"{setting_name}['CACHE_ALIAS'] names a cache that is not configured: {alias!r}",
                "add it to CACHES",
            )
        ]
    return []


def raise_for_problems(problems: list[Problem], *, setting_name: str = "GAMEPLATFORM") -> None:
    """Raise :class:`ConfigurationError` listing every error (warnings are left out)."""
    errors = [problem for problem in problems if problem.is_error]
    if errors:
        raise ConfigurationError(f"invalid {setting_name} settings: " + "; ".join(str(p) for p in errors))


def build_token_store(value: object, *, cache_store: TokenStore | None = None) -> TokenStore:
    """The token store a ``TOKEN_STORE`` setting names (``cache_store`` serves ``"cache"``)."""
    if value == "memory":
        return MemoryTokenStore()
    if value == "cache" and cache_store is not None:
        return cache_store
    if isinstance(value, str) and _is_redis_url(value):
        from gameplatform.tokens import RedisTokenStore

        return RedisTokenStore.from_url(value, socket_timeout=1.0, socket_connect_timeout=1.0)
    raise ConfigurationError("TOKEN_STORE must be 'cache' (Django), 'memory' or a redis:// URL")


def build_client(key: str, settings: Mapping[str, Any], *, token_store: TokenStore) -> Any:
    """The client of platform ``key`` from its settings dict.

    ``token_store`` is given to the clients that take one (STOVE, PlayNANOO).
    """
    cls = client_class(key)
    names, _ = _parameters(cls)
    kwargs = dict(settings)
    if "token_store" in names:
        kwargs["token_store"] = token_store
    return cls(**kwargs)
