"""What every platform client shares: the HTTP lifecycle and the context-manager protocol."""

from __future__ import annotations

from types import TracebackType
from typing import Self

from gameplatform._transport import Transport

__all__ = ["BaseClient"]


class BaseClient:
    """Base of the platform clients: ``close()`` and ``with client: ...``.

    Subclasses set ``self._transport`` in ``__init__``.
    """

    _transport: Transport

    def close(self) -> None:
        """Release the HTTP connections (a caller's ``session`` is left open)."""
        self._transport.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()
