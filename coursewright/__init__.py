"""coursewright: an MCP server that lets AI agents author courses end to end."""

__version__ = "0.1.0"
