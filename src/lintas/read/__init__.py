"""Stage 1, read: files, directories, stdin -> decoded Documents (or Rejected with a reason)."""

from lintas.read.decode import decode, sniff_binary
from lintas.read.sources import STDIN, read_bytes, read_file, read_paths, read_stream

__all__ = ["STDIN", "decode", "read_bytes", "read_file", "read_paths", "read_stream", "sniff_binary"]
