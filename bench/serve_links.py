#!/usr/bin/env python3
"""Serves every path with 200 after a fixed delay, on 127.0.0.1 ... 127.0.0.N (loopback only).

Usage: serve_links.py PORT HOSTS DELAY_MS
Prints "ready" once all servers listen; runs until killed.
"""
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

port, hosts, delay = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]) / 1000.0


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def _answer(self, body):
        time.sleep(delay)
        self.send_response(200)
        self.send_header("Content-Length", "2" if body else "0")
        self.end_headers()
        if body:
            self.wfile.write(b"ok")

    def do_HEAD(self):
        self._answer(False)

    def do_GET(self):
        self._answer(True)

    def log_message(self, *args):
        pass


class Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 1024


for i in range(1, hosts + 1):
    server = Server(("127.0.0.%d" % i, port), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
print("ready", flush=True)
threading.Event().wait()
