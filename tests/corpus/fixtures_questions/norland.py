"""A short invented history (two documents) for tests that must hold for any English text."""

from __future__ import annotations

from bot.corpus.model import DocMeta

HISTORY = """\
The Kingdom of Norland declared its independence from Sweden on March 3, 1821, after a long and costly war.

In 1848, the Norland Parliament abolished serfdom in every province of the kingdom. On June 5, the king signed the new constitution in the old capital of Ostmark.

The first railway between Ostmark and the port of Belhaven opened in 1856 and carried 12,000 passengers in its first month.

In December 1871, King Albert Kessler signed a trade treaty with Denmark that cut tariffs by 40%.

Between 1890 and 1895 the government built 156 new schools across the northern provinces.

In 1905, Norland joined the Baltic Trade Council together with several smaller coastal states.

During the crisis of 1931, the National Bank of Norland lent $300 million to struggling farmers in the south.

The long dispute over the islands ended in 1954, when the two governments signed a final border agreement in Oslo.

In 1972, Prime Minister Ingrid Halvorsen opened the new university in the capital city.

Merchants from the northern coast sold timber and salted fish to traders from Poland every summer.

The old royal family quietly fled to Vienna when the people of the capital rose against the crown.

We visited the museum in 1999 and found the old maps of the kingdom.
"""

ESSAY = """\
Why Norland matters

The author argues that the reforms of 1848 were the true birth of the modern nation in the north.

Most historians agree that the railway boom changed the economy of the whole region for ever.

In 1919, Norland signed a friendship treaty with Finland that lasted for more than seventy years.

Critics say the schools built in the 1890s were badly funded and poorly staffed from the start.
"""

DOCS = {
    "norland-history.txt": (HISTORY, DocMeta("A Short History of Norland", "Norland Press", "paper", "2020")),
    "norland-essay.txt": (ESSAY, DocMeta("Why Norland Matters", "J. Writer", "opinion", "2021-03")),
}
