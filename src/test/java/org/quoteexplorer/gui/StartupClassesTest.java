package org.quoteexplorer.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The list of classes loaded ahead of the first window still names the window's classes. */
class StartupClassesTest {

    private static List<String> listed() throws Exception {
        try (InputStream in = QuoteExplorerApp.class.getResourceAsStream(QuoteExplorerApp.STARTUP_CLASSES)) {
            assertThat(in).as("the list is on the class path beside the app").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        }
    }

    private static boolean exists(String name) {
        try {
            Class.forName(name, false, StartupClassesTest.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    @Test
    void theListNamesTheWindowsOwnClassesAndTheTextAreaAndNearlyAllStillExist() throws Exception {
        List<String> names = listed();

        assertThat(names).contains(MainWindow.class.getName(), "org.fxmisc.richtext.GenericStyledArea",
                "javafx.scene.control.skin.ListViewSkin");
        long present = names.stream().filter(StartupClassesTest::exists).count();
        assertThat(present).as("classes renamed since the list was taken: renew it (see its header)")
                .isGreaterThanOrEqualTo(names.size() * 95 / 100);
    }
}
