"""A throwaway PostgreSQL server for the storage tests, from the Debian binaries.

Started once per test session in a temporary directory on a private port and socket, stopped
at the end. As root, the server runs as the ``postgres`` user (PostgreSQL refuses root).
`make test` installs the Debian package when it can; without it these tests skip and say why.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager


def find_bin(name: str) -> str | None:
    found = shutil.which(name)
    if found:
        return found
    candidates = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))
    return candidates[-1] if candidates else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def temporary_server() -> Iterator[str]:
    """Yield a postgresql:// URL of a fresh server; raise RuntimeError saying why if it cannot start."""
    initdb, pg_ctl = find_bin("initdb"), find_bin("pg_ctl")
    if not initdb or not pg_ctl:
        raise RuntimeError("PostgreSQL binaries not found (install Debian's postgresql package; `make test` tries)")
    as_user: list[str] = []
    base = tempfile.mkdtemp(prefix="lintas-pg-")
    if os.geteuid() == 0:
        runuser = shutil.which("runuser")
        if not runuser:
            raise RuntimeError("running as root without runuser: cannot start PostgreSQL as another user")
        as_user = [runuser, "-u", "postgres", "--"]
        shutil.chown(base, "postgres")
        os.chmod(base, 0o700)
    data = os.path.join(base, "data")
    port = _free_port()
    log = os.path.join(base, "log")

    def run(*cmd: str) -> None:
        done = subprocess.run([*as_user, *cmd], capture_output=True, text=True, timeout=120)
        if done.returncode != 0:
            raise RuntimeError(f"{os.path.basename(cmd[0])} failed: {(done.stderr or done.stdout).strip()[-400:]}")

    try:
        run(initdb, "-D", data, "-U", "lintas", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8")
        opts = f"-p {port} -k {base} -c listen_addresses=127.0.0.1 -c fsync=off"
        run(pg_ctl, "-D", data, "-l", log, "-o", opts, "-w", "-t", "60", "start")
        try:
            yield f"postgresql://lintas@127.0.0.1:{port}/postgres"
        finally:
            subprocess.run([*as_user, pg_ctl, "-D", data, "-m", "immediate", "stop"], capture_output=True, timeout=60)
    finally:
        shutil.rmtree(base, ignore_errors=True)
