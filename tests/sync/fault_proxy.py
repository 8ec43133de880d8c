"""A TCP proxy between a laptop and the server that misbehaves on purpose.

Per accepted connection it picks (seeded) one fault:

- ``pass``: bytes flow both ways untouched;
- ``delay``: each chunk of the answer waits 50-600 ms;
- ``drop``: the request is read and never forwarded; the connection is reset (RST);
- ``reset``: the request reaches the server, the connection is reset when the answer
  starts (the server did the work, the device never hears of it);
- ``truncate``: the answer is cut after a random number of bytes and the connection
  closed (FIN): a short body or a broken header.

``enabled = False`` makes every new connection ``pass``. Counts of what was done are kept
in ``done``.
"""

from __future__ import annotations

import contextlib
import random
import select
import socket
import struct
import threading
import time
from collections import Counter

FAULTS = ("pass", "delay", "drop", "reset", "truncate")


def _reset(sock: socket.socket) -> None:
    """Close with RST instead of FIN (SO_LINGER 0)."""
    with contextlib.suppress(OSError):
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    sock.close()


class FaultProxy:
    def __init__(self, upstream_port: int, seed: int = 1,
                 weights: tuple[float, ...] = (0.3, 0.2, 0.15, 0.15, 0.2)) -> None:
        self.upstream = ("127.0.0.1", upstream_port)
        self.rng = random.Random(seed)
        self.weights = weights
        self.enabled = True
        self.done: Counter[str] = Counter()
        self._lock = threading.Lock()
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = int(self._listener.getsockname()[1])
        self.url = f"http://127.0.0.1:{self.port}"
        self._stopping = False
        self._thread = threading.Thread(target=self._accept, name="fault-proxy", daemon=True)

    def __enter__(self) -> FaultProxy:
        self._thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self._stopping = True
        self._listener.close()
        self._thread.join(timeout=5)

    def _pick(self) -> tuple[str, random.Random]:
        with self._lock:
            fault = self.rng.choices(FAULTS, self.weights)[0] if self.enabled else "pass"
            self.done[fault] += 1
            return fault, random.Random(self.rng.random())

    def _accept(self) -> None:
        while not self._stopping:
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            fault, rng = self._pick()
            threading.Thread(target=self._serve, args=(client, fault, rng), daemon=True,
                             name=f"fault-proxy-{fault}").start()

    def _serve(self, client: socket.socket, fault: str, rng: random.Random) -> None:
        try:
            upstream = socket.create_connection(self.upstream, timeout=30)
        except OSError:
            _reset(client)
            return
        budget = rng.randint(0, 4000) if fault == "truncate" else -1
        try:
            sockets = [client, upstream]
            while True:
                readable, _, _ = select.select(sockets, [], [], 60)
                if not readable:
                    break
                for sock in readable:
                    data = sock.recv(65536)
                    if not data:
                        return
                    if sock is client:
                        if fault == "drop":
                            _reset(client)
                            return
                        upstream.sendall(data)
                        continue
                    # an answer from the server
                    if fault == "reset":
                        _reset(client)
                        return
                    if fault == "delay":
                        time.sleep(rng.uniform(0.05, 0.6))
                    if budget >= 0:
                        data = data[:budget]
                        budget -= len(data)
                        if data:
                            client.sendall(data)
                        if budget <= 0:
                            client.close()
                            return
                        continue
                    client.sendall(data)
        except OSError:
            pass
        finally:
            for sock in (client, upstream):
                with contextlib.suppress(OSError):
                    sock.close()
