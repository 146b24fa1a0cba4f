"""The SDK's version, sent in ``User-Agent`` as ``gameplatform/<version>``."""

__version__ = "0.1.0"
