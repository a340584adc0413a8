"""The ``newsclean`` command: ``clean``, ``explain``, ``rules`` and ``batch``."""
