"""kg: Chinese news articles about the social-work sector -> an RDF knowledge graph.

The pipeline, one module per stage::

    ingest    files -> Document
    segment   Document -> Sentence (jieba set up once, with the domain dictionary)
    mentions  Sentence -> organisation, role, person, place, date, number mentions
    extract   mentions -> facts (Post, Signing, Observation), one module per kind
    resolve   facts -> entities (aliases, places, merges)
    model     entities and facts -> RDF triples
    graph     build / load / save the rdflib graph; query it

Importing the package has no side effects.
"""

__version__ = "0.1.0"
