"""Readers turn sources into TEI trees (only plain text for now)."""
