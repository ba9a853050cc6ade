"""``python -m lintas``."""

from lintas.cli import main

raise SystemExit(main())
