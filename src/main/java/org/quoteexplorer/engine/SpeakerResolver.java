package org.quoteexplorer.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.quoteexplorer.model.Span;
import org.quoteexplorer.model.Speaker;
import org.quoteexplorer.model.SpeakerKind;

/**
 * Who the mentions are: merges the mentions of one speaker within the article ("Norland’s
 * Defence Minister Ana Kiril", "Minister Kiril", "Kiril", "the minister") into one entity,
 * resolves pronouns to the nearest compatible speaker before them, and follows inherited
 * decisions to the quote they rest on.
 */
final class SpeakerResolver {

    /** A speaker as it is being assembled from its mentions. */
    static final class Entity {
        String name;
        SpeakerKind kind;
        String title;
        /** The longest clean title this article gives the entity, the one shown beside it. */
        String articleTitle;
        /** The title from the speaker list, shown only when the article gives none. */
        String listTitle;
        final Set<String> aliases = new LinkedHashSet<>();
        char gender; // 'm', 'f' or 0 when unknown
        /**
         * Named with a role set off beside the name ("Guo Wenbin, a spokesman", "a spokesman …,
         * Guo Wenbin,"): a person, as a title before the name would say, so "Guo said" may be him.
         */
        boolean setOffByRole;
        /** {@link #givenNameGender(Entity)} of {@link #name} as it was when last asked. */
        String givenNameOf;
        char givenNameGender;
        final boolean known;
        /** The speaker registry's entry a known speaker comes from, or {@code null}. */
        String registryId;
        int mentions;
        /** When the entity last took each title word it holds: the latest wins a tie in {@link #titled}. */
        Map<String, Long> titleTaken;
        /** Its speaker id in the annotated article ("s3"), or {@code null} before it has one. */
        String speakerId;

        Entity(String name, SpeakerKind kind, boolean known) {
            this.name = name;
            this.kind = kind;
            this.known = known;
        }

        int nameWords() {
            return wordCount(name);
        }
    }

    private static final int PRONOUN_LOOKBACK_SENTENCES = 5;
    private static final int SECOND_LOOKBACK_SENTENCES = 8;
    private static final int SECOND_LOOKBACK_PARAGRAPHS = 4;
    private static final WordSet SUFFIXES = new WordSet(WordLists.words("name-suffixes.txt"));
    private static final WordSet INDEFINITE = new WordSet(WordLists.words("indefinite-determiners.txt"));
    private static final WordSet FEMALE = new WordSet(WordLists.words("female-words.txt"));
    private static final WordSet MALE = new WordSet(WordLists.words("male-words.txt"));

    /** {@link Lexicon#TITLES} as a {@link WordSet}: asked of every word of every title. */
    private static final WordSet TITLE_WORDS = new WordSet(Lexicon.TITLES);

    private final Analysis doc;
    private final Map<String, Entity> byName = new HashMap<>();
    /** Everyone named with a surname, in order of first mention: "Clinton" may be Hillary or Bill. */
    private final Map<String, List<Entity>> bySurname = new HashMap<>();
    /**
     * Multi-word names by their first word, for names written family name first ("Wang Yi" →
     * "Wang said", "Lee Jae-myung" → "Lee"); {@link #SHARED} where two people share the word.
     */
    private final Map<String, Entity> byFirstWord = new HashMap<>();
    private static final Entity SHARED = new Entity("", SpeakerKind.UNKNOWN, false);
    /** Organisations by the initials of their name's capitalised words: "european union" → "eu". */
    private final Map<String, Entity> byInitials = new HashMap<>();
    /** Per title word, the entity "the &lt;title&gt;" means: see {@link #standFor}. */
    private final Map<String, Entity> bestTitled = new HashMap<>();
    /** Everyone holding each title word, in the order they took it: for "the Kestrian minister". */
    private final Map<String, List<Entity>> titleHolders = new HashMap<>();
    private long titleClock;
    private final Map<String, Entity> byOrganisationHead = new HashMap<>();
    /**
     * The entity of each of the article's mentions, by its index, and of other mentions (built by
     * the cue finder or a subject search) by identity: an identity map of every mention was a
     * tenth of a many-quote article's time.
     */
    private final Entity[] entities;
    private final Map<Mention, Entity> otherEntities = new IdentityHashMap<>();
    private final Map<Mention, Entity> pronouns = new IdentityHashMap<>();
    /**
     * Per quote, the speaker it ends up with, once {@link #quoteSpeakerKnown} says it has been
     * followed: arrays, as a map keyed by boxed quote numbers was a tenth of a many-quote article's time.
     */
    private final Entity[] quoteSpeakers;
    private final boolean[] quoteSpeakerKnown;
    private final List<Mention> unresolvedRoles = new ArrayList<>();
    /** Per mention, {@link Titles#apposition} once worked out: clustering and the title loop both ask. */
    private final String[] appositions;
    private final boolean[] appositionKnown;
    /** Who "I" and "we" are outside quotes: the article's own author. */
    private Entity writer;

    SpeakerResolver(Analysis doc, List<Speaker> known) {
        this.doc = doc;
        this.entities = new Entity[doc.mentions().size()];
        this.appositions = new String[entities.length];
        this.appositionKnown = new boolean[entities.length];
        this.quoteSpeakers = new Entity[doc.quotes().size()];
        this.quoteSpeakerKnown = new boolean[quoteSpeakers.length];
        for (Speaker speaker : known) {
            Entity e = new Entity(speaker.name(), speaker.kind(), true);
            e.title = speaker.title();
            e.listTitle = speaker.title();
            e.registryId = speaker.registryId();
            e.aliases.addAll(speaker.aliases());
            register(e, speaker.name());
            for (String alias : speaker.aliases()) {
                register(e, alias);
            }
        }
        List<Mention> mentions = doc.mentions();
        for (Mention m : mentions) {
            if (!m.isPronoun()) {
                putEntity(m, cluster(m));
            }
        }
        for (Mention m : mentions) {
            Entity e = m.isPronoun() || m.name() == null ? null : storedEntity(m);
            if (e != null) {
                String apposition = apposition(m);
                if (apposition == null && e.articleTitle == null) {
                    apposition = Titles.roleBefore(doc, m);
                }
                if (apposition != null && (e.articleTitle == null || apposition.length() > e.articleTitle.length())) {
                    e.articleTitle = apposition;
                }
            }
        }
        // A headline names the role before the body names the person ("Harbour Chief Calls …").
        for (Mention m : unresolvedRoles) {
            String key = roleKey(m.title());
            Entity titled = titledFor(key, m.title());
            if (titled == null && doc.inHeading(m.firstToken())) {
                titled = onlyQualified(m.title()); // "Chinese envoy says …" above "Chinese Ambassador Chen Haobo"
            }
            if (titled == null && doc.inHeading(m.firstToken()) && !key.startsWith(FORMER)) {
                titled = titled(FORMER + key); // headlines drop "former": "Minister recalls …"
            }
            if (titled != null) {
                titled.aliases.add(m.surface());
                putEntity(m, titled);
            }
        }
    }

    private String apposition(Mention m) {
        int i = doc.indexOfMention(m);
        if (i < 0) {
            return Titles.apposition(doc, m);
        }
        if (!appositionKnown[i]) {
            appositions[i] = Titles.apposition(doc, m);
            appositionKnown[i] = true;
        }
        return appositions[i];
    }

    private Entity storedEntity(Mention m) {
        int i = doc.indexOfMention(m);
        return i >= 0 ? entities[i] : otherEntities.get(m);
    }

    private void putEntity(Mention m, Entity e) {
        int i = doc.indexOfMention(m);
        if (i >= 0) {
            entities[i] = e;
        } else {
            otherEntities.put(m, e);
        }
    }

    /** The entity a mention refers to, or {@code null} for a pronoun with no antecedent. */
    Entity entityOf(Mention m) {
        if (m == null) {
            return null;
        }
        if (m.isPronoun()) {
            return antecedent(m, 0);
        }
        // Descriptions found by the cue finder ("the woman") are clustered when first asked for.
        Entity e = storedEntity(m);
        if (e == null) {
            e = ageDescribed(m);
            if (e == null) {
                e = cluster(m);
            }
            putEntity(m, e);
        }
        return e;
    }

    /**
     * "Stefan Ivanov … was named envoy. “It is an honour,” the 63-year-old said": the age stands
     * for the person named last in the sentences before, as "he" or "she" would.
     */
    private Entity ageDescribed(Mention m) {
        Tokens t = doc.tokens();
        int first = m.firstToken();
        if (!t.lowerIs(first, "the") || m.lastToken() - first > 2 || !t.lower(m.lastToken()).endsWith("-year-old")) {
            return null;
        }
        int sentence = doc.sentences().indexOf(m.span().start());
        int from = doc.sentences().all().get(Math.max(0, sentence - 3)).start();
        for (int i = doc.firstMentionFrom(m.span().start()) - 1; i >= 0; i--) {
            Mention before = doc.mentions().get(i);
            if (before.span().start() < from) {
                break;
            }
            if (before.isPronoun() || before.name() == null || before.isBareRole()) {
                continue;
            }
            Entity e = storedEntity(before);
            // surely a person: titled, set off by a role, or with a given name ("Getty Images" is none)
            if (e != null && e.kind == SpeakerKind.PERSON && e.nameWords() >= 2
                    && (e.title != null || e.setOffByRole || e.gender != 0 || givenNameGender(e) != 0)) {
                e.aliases.add(m.surface());
                return e;
            }
        }
        return null;
    }

    /** The speaker a decided quote ends up with, following inherited decisions. */
    Entity speakerOfQuote(int quote, SieveContext context) {
        return speakerOfQuote(quote, context, 0);
    }

    private Entity speakerOfQuote(int quote, SieveContext context, int depth) {
        boolean tracked = quote >= 0 && quote < quoteSpeakers.length;
        if (tracked && quoteSpeakerKnown[quote]) {
            return quoteSpeakers[quote];
        }
        Decision d = context.decisionOf(quote);
        Entity e = null;
        if (d != null && depth < 50) {
            e = d.isInherited() ? speakerOfQuote(d.sourceQuote(), context, depth + 1) : entityOf(d.mention());
        }
        if (tracked) {
            quoteSpeakers[quote] = e;
            quoteSpeakerKnown[quote] = true;
        }
        return e;
    }

    /** The mention a decided quote's attribution rests on, following inherited decisions. */
    Decision evidenceOf(int quote, SieveContext context) {
        Decision d = context.decisionOf(quote);
        for (int depth = 0; d != null && d.isInherited() && depth < 50; depth++) {
            d = context.decisionOf(d.sourceQuote());
        }
        return d;
    }

    // ---- clustering --------------------------------------------------------------------------

    private Entity cluster(Mention m) {
        if (m.isBareRole()) {
            return role(m);
        }
        String key = normal(m.name());
        // Counted once for both branches: each count was compiled into this method again.
        int mentionWords = wordCount(m.name());
        Entity e = byName.get(key);
        if (e == null && isAcronym(m.name())) {
            e = byInitials.get(key); // "the EU" after "the European Union"
        }
        if (m.kind() == SpeakerKind.ORGANIZATION || m.kind() == SpeakerKind.GROUP) {
            if (e == null && m.kind() == SpeakerKind.ORGANIZATION && mentionWords == 1
                    && !Character.isUpperCase(m.name().charAt(0))) {
                e = byOrganisationHead.get(key); // "the ministry" after "the Foreign Ministry"
            }
            String initials = m.kind() == SpeakerKind.ORGANIZATION ? initialsOf(m.name()) : null;
            if (e == null && initials != null) {
                e = byName.get(initials); // "the European Union" after the headline's "EU"
                if (e != null && !isAcronym(e.name)) {
                    e = null;
                } else if (e != null && !e.known) {
                    e.aliases.add(e.name); // the full name reads better than the acronym
                    e.name = m.name();
                    e.kind = SpeakerKind.ORGANIZATION;
                }
            }
            if (e == null) {
                e = new Entity(m.name(), m.kind(), false);
            } else if (e.kind == SpeakerKind.UNKNOWN || e.kind == SpeakerKind.PERSON && !e.known && e.nameWords() == 1) {
                e.kind = m.kind();
            }
            absorb(e, m);
            registerKey(e, key);
            if (m.kind() == SpeakerKind.ORGANIZATION) {
                byOrganisationHead.put(key.substring(key.lastIndexOf(' ') + 1), e);
                if (initials != null) {
                    byInitials.putIfAbsent(initials, e);
                }
            }
            return e;
        }
        // "A government source" and "a diplomatic source" share no surname: a description is no name.
        boolean description = !lastWordCapitalised(m.name());
        if (e == null && !description) {
            Entity candidate = bearerOf(surnameOfKey(key), m);
            if (candidate != null && compatibleNames(candidate.name, m.name())) {
                e = candidate;
            }
        }
        if (e == null && !description && firstSpace(key) < 0) {
            Entity byFirst = byFirstWord.get(key);
            if (byFirst != null && byFirst != SHARED && familyNameFirst(byFirst, m)) {
                e = byFirst;
            }
        }
        if (e == null) {
            e = new Entity(m.name(), m.kind(), false);
        }
        if (m.kind() == SpeakerKind.PERSON && e.kind == SpeakerKind.UNKNOWN) {
            e.kind = SpeakerKind.PERSON;
        }
        if (!e.known && mentionWords > e.nameWords()) {
            e.aliases.add(e.name);
            e.name = m.name();
        }
        absorb(e, m);
        registerKey(e, key);
        return e;
    }

    /** "the president" is the last one titled president; "a senior official" is someone new. */
    private Entity role(Mention m) {
        String head = roleKey(m.title());
        String determiner = doc.tokens().lower(m.firstToken());
        if (!INDEFINITE.contains(determiner)) {
            Entity titled = titledFor(head, m.title());
            if (titled != null) {
                titled.aliases.add(m.surface());
                return titled;
            }
            if (!ownedRole(m)) {
                unresolvedRoles.add(m);
            }
        }
        Entity e = new Entity(m.surface(), INDEFINITE.contains(determiner) ? SpeakerKind.GROUP : SpeakerKind.PERSON,
                false);
        e.title = null;
        return e;
    }

    /**
     * "Norland’s top spokesman": a role its owner pins down. Named only later in the article, a
     * spokesman may well be another country’s, so such a role is not bound forward to them.
     */
    private boolean ownedRole(Mention m) {
        Tokens t = doc.tokens();
        for (int i = m.firstToken(); i < m.lastToken(); i++) {
            if (t.isPossessive(i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Who "the candidate" is: of the people with that title so far, the one the article is
     * most about (mentioned most), the latest on a tie.
     */
    private Entity titled(String titleWord) {
        return bestTitled.get(titleWord);
    }

    /**
     * "the Kestrian minister": of the holders of the title word, the best whose own title has the
     * role's qualifier ("Kestrian Foreign Minister Lars Engström", not the Maravian one); the best
     * holder when the role has no qualifier or nobody's title has it.
     */
    private Entity titledFor(String titleWord, String roleTitle) {
        List<String> qualifiers = qualifiers(roleTitle);
        List<Entity> holders = qualifiers.isEmpty() ? null : titleHolders.get(titleWord);
        if (holders == null || holders.size() > MAX_QUALIFIED_SCAN) {
            return titled(titleWord); // beyond a few dozen holders, a scan per role would grow with the square
        }
        Entity best = null;
        boolean anyQualified = false;
        for (Entity e : holders) {
            anyQualified |= e.title != null && !qualifiers(e.title).isEmpty();
            if (hasQualifiers(e, qualifiers) && (best == null || e.mentions >= best.mentions)) {
                best = e;
            }
        }
        // "the Vermont senator" is not "Sen. John McCain" of Arizona: among holders that say whose
        // they are, none matching means someone else; holders that say nothing are guessed as before
        return best != null ? best : anyQualified && holders.size() >= 2 ? null : titled(titleWord);
    }

    /** The one titled person whose title has all of the role's qualifiers, or null if none or several. */
    private Entity onlyQualified(String roleTitle) {
        List<String> qualifiers = qualifiers(roleTitle);
        if (qualifiers.isEmpty()) {
            return null;
        }
        if (byTitleWord == null) {
            byTitleWord = new HashMap<>();
            for (List<Entity> holders : titleHolders.values()) {
                for (Entity e : holders) {
                    for (String w : words(e.title == null ? "" : e.title.toLowerCase(Locale.ROOT))) {
                        List<Entity> with = byTitleWord.computeIfAbsent(w, k -> new ArrayList<>(2));
                        if (!with.contains(e) && with.size() <= MAX_QUALIFIED_SCAN) {
                            with.add(e);
                        }
                    }
                }
            }
        }
        List<Entity> candidates = byTitleWord.getOrDefault(qualifiers.get(0), List.of());
        if (candidates.size() > MAX_QUALIFIED_SCAN) {
            return null;
        }
        Entity only = null;
        for (Entity e : candidates) {
            if (hasQualifiers(e, qualifiers)) {
                if (only != null) {
                    return null;
                }
                only = e;
            }
        }
        return only;
    }

    /** Entities by the words of their titles, built once, when a headline role first needs it. */
    private Map<String, List<Entity>> byTitleWord;

    private static final int MAX_QUALIFIED_SCAN = 64;

    /** The capitalised words of a role other than title words: "Kestrian" of "Kestrian minister". */
    private static List<String> qualifiers(String roleTitle) {
        List<String> out = new ArrayList<>(2);
        for (String w : words(roleTitle)) {
            String lower = w.toLowerCase(Locale.ROOT);
            if (Character.isUpperCase(w.charAt(0)) && !TITLE_WORDS.contains(lower) && !Lexicon.TITLE_MODIFIERS.contains(lower)
                    && !lower.equals("the") && !lower.equals(FORMER.strip())) {
                out.add(lower);
            }
        }
        return out;
    }

    private static boolean hasQualifiers(Entity e, List<String> qualifiers) {
        if (e.title == null) {
            return false;
        }
        List<String> titleWords = words(e.title.toLowerCase(Locale.ROOT));
        return titleWords.containsAll(qualifiers);
    }

    /**
     * Keeps {@link #bestTitled} the holder of each title word with the most mentions, the one that
     * last took the title on a tie. Both only grow, so only the entity that changed can overtake
     * the best: one comparison per title word it holds, where a scan of all the holders per role
     * made an article with thousands of ministers quadratic.
     */
    private void standFor(Entity e, String titleWord) {
        Entity best = bestTitled.get(titleWord);
        if (best == null || best == e || e.mentions > best.mentions || e.mentions == best.mentions
                && e.titleTaken.get(titleWord) > best.titleTaken.get(titleWord)) {
            bestTitled.put(titleWord, e);
        }
    }

    private static String headOf(String title) {
        String lower = title.toLowerCase(Locale.ROOT).strip();
        return lower.substring(lower.lastIndexOf(' ') + 1);
    }

    /**
     * The title word "the &lt;title&gt;" is looked up by: "the former president" is whoever was
     * called a former president, never the president in office.
     */
    private static String roleKey(String title) {
        String head = spelledOut(headOf(title));
        return isFormer(words(title.toLowerCase(Locale.ROOT))) ? FORMER + head : head;
    }

    /** "Sen. Marco Rubio" is who "the Florida senator" means: a title word as the role names it. */
    private static String spelledOut(String titleWord) {
        return TITLE_ABBREVIATIONS.getOrDefault(titleWord, titleWord);
    }

    private static final Map<String, String> TITLE_ABBREVIATIONS = Map.ofEntries(
            Map.entry("sen.", "senator"), Map.entry("rep.", "representative"), Map.entry("gov.", "governor"),
            Map.entry("gen.", "general"), Map.entry("lt.", "lieutenant"), Map.entry("col.", "colonel"),
            Map.entry("pres.", "president"), Map.entry("amb.", "ambassador"), Map.entry("sec.", "secretary"),
            Map.entry("adm.", "admiral"), Map.entry("capt.", "captain"), Map.entry("sgt.", "sergeant"),
            Map.entry("maj.", "major"), Map.entry("cmdr.", "commander"), Map.entry("supt.", "superintendent"),
            Map.entry("atty.", "attorney"), Map.entry("insp.", "inspector"), Map.entry("pm", "minister"));

    private static boolean isFormer(List<String> titleWords) {
        return titleWords.contains("former");
    }

    private static final String FORMER = "former ";

    private void absorb(Entity e, Mention m) {
        if (e.gender == 0 && !m.isPronoun()) {
            e.gender = kinshipGender(m);
        }
        // "Sarkhan's oil minister, Saud Jaber," and "Saud Jaber, the oil minister,": the role set off
        // beside the name is a title "the minister" can later mean, as one before the name is.
        List<String> setOffRole = null;
        if (!m.isPronoun() && m.name() != null && wordCount(m.name()) >= 2) {
            setOffRole = roleSetOffBefore(m);
            if (setOffRole == null) {
                String apposition = apposition(m);
                setOffRole = apposition == null ? null : headWords(words(apposition.toLowerCase(Locale.ROOT)));
            }
        }
        if (setOffRole != null && !e.setOffByRole) {
            e.setOffByRole = true;
            if (e.kind == SpeakerKind.UNKNOWN) {
                e.kind = SpeakerKind.PERSON;
            }
        }
        e.mentions++;
        if (e.titleTaken != null) {
            for (String w : e.titleTaken.keySet()) {
                standFor(e, w);
            }
        }
        if (!m.surface().equals(e.name)) {
            e.aliases.add(m.surface());
        }
        if (!m.name().equals(e.name)) {
            e.aliases.add(m.name());
        }
        if (m.title() != null) {
            if (e.title == null || m.title().length() > e.title.length()) {
                e.title = m.title();
            }
            String shown = doc.inHeading(m.firstToken()) ? null : Titles.clean(m.title());
            if (shown != null && (e.articleTitle == null || shown.length() > e.articleTitle.length())) {
                e.articleTitle = shown;
            }
            takeTitle(e, words(m.title().toLowerCase(Locale.ROOT)));
        }
        if (setOffRole != null && e.kind == SpeakerKind.PERSON) {
            takeTitle(e, setOffRole);
        }
        // Only an honorific or a title can say which ("Mrs.", "spokeswoman"): most mentions skip the look-ups.
        if (doc.tokens().is(m.firstToken(), Lexicon.HONORIFIC | Lexicon.TITLE)) {
            String first = doc.tokens().lower(m.firstToken());
            if (FEMALE.contains(first)) {
                e.gender = 'f';
            } else if (MALE.contains(first)) {
                e.gender = 'm';
            }
        }
    }

    private void register(Entity e, String name) {
        registerKey(e, normal(name));
    }

    private void registerKey(Entity e, String key) {
        byName.put(key, e);
        if (e.kind != SpeakerKind.ORGANIZATION && e.kind != SpeakerKind.GROUP) {
            List<Entity> bearers = bySurname.computeIfAbsent(surnameOfKey(key), k -> new ArrayList<>(1));
            if (!bearers.contains(e)) {
                bearers.add(e);
            }
            int space = firstSpace(key);
            if (space > 0 && e.kind != SpeakerKind.UNKNOWN) {
                // A listed speaker the article has not named yet ("Wang Yi" in the speaker list) does
                // not keep "Wang said" from the Wang Lei the article is about.
                byFirstWord.merge(key.substring(0, space), e,
                        (old, now) -> old == now ? old : old != SHARED && old.known && old.mentions == 0 ? now : SHARED);
            }
        }
    }

    /** "North Atlantic Treaty Organization" → "nato"; null for a one-word name. */
    private static String initialsOf(String name) {
        StringBuilder initials = new StringBuilder();
        int words = 0;
        for (String w : words(name)) {
            if (w.equals("of") || w.equals("the") || w.equals("and") || w.equals("for")) {
                continue;
            }
            if (!Character.isUpperCase(w.charAt(0))) {
                return null;
            }
            initials.append(Character.toLowerCase(w.charAt(0)));
            words++;
        }
        return words >= 2 ? initials.toString() : null;
    }

    /** "EU", "NATO", "IAEA": two to six capitals and nothing else. */
    private static boolean isAcronym(String name) {
        if (name.length() < 2 || name.length() > 6) {
            return false;
        }
        return Letters.allUpperCase(name);
    }

    /**
     * Whether a one-word mention ("Wang", "Mr. Lou") may be the first word of {@code e}'s name:
     * the mention has an honorific, or the name was written with a role ("Foreign Minister Wang
     * Yi") or has a hyphenated given name ("Ban Ki-moon"). "Trump Train" or a headline run-on
     * is nobody's full name.
     */
    private boolean familyNameFirst(Entity e, Mention m) {
        if (e.known && e.mentions == 0) {
            return false; // "Kim told a briefing" in an article that never names Kim Jong Un of the speaker list
        }
        return doc.tokens().is(m.firstToken(), Lexicon.HONORIFIC) || e.title != null || e.setOffByRole
                || e.name.indexOf('-', Math.max(0, e.name.lastIndexOf(' '))) > 0;
    }

    /**
     * Which of the people sharing a surname a mention of it means. Only "Mr." or "Mrs." can tell
     * from the mention; else the one the article is most about (mentioned most), the latest named
     * on a tie: a husband or father named in passing does not take over the surname.
     */
    private Entity bearerOf(String surname, Mention m) {
        List<Entity> bearers = bySurname.get(surname);
        if (bearers == null) {
            return null;
        }
        char gender = genderOf(m);
        Entity best = null;
        for (Entity e : bearers) {
            if (gender != 0 && e.gender != 0 && e.gender != gender) {
                continue;
            }
            if (best == null || e.mentions >= best.mentions) {
                best = e;
            }
        }
        return best;
    }

    private static final WordSet KIN_FEMALE = new WordSet(WordLists.words("kinship-female.txt"));
    private static final WordSet KIN_MALE = new WordSet(WordLists.words("kinship-male.txt"));

    /** "Her husband, Ivo Brandt", "his wife Ana Brandt": the kinship noun before a name says which. */
    private char kinshipGender(Mention m) {
        Tokens t = doc.tokens();
        int before = m.firstToken() - 1;
        if (before > 0 && t.isPunct(before, ',')) {
            before--;
        }
        if (before < 0 || !t.isWord(before)) {
            return 0;
        }
        return KIN_FEMALE.containsToken(t, before) ? 'f' : KIN_MALE.containsToken(t, before) ? 'm' : 0;
    }

    private static final WordSet GIVEN_FEMALE = new WordSet(WordLists.words("given-names-female.txt"));
    private static final WordSet GIVEN_MALE = new WordSet(WordLists.words("given-names-male.txt"));

    /** Whether a lower-cased word is in either list of given names. */
    static boolean isGivenName(String lower) {
        return GIVEN_FEMALE.contains(lower) || GIVEN_MALE.contains(lower);
    }

    /**
     * What the first word of the entity's name says ("Giorgia Meloni", "Melanie"), or 0: weaker
     * than {@link Entity#gender}, since a list of names can be wrong about one person (see
     * {@link #search}). The entity's name, not a mention's: "Joyce" said of Lawrence Joyce is his
     * surname. A one-word name is read too: the surnames that are also given names (Paul,
     * Thomas, Scott) are mostly men's anyway, and the lists leave out names given to both.
     */
    private static char givenNameGender(Entity e) {
        // Asked on every pronoun search; the name changes rarely (a longer mention replaces it).
        if (e.name != e.givenNameOf) {
            e.givenNameOf = e.name;
            e.givenNameGender = givenNameGenderOf(e);
        }
        return e.givenNameGender;
    }

    private static char givenNameGenderOf(Entity e) {
        String name = e.name;
        if (name == null || name.isEmpty() || e.kind == SpeakerKind.ORGANIZATION || e.kind == SpeakerKind.GROUP) {
            return 0;
        }
        int space = firstSpace(name);
        if (space == 0) {
            return 0;
        }
        String given = (space < 0 ? name : name.substring(0, space)).toLowerCase(Locale.ROOT);
        return GIVEN_FEMALE.contains(given) ? 'f' : GIVEN_MALE.contains(given) ? 'm' : 0;
    }

    private char genderOf(Mention m) {
        if (!doc.tokens().is(m.firstToken(), Lexicon.HONORIFIC | Lexicon.TITLE)) {
            return 0;
        }
        String first = doc.tokens().lower(m.firstToken());
        return FEMALE.contains(first) ? 'f' : MALE.contains(first) ? 'm' : 0;
    }

    /** "A spokesman for the Menlan Foreign Ministry, Guo Wenbin, said": a role, a comma, the name. */
    private List<String> roleSetOffBefore(Mention m) {
        Tokens t = doc.tokens();
        int comma = m.firstToken() - 1;
        if (comma < 2 || !t.isPunct(comma, ',')) {
            return null;
        }
        for (int w = comma - 1; w >= 0 && w >= comma - 8 && !doc.inQuote(w) && !t.isPunct(w, '.'); w--) {
            if (t.isWord(w) && !t.isCapitalised(w) && t.is(w, Lexicon.TITLE)) {
                if (w != comma - 1) {
                    // "A spokesman for the Foreign Ministry, Guo Wenbin": a role, but which is not
                    // sure ("a senior executive at Carrier's parent company, United Technologies")
                    return List.of();
                }
                boolean former = w > 0 && t.lowerIs(w - 1, "former") || w > 1 && t.lowerIs(w - 2, "former");
                return former ? List.of("former", t.lower(w)) : List.of(t.lower(w));
            }
        }
        return null;
    }

    /** "spokesman for mrs. clinton" → "spokesman": the role, not the words of whom it is. */
    private static List<String> headWords(List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            if (Lexicon.PREPOSITIONS.contains(words.get(i))) {
                return words.subList(0, i);
            }
        }
        return words;
    }

    /** Makes {@code e} a holder of the title words among {@code titleWords}, and takes a gender they show. */
    private void takeTitle(Entity e, List<String> titleWords) {
        boolean former = isFormer(titleWords);
        for (String w : titleWords) {
            if (TITLE_WORDS.contains(w)) {
                if (e.titleTaken == null) {
                    e.titleTaken = new HashMap<>(4);
                }
                String key = former ? FORMER + spelledOut(w) : spelledOut(w);
                if (e.titleTaken.put(key, ++titleClock) == null) {
                    titleHolders.computeIfAbsent(key, k -> new ArrayList<>(2)).add(e);
                }
                standFor(e, key);
            }
            if (FEMALE.contains(w)) {
                e.gender = 'f';
            } else if (MALE.contains(w)) {
                e.gender = 'm';
            }
        }
    }

    /**
     * "Ana Kiril" and "Ivo Kiril" are two people; "Kiril" can be either. A surname opened by a
     * particle is the end of the full name: "De Wilde" is Jan De Wilde, "van der Berg" Ursula van der
     * Berg. Other endings are not: "Ted Cruz" ends "Sen. Ted Cruz" and a headline's "Rubio Attacks Ted Cruz".
     */
    private static boolean compatibleNames(String a, String b) {
        String x = a.strip();
        String y = b.strip();
        int xSpace = firstSpace(x);
        int ySpace = firstSpace(y);
        if (xSpace < 0 || ySpace < 0) {
            return true; // a single word
        }
        if (endsWithWords(x, y) || endsWithWords(y, x)) {
            return true;
        }
        String fx = x.substring(0, xSpace).toLowerCase(Locale.ROOT);
        String fy = y.substring(0, ySpace).toLowerCase(Locale.ROOT);
        return fx.equals(fy) || fx.charAt(0) == fy.charAt(0) && (fx.length() <= 2 || fy.length() <= 2);
    }

    /** Whether {@code shorter}, opened by a name particle, is the last words of {@code longer}, case aside. */
    private static boolean endsWithWords(String longer, String shorter) {
        List<String> whole = words(longer);
        List<String> tail = words(shorter);
        if (tail.size() >= whole.size() || !MentionFinder.NAME_PARTICLES.contains(tail.get(0).toLowerCase(Locale.ROOT))) {
            return false;
        }
        int offset = whole.size() - tail.size();
        for (int i = 0; i < tail.size(); i++) {
            if (!whole.get(offset + i).equalsIgnoreCase(tail.get(i))) {
                return false;
            }
        }
        return true;
    }

    // The name loops below read a copy of the chars: a charAt loop compiled while every name was
    // Latin-1 is thrown away (with the resolver it was inlined into) at the first "O’Neill".

    /** The words between runs of regex {@code \s+}, as {@code Pattern.split} cuts them, minus empty words. */
    private static List<String> words(String s) {
        char[] cs = s.toCharArray();
        List<String> words = new ArrayList<>(4);
        int i = 0;
        int n = s.length();
        while (i < n) {
            while (i < n && isRegexSpace(cs[i])) {
                i++;
            }
            int start = i;
            while (i < n && !isRegexSpace(cs[i])) {
                i++;
            }
            if (i > start) {
                words.add(s.substring(start, i));
            }
        }
        return words;
    }

    /** Index of the first regex {@code \s} char of {@code s}, or -1. */
    /** "Ana Vell", "Ban Ki-moon", "Farid al-Mansouri": a name ends in a capitalised word; "a diplomatic source" does not. */
    private static boolean lastWordCapitalised(String s) {
        int i = s.length();
        while (i > 0 && !isRegexSpace(s.charAt(i - 1))) {
            i--;
        }
        return i < s.length() && (Character.isUpperCase(s.charAt(i))
                || s.length() - i >= 4 && (s.charAt(i) == 'a' || s.charAt(i) == 'e') && s.charAt(i + 1) == 'l'
                        && s.charAt(i + 2) == '-' && Character.isUpperCase(s.charAt(i + 3))); // "al-Mansouri"
    }

    private static int firstSpace(String s) {
        char[] cs = s.toCharArray();
        for (int i = 0; i < s.length(); i++) {
            if (isRegexSpace(cs[i])) {
                return i;
            }
        }
        return -1;
    }

    /** What regex {@code \s} matches: a regex split per title was a hot spot. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static String surnameOfKey(String n) {
        int end = n.length();
        while (true) {
            int space = n.lastIndexOf(' ', end - 1);
            String word = n.substring(space + 1, end);
            if (space < 0 || !SUFFIXES.contains(word)) {
                return word;
            }
            end = space;
        }
    }

    /** Lower case, one space between words, no leading "the": the key names are merged on. */
    private static String normal(String name) {
        char[] cs = name.toCharArray();
        // A char array, not a StringBuilder, and ASCII without table look-ups: a hot spot.
        char[] out = new char[name.length()];
        int n = 0;
        boolean space = false;
        for (int i = 0; i < name.length(); i++) {
            char c = cs[i];
            if (Whitespace.is(c)) {
                space = n > 0;
                continue;
            }
            if (space) {
                out[n++] = ' ';
                space = false;
            }
            out[n++] = c < 128 ? (c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c)
                    : c == '’' ? '\'' : Character.toLowerCase(c);
        }
        boolean article = n >= 4 && out[0] == 't' && out[1] == 'h' && out[2] == 'e' && out[3] == ' ';
        return article ? new String(out, 4, n - 4) : new String(out, 0, n);
    }

    static int wordCount(String s) {
        char[] cs = s.toCharArray();
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < s.length(); i++) {
            char c = cs[i];
            boolean blank = Whitespace.is(c);
            if (!blank && !inWord) {
                words++;
            }
            inWord = !blank;
        }
        return words;
    }

    // ---- pronouns ------------------------------------------------------------------------------

    /**
     * The nearest compatible speaker before a pronoun, sentence by sentence backwards: in each
     * sentence the speakers of its cues first, then its subject, then its other mentions from
     * the nearest. An earlier identical pronoun shares its antecedent.
     */
    private Entity antecedent(Mention pronoun, int depth) {
        if (pronoun.pronoun().equals("i") || pronoun.pronoun().equals("we")) {
            if (writer == null) {
                writer = new Entity("the writer", SpeakerKind.PERSON, false);
            }
            writer.aliases.add(pronoun.surface());
            return writer;
        }
        if (pronoun.pronoun().equals("who") || pronoun.pronoun().equals("which") || pronoun.pronoun().equals("that")) {
            // A relative pronoun refers to the phrase before its comma.
            int before = pronoun.firstToken() - 1;
            Mention head = before >= 0 && doc.tokens().isPunct(before, ',') ? doc.mentionEndingAt(before - 1)
                    : doc.mentionEndingAt(before);
            return head == null ? null : entityOf(head);
        }
        if (pronouns.containsKey(pronoun)) {
            return pronouns.get(pronoun);
        }
        pronouns.put(pronoun, null); // guards against cycles
        Entity found = depth > 20 ? null : search(pronoun, depth);
        pronouns.put(pronoun, found);
        return found;
    }

    /**
     * The antecedent a pronoun's sentences give. Where it is someone whose given name says the
     * pronoun is the wrong one ("Anna Berg … he said"), the search is made again believing the
     * given names; if that finds nobody, the first answer stands (a list of names can be wrong).
     */
    private Entity search(Mention pronoun, int depth) {
        Entity found = search(pronoun, depth, false);
        char said = pronounGender(pronoun.pronoun());
        char given = found == null || said == 0 || found.gender != 0 ? 0 : givenNameGender(found);
        if (given != 0 && given != said) {
            Entity other = search(pronoun, depth, true);
            if (other != null) {
                return other;
            }
        }
        return found;
    }

    /** Enough for any quote a pronoun after it closes; a bound on the walk for text that is all quote. */
    private static final int MAX_QUOTED_SENTENCES_SKIPPED = 200;

    /** Whether every word of the sentence is inside a quote: nobody can be named in it. */
    private boolean allQuoted(Span sentence) {
        Tokens t = doc.tokens();
        for (int k = t.firstStartingAt(sentence.start()); k < t.size() && t.start(k) < sentence.end(); k++) {
            if (t.isWord(k) && !doc.inQuote(k)) {
                return false;
            }
        }
        return true;
    }

    private static char pronounGender(String pronoun) {
        return pronoun.equals("he") ? 'm' : pronoun.equals("she") ? 'f' : 0;
    }

    private Entity search(Mention pronoun, int depth, boolean byGivenNames) {
        Entity listener = listenerOf(pronoun);
        boolean itOrThey = pronoun.pronoun().equals("it") || pronoun.pronoun().equals("they");
        Sentences sentences = doc.sentences();
        int s0 = sentences.indexOf(pronoun.span().start());
        int paragraph = doc.paragraphs().indexOf(pronoun.span().start());
        // The second search may look further back: the nearest person, of the other gender, is
        // often the one the article turned to in between ("Hartmann … His counterpart, Sofia
        // Marinescu, … she told reporters. “…,” he said later").
        int sentencesBack = byGivenNames ? SECOND_LOOKBACK_SENTENCES : PRONOUN_LOOKBACK_SENTENCES;
        int paragraphsBack = byGivenNames ? SECOND_LOOKBACK_PARAGRAPHS : 2;
        // The paragraphs and sentences of a quote do not count: "“…” / “…” / “…,” he said" looks
        // back from where the quote began, however many paragraphs it runs over ("it" and "they",
        // which may mean a document or a body, keep the shorter reach).
        int quotedSentences = 0;
        int quotedParagraphs = 0;
        int lastParagraph = paragraph;
        for (int s = s0; s >= 0 && s0 - s - quotedSentences <= sentencesBack; s--) {
            Span sentence = sentences.all().get(s);
            int sentenceParagraph = doc.paragraphs().indexOf(sentence.start());
            if (s != s0 && !itOrThey && quotedSentences < MAX_QUOTED_SENTENCES_SKIPPED && allQuoted(sentence)) {
                quotedSentences++;
                if (sentenceParagraph != lastParagraph) {
                    quotedParagraphs++;
                    lastParagraph = sentenceParagraph;
                }
                continue;
            }
            if (sentenceParagraph != lastParagraph && sentenceParagraph < lastParagraph) {
                lastParagraph = sentenceParagraph;
            }
            if (paragraph - sentenceParagraph - quotedParagraphs > paragraphsBack) {
                break;
            }
            int limit = s == s0 ? pronoun.span().start() : sentence.end();
            Span range = new Span(sentence.start(), Math.max(sentence.start(), limit));
            List<Mention> candidates = new ArrayList<>();
            List<CueFrame> frames = doc.framesIn(range);
            for (int f = frames.size() - 1; f >= 0; f--) {
                Mention speaker = frames.get(f).speaker();
                if (speaker != null && speaker != pronoun && speaker.span().end() <= limit) {
                    candidates.add(speaker);
                }
            }
            int speakers = candidates.size();
            Mention subject = doc.subjectOf(s);
            if (subject != null && subject.span().end() <= limit) {
                candidates.add(subject);
            }
            int speakersAndSubject = candidates.size();
            int from = doc.firstMentionFrom(range.start());
            int to = doc.firstMentionFrom(range.end());
            for (int i = to - 1; i >= from; i--) {
                candidates.add(doc.mentions().get(i));
            }
            // "Skyvale said in a statement … it said": with a subject that can be "it", the
            // statement is not; "On his website, Sanders … “…,” it says": with a person, it is.
            boolean subjectFitsIt = false;
            if (itOrThey) {
                for (int ci = 0; ci < speakersAndSubject && !subjectFitsIt; ci++) {
                    Mention c = candidates.get(ci);
                    Entity e = c.isPronoun() ? null : entityOf(c);
                    subjectFitsIt = e != null && !isDocument(c) && (compatible(pronoun.pronoun(), e)
                            || e.kind == SpeakerKind.UNKNOWN && e.gender == 0 && givenNameGender(e) == 0);
                }
            }
            boolean askedOpens = s == s0 && doc.tokens().lowerIs(doc.tokens().firstStartingAt(sentence.start()), "asked");
            // Someone known to be a person beats a bare name that may be a place ("in Varna").
            for (boolean sureOnly : new boolean[] {true, false}) {
                for (int ci = 0; ci < candidates.size(); ci++) {
                    Mention c = candidates.get(ci);
                    if (c == pronoun) {
                        continue;
                    }
                    // "Asked whether Norland would …, she said": in the pronoun's own sentence, a bare name
                    // that is neither a speaker nor the subject is more likely a place than the antecedent.
                    boolean objectInOwnSentence = s == s0 && ci >= speakersAndSubject;
                    if (objectInOwnSentence && askedOpens) {
                        continue; // "Asked about Leila Mansour's criticism, he said": the one asked about is not "he"
                    }
                    if (c.isPronoun()) {
                        if (c.pronoun().equals(pronoun.pronoun())) {
                            Entity e = antecedent(c, depth + 1);
                            if (e != null && e != listener && (!byGivenNames || believable(pronoun.pronoun(), e, null, true, true))) {
                                return e;
                            }
                        }
                        continue;
                    }
                    if (itOrThey && (isDocumentAdjunct(c) || ci >= speakersAndSubject && isDocument(c))) {
                        if (subjectFitsIt) {
                            continue;
                        }
                        Entity owner = ownerOfDocument(candidates, speakersAndSubject, listener);
                        if (owner != null) {
                            return owner; // "Mayor Ana Vell said in a statement … it said": the statement is hers
                        }
                        // nobody issued it here ("Thursday's memo from the panel … it stated"): it may speak
                    }
                    Entity e = entityOf(c); // descriptions found by the cue finder are clustered on demand
                    // "Ryanair cancelled 400 flights. “…,” it said": a name that is the subject (not a
                    // headline's) and nobody's given name may be what "it" means, though nothing says it
                    // is an organisation.
                    if (!sureOnly && e != null && e != listener && e.kind == SpeakerKind.UNKNOWN && ci < speakersAndSubject
                            && !doc.inHeading(c.firstToken())
                            && pronoun.pronoun().equals("it") && e.gender == 0 && givenNameGender(e) == 0) {
                        return e;
                    }
                    if (e != null && e != listener && compatible(pronoun.pronoun(), e) && (!sureOnly || e.kind != SpeakerKind.UNKNOWN)
                            && !(objectInOwnSentence && e.kind == SpeakerKind.UNKNOWN)
                            && (!byGivenNames || believable(pronoun.pronoun(), e, c, ci < speakersAndSubject, ci < speakers))) {
                        return e;
                    }
                }
            }
        }
        return null;
    }

    /**
     * "said in a statement", "on its website", "at a news conference", "according to a
     * statement": the document or medium a speaker used; and "in a letter to the Commission": whom
     * it was sent to. Neither is anyone "it" or "they" can mean.
     */
    private boolean isDocumentAdjunct(Mention c) {
        Tokens t = doc.tokens();
        int head = c.lastToken();
        int before = c.firstToken() - 1;
        int next = head + 1;
        if (next < t.size() && t.isWord(next) && !t.isCapitalised(next) && !doc.inQuote(next)
                && (Lexicon.DOCUMENT_NOUNS.contains(t.lower(next)) || MEDIUM_NOUNS.contains(t.lower(next)))) {
            return true; // "a news conference": the mention is a modifier of the medium
        }
        if (isDocument(c)) {
            // "in a blog post": past the article and modifiers to the preposition
            for (int w = before; w >= 0 && w >= before - 2 && t.isWord(w) && !doc.inQuote(w); w--) {
                if (ADJUNCT_PREPOSITIONS.containsToken(t, w)) {
                    return true;
                }
                if (t.isCapitalised(w)) {
                    break;
                }
            }
            return false;
        }
        // the addressee: "in a letter to the European Commission", "a note to the United Nations"
        if (before >= 1 && t.lowerIs(before, "to")) {
            for (int w = before - 1; w >= 0 && w >= before - 3 && t.isWord(w) && !doc.inQuote(w); w--) {
                if (Lexicon.DOCUMENT_NOUNS.contains(t.lower(w)) && !t.isCapitalised(w)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The speaker or subject of the sentence that mentions a document: whoever issued it. */
    private Entity ownerOfDocument(List<Mention> candidates, int speakersAndSubject, Entity listener) {
        for (int ci = 0; ci < speakersAndSubject; ci++) {
            Mention c = candidates.get(ci);
            Entity e = c.isPronoun() || isDocument(c) ? null : entityOf(c);
            if (e != null && e != listener) {
                return e;
            }
        }
        return null;
    }

    /** "a message" as the object of "posted": a document that is neither speaker nor subject says nothing itself. */
    private boolean isDocument(Mention c) {
        Tokens t = doc.tokens();
        int head = c.lastToken();
        if (t.isCapitalised(head) || !(Lexicon.DOCUMENT_NOUNS.contains(t.lower(head)) || MEDIUM_NOUNS.contains(t.lower(head)))) {
            return false;
        }
        for (int w = c.firstToken(); w < head; w++) {
            if (t.isPossessive(w)) {
                return false; // "Comey's statement": the owner speaks through it
            }
        }
        return true;
    }

    /** Where else a speaker says something, besides documents ({@link Lexicon#DOCUMENT_NOUNS}). */
    private static final Set<String> MEDIUM_NOUNS = WordLists.words("medium-nouns.txt");
    private static final WordSet ADJUNCT_PREPOSITIONS = new WordSet(Set.of("in", "on", "at", "via", "through", "to"));

    /**
     * In the second search: someone whose gender, from the article or the given name, fits the
     * pronoun; or a person the article names (a capitalised name, not a headline's words) who is
     * the speaker or the subject where found and whom something marks as a person: a title, a
     * role beside the name, or speech of their own there. Anything else ("Main Street", "the
     * mayor" beside the man just passed over, "Parish Opens Shelter", "The Purple Heart is …") is
     * a guess, and the first answer is better.
     */
    private boolean believable(String pronoun, Entity e, Mention found, boolean speakerOrSubject, boolean speaker) {
        char given = e.gender != 0 ? e.gender : givenNameGender(e);
        if (given != 0) {
            return given == pronounGender(pronoun);
        }
        return e.kind == SpeakerKind.PERSON && speakerOrSubject && e.name != null && !e.name.isEmpty()
                && Character.isUpperCase(e.name.charAt(0)) && (found == null || !doc.inHeading(found.firstToken()))
                && (speaker || e.title != null || e.articleTitle != null || e.setOffByRole);
    }

    /**
     * Whom the pronoun speaks to: in "he told Rubio", "she asked Mayor Quist", the object of a verb
     * of telling. A pronoun and the object of its own verb are never one person, so the listener
     * is no antecedent, however recently the article named them.
     */
    private Entity listenerOf(Mention pronoun) {
        Tokens t = doc.tokens();
        int verb = pronoun.lastToken() + 1;
        if (verb + 1 >= t.size() || !Lexicon.isListenerVerb(t, verb)) {
            return null;
        }
        Mention object = doc.mentionStartingAt(verb + 1);
        return object == null || object.isPronoun() ? null : entityOf(object);
    }


    private static boolean compatible(String pronoun, Entity e) {
        return switch (pronoun) {
            case "he" -> (e.kind == SpeakerKind.PERSON || e.kind == SpeakerKind.UNKNOWN) && e.gender != 'f';
            case "she" -> (e.kind == SpeakerKind.PERSON || e.kind == SpeakerKind.UNKNOWN) && e.gender != 'm';
            case "they" -> e.kind == SpeakerKind.GROUP || e.kind == SpeakerKind.ORGANIZATION;
            default -> e.kind == SpeakerKind.ORGANIZATION;
        };
    }
}
