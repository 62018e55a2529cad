"""Letter layout and PDF output (fpdf2). Never imports Qt."""
