package org.quoteexplorer.engine;

/**
 * One attribution rule. The engine runs the sieves from the most to the least precise; each
 * decides only the quotes the earlier ones left open, and says nothing when it is not sure.
 */
interface Sieve {

    /** Decides the speaker of {@code site}, or returns {@code null} to leave it to later sieves. */
    Decision decide(QuoteSite site, SieveContext context);
}
