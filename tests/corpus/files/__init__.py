"""Sample documents for the reader tests, written at test time with the libraries writers use
(see ``bench.docfiles``); nothing here is copied from elsewhere."""
