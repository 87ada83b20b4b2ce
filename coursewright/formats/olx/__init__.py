"""Open edX OLX: the archive Studio imports and exports."""
