"""Stage 4, analyse: sentences, entities, quantities, dates and quotes of an article.

Needs an extracted Article (clean text, sentences, publication date, language). Adds entity
mentions with canonical names and ids, quantities with unit/counted/qualifier, dates resolved
against the publication date, quotes with speakers; each points at its sentence.
"""

from lintas.analyse.article import Analysis, analyse_article
from lintas.analyse.sentences import split_sentences

__all__ = ["Analysis", "analyse_article", "split_sentences"]
