"""One canned ``requests`` adapter: real ``HTTPAdapter`` code above the socket, prepared bytes below.

:class:`CannedAdapter` is a genuine :class:`requests.adapters.HTTPAdapter` whose connection
pool is replaced by one that answers from a table of prepared responses, chosen by the
request's method, host and path. Everything above the socket (building the urllib3
response, the ``requests.Response``, reading the body) really runs, and nothing touches
the network, so timings are CPU cost only. Every contender of a benchmark (the SDK, a
hand-written integration, the floor) goes through the same adapter instance.

This module imports nothing from ``gameplatform``: the first-call benchmark imports it in
a fresh process before it imports the SDK.
"""

from __future__ import annotations

import io
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

import requests
from requests.adapters import HTTPAdapter
from urllib3 import HTTPResponse

__all__ = ["CannedAdapter", "CannedResponse", "canned_session"]


@dataclass(frozen=True)
class CannedResponse:
    """What the adapter answers to one route: status, JSON bytes and headers."""

    body: bytes
    status: int = 200
    headers: Mapping[str, str] = field(default_factory=dict)

    def urllib3_response(self) -> HTTPResponse:
        headers = {"Content-Type": "application/json", "Content-Length": str(len(self.body)), **self.headers}
        return HTTPResponse(
            body=io.BytesIO(self.body),
            headers=headers,
            status=self.status,
            preload_content=False,
            decode_content=False,
        )


class _CannedPool:
    """Stands in for urllib3's connection pool: answers with one canned response."""

    def __init__(self, response: CannedResponse) -> None:
        self._response = response

    def urlopen(self, **_kwargs: Any) -> HTTPResponse:
        return self._response.urllib3_response()


class CannedAdapter(HTTPAdapter):
    """A real ``HTTPAdapter`` whose socket layer answers from ``routes``.

    ``routes`` maps ``(METHOD, host, path)`` to a :class:`CannedResponse`; a request to any
    other route raises ``LookupError`` (a benchmark calling the wrong endpoint fails loudly).
    ``record`` keeps the last request sent, for the checks made before timing.
    """

    def __init__(self, routes: Mapping[tuple[str, str, str], CannedResponse]) -> None:
        super().__init__()
        self.routes = dict(routes)
        self.record = False
        self.last_request: requests.PreparedRequest | None = None

    def get_connection_with_tls_context(
        self, request: requests.PreparedRequest, verify: Any, proxies: Any = None, cert: Any = None
    ) -> Any:
        parts = urlsplit(request.url or "")
        key = (request.method or "", parts.hostname or "", parts.path)
        try:
            response = self.routes[key]
        except KeyError:
            raise LookupError(f"no canned response for {key}") from None
        if self.record:
            self.last_request = request
        return _CannedPool(response)


def canned_session(adapter: CannedAdapter) -> requests.Session:
    """A plain ``requests.Session`` with ``adapter`` mounted for every https URL."""
    session = requests.Session()
    session.mount("https://", adapter)
    return session
