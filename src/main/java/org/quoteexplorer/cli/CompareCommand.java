package org.quoteexplorer.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.quoteexplorer.io.CodePointIndex;
import org.quoteexplorer.io.AnnotationFiles;
import org.quoteexplorer.model.AnnotatedArticle;
import org.quoteexplorer.model.Quote;
import org.quoteexplorer.review.Agreement;
import org.quoteexplorer.review.AgreementReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Two analysts' reviews side by side: the differences quote by quote, then how far they agree,
 * per article and over all articles.
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Compare two reviews of the same articles: list the quotes that differ in span, speaker or "
                + "status, and report the share of paired quotes with the same speaker and Cohen's kappa on the status.",
            "A and B are two annotation files (.json, .jsonld) of one article, or two folders of them; files in "
                + "folders are paired by document id."})
public final class CompareCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "A", description = "the first review: an annotation file or a folder of them")
    Path first;

    @Parameters(index = "1", paramLabel = "B", description = "the second review: an annotation file or a folder of them")
    Path second;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean folderA = Files.isDirectory(first);
        boolean folderB = Files.isDirectory(second);
        if (folderA != folderB) {
            err.println("compare: give two files or two folders; " + (folderA ? first : second) + " is a folder and "
                    + (folderA ? second : first) + " is not");
            return 2;
        }
        for (Path p : List.of(first, second)) {
            if (!Files.exists(p)) {
                // An input that cannot be read, as for every command: 1; 2 is for a misused command line.
                err.println("compare: " + p + ": no such file or folder");
                return 1;
            }
        }
        Map<String, AnnotatedArticle> a;
        Map<String, AnnotatedArticle> b;
        try {
            a = folderA ? readFolder(first) : one(first);
            b = folderB ? readFolder(second) : one(second);
        } catch (IOException e) {
            err.println("compare: " + QuoteExplorerCommand.plainReason(e));
            return 1;
        }
        if (!folderA) {
            // Two files are meant to be the same article, whatever their ids say.
            b = Map.of(a.keySet().iterator().next(), b.values().iterator().next());
        }
        List<Agreement.Result> results = new ArrayList<>();
        int problems = 0;
        for (var entry : a.entrySet()) {
            AnnotatedArticle other = b.get(entry.getKey());
            if (other == null) {
                out.println("article " + entry.getKey() + ": only in " + first);
                continue;
            }
            Agreement.Result r;
            try {
                r = Agreement.compare(entry.getValue(), other);
            } catch (IllegalArgumentException e) {
                err.println("compare: article " + entry.getKey() + ": the two reviews are of different texts "
                        + "(the article changed between them), so their quotes cannot be paired");
                problems++;
                continue;
            }
            results.add(r);
            print(out, entry.getValue(), r);
        }
        for (String id : b.keySet()) {
            if (!a.containsKey(id)) {
                out.println("article " + id + ": only in " + second);
            }
        }
        if (results.size() > 1) {
            Agreement.Result pooled = Agreement.pooled(results);
            out.println();
            out.println("all " + pooled.articles() + " articles: " + figures(pooled));
        }
        return problems == 0 ? 0 : 1;
    }

    private static Map<String, AnnotatedArticle> one(Path file) throws IOException {
        AnnotatedArticle doc = AnnotationFiles.load(file);
        return Map.of(doc.article().id(), doc);
    }

    /**
     * Reviews anywhere under the folder, by document id; ids sorted so the output is stable. Hidden
     * files (an editor's backup, a sync tool's copy) are no review of their own.
     */
    private static Map<String, AnnotatedArticle> readFolder(Path folder) throws IOException {
        List<Path> files = AnnotationFiles.reviewsIn(folder);
        Map<String, AnnotatedArticle> byId = new TreeMap<>();
        Map<String, Path> from = new TreeMap<>();
        for (Path f : files) {
            AnnotatedArticle doc = AnnotationFiles.load(f);
            String id = doc.article().id();
            Path before = from.putIfAbsent(id, f);
            if (before != null) {
                throw new IOException(before + " and " + f + " both hold article " + id
                        + "; keep one review of each article per folder");
            }
            byId.put(id, doc);
        }
        return byId;
    }

    private void print(PrintWriter out, AnnotatedArticle a, Agreement.Result r) {
        out.println("article " + r.documentId() + ": " + AgreementReport.counts(r, "A", "B"));
        String text = a.text();
        // positions as the files give them: in code points, not Java's UTF-16 units
        CodePointIndex positions = CodePointIndex.of(text);
        for (Agreement.Difference d : r.differences()) {
            out.println("  " + describe(d, text, positions));
        }
        out.println("  " + figures(r));
    }

    private static String describe(Agreement.Difference d, String text, CodePointIndex positions) {
        Quote a = d.a();
        Quote b = d.b();
        return switch (d.kind()) {
            case ONLY_A -> "only in A  " + where(a, positions) + " " + snippet(a, text) + " (" + who(d.speakerA()) + ", " + a.status().code() + ")";
            case ONLY_B -> "only in B  " + where(b, positions) + " " + snippet(b, text) + " (" + who(d.speakerB()) + ", " + b.status().code() + ")";
            case SPAN -> "span       " + where(a, positions) + " A " + range(a, positions) + ", B " + range(b, positions)
                    + " " + snippet(a, text);
            case SPEAKER -> "speaker    " + where(a, positions) + " A " + who(d.speakerA()) + ", B " + who(d.speakerB()) + " " + snippet(a, text);
            case STATUS -> "status     " + where(a, positions) + " A " + a.status().code() + ", B " + b.status().code() + " " + snippet(a, text);
        };
    }

    private static String where(Quote q, CodePointIndex positions) {
        return q.id() + " at " + positions.toCodePoints(q.span().start());
    }

    private static String range(Quote q, CodePointIndex positions) {
        return positions.toCodePoints(q.span().start()) + "-" + positions.toCodePoints(q.span().end());
    }

    private static String who(String name) {
        return AgreementReport.who(name);
    }

    private static String snippet(Quote q, String text) {
        return AgreementReport.snippet(q, text);
    }

    static String figures(Agreement.Result r) {
        return AgreementReport.figures(r);
    }
}
