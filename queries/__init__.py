"""The SPARQL files kg ships, installed as the package kg.queries (see kg/catalog.py)."""
