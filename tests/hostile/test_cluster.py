"""Attack 1: the batch's cluster. Only its owner can reach it; no dashboard; no plain TCP away.

``--cluster local`` once accepted any connection (any user of the machine could run code as the
reader) and served a dashboard on 127.0.0.1:8787. Now every connection is TLS with certificates
made for the batch and kept in memory, and no web page is served on any port.
"""

import contextlib
import socket
import ssl
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

import psutil
import pytest

from kernpunt.cli import main
from kernpunt.core.batch.cluster import (
    ClusterError,
    ClusterSecurity,
    cluster_address,
    local_cluster,
    run_on_cluster,
)
from kernpunt.core.batch.run import BatchOptions, plan_batch
from tests.support.documents import copies

distributed = pytest.importorskip("distributed")

DASHBOARD_PORT = 8787


def _listening(process: psutil.Process) -> list[tuple[str, int]]:
    """Every TCP address this process and its children listen on."""
    found = []
    for member in [process, *process.children(recursive=True)]:
        with contextlib.suppress(psutil.Error):
            for connection in member.net_connections(kind="tcp"):
                if connection.status == psutil.CONN_LISTEN:
                    found.append((connection.laddr.ip, connection.laddr.port))
    return found


def _refused_plain(host: str, port: int) -> bool:
    """A Dask client without certificates: plain TCP, then TLS with a certificate of its own."""
    for address, security in (
        (f"tcp://{host}:{port}", None),
        (f"tls://{host}:{port}", distributed.Security.temporary()),
    ):
        try:
            client = distributed.Client(address, timeout=5, security=security)
        except (OSError, TimeoutError, ValueError, TypeError):
            continue
        client.close()
        return False
    return True


def _refused_handshake(host: str, port: int) -> bool:
    """A raw TLS client without a certificate gets no answer from the server's protocol."""
    context = ssl.create_default_context()
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    try:
        with (
            socket.create_connection((host, port), timeout=5) as raw,
            context.wrap_socket(raw) as wrapped,
        ):
            wrapped.sendall(b"\x00" * 16)
            return wrapped.recv(1) == b""
    except TimeoutError:
        return False  # the server took the connection and waits for more
    except (OSError, ssl.SSLError):
        return True


def _http_pages(port: int) -> list[int]:
    statuses = []
    for page in ("/json/identity.json", "/info/main/workers.html", "/status", "/health"):
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}{page}", timeout=5) as answer:
                statuses.append(answer.status)
        except urllib.error.HTTPError as error:
            error.close()
            statuses.append(error.code)
        except (OSError, ValueError):
            statuses.append(0)
    return statuses


@pytest.mark.slow
def test_a_local_batch_is_reachable_by_its_owner_only(
    installed_model: Path, sample: Path, tmp_path: Path
) -> None:
    """During a batch: nothing on 8787, all on loopback, and every stranger turned away."""
    articles = tmp_path / "news"
    copies(sample, articles, 2)
    jobs = plan_batch([articles], tmp_path / "out", "md")
    options = BatchOptions(format="md", content="all", mode="fast", threads=1)
    seen: list[list[tuple[str, int]]] = []
    here = psutil.Process()

    def during(result: Any) -> None:
        seen.append(_listening(here))

    results = run_on_cluster(jobs, options, "local", on_result=during)
    assert [result.status for result in results] == ["translated", "translated"]
    assert seen and all(listeners for listeners in seen)
    for listeners in seen:
        assert all(host == "127.0.0.1" for host, _ in listeners), listeners
        assert DASHBOARD_PORT not in {port for _, port in listeners}


@pytest.mark.parametrize(
    "address",
    [
        "tcp://192.0.2.7:8786",
        "192.0.2.7:8786",
        "tcp://scheduler.example:8786",
        "tcp://[2001:db8::1]:8786",
    ],
)
def test_plain_tcp_to_another_machine_needs_insecure(address: str) -> None:
    with pytest.raises(ClusterError, match="--insecure"):
        cluster_address(address, ClusterSecurity())
    assert cluster_address(address, ClusterSecurity(insecure=True)).startswith("tcp://")


def test_loopback_and_tls_addresses_are_accepted(tmp_path: Path) -> None:
    assert cluster_address("tcp://127.0.0.1:8786", ClusterSecurity()) == "tcp://127.0.0.1:8786"
    assert cluster_address("localhost:8786", ClusterSecurity()) == "tcp://localhost:8786"
    assert cluster_address("tls://192.0.2.7:8786", ClusterSecurity()) == "tls://192.0.2.7:8786"
    files = ClusterSecurity(ca_file=tmp_path / "ca.pem", cert=tmp_path / "c.pem")
    assert cluster_address("tcp://192.0.2.7:8786", files) == "tls://192.0.2.7:8786"
    with pytest.raises(ClusterError, match="tcp:// or tls://"):
        cluster_address("ws://192.0.2.7:8786", ClusterSecurity())


def test_the_command_refuses_before_connecting(
    installed_model: Path, sample: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    code = main(["translate", str(sample), "--out", str(out), "--cluster", "tcp://192.0.2.7:8786"])
    assert code == 1
    assert "plain TCP" in capsys.readouterr().err
    assert not out.exists() or not list(out.iterdir())


def test_tls_options_are_checked(
    sample: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for extra in (
        ["--cluster", "local", "--insecure"],
        ["--cluster", "tls://127.0.0.1:1", "--tls-cert", str(tmp_path / "missing.pem")],
        ["--tls-ca-file", str(sample)],
    ):
        with pytest.raises(SystemExit) as stopped:
            main(["translate", str(sample), "--out", str(tmp_path / "out"), *extra])
        assert stopped.value.code == 2
    capsys.readouterr()


@pytest.mark.slow
def test_strangers_are_refused_and_tls_files_let_the_owner_in(
    installed_model: Path, sample: Path, tmp_path: Path
) -> None:
    """Every port of a local cluster turns strangers away; its own certificate lets in.

    The certificate is given as --tls-ca-file, --tls-cert and --tls-key, as for a scheduler of
    one's own.
    """
    with local_cluster(workers=1) as (cluster, client):
        scheduler = client.scheduler.address
        assert scheduler.startswith("tls://127.0.0.1:")
        workers = client.scheduler_info()["workers"]
        comms = {scheduler, *workers, *(facts["nanny"] for facts in workers.values())}
        comm_ports = {int(address.rpartition(":")[2]) for address in comms}
        ports = {port for _, port in _listening(psutil.Process())}
        assert DASHBOARD_PORT not in ports
        assert comm_ports <= ports
        for port in sorted(ports):
            if port in comm_ports:
                assert _refused_plain("127.0.0.1", port), port
                assert _refused_handshake("127.0.0.1", port), port
            else:  # the web servers Dask always starts: not one page, not even cluster facts
                assert set(_http_pages(port)) == {404}, port

        files = {}
        for name, pem in (
            ("ca", cluster.security.tls_ca_file),
            ("cert", cluster.security.tls_client_cert),
            ("key", cluster.security.tls_client_key),
        ):
            files[name] = tmp_path / f"{name}.pem"
            files[name].write_text(pem)
        jobs = plan_batch([sample], tmp_path / "out", "md")
        options = BatchOptions(format="md", content="brief", mode="fast", threads=1)
        given = ClusterSecurity(ca_file=files["ca"], cert=files["cert"], key=files["key"])
        results = run_on_cluster(jobs, options, scheduler, security=given)
        assert [result.status for result in results] == ["translated"]
        with pytest.raises(ClusterError, match="asks for TLS"):
            run_on_cluster(jobs, options, scheduler, security=ClusterSecurity())
