#!/usr/bin/env python3
"""A real SMTP server on loopback for Stride's tests: aiosmtpd with STARTTLS and AUTH.

Usage: python3 scripts/smtp-test-server.py DIR
Needs: pip install aiosmtpd; openssl.

Makes a self-signed certificate for "localhost" in DIR (cert.pem, trusted by the test), listens
on a free port of 127.0.0.1, prints "ready PORT" and serves until its standard input closes.
AUTH (PLAIN or LOGIN) is offered only after STARTTLS and accepts the user "stride" with the
password "mail-secret". Each message accepted is written to DIR as N.eml, with N.json holding
its envelope recipients, whether it came over TLS and who signed in. A recipient at
bounce.example is refused for good (550); one at later.example is refused once (451), then
accepted, so a retry can be seen.
"""
import asyncio
import json
import os
import socket
import ssl
import subprocess
import sys

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult

directory = sys.argv[1]
os.makedirs(directory, exist_ok=True)
cert, key = os.path.join(directory, "cert.pem"), os.path.join(directory, "key.pem")
subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", cert, "-days", "2",
                "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost"], check=True, capture_output=True)
context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
context.load_cert_chain(cert, key)


class Handler:
    def __init__(self):
        self.count = 0
        self.deferred = set()

    async def handle_RCPT(self, server, session, envelope, address, options):
        domain = address.rsplit("@", 1)[-1].lower()
        if domain == "bounce.example":
            return "550 5.1.1 No such mailbox here"
        if domain == "later.example" and address not in self.deferred:
            self.deferred.add(address)
            return "451 4.3.0 Mailbox busy, try again later"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        self.count += 1
        base = os.path.join(directory, str(self.count))
        with open(base + ".eml", "wb") as out:
            out.write(envelope.original_content or envelope.content)
        login = session.login_data.decode() if session.authenticated and session.login_data else None
        with open(base + ".json", "w") as out:
            json.dump({"from": envelope.mail_from, "to": envelope.rcpt_tos, "tls": session.ssl is not None, "login": login}, out)
        return "250 Message accepted"


def authenticate(server, session, envelope, mechanism, auth_data):
    ok = getattr(auth_data, "login", None) == b"stride" and getattr(auth_data, "password", None) == b"mail-secret"
    # handled=False: aiosmtpd answers a refusal itself (535); a handled one would wait for us to.
    return AuthResult(success=ok, handled=False, auth_data=auth_data if ok else None)


with socket.socket() as probe:
    probe.bind(("127.0.0.1", 0))
    port = probe.getsockname()[1]
controller = Controller(Handler(), hostname="127.0.0.1", port=port, server_hostname="localhost", tls_context=context,
                        require_starttls=False, auth_require_tls=True, authenticator=authenticate)
controller.start()
print(f"ready {port}", flush=True)
try:
    sys.stdin.read()
finally:
    controller.stop()
