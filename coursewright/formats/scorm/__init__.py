"""SCORM 1.2 and SCORM 2004 4th edition packages (export.py; sco.js is every page's runtime script)."""
