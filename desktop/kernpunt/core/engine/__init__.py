"""The translation engine: CTranslate2 fed with an Argos package, its batches, cache and guards."""
