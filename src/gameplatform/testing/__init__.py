"""Local fakes of the platforms, serving real HTTP on 127.0.0.1, for your own tests.

Each fake checks requests the way its platform does (signatures, timestamps,
nonces, tokens) and can be told to fail in the platform's documented ways.
"""

from gameplatform.testing._server import FakeRequest, FakeResponse, FakeServer, Fault, json_response

__all__ = ["FakeRequest", "FakeResponse", "FakeServer", "Fault", "json_response"]
