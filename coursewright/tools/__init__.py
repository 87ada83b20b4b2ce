"""The MCP tools. The contract (which tools, in which order, with which hints) is `tools.contract`;
nothing is imported here, so a server can list its tools without loading them (start-up time)."""
