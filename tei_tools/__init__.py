"""tei-tools: encode plain texts as TEI P5, validate TEI, export editions."""

__version__ = "0.1.0"
