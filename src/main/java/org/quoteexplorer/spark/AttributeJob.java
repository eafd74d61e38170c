package org.quoteexplorer.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.get_json_object;
import static org.apache.spark.sql.functions.input_file_block_start;
import static org.apache.spark.sql.functions.input_file_name;
import static org.apache.spark.sql.functions.monotonically_increasing_id;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.to_json;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.security.UserGroupInformation;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.quoteexplorer.io.AnnotationFormatException;
import org.quoteexplorer.io.KnownSpeakers;
import org.slf4j.LoggerFactory;

/**
 * {@code attribute --jsonl} on a cluster: reads articles from any Spark source with {@code id}
 * and {@code text} columns (JSON Lines or Parquet), attributes them partition by partition with
 * one engine each, and writes under OUT:
 * <ul>
 * <li>{@code documents/}: text files, one annotated document per line, the very lines
 * {@code attribute --jsonl} writes for the same articles;</li>
 * <li>{@code quotes/}: Parquet, one row per quote ({@link AttributeRows#QUOTE});</li>
 * <li>{@code errors/}: JSON Lines, one row per article that could not be attributed (id when it
 * has one, source file, message); the other articles are not affected.</li>
 * </ul>
 * An id that an earlier article of the input used is said on standard error, as
 * {@code attribute --jsonl} says it, and both documents are written.
 *
 * <p>{@code spark-submit --class org.quoteexplorer.spark.AttributeJob quote-explorer-spark.jar IN OUT
 * [--format json|parquet|<any Spark source>] [--flags] [--speakers FILE | --no-speakers]}
 */
public final class AttributeJob {

    static final String USAGE = "usage: AttributeJob IN OUT [--format json|parquet|<Spark source>] [--flags] "
            + "[--speakers FILE | --no-speakers]";

    /** The optional article columns carried into the document, as {@code attribute --jsonl} reads them. */
    static final List<String> ARTICLE_COLUMNS = List.of("id", "text", "title", "date", "publisher", "url");

    private AttributeJob() {
    }

    /**
     * What one run did.
     *
     * @param articles the documents written
     * @param quotes   the quote rows written
     * @param refused  the rows written to errors/
     * @param repeatedIds the articles written under an id that an earlier article of the input used
     * @param warnings    what is said of the first of them, in input order (at most {@value RepeatedIds#SHOWN})
     */
    public record Summary(long articles, long quotes, long refused, long repeatedIds, List<String> warnings) {
    }

    public static void main(String[] args) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("AttributeJob: " + e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        userWithoutPasswdEntry();
        long start = System.nanoTime();
        SparkConf conf = new SparkConf().setAppName("Quote Explorer attribute");
        if (!conf.contains("spark.master")) {
            // Run from the jar with plain java (no spark-submit): use this machine's cores.
            conf.setMaster("local[*]");
        }
        SparkSession spark = SparkSession.builder().config(conf).getOrCreate();
        long up = System.nanoTime();
        int status = 0;
        try {
            Summary summary = run(spark, options);
            long done = System.nanoTime();
            summary.warnings().forEach(w -> System.err.println("AttributeJob: " + w));
            if (summary.repeatedIds() > summary.warnings().size()) {
                System.err.println("AttributeJob: … and " + (summary.repeatedIds() - summary.warnings().size())
                        + " more articles under an id used before them; both are written each time");
            }
            System.out.println("AttributeJob: " + summary.articles() + " articles, " + summary.quotes() + " quotes"
                    + (summary.refused() == 0 ? "" : ", " + summary.refused() + " rows refused (see "
                            + new Path(options.output(), "errors") + ")")
                    + "; written to " + options.output()
                    + String.format(java.util.Locale.ROOT, " in %.1f s (Spark start-up %.1f s)",
                            (done - start) / 1e9, (up - start) / 1e9));
        } catch (JobException e) {
            System.err.println("AttributeJob: " + e.getMessage());
            status = 1;
        } catch (Exception e) {
            // A failed stage (or a file system's checked exception, which Scala throws undeclared):
            // the user gets one line, the cluster's log keeps the whole trace.
            LoggerFactory.getLogger(AttributeJob.class).error("the run failed", e);
            System.err.println("AttributeJob: the run failed: " + firstLine(e.getMessage())
                    + " (the details are in the Spark log)");
            status = 1;
        } finally {
            spark.stop();
        }
        if (status != 0) {
            System.exit(status);
        }
    }

    /** The user the job runs as when the operating system knows no name for it and none is given. */
    static final String FALLBACK_USER = "quoteexplorer";

    /**
     * Hadoop logs in as the operating system's user, and that login fails outright ("invalid null
     * input: name") when the uid has no passwd entry, as in a container started with
     * {@code --user 1234}; setting {@code HADOOP_USER_NAME} alone does not avoid it, because the
     * operating-system login runs first. Java reports such a user as "?". The job then runs as
     * {@code HADOOP_USER_NAME} (environment or system property) or {@value #FALLBACK_USER}, without
     * asking the operating system. Must run before the Spark session starts.
     */
    public static void userWithoutPasswdEntry() {
        String os = System.getProperty("user.name", "");
        if (!os.isBlank() && !os.equals("?")) {
            return;
        }
        String name = System.getenv("HADOOP_USER_NAME");
        if (name == null || name.isBlank()) {
            name = System.getProperty("HADOOP_USER_NAME");
        }
        if (name == null || name.isBlank()) {
            name = FALLBACK_USER;
        }
        System.setProperty("HADOOP_USER_NAME", name);
        UserGroupInformation.setLoginUser(UserGroupInformation.createRemoteUser(name));
    }

    /**
     * Attributes {@code options.input()} into {@code options.output()} (replaced if it exists).
     *
     * @throws JobException for a problem of the whole run (no such input, no text column, an unreadable
     *                      speaker list), in words for the user
     */
    public static Summary run(SparkSession spark, Options options) throws JobException {
        requireFolderOrNothing(spark, options.output());
        String format = options.format() != null ? options.format() : detectFormat(spark, options.input());
        Broadcast<String> speakers = JavaSparkContext.fromSparkContext(spark.sparkContext())
                .broadcast(speakerList(spark, options));
        Dataset<Row> lines = articleLines(spark, format, options.input());
        Dataset<Row> results = lines.mapPartitions(
                new AttributePartition(speakers, options.noSpeakers(), options.flags()),
                Encoders.row(AttributeRows.RESULT));
        // Three outputs come from one attribution: keep it rather than attribute every article three times.
        results.persist(StorageLevel.MEMORY_AND_DISK());
        try {
            String out = options.output();
            results.where(col("error").isNull()).select(col("document"))
                    .write().mode(SaveMode.Overwrite).text(out + "/documents");
            results.where(col("error").isNull()).select(explode(col("quotes")).as("q")).select(col("q.*"))
                    .write().mode(SaveMode.Overwrite).parquet(out + "/quotes");
            results.where(col("error").isNotNull())
                    // Only refused rows keep their input, so the id is read from it only for them.
                    .select(get_json_object(col("line"), "$.id").as("id"), col("source"), col("error").as("message"))
                    .coalesce(1)
                    .write().mode(SaveMode.Overwrite).json(out + "/errors");
            Row totals = results.agg(count(col("document")), sum(size(col("quotes"))), count(col("error"))).first();
            RepeatedIds.Found repeated = RepeatedIds.find(results, format.equals("json") ? "line" : "row");
            return new Summary(totals.getLong(0), totals.isNullAt(1) ? 0 : totals.getLong(1), totals.getLong(2), repeated.count(),
                    repeated.warnings());
        } finally {
            results.unpersist();
        }
    }

    /**
     * The input as rows of ({@code line}, {@code source}, {@code block}, {@code seq}): each line is
     * what {@code attribute --jsonl} would read for that article, so both give the same document;
     * block and seq place the row in its source (see {@link RepeatedIds}). All three are taken
     * while the input is scanned, the only time Spark knows them.
     */
    static Dataset<Row> articleLines(SparkSession spark, String format, String input) throws JobException {
        Dataset<Row> lines;
        try {
            if (format.equals("json")) {
                // JSON Lines are read as lines, not through Spark's JSON schema, which would turn a
                // number given as "text" into a string and hide a broken line in a corrupt-record column.
                // Lines end at "\n" alone, as attribute --jsonl reads them: a lone CR is JSON white
                // space inside a line there, and Spark's default would cut the line at it.
                lines = spark.read().option("lineSep", "\n").text(input).select(col("value").as("line"));
            } else {
                Dataset<Row> rows = spark.read().format(format).load(input);
                List<String> present = Arrays.asList(rows.columns());
                if (!present.contains("text")) {
                    throw new JobException(input + ": no \"text\" column (found " + String.join(", ", present)
                            + "); articles need \"id\" and \"text\"");
                }
                List<Column> fields = new ArrayList<>();
                for (String name : ARTICLE_COLUMNS) {
                    if (present.contains(name)) {
                        fields.add(col(name));
                    }
                }
                // A missing or null column is left out of the line, as a feed leaves out a key,
                // and is refused for that row alone when the article needs it.
                lines = rows.select(to_json(struct(fields.toArray(Column[]::new)),
                        Map.of("timestampFormat", "yyyy-MM-dd'T'HH:mm:ssXXX", "ignoreNullFields", "true")).as("line"));
            }
        } catch (JobException e) {
            throw e;
        } catch (Exception e) {
            // Spark reports a missing path or an unreadable file as an AnalysisException, which Scala
            // throws undeclared, so Java cannot catch it by name.
            if (e instanceof AnalysisException) {
                // Its messages start with an error-class tag ("[PATH_NOT_FOUND]") meant for Spark developers.
                String message = firstLine(((AnalysisException) e).getSimpleMessage()).replaceFirst("^\\[[A-Z0-9_.]+\\]\\s*", "");
                throw new JobException(input + ": " + message, e);
            }
            throw e;
        }
        Dataset<Row> placed = lines.withColumn("source", input_file_name()).withColumn("block", input_file_block_start())
                .withColumn("seq", monotonically_increasing_id());
        // Blank lines (white space or a byte-order mark alone) are passed over, as attribute --jsonl
        // passes over them; filtered once every line has its place, so the places stay the file's.
        return format.equals("json") ? placed.where(col("line").rlike("[^\\p{javaWhitespace}\\x{FEFF}]")) : placed;
    }

    /** OUT becomes a folder: a file there would fail the run only after every article was attributed. */
    private static void requireFolderOrNothing(SparkSession spark, String output) throws JobException {
        try {
            Path path = new Path(output);
            FileSystem fs = path.getFileSystem(spark.sparkContext().hadoopConfiguration());
            if (fs.exists(path) && fs.getFileStatus(path).isFile()) {
                throw new JobException(output + " is a file; the job writes a folder there (documents/, quotes/, errors/)");
            }
        } catch (java.io.IOException e) {
            throw new JobException(output + ": " + e.getMessage(), e);
        }
    }

    /**
     * "json" for paths (or folders of files) ending in .json, .jsonl or .ndjson (compressed too),
     * "parquet" for .parquet.
     */
    static String detectFormat(SparkSession spark, String input) throws JobException {
        String byName = formatOf(input);
        if (byName != null) {
            return byName;
        }
        try {
            Path path = new Path(input);
            FileSystem fs = path.getFileSystem(spark.sparkContext().hadoopConfiguration());
            if (fs.getFileStatus(path).isDirectory()) {
                for (var status : fs.listStatus(path)) {
                    String name = status.getPath().getName();
                    if (status.isFile() && !name.startsWith("_") && !name.startsWith(".")) {
                        String format = formatOf(name);
                        if (format != null) {
                            return format;
                        }
                    }
                }
            }
        } catch (java.io.FileNotFoundException e) {
            throw new JobException(input + ": no such file or folder");
        } catch (IOException e) {
            throw new JobException(input + ": cannot be read: " + firstLine(e.getMessage()), e);
        }
        throw new JobException(input + ": cannot tell whether this is JSON Lines or Parquet from its name; "
                + "add --format json or --format parquet");
    }

    static String formatOf(String name) {
        String lower = name.toLowerCase(java.util.Locale.ROOT).replaceAll("\\.(gz|bz2|zst|lz4|snappy|deflate)$", "");
        if (lower.endsWith(".json") || lower.endsWith(".jsonl") || lower.endsWith(".ndjson")) {
            return "json";
        }
        if (lower.endsWith(".parquet")) {
            return "parquet";
        }
        return null;
    }

    /**
     * The speaker list as JSON for the executors, checked here so a broken list stops the run before
     * any article; the bundled list travels in the jar and is read there ({@code null}).
     */
    static String speakerList(SparkSession spark, Options options) throws JobException {
        if (options.speakers() == null || options.noSpeakers()) {
            return null;
        }
        Path path = new Path(options.speakers());
        String json;
        try (InputStream in = path.getFileSystem(spark.sparkContext().hadoopConfiguration()).open(path)) {
            json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (java.io.FileNotFoundException e) {
            throw new JobException(options.speakers() + ": no such speaker list");
        } catch (IOException e) {
            throw new JobException(options.speakers() + ": cannot be read: " + firstLine(e.getMessage()), e);
        }
        try {
            KnownSpeakers.read(json);
        } catch (AnnotationFormatException e) {
            throw new JobException(options.speakers() + ": " + e.getMessage(), e);
        }
        return json;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown problem";
        }
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }

    /** A problem of the whole run, in words for the user. */
    public static final class JobException extends Exception {

        private static final long serialVersionUID = 1L;

        JobException(String message) {
            super(message);
        }

        JobException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * The command line.
     *
     * @param format   a Spark source name, or {@code null} to tell it from the input's name
     * @param speakers a speaker list (JSON, any Hadoop path), or {@code null} for the bundled one
     */
    public record Options(String input, String output, String format, boolean flags, String speakers,
            boolean noSpeakers) {

        public static Options parse(String... args) {
            List<String> positional = new ArrayList<>();
            String format = null;
            String speakers = null;
            boolean flags = false;
            boolean noSpeakers = false;
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                switch (arg) {
                    case "--flags" -> flags = true;
                    case "--no-speakers" -> noSpeakers = true;
                    case "--format", "--speakers" -> {
                        if (i + 1 >= args.length) {
                            throw new IllegalArgumentException(arg + " needs a value");
                        }
                        String value = args[++i];
                        if (arg.equals("--format")) {
                            format = value.toLowerCase(java.util.Locale.ROOT);
                        } else {
                            speakers = value;
                        }
                    }
                    default -> {
                        if (arg.startsWith("--")) {
                            throw new IllegalArgumentException("unknown option " + arg);
                        }
                        positional.add(arg);
                    }
                }
            }
            if (positional.size() != 2) {
                throw new IllegalArgumentException("expected IN and OUT, got " + positional.size() + " paths");
            }
            if (noSpeakers && speakers != null) {
                throw new IllegalArgumentException("--speakers and --no-speakers exclude each other");
            }
            return new Options(positional.get(0), positional.get(1), format, flags, speakers, noSpeakers);
        }
    }
}
