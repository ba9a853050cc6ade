"""Stage 8b, serve: the HTTP API and web pages over a corpus (``pip install 'lintas[serve]'``).

``create_app(db)`` builds the FastAPI application; ``lintas serve`` runs it with uvicorn.
"""

from __future__ import annotations

from typing import Any

from lintas.errors import MissingExtraError


def create_app(db: str | None = None, **kwargs: Any) -> Any:
    from lintas.serve.app import create_app as build

    return build(db, **kwargs)


def run(db: str | None, host: str, port: int, token: str | None, read_token: str | None = None) -> None:
    try:
        import uvicorn
    except ImportError as e:
        raise MissingExtraError("lintas serve", "serve") from e
    uvicorn.run(create_app(db, token=token, read_token=read_token), host=host, port=port, log_level="info")
