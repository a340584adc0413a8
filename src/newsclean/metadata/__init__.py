"""Stage 4, labels -> document: metadata fields read from the labelled page, and the Document assembled."""
