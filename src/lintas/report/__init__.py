"""Stage 7, report: render results as JSON, JSON Lines or a terminal summary."""

from lintas.report.extract import FORMATS, render_extract

__all__ = ["FORMATS", "render_extract"]
