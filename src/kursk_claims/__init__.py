"""kursk-claims."""
