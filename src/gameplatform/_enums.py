"""String enums that stay open: a value a platform adds later is kept, not rejected.

Generated models type every string enum of a spec as a subclass of :class:`OpenStrEnum`.
Reading a response with a value the spec does not list gives a *pseudo-member* whose
``value`` is the raw string, so a platform that adds a status does not crash its callers.
Building a request with such a value is still refused: the request validators accept only
the listed members (see :func:`gameplatform._validation.enum_member`).
"""

from __future__ import annotations

from enum import StrEnum
from typing import Self

__all__ = ["OpenStrEnum"]


class OpenStrEnum(StrEnum):
    """A :class:`~enum.StrEnum` that turns unknown string values into pseudo-members.

    ``Status("brand_new")`` returns an instance of ``Status`` whose ``value`` and ``name``
    are ``"brand_new"`` and whose :attr:`is_known` is false. Pseudo-members are not
    listed by iteration, ``len()`` or ``__members__``; they compare equal to their string
    (as every member does), but are not cached, so compare them with ``==``, not ``is``.
    """

    @classmethod
    def _missing_(cls, value: object) -> Self | None:
        if not isinstance(value, str):
            return None
        pseudo = str.__new__(cls, value)
        pseudo._name_ = value
        pseudo._value_ = value
        return pseudo

    @property
    def is_known(self) -> bool:
        """Whether this value is one the spec lists (false for a pseudo-member)."""
        return self._value_ in type(self)._value2member_map_

    def __repr__(self) -> str:
        if self.is_known:
            return super().__repr__()
        return f"<{type(self).__name__} (unknown): {self._value_!r}>"
