"""Writing: transcripts out as JSON, tables, rendered text; their integrity checked."""
