"""Writers of readable and tabular outputs: events as CSV, digests as Markdown and HTML, and the
JSON Schemas of the public models."""
