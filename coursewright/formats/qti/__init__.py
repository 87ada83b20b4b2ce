"""QTI: 2.1 item banks (export.py) and the QTI 1.2.1 Common Cartridge profile (cc12.py)."""
