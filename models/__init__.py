"""The rules as data. Installed as the package ``extractor.models`` so that code
finds these files through importlib.resources, never by path arithmetic."""
