#!/usr/bin/env python3
"""One loopback host that allows PER_SECOND requests in any second and answers 429 beyond them.

Usage: serve_ratelimited.py PORT PER_SECOND ARTICLES [LOG]
/article/0 ... /article/ARTICLES-1 are pages (200, a small HTML body); any other path is 404.
LOG, if given, gets one line per request: its time in seconds since the first, and the status.
A request beyond the limit gets 429 with "Retry-After: 1" and does not count against the limit.
Prints "ready" once listening; on SIGTERM, or after 15 minutes, prints one line of counts and exits:
  requests=N accepted=N refused=N first=T last=T   (T in seconds since the epoch)
"""
import collections
import signal
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

port, per_second, articles = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
lock = threading.Lock()
accepted = collections.deque()
counts = {"requests": 0, "accepted": 0, "refused": 0, "first": 0.0, "last": 0.0}
log = open(sys.argv[4], "w") if len(sys.argv) > 4 else None


def admit():
    now = time.monotonic()
    with lock:
        counts["requests"] += 1
        wall = time.time()
        counts["first"] = counts["first"] or wall
        counts["last"] = wall
        while accepted and accepted[0] <= now - 1.0:
            accepted.popleft()
        admitted = len(accepted) < per_second
        if admitted:
            accepted.append(now)
        counts["accepted" if admitted else "refused"] += 1
        if log:
            log.write("%.3f %d\n" % (wall - counts["first"], 200 if admitted else 429))
        return admitted


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def _answer(self, with_body):
        if not admit():
            self.send_response(429)
            self.send_header("Retry-After", "1")
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        parts = self.path.split("?")[0].strip("/").split("/")
        found = len(parts) == 2 and parts[0] == "article" and parts[1].isdigit() and int(parts[1]) < articles
        body = (b"<html><head><title>Article %s</title></head><body><p>An article.</p></body></html>" % parts[-1].encode()
                if found else b"<html><head><title>Not found</title></head><body>No such page</body></html>")
        self.send_response(200 if found else 404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if with_body:
            self.wfile.write(body)

    def do_HEAD(self):
        self._answer(False)

    def do_GET(self):
        self._answer(True)

    def log_message(self, *args):
        pass


class Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 256


def finish(*_):
    with lock:
        if log:
            log.close()
        print("requests=%d accepted=%d refused=%d first=%.3f last=%.3f" % (
            counts["requests"], counts["accepted"], counts["refused"], counts["first"], counts["last"]), flush=True)
    sys.exit(0)


signal.signal(signal.SIGTERM, finish)
server = Server(("127.0.0.1", port), Handler)
threading.Thread(target=server.serve_forever, daemon=True).start()
print("ready", flush=True)
time.sleep(900)  # stops by itself if nobody stops it
finish()
