"""The extractor's version, apart from the package's public API so that the modules
that stamp it on stored rows need not import the package itself."""

__version__ = "0.1.0"
