"""Stage 2, lines -> structure: the page's data (lines, features, phrase hits) and what its layout says."""
