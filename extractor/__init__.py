"""baocao: turn Vietnamese provincial reports into an auditable SQLite database."""

__version__ = "0.1.0"

# Bump when extraction output changes: documents ingested by an older pipeline are re-extracted.
PIPELINE_VERSION = "1"
