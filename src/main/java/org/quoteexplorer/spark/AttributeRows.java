package org.quoteexplorer.spark;

import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/** The row types of the job: what an attributed article becomes, and the quotes table. */
final class AttributeRows {

    /**
     * One row of the quotes table: {@code review.LineAttribution.FlatQuote}, under the column names
     * of the CSV table of {@code attribute --jsonl}. Speaker and mention are null when the engine
     * named nobody; flags is empty without {@code --flags} or when the radar raised none.
     */
    static final StructType QUOTE = new StructType(new StructField[] {
            DataTypes.createStructField("article_id", DataTypes.StringType, false),
            DataTypes.createStructField("quote_id", DataTypes.StringType, false),
            DataTypes.createStructField("text", DataTypes.StringType, false),
            DataTypes.createStructField("speaker", DataTypes.StringType, true),
            DataTypes.createStructField("mention", DataTypes.StringType, true),
            DataTypes.createStructField("confidence", DataTypes.DoubleType, false),
            DataTypes.createStructField("flags", DataTypes.StringType, false)});

    /**
     * One input row after attribution: either a document with its quotes, or the error with the
     * input line (kept only then, to name the row's id in the errors output); block and seq are
     * where the row was in its source, as {@code AttributeJob.articleLines} found it.
     */
    static final StructType RESULT = new StructType(new StructField[] {
            DataTypes.createStructField("id", DataTypes.StringType, true),
            DataTypes.createStructField("document", DataTypes.StringType, true),
            DataTypes.createStructField("quotes", DataTypes.createArrayType(QUOTE, false), false),
            DataTypes.createStructField("line", DataTypes.StringType, true),
            DataTypes.createStructField("source", DataTypes.StringType, true),
            DataTypes.createStructField("error", DataTypes.StringType, true),
            DataTypes.createStructField("block", DataTypes.LongType, false),
            DataTypes.createStructField("seq", DataTypes.LongType, false)});

    private AttributeRows() {
    }
}
