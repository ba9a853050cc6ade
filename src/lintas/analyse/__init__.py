"""Stage 4, analyse: sentences (now); entities, quantities, dates and quotes come next."""

from lintas.analyse.sentences import split_sentences

__all__ = ["split_sentences"]
