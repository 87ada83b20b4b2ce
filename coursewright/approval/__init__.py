"""The human-only approval page: a record per question, the page, and where it is served.

The agent's client opens the page through URL-mode elicitation; the human's click is
recorded here, against the content stamp, and the model only learns the outcome. Knows no MCP.
"""
