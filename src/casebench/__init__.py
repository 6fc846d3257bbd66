"""casebench: offline workbench for cross-border organised-crime investigations."""

__version__ = "0.1.0"
