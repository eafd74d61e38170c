package org.quoteexplorer.gui.speakers;

import org.quoteexplorer.gui.document.SpeakerPalette;

/**
 * An entry of the speaker chooser: a speaker of the document, or a new one by the name typed.
 *
 * @param speakerId the speaker, or {@code null} for a new one named {@code name}
 * @param titleFromList whether the title comes from the speaker list, the article giving none
 */
public record SpeakerChoice(String speakerId, String name, String title, String speakerClass, boolean titleFromList) {

    public SpeakerChoice(String speakerId, String name, String title, String speakerClass) {
        this(speakerId, name, title, speakerClass, false);
    }

    public static final String NEW_PREFIX = "New speaker: ";

    public static SpeakerChoice newSpeaker(String name) {
        return new SpeakerChoice(null, name.strip(), "", SpeakerPalette.UNATTRIBUTED_CLASS);
    }

    public boolean isNew() {
        return speakerId == null;
    }

    /** What the chooser shows and searches: the typed name must match its own "new" entry. */
    public String displayText() {
        return isNew() ? NEW_PREFIX + name : name;
    }

    @Override
    public String toString() {
        return displayText();
    }
}
