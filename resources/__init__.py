"""Data shipped with Letter Composer (cases, templates, fonts, icons, translations): never code."""
