"""A throwaway PostgreSQL cluster for the tests: initdb and pg_ctl under a temporary folder, on 127.0.0.1 and a free
port, one a test session, stopped at the end. The server is installed first where it is missing
(scripts/install-postgres.sh), so no PostgreSQL test is skipped on a fresh machine."""
from __future__ import annotations

import glob
import itertools
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
USER = "claimgraph"


def server_binaries() -> Path | None:
    """The folder holding initdb and pg_ctl: Debian's versioned folders (newest first), else the PATH."""
    for folder in sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=lambda f: int(Path(f).parent.name)
                         if Path(f).parent.name.isdigit() else 0, reverse=True):
        if os.access(os.path.join(folder, "initdb"), os.X_OK):
            return Path(folder)
    found = shutil.which("initdb")
    return Path(found).parent if found else None


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def unprivileged_user() -> str:
    """initdb refuses root: the server runs as `postgres` where the package made that user, else as `nobody`."""
    for name in ("postgres", "nobody"):
        try:
            pwd.getpwnam(name)
            return name
        except KeyError:
            continue
    raise RuntimeError("running as root, and neither a postgres nor a nobody user exists to run the server")


@dataclass
class Cluster:
    """A running server: its base address, and a fresh database on demand."""

    host: str
    port: int
    counter: itertools.count

    def dsn(self, database: str = "postgres") -> str:
        return f"postgresql://{USER}@{self.host}:{self.port}/{database}"

    def new_database(self, prefix: str = "t") -> str:
        """A new, empty database's address."""
        import psycopg
        name = f"{prefix}{next(self.counter)}"
        with psycopg.connect(self.dsn(), autocommit=True) as admin:
            admin.execute(f'CREATE DATABASE "{name}" TEMPLATE template0 ENCODING \'UTF8\' LC_COLLATE \'C\''
                          f" LC_CTYPE 'C'")
        return self.dsn(name)


def start(base: Path) -> tuple[Cluster, callable]:
    binaries = server_binaries()
    if binaries is None:
        subprocess.run(["bash", str(ROOT / "scripts" / "install-postgres.sh")], check=True)
        binaries = server_binaries()
    if binaries is None:
        raise RuntimeError("PostgreSQL's initdb is not installed and scripts/install-postgres.sh could not install it")
    prefix: list[str] = []
    if os.geteuid() == 0:
        user = unprivileged_user()
        shutil.chown(base, user)
        prefix = ["runuser", "-u", user, "--"]
    data, log, sockets = base / "data", base / "server.log", base / "sockets"
    sockets.mkdir()
    if prefix:
        shutil.chown(sockets, prefix[2])
    subprocess.run([*prefix, str(binaries / "initdb"), "-D", str(data), "-U", USER, "--auth=trust", "-E", "UTF8",
                    "--locale=C", "--no-sync"], check=True, capture_output=True)
    port = free_port()
    # durability off: a test cluster is thrown away, and fsync on a shared disk is most of a write's time
    options = (f"-p {port} -h 127.0.0.1 -k {sockets} -c fsync=off -c synchronous_commit=off "
               f"-c full_page_writes=off -c max_connections=60")
    subprocess.run([*prefix, str(binaries / "pg_ctl"), "-D", str(data), "-l", str(log), "-o", options, "-w",
                    "-t", "60", "start"], check=True, capture_output=True)

    def stop() -> None:
        subprocess.run([*prefix, str(binaries / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop"],
                       capture_output=True)

    return Cluster("127.0.0.1", port, itertools.count(1)), stop


@pytest.fixture(scope="session")
def postgres_cluster():
    """One PostgreSQL server for the whole test session."""
    # not under pytest's own temporary folder: its parents are closed to the unprivileged user the server runs as
    base = Path(tempfile.mkdtemp(prefix="claimgraph-pg-"))
    os.chmod(base, 0o755)
    cluster, stop = start(base)
    try:
        yield cluster
    finally:
        stop()
        for _ in range(3):
            try:
                shutil.rmtree(base)
                break
            except OSError:
                time.sleep(0.5)


@pytest.fixture
def postgres_db(postgres_cluster) -> str:
    """The address of a new, empty database on the session's server."""
    return postgres_cluster.new_database()
