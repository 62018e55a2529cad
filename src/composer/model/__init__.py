"""The letter domain: cases, drafts and templates. Never imports Qt."""
