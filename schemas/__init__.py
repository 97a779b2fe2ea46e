"""The project schema, shipped with the package as tei_tools.schemas."""
