#!/usr/bin/python3
"""A real SMTP server on loopback for planbridge mail's tests (python3-aiosmtpd from Debian).

Listens on a free port of 127.0.0.1, writes the port to --port-file once it answers, and keeps
each message it accepts as OUT/N.eml with OUT/N.json (the envelope: mail_from, rcpt_tos).
Runs until SIGTERM. Options make it the server a test needs:
  --tls CERT KEY   offer STARTTLS with this certificate, and require it before MAIL
  --auth USER:PASS require a login, and accept only this one
  --reject ADDR    refuse this recipient at RCPT (550), as often as wanted
  --drop-on-data   close the connection once the message has been sent, before replying
"""
import argparse
import asyncio
import json
import os
import signal
import socket
import ssl
import sys
import threading

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword


class Keeper:
    def __init__(self, out, reject, drop):
        self.out, self.reject, self.drop, self.n = out, set(a.lower() for a in reject), drop, 0

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address.lower() in self.reject:
            return '550 5.1.1 <%s>: Recipient address rejected: no such user' % address
        envelope.rcpt_tos.append(address)
        return '250 OK'

    async def handle_DATA(self, server, session, envelope):
        if self.drop:
            server.transport.close()
            return '421 closing'
        self.n += 1
        base = os.path.join(self.out, str(self.n))
        with open(base + '.eml.tmp', 'wb') as f:
            f.write(envelope.original_content)
        with open(base + '.json', 'w') as f:
            json.dump({'mail_from': envelope.mail_from, 'rcpt_tos': envelope.rcpt_tos}, f)
        os.rename(base + '.eml.tmp', base + '.eml')
        return '250 2.0.0 Ok: queued as %d' % self.n


def free_port():
    with socket.socket() as s:
        s.bind(('127.0.0.1', 0))
        return s.getsockname()[1]


def main():
    p = argparse.ArgumentParser()
    p.add_argument('--out', required=True)
    p.add_argument('--port-file', required=True)
    p.add_argument('--tls', nargs=2, metavar=('CERT', 'KEY'))
    p.add_argument('--auth')
    p.add_argument('--reject', action='append', default=[])
    p.add_argument('--drop-on-data', action='store_true')
    a = p.parse_args()
    os.makedirs(a.out, exist_ok=True)
    kwargs = {}
    if a.tls:
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(*a.tls)
        kwargs.update(tls_context=context, require_starttls=True)
    if a.auth:
        user, password = a.auth.split(':', 1)

        def authenticator(server, session, envelope, mechanism, data):
            ok = isinstance(data, LoginPassword) and data.login.decode() == user and data.password.decode() == password
            return AuthResult(success=ok, handled=False)
        kwargs.update(authenticator=authenticator, auth_required=True, auth_require_tls=bool(a.tls))
    port = free_port()
    controller = Controller(Keeper(a.out, a.reject, a.drop_on_data), hostname='127.0.0.1', port=port, **kwargs)
    controller.start()
    with open(a.port_file + '.tmp', 'w') as f:
        f.write(str(port))
    os.rename(a.port_file + '.tmp', a.port_file)
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    stop.wait()
    controller.stop()


if __name__ == '__main__':
    sys.exit(main())
