package org.quoteexplorer.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Articles written under an id an earlier article of the input already used, as
 * {@code attribute --jsonl} warns of them: both documents are written (dropping either would lose
 * an article), and the reader of the output must know that the id no longer names one article.
 *
 * <p>"Earlier" is input order: by source file, then place in the file. A row knows its file, the
 * start of the file block it was read from and a number that grows along its partition; a block
 * is read whole by one partition, in order, so the lines before a row in its file are those of the
 * file's earlier blocks and those of its own block read before it. Only the ids used more than once
 * and the blocks (a few per file) come back to the driver, never the articles.
 */
final class RepeatedIds {

    /** Warnings printed: a feed that repeats every article must not bury the summary. */
    static final int SHOWN = 100;

    /**
     * @param count    the articles whose id an earlier one used
     * @param warnings the first {@link #SHOWN} of them in input order, one sentence each
     */
    record Found(long count, List<String> warnings) {
        static final Found NONE = new Found(0, List.of());
    }

    private record Block(String source, long start) {
    }

    private record Place(String source, long block, long seq) {
    }

    private RepeatedIds() {
    }

    /**
     * @param results the job's results (persisted: read several times here)
     * @param unit    what a place in a source is called: "line" for JSON Lines, "row" otherwise
     */
    static Found find(Dataset<Row> results, String unit) {
        Dataset<Row> written = results.where(col("error").isNull()).select(col("id"), col("source"), col("block"), col("seq"));
        Dataset<Row> firsts = written.groupBy(col("id"))
                .agg(count(lit(1)).as("uses"), min(struct(col("source"), col("block"), col("seq"))).as("first"))
                .where(col("uses").gt(1));
        Row total = firsts.agg(sum(col("uses").minus(1))).first();
        if (total.isNullAt(0) || total.getLong(0) == 0) {
            return Found.NONE;
        }
        List<Row> later = written.join(firsts, "id")
                .where(not(struct(col("source"), col("block"), col("seq")).equalTo(col("first"))))
                .orderBy(col("source"), col("block"), col("seq"))
                .limit(SHOWN)
                .collectAsList();
        Map<Block, long[]> blocks = blocks(results);
        List<String> warnings = new ArrayList<>();
        for (Row row : later) {
            Place place = new Place(row.getString(row.fieldIndex("source")), row.getLong(row.fieldIndex("block")),
                    row.getLong(row.fieldIndex("seq")));
            Row firstRow = row.getStruct(row.fieldIndex("first"));
            Place first = new Place(firstRow.getString(0), firstRow.getLong(1), firstRow.getLong(2));
            warnings.add(sentence(row.getString(row.fieldIndex("id")), place, first, blocks, unit));
        }
        return new Found(total.getLong(0), List.copyOf(warnings));
    }

    /** For each block of each source: the partition number of its first row, and the rows of the source before it. */
    private static Map<Block, long[]> blocks(Dataset<Row> results) {
        List<Row> rows = results.groupBy(col("source"), col("block"))
                .agg(min(col("seq")).as("first"), count(lit(1)).as("rows"))
                .orderBy(col("source"), col("block"))
                .collectAsList();
        Map<Block, long[]> blocks = new HashMap<>();
        String source = null;
        long before = 0;
        for (Row row : rows) {
            if (!row.getString(0).equals(source)) {
                source = row.getString(0);
                before = 0;
            }
            blocks.put(new Block(source, row.getLong(1)), new long[] {row.getLong(2), before});
            before += row.getLong(3);
        }
        return blocks;
    }

    private static long number(Place place, Map<Block, long[]> blocks) {
        long[] block = blocks.get(new Block(place.source(), place.block()));
        return block[1] + place.seq() - block[0] + 1;
    }

    /** The wording of {@code attribute --jsonl}, with the source in front since a run reads many. */
    private static String sentence(String id, Place place, Place first, Map<Block, long[]> blocks, String unit) {
        String where = place.source().isEmpty() ? "" : place.source() + ": ";
        String firstWhere = unit + " " + number(first, blocks)
                + (first.source().equals(place.source()) ? "" : " of " + first.source());
        return where + unit + " " + number(place, blocks) + ": id " + quoted(id) + " was already used on " + firstWhere
                + "; both are written";
    }

    private static String quoted(String id) {
        return "\"" + id.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
