"""Document quiz bot: quizzes, a timeline and quotable passages built from a folder of documents."""

__version__ = "0.1.0"
