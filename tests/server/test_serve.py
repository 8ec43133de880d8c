"""``outreach-server serve``: the real command in a subprocess, with TLS and two workers,
on a SQLite file it creates and migrates itself."""

from __future__ import annotations

import ipaddress
import os
import signal
import socket
import ssl
import subprocess
import sys
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from outreach_server.cli import main
from server.postgres_cluster import Cluster


def _self_signed(folder: Path) -> tuple[Path, Path]:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "outreach test server")])
    now = datetime.now(UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - timedelta(minutes=1)).not_valid_after(now + timedelta(days=1))
            .add_extension(x509.SubjectAlternativeName(
                [x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), critical=False)
            .sign(key, hashes.SHA256()))
    cert_path, key_path = folder / "cert.pem", folder / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(key.private_bytes(serialization.Encoding.PEM,
                                           serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return cert_path, key_path


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.mark.slow
def test_serve_with_tls_and_two_workers(tmp_path: Path):
    cert, key = _self_signed(tmp_path)
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("OUTREACH_")}
    server = subprocess.Popen(
        [sys.executable, "-m", "outreach_server", "serve", "--data-dir", str(tmp_path / "d"),
         "--port", str(port), "--tls-cert", str(cert), "--tls-key", str(key),
         "--workers", "2", "--max-body-bytes", "2048", "--log-level", "warning"],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    context = ssl.create_default_context(cafile=str(cert))
    try:
        with httpx.Client(base_url=f"https://127.0.0.1:{port}", verify=context,
                          timeout=5) as http:
            deadline = time.monotonic() + 30
            while True:
                try:
                    health = http.get("/v1/health")
                    break
                except httpx.TransportError:
                    if server.poll() is not None or time.monotonic() > deadline:
                        raise
                    time.sleep(0.2)
            assert health.status_code == 200
            assert health.json() == {"status": "ok", "protocol_version": 1}
            # the options reach the worker processes
            too_big = http.post("/v1/login", content=b"x" * 4096,
                                headers={"Content-Type": "application/json"})
            assert too_big.status_code == 413
            assert http.post("/v1/hello", json={"protocol_version": 1}).status_code == 401
        with pytest.raises(httpx.TransportError):  # no plain HTTP on that port
            httpx.get(f"http://127.0.0.1:{port}/v1/health", timeout=5)
    finally:
        server.send_signal(signal.SIGTERM)
        output, _ = server.communicate(timeout=30)
    assert server.returncode == 0, output
    assert (tmp_path / "d" / "outreach-server.db").stat().st_mode & 0o777 == 0o600


@pytest.mark.parametrize(("args", "message"), [
    (["--host", "0.0.0.0"], "--tls-cert"),
    (["--tls-cert", "cert.pem"], "both --tls-cert and --tls-key"),
    (["--tls-cert", "missing.pem", "--tls-key", "missing.key"], "no such file"),
    (["--workers", "0"], "--workers"),
])
def test_serve_refuses_unsafe_or_wrong_options(tmp_path: Path, args: list[str], message: str,
                                               capsys: pytest.CaptureFixture[str]):
    assert main(["serve", "--data-dir", str(tmp_path), *args]) == 2
    assert message in capsys.readouterr().err


def test_on_postgresql_nothing_runs_before_migrate(
        postgres: Cluster, capsys: pytest.CaptureFixture[str]):
    """Only SQLite is migrated on the spot: on PostgreSQL several workers could race, so
    serve and admin refuse an unmigrated database and name the command that fixes it."""
    name = f"fresh_{uuid.uuid4().hex[:12]}"
    with postgres.admin_connection() as conn:
        conn.execute(f"CREATE DATABASE {name}")
    url = postgres.url(name)
    assert main(["serve", "--database-url", url, "--port", "1"]) == 1
    assert "outreach-server migrate" in capsys.readouterr().err
    assert main(["admin", "org", "list", "--database-url", url]) == 1
    assert "outreach-server migrate" in capsys.readouterr().err
    assert main(["migrate", "--database-url", url]) == 0
    assert "schema: empty -> 0002" in capsys.readouterr().out
    assert main(["admin", "org", "create", "KIM Köln", "--database-url", url]) == 0
    assert main(["admin", "org", "list", "--json", "--database-url", url]) == 0
    assert "KIM Köln" in capsys.readouterr().out
    with postgres.admin_connection() as conn:
        conn.execute(f"DROP DATABASE {name} WITH (FORCE)")


def test_an_unreachable_database_is_named_not_a_traceback(
        capsys: pytest.CaptureFixture[str]):
    url = "postgresql://nobody@127.0.0.1:1/none"
    assert main(["migrate", "--database-url", url]) == 1
    assert main(["admin", "org", "list", "--database-url", url]) == 1
    err = capsys.readouterr().err
    assert "cannot open the database" in err and "Traceback" not in err
