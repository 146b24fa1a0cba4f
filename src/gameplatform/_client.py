"""What every platform client shares: the generated methods' one entry point, and the lifecycle.

Generated methods (``<platform>/_api.py``) end at one typed call,
``self._invoke(OPERATION, arguments)``. Here that call becomes a request (validated and
encoded from the operation's data, before any I/O), goes through the platform's auth flow
and the transport, and comes back as the operation's result model or a typed error.
A platform client supplies only what no spec states: its settings, the values it fills in
(:meth:`BaseClient._fill`) and its auth flow (:meth:`BaseClient._flow`).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from types import TracebackType
from typing import Any, Self, TypeVar

from gameplatform._envelope import PlatformErrors, decode
from gameplatform._operation import Call, Operation, build_call
from gameplatform._transport import Flow, Outgoing, Transport
from gameplatform.errors import ValidationError

__all__ = ["API", "BaseClient", "default_page_size"]

R = TypeVar("R")
T = TypeVar("T")

default_page_size = 100
"""Entries per request when an ``iter_*`` method walks a list."""


class API:
    """Base of the generated method mixins: declares ``_invoke`` and walks paged lists."""

    def _invoke(self, operation: Operation[R], arguments: Mapping[str, Any]) -> R:
        raise NotImplementedError

    def _paginate(
        self, operation: Operation[Any], arguments: Mapping[str, Any], *, item: type[T], page_size: int
    ) -> Iterator[T]:
        """Every entry of an offset/limit list, fetched ``page_size`` at a time as the iterator advances.

        Arguments are checked now, before the first request. Stops at the reported total, on an
        empty page, and (without a total) on a short page; the offset advances by the entries
        received, so a platform capping the page size is still walked completely.
        """
        paging = operation.pagination
        if paging is None:  # pragma: no cover - codegen only writes pagers for paged operations
            raise TypeError(f"{operation.operation_id} is not paged")
        if not isinstance(page_size, int) or isinstance(page_size, bool) or page_size < 1:
            raise ValidationError("page_size", "must be a positive integer")
        first = {**arguments, paging.offset: 0, paging.limit: page_size}
        self._check(operation, first)
        return self._pages(operation, first, item=item, page_size=page_size)

    def _check(self, operation: Operation[Any], arguments: Mapping[str, Any]) -> None:
        """Validate ``arguments`` as the call would (no I/O); overridden where filling needs state."""

    def _pages(
        self, operation: Operation[Any], arguments: dict[str, Any], *, item: type[T], page_size: int
    ) -> Iterator[T]:
        paging = operation.pagination
        assert paging is not None
        offset = 0
        while True:
            page = self._invoke(operation, {**arguments, paging.offset: offset})
            entries: list[T] = list(getattr(page, paging.items) or [])
            total = getattr(page, paging.total) if paging.total else None
            if not entries:
                return
            yield from entries
            offset += len(entries)
            if isinstance(total, int):
                if offset >= total:
                    return
            elif len(entries) < page_size:
                return


class BaseClient(API):
    """Base of the platform clients: ``_invoke``, ``close()`` and ``with client: ...``.

    Subclasses set ``self._transport`` and ``self._errors`` in ``__init__``, and override
    :meth:`_fill` and :meth:`_flow` where their platform needs it.
    """

    _transport: Transport
    _errors: PlatformErrors

    def _invoke(self, operation: Operation[R], arguments: Mapping[str, Any]) -> R:
        call = build_call(operation, arguments, self._fill)
        response = self._transport.run(self._flow(call))
        try:
            return decode(operation, response, self._errors)
        finally:
            response.close()

    def _check(self, operation: Operation[Any], arguments: Mapping[str, Any]) -> None:
        build_call(operation, arguments, self._fill)

    def _fill(self, source: str, arguments: Mapping[str, Any]) -> Any:
        """The value of a field the client fills in (``x-fill`` in the spec)."""
        raise NotImplementedError(f"{type(self).__name__} has no value for {source!r}")

    def _flow(self, call: Call) -> Flow:
        """The auth flow of one call: by default, one request with no credentials."""
        yield outgoing(call, body=None)

    def close(self) -> None:
        """Release the HTTP connections (a caller's ``session`` is left open)."""
        self._transport.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


def outgoing(
    call: Call,
    *,
    body: bytes | None,
    headers: Mapping[str, str] | None = None,
    auth: Any = None,
) -> Outgoing:
    """The request of ``call`` with a platform's body bytes, headers and per-attempt auth."""
    operation = call.operation
    merged = dict(call.headers)
    if headers:
        merged.update(headers)
    return Outgoing(
        method=operation.method,
        path=call.path,
        host=operation.host,
        query=call.query or None,
        body=body,
        headers=merged,
        auth=auth,
        idempotent=operation.idempotent,
    )
