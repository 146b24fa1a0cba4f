"""``python -m codegen``."""

from codegen._cli import main

raise SystemExit(main())
