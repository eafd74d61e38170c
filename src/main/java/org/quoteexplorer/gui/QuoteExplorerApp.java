package org.quoteexplorer.gui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** Placeholder window; the real app replaces it. */
public final class QuoteExplorerApp extends Application {

    public static void launchWith(String[] args) {
        Application.launch(QuoteExplorerApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("Quote Explorer");
        stage.setScene(new Scene(new Label("Quote Explorer"), 800, 600));
        stage.show();
    }
}
