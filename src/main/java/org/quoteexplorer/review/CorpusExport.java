package org.quoteexplorer.review;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.quoteexplorer.model.Quote;
import org.quoteexplorer.model.QuoteStatus;
import org.quoteexplorer.model.RegistryEntry;
import org.quoteexplorer.model.Speaker;

/**
 * The rules of a corpus export shared by the command line and the window: which quotes go in,
 * and how an article's speaker becomes the registry's person, the same in every article.
 */
public final class CorpusExport {

    private CorpusExport() {
    }

    /** The quotes an analyst accepted or corrected, for an export of reviewed quotes only. */
    public static boolean isConfirmed(Quote q) {
        return q.status() == QuoteStatus.ACCEPTED || q.status() == QuoteStatus.CORRECTED;
    }

    /**
     * An article's speaker in the registry (by name, else by one of its aliases), counting the
     * quotes it links and those it cannot, for the summary an export prints.
     */
    public static final class Linker implements Function<Speaker, RegistryEntry> {

        private final SpeakerRegistry registry;
        private final AtomicLong linked = new AtomicLong();
        private final AtomicLong unlinked = new AtomicLong();

        public Linker(SpeakerRegistry registry) {
            this.registry = registry;
        }

        @Override
        public RegistryEntry apply(Speaker speaker) {
            Optional<RegistryEntry> found = CorpusFigures.registryEntry(speaker, registry);
            (found.isPresent() ? linked : unlinked).incrementAndGet();
            return found.orElse(null);
        }

        /** Quotes whose speaker the registry knows. */
        public long linked() {
            return linked.get();
        }

        /** Quotes whose speaker it does not know (written with an empty speaker_id). */
        public long unlinked() {
            return unlinked.get();
        }
    }
}
