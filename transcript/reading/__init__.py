"""Reading: bytes to text, lines to tokens, tokens to turn drafts, page furniture set aside."""
