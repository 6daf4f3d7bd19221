"""One small tree of exceptions; the CLI turns them into one-line messages."""


class KgError(Exception):
    """Base of every error the user can cause and fix."""


class InputError(KgError):
    """An article could not be read."""


class QueryError(KgError):
    """A SPARQL file or its parameters are wrong."""


class LexiconError(KgError):
    """A dictionary file in kg/lexicon is malformed."""
