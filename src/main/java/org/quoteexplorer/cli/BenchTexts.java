package org.quoteexplorer.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.quoteexplorer.eval.GoldCorpus;
import org.quoteexplorer.eval.GoldDocument;

/**
 * The texts the benchmark runs on: news articles (PolNeAR's when the shared corpus is there,
 * otherwise generated ones that look like news), and generated shapes that have made the engine
 * slow before: one long paragraph, one line, many quotes, many speakers, unbalanced marks, many
 * short paragraphs. All generated text is seeded, so every run measures the same text.
 */
final class BenchTexts {

    static final String SAMPLE_RESOURCE = "/assets/articles/kremlin-iran.txt";

    private static final String[] FIRST = {"Ana", "Tomas", "Lena", "Ravi", "Ola", "Mira", "Jonas", "Ines", "Karel",
        "Sana", "Piet", "Dora", "Emil", "Yara", "Bruno", "Nadia"};
    private static final String[] LAST = {"Kiril", "Berg", "Ostrova", "Menon", "Dahl", "Varga", "Lindqvist", "Moreau",
        "Haddad", "Novak", "Okafor", "Serrano", "Takeda", "Vesely", "Quint", "Arendt"};
    private static final String[] VERBS = {"said", "told reporters", "added", "warned", "explained", "insisted",
        "wrote", "argued"};
    private static final String[] ROLES = {"the mayor", "a spokeswoman for the port", "the finance minister",
        "a union leader", "the council's chair", "an economist at the central bank"};
    private static final String[] WORDS = ("the council vote harbour plan budget ferry town minister talks deal week "
            + "report rates market union strike court ruling election campaign border trade energy prices water "
            + "project delay officials residents police hospital school road bridge tax").split(" ");
    private static final String[] SYLLABLES = {"ka", "lo", "mi", "ren", "ta", "vo", "shi", "dan", "el", "ru", "no",
        "bra", "sel", "tor", "vin", "ga", "pe", "lu", "mar", "zo"};

    private BenchTexts() {
    }

    static String sample() throws IOException {
        try (InputStream in = BenchTexts.class.getResourceAsStream(SAMPLE_RESOURCE)) {
            if (in == null) {
                throw new IOException("sample article " + SAMPLE_RESOURCE + " missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** PolNeAR's train texts when {@code shared} has them, else null. */
    static List<String> polnear(Path shared) throws IOException {
        Path train = polnearFile(shared);
        if (!Files.isRegularFile(train)) {
            return null;
        }
        List<String> texts = new ArrayList<>();
        for (GoldDocument d : GoldCorpus.read(train)) {
            texts.add(d.text());
        }
        return texts;
    }

    static Path polnearFile(Path shared) {
        return shared.resolve("corpus").resolve("polnear").resolve("train.json");
    }

    /** Generated articles of about PolNeAR's size (4 to 5 KB): a headline and paragraphs of reporting and quotes. */
    static List<String> generatedNews(int articles, long seed) {
        Random random = new Random(seed);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < articles; i++) {
            StringBuilder text = new StringBuilder(capitalised(words(random, 6))).append('\n');
            int paragraphs = 10 + random.nextInt(14);
            for (int p = 0; p < paragraphs; p++) {
                text.append(paragraph(random)).append('\n');
            }
            texts.add(text.toString());
        }
        return texts;
    }

    private static String paragraph(Random random) {
        String name = FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)];
        String verb = VERBS[random.nextInt(VERBS.length)];
        String quote = capitalised(words(random, 5 + random.nextInt(12)));
        return switch (random.nextInt(6)) {
            case 0 -> "\u201C" + quote + ",\u201D " + name + ", " + ROLES[random.nextInt(ROLES.length)] + ", " + verb + ".";
            case 1 -> name + " " + verb + " that the " + words(random, 4) + " was \u201C" + words(random, 6) + ".\u201D";
            case 2 -> "\u201C" + quote + ".\u201D " + capitalised(words(random, 8)) + ".";
            case 3 -> capitalised(words(random, 10)) + ", according to " + ROLES[random.nextInt(ROLES.length)] + ". "
                    + capitalised(words(random, 12)) + ".";
            case 4 -> "\u201C" + quote + ",\u201D " + verb + " " + name + ". \u201C" + capitalised(words(random, 9)) + ".\u201D";
            default -> capitalised(words(random, 14)) + ". " + capitalised(words(random, 9)) + ".";
        };
    }

    private static String words(Random random, int count) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(WORDS[random.nextInt(WORDS.length)]);
        }
        return sb.toString();
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** One news article of at least {@code bytes} of UTF-8: whole articles in a row, one paragraph per line. */
    static String newsArticle(List<String> news, long bytes) {
        StringBuilder text = new StringBuilder("News of the week\n");
        long size = 17;
        for (int i = 0; size < bytes; i++) {
            String t = news.get(i % news.size()).strip();
            text.append(t).append('\n');
            size += utf8Length(t) + 1;
        }
        return text.toString();
    }

    /** The generated shapes by name, each about {@code bytes} long; "news" first. */
    static Map<String, String> shapes(List<String> news, long bytes) {
        Map<String, String> shapes = new LinkedHashMap<>();
        String article = newsArticle(news, bytes);
        shapes.put("news", article);
        String body = article.substring(article.indexOf('\n') + 1).replace('\n', ' ');
        shapes.put("long_paragraph", "One long paragraph\n" + body);
        shapes.put("one_line", body);
        shapes.put("many_quotes", repeat("\u201Ca,\u201D said Bob. ", bytes));
        shapes.put("many_speakers", manySpeakers(bytes));
        shapes.put("unbalanced_marks", unbalanced(bytes));
        shapes.put("short_paragraphs", shortParagraphs(bytes));
        return shapes;
    }

    private static String repeat(String unit, long bytes) {
        return unit.repeat((int) Math.max(1, bytes / utf8Length(unit)));
    }

    private static String manySpeakers(long bytes) {
        Random random = new Random(7);
        Set<String> used = new HashSet<>();
        StringBuilder text = new StringBuilder("Everyone had a say\n");
        while (text.length() < bytes) {
            String name = inventedName(random);
            if (!used.add(name)) {
                continue;
            }
            text.append("\u201C").append(capitalised(words(random, 6))).append(",\u201D ").append(name).append(' ')
                    .append(VERBS[random.nextInt(VERBS.length)]).append(". ");
            if (random.nextInt(4) == 0) {
                text.append('\n');
            }
        }
        return text.toString();
    }

    private static String inventedName(Random random) {
        return capitalised(syllables(random, 2)) + " " + capitalised(syllables(random, 2 + random.nextInt(2)));
    }

    private static String syllables(Random random, int count) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < count; i++) {
            sb.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
        }
        return sb.toString();
    }

    private static String unbalanced(long bytes) {
        Random random = new Random(11);
        StringBuilder text = new StringBuilder("Marks that never close\n");
        int word = 0;
        while (text.length() < bytes) {
            if (word % 4 == 0) {
                text.append('\u201C');
            }
            text.append(WORDS[random.nextInt(WORDS.length)]);
            word++;
            text.append(word % 60 == 0 ? ".\n" : " ");
        }
        return text.toString();
    }

    private static String shortParagraphs(long bytes) {
        Random random = new Random(13);
        StringBuilder text = new StringBuilder("Short takes\n");
        while (text.length() < bytes) {
            String name = FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)];
            text.append(random.nextBoolean() ? "\u201CYes,\u201D said " + name + ".\n" : capitalised(words(random, 3)) + ".\n");
        }
        return text.toString();
    }

    static long utf8Length(String s) {
        long n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                n++;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c)) {
                n += 4;
                i++;
            } else {
                n += 3;
            }
        }
        return n;
    }
}
