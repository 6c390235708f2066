"""``python -m llama_cpp.server ... --port N``, faked: answers ``GET /v1/models`` on port N."""

import argparse
from http.server import BaseHTTPRequestHandler, HTTPServer


class Models(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(b'{"object": "list", "data": []}')

    def log_message(self, *args) -> None:
        pass


parser = argparse.ArgumentParser()
parser.add_argument("--port", type=int, required=True)
port = parser.parse_known_args()[0].port
HTTPServer(("127.0.0.1", port), Models).serve_forever()
