"""HTML mode: trafilatura's extraction of the DOM, then the same stages over its text."""
