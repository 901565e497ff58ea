"""Dutch text as sentences: segmentation, language detection and stop words."""
