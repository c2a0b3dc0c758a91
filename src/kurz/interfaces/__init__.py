"""Thin shells around `kurz.pipeline`: command line, HTTP server, batch files."""
