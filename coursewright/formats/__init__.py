"""Course packages: one folder per format, export and import side by side.

    olx/      Open edX OLX archive   (export.py; importer.py)
    imscc/    IMS Common Cartridge 1.3 (export.py; importer.py)
    scorm/    SCORM 1.2 and SCORM 2004 4th edition (export.py)
    qti/      QTI 2.1 item bank (export.py)

Shared by the importers: archive.py (a package read into memory without trusting it),
imported.py (the neutral tree an importer hands over, checked like any edit), loader.py
(open what the user named inside the allowed roots and pick the format).

A format reads and writes only the provider-neutral model (coursewright.model
`Course` / `Block`); it knows nothing of providers, HTTP or MCP.
"""
