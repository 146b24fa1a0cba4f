"""``python -m gameplatform``: the ``gameplatform`` command."""

from gameplatform.cli import main

raise SystemExit(main())
