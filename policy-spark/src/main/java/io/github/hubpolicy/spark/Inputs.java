package io.github.hubpolicy.spark;

import io.github.hubpolicy.json.ReadResult;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.Job;
import org.apache.hadoop.mapreduce.lib.input.FileInputFormat;
import org.apache.hadoop.mapreduce.lib.input.FileSplit;
import org.apache.hadoop.mapreduce.lib.input.TextInputFormat;
import org.apache.spark.api.java.JavaNewHadoopRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import scala.Tuple2;

/**
 * The items of the input files, partition by partition, each numbered with its file and line:
 * JSON Lines read as raw bytes per line (Hadoop's {@link TextInputFormat}), or Parquet whose
 * columns are the item format's fields.
 *
 * <p>Partitions are byte ranges of the files (at most {@code splitBytes} each), not counts of
 * items: the cost of deciding an item grows with its text, and so does its size in bytes, so a
 * partition of a few long items costs about as much as one of many short ones, without a
 * shuffle. Line numbers need to know how many lines come before each byte range: a first pass
 * counts the lines of each range (a few bytes per partition reach the driver), the second reads
 * and decides them.
 */
final class Inputs {
    /** The input format. */
    enum Format {
        /** JSON Lines: one item per line, blank lines skipped, as {@code policy-cli evaluate} reads them. */
        jsonl,
        /** Parquet with the item format's fields as columns; a record's "line" is its row in its file, from 1. */
        parquet
    }

    /** One input record: its file (its place among the inputs, and its name as reports show it) and what it read as. */
    record Numbered(int fileIndex, String file, ReadResult result) {
    }

    /** What a job does with one partition's records. */
    interface PartitionFunction<T> extends Serializable {
        Iterator<T> apply(Iterator<Numbered> records) throws Exception;
    }

    /** The files to read, in the order given (a directory's files sorted by name), and how reports name them. */
    record Files(List<String> qualified, List<String> names) implements Serializable {
        private static final long serialVersionUID = 1L;

        int indexOf(String qualifiedPath) {
            int index = qualified.indexOf(qualifiedPath);
            if (index < 0) {
                throw new IllegalStateException("input split of an unexpected file: " + qualifiedPath);
            }
            return index;
        }
    }

    /** Where a line count starts: a byte range of one file. */
    private record Range(String file, long start) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    private record RangeLines(Range range, long lines) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    private Inputs() {
    }

    /**
     * Expands the arguments (files, directories, globs) into files, on the driver.
     *
     * @throws IllegalArgumentException when an argument names nothing readable
     */
    static Files expand(Configuration conf, List<String> arguments) {
        List<String> qualified = new ArrayList<>();
        List<String> names = new ArrayList<>();
        try {
            for (String argument : arguments) {
                Path path = new Path(argument);
                FileSystem fs = path.getFileSystem(conf);
                FileStatus[] matches = fs.globStatus(path);
                if (matches == null || matches.length == 0) {
                    throw new IllegalArgumentException("cannot read " + argument + ": no such file or directory");
                }
                Arrays.sort(matches, Comparator.comparing(FileStatus::getPath));
                for (FileStatus match : matches) {
                    FileStatus[] files = match.isDirectory() ? fs.listStatus(match.getPath()) : new FileStatus[] {match};
                    Arrays.sort(files, Comparator.comparing(FileStatus::getPath));
                    for (FileStatus file : files) {
                        String name = file.getPath().getName();
                        // Hidden files and Spark's markers (_SUCCESS) are not inputs, as in Spark's own readers.
                        if (file.isFile() && !name.startsWith("_") && !name.startsWith(".")) {
                            Path q = fs.makeQualified(file.getPath());
                            qualified.add(q.toString());
                            names.add(displayName(q));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the inputs: " + e.getMessage(), e);
        }
        if (qualified.isEmpty()) {
            throw new IllegalArgumentException("no input files in " + arguments);
        }
        return new Files(List.copyOf(qualified), List.copyOf(names));
    }

    /** A local file as its path ({@code /data/items.jsonl}), as the CLI names it; any other as its URI. */
    static String displayName(Path qualified) {
        URI uri = qualified.toUri();
        return "file".equals(uri.getScheme()) ? uri.getPath() : qualified.toString();
    }

    /** Applies {@code function} to each partition's numbered records. */
    static <T> JavaRDD<T> map(SparkSession spark, Format format, Files files, boolean lenient, long splitBytes,
                              PartitionFunction<T> function) {
        return format == Format.jsonl ? jsonLines(spark, files, lenient, splitBytes, function)
                : parquet(spark, files, lenient, function);
    }

    @SuppressWarnings("unchecked")
    private static <T> JavaRDD<T> jsonLines(SparkSession spark, Files files, boolean lenient, long splitBytes,
                                            PartitionFunction<T> function) {
        Job job;
        try {
            job = Job.getInstance(new Configuration(spark.sparkContext().hadoopConfiguration()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            FileInputFormat.setInputPaths(job, files.qualified().stream().map(Path::new).toArray(Path[]::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        FileInputFormat.setMaxInputSplitSize(job, splitBytes);
        FileInputFormat.setMinInputSplitSize(job, 1);
        JavaNewHadoopRDD<LongWritable, Text> lines = (JavaNewHadoopRDD<LongWritable, Text>)
                JavaSparkContext.fromSparkContext(spark.sparkContext())
                        .newAPIHadoopRDD(job.getConfiguration(), TextInputFormat.class, LongWritable.class, Text.class);

        spark.sparkContext().setJobDescription("policy-spark: count the lines of each input range");
        Map<Range, Long> firstLines = firstLines(lines.mapPartitionsWithInputSplit((split, records) -> {
            long count = 0;
            for (; records.hasNext(); records.next()) {
                count++;
            }
            return List.of(new RangeLines(range(split), count)).iterator();
        }, true).collect());
        spark.sparkContext().setJobDescription(null);

        return lines.mapPartitionsWithInputSplit((split, records) -> {
            Range range = range(split);
            long first = firstLines.get(range);
            int fileIndex = files.indexOf(range.file());
            String name = files.names().get(fileIndex);
            ItemLines decoder = new ItemLines(lenient);
            Iterator<Numbered> numbered = new Skipping<>(new Iterator<Numbered>() {
                private long line = first;

                @Override
                public boolean hasNext() {
                    return records.hasNext();
                }

                @Override
                public Numbered next() {
                    Tuple2<LongWritable, Text> record = records.next();
                    line++;
                    // Hadoop reuses the Text: read its bytes now.
                    ReadResult result = decoder.read(line, record._2().getBytes(), record._2().getLength());
                    return result == null ? null : new Numbered(fileIndex, name, result);
                }
            });
            return function.apply(numbered);
        }, true);
    }

    private static Range range(org.apache.hadoop.mapreduce.InputSplit split) {
        FileSplit file = (FileSplit) split;
        return new Range(file.getPath().toString(), file.getStart());
    }

    /** The first line number (0-based: lines before it) of each range: its file's lines in the ranges before it. */
    private static Map<Range, Long> firstLines(List<RangeLines> counts) {
        List<RangeLines> sorted = new ArrayList<>(counts);
        sorted.sort(Comparator.comparing((RangeLines c) -> c.range().file()).thenComparingLong(c -> c.range().start()));
        Map<Range, Long> first = new HashMap<>();
        String file = null;
        long before = 0;
        for (RangeLines count : sorted) {
            if (!count.range().file().equals(file)) {
                file = count.range().file();
                before = 0;
            }
            first.put(count.range(), before);
            before += count.lines();
        }
        return first;
    }

    private static <T> JavaRDD<T> parquet(SparkSession spark, Files files, boolean lenient,
                                          PartitionFunction<T> function) {
        Dataset<Row> table = spark.read().parquet(files.qualified().toArray(String[]::new));
        Column[] fields = Arrays.stream(table.columns()).map(functions::col).toArray(Column[]::new);
        // Each row as the JSON object of its non-null columns: the same reader, the same checks and
        // messages as a JSON Lines line.
        Dataset<Row> json = table.select(functions.to_json(functions.struct(fields)).as("json"),
                functions.col("_metadata.file_path").as("file"), functions.col("_metadata.row_index").as("row"));
        return json.javaRDD().mapPartitions(rows -> {
            ItemLines decoder = new ItemLines(lenient);
            return function.apply(new Skipping<>(new Iterator<Numbered>() {
                @Override
                public boolean hasNext() {
                    return rows.hasNext();
                }

                @Override
                public Numbered next() {
                    Row row = rows.next();
                    String file = qualified(row.getString(1));
                    int fileIndex = files.indexOf(file);
                    byte[] bytes = row.getString(0).getBytes(StandardCharsets.UTF_8);
                    ReadResult result = decoder.read(row.getLong(2) + 1, bytes, bytes.length);
                    return result == null ? null : new Numbered(fileIndex, files.names().get(fileIndex), result);
                }
            }));
        });
    }

    /** {@code _metadata.file_path} (a URI) as {@link FileSystem#makeQualified} writes the same file. */
    private static String qualified(String filePath) {
        try {
            return new Path(new URI(filePath)).toString();
        } catch (URISyntaxException e) {
            return filePath;
        }
    }

    /** The elements of an iterator that are not {@code null}. */
    private static final class Skipping<T> implements Iterator<T> {
        private final Iterator<T> in;
        private T next;

        Skipping(Iterator<T> in) {
            this.in = in;
        }

        @Override
        public boolean hasNext() {
            while (next == null && in.hasNext()) {
                next = in.next();
            }
            return next != null;
        }

        @Override
        public T next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            T element = next;
            next = null;
            return element;
        }
    }
}
