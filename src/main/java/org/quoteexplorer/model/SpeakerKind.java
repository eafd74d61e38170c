package org.quoteexplorer.model;

import java.util.Locale;

public enum SpeakerKind {
    PERSON, ORGANIZATION, GROUP, UNKNOWN;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static SpeakerKind fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
