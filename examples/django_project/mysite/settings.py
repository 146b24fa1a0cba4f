"""Settings of the example project. Platform credentials come from environment variables."""

import os

INSTALLED_APPS = [
    "gameplatform.contrib.django",  # manage.py check reports bad GAMEPLATFORM settings
]

GAMEPLATFORM = {
    "FARGAMES": {
        "base_url": os.environ.get("FARGAMES_BASE_URL", "https://agent-api.example.com"),
        "agent_id": int(os.environ.get("FARGAMES_AGENT_ID", "1")),
        "api_token": os.environ.get("FARGAMES_API_TOKEN"),
    },
    "STOVE": {
        "client_id": os.environ.get("STOVE_CLIENT_ID"),
        "client_secret": os.environ.get("STOVE_CLIENT_SECRET"),
        "service_id": os.environ.get("STOVE_SERVICE_ID"),
        "base_url": os.environ.get("STOVE_BASE_URL"),  # None: STOVE's live host
    },
    "TOKEN_STORE": "cache",  # the STOVE server token lives in CACHES["default"]
}
STOVE_GAME_ID = os.environ.get("STOVE_GAME_ID", "MY_GAME")

# The STOVE server token and the wallet's answers live in the default cache. With several
# worker processes use one they share (Redis, Memcached, the database).
if os.environ.get("REDIS_URL"):
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": os.environ["REDIS_URL"],
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "example-only-not-a-secret")
DEBUG = os.environ.get("DJANGO_DEBUG") == "1"
ALLOWED_HOSTS = ["localhost", "127.0.0.1", "testserver"]
MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]
ROOT_URLCONF = "mysite.urls"
DATABASES: dict[str, dict[str, str]] = {}
