"""``python -m lintas``."""

from lintas.cli import main_exit

main_exit()
