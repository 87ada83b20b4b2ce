"""IMS Common Cartridge 1.3."""
