package org.quoteexplorer.gui;

import java.io.PrintStream;
import java.text.MessageFormat;
import java.util.ResourceBundle;

/**
 * Where {@link System.Logger} messages go: standard error, one line each, INFO and above, as the
 * JDK's default would print them but without starting {@code java.util.logging}. JavaFX warns
 * through a System.Logger on every start from a plain class path, and that one warning set up the
 * whole logging framework on the main thread while the first window waited (about 50 ms of CPU).
 * Found by {@link java.util.ServiceLoader} from {@code META-INF/services}.
 */
public final class ConsoleLoggerFinder extends System.LoggerFinder {

    @Override
    public System.Logger getLogger(String name, Module module) {
        return new ConsoleLogger(name, System.err);
    }

    /** One line per message on {@code out}: the level, the logger's name, the message and its cause. */
    static final class ConsoleLogger implements System.Logger {

        private final String name;
        private final PrintStream out;

        ConsoleLogger(String name, PrintStream out) {
            this.name = name;
            this.out = out;
        }

        @Override
        public String getName() {
            return name;
        }

        @Override
        public boolean isLoggable(Level level) {
            // the JDK's console default: INFO and above
            return level != Level.OFF && level.getSeverity() >= Level.INFO.getSeverity();
        }

        @Override
        public void log(Level level, ResourceBundle bundle, String msg, Throwable thrown) {
            if (isLoggable(level)) {
                String text = localized(bundle, msg);
                out.println(level.getName() + " (" + name + "): " + text + (thrown == null ? "" : " (" + thrown + ")"));
            }
        }

        @Override
        public void log(Level level, ResourceBundle bundle, String format, Object... params) {
            if (isLoggable(level)) {
                String pattern = localized(bundle, format);
                String text = params == null || params.length == 0 ? pattern : MessageFormat.format(pattern, params);
                out.println(level.getName() + " (" + name + "): " + text);
            }
        }

        private static String localized(ResourceBundle bundle, String key) {
            if (bundle != null && key != null && bundle.containsKey(key)) {
                return bundle.getString(key);
            }
            return String.valueOf(key);
        }
    }
}
