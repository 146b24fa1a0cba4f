"""Integrations with web frameworks, each an optional extra.

- :mod:`gameplatform.contrib.django` (the ``django`` extra): clients
  from ``settings.GAMEPLATFORM``, a token store on Django's cache, system checks and the FAR
  Games wallet view.
- :mod:`gameplatform.contrib.flask` (the ``flask`` extra): the
  ``GamePlatform`` extension and the FAR Games wallet blueprint.

Both read the same settings dict; importing this package imports neither framework.
"""
