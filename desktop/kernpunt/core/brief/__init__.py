"""The brief: choosing the sentences that carry an article, and its key terms."""
