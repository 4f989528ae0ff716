"""Hand-written expected facts for the figure extractor, one module per document."""
