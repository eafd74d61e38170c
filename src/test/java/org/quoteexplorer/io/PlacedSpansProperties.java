package org.quoteexplorer.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.quoteexplorer.model.Span;

/** Re-anchoring places a quote only where it overlaps none placed before, empty spans too. */
class PlacedSpansProperties {

    @Property(tries = 500)
    void answersAsAskingEveryPlacedSpan(@ForAll("spans") List<Span> spans) {
        Reanchor.PlacedSpans taken = new Reanchor.PlacedSpans();
        List<Span> placed = new ArrayList<>();
        for (Span span : spans) {
            boolean overlaps = placed.stream().anyMatch(p -> p.overlaps(span));
            assertThat(taken.overlaps(span)).as(span + " among " + placed).isEqualTo(overlaps);
            if (!overlaps) {
                placed.add(span);
                taken.add(span);
            }
        }
    }

    @Provide
    Arbitrary<List<Span>> spans() {
        return Combinators.combine(Arbitraries.integers().between(0, 60), Arbitraries.integers().between(0, 8))
                .as((start, length) -> new Span(start, start + length)).list().ofMaxSize(40);
    }
}
