"""The bundled program's entry point: the same ``main`` as the installed ``kernpunt`` command.

The bundle carries the build machine's OpenSSL, which looks for CA certificates where that
distribution keeps them (Debian: ``/usr/lib/ssl``). Elsewhere (Fedora, Arch, openSUSE) it would
find none and every HTTPS model download would fail. So, unless the reader has set
``SSL_CERT_FILE`` or ``SSL_CERT_DIR``, the launcher points OpenSSL at this system's CA bundle,
which also holds any certificate the administrator added, and else at certifi's copy in the
bundle.
"""

import os
import sys
from collections.abc import Callable, Mapping

# Where distributions keep their CA bundle, as one PEM file.
SYSTEM_CA_BUNDLES = (
    "/etc/ssl/certs/ca-certificates.crt",  # Debian, Ubuntu, Arch, Gentoo
    "/etc/pki/tls/certs/ca-bundle.crt",  # Fedora, RHEL
    "/etc/pki/ca-trust/extracted/pem/tls-ca-bundle.pem",  # Fedora, RHEL, newer layout
    "/etc/ssl/ca-bundle.pem",  # openSUSE
    "/etc/ssl/cert.pem",  # Alpine, Void
)


def ca_bundle(
    environ: Mapping[str, str], is_file: Callable[[str], bool] = os.path.isfile
) -> str | None:
    """Return the CA bundle OpenSSL should use, or None to leave the reader's choice alone.

    Args:
        environ: The process environment.
        is_file: Tells whether a path is a file (tests pass their own).

    Returns:
        A path for ``SSL_CERT_FILE``, or None when the environment already names one.
    """
    if environ.get("SSL_CERT_FILE") or environ.get("SSL_CERT_DIR"):
        return None
    for path in SYSTEM_CA_BUNDLES:
        if is_file(path):
            return path
    import certifi

    return str(certifi.where())


if __name__ == "__main__":
    chosen = ca_bundle(os.environ)
    if chosen is not None:
        os.environ["SSL_CERT_FILE"] = chosen

    from kernpunt.__main__ import main

    sys.exit(main())
