package ru.officialpages.ui.settings;

import atlantafx.base.theme.Styles;
import java.io.File;
import java.nio.file.Path;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import ru.officialpages.i18n.Tr;

/** Настройки → Проверка текста: the user's lexicon file and the personal dictionary. */
public final class TextCheckSettingsView extends VBox {
    private final TextCheckSettingsViewModel vm;

    public TextCheckSettingsView(TextCheckSettingsViewModel vm) {
        super(12);
        this.vm = vm;
        setId("textcheck-settings");
        setPadding(new Insets(16, 4, 16, 4));
        setMaxWidth(760);

        Label lexiconTitle = new Label(Tr.tr("settings.lexicon.title"));
        lexiconTitle.getStyleClass().add(Styles.TITLE_4);
        Label intro = new Label(Tr.tr("settings.lexicon.intro"));
        intro.setWrapText(true);
        intro.getStyleClass().add(Styles.TEXT_MUTED);
        Label current = new Label();
        current.setId("settings-lexicon-current");
        current.setWrapText(true);
        current.textProperty().bind(vm.lexiconProperty());
        Button choose = new Button(Tr.tr("settings.lexicon.choose"));
        choose.setId("settings-lexicon-choose");
        choose.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(Tr.tr("settings.lexicon.choose.title"));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Tr.tr("settings.lexicon.filter"),
                    "*.tsv", "*.txt"));
            File f = chooser.showOpenDialog(getScene().getWindow());
            if (f != null) {
                useLexicon(f.toPath());
            }
        });
        Button remove = new Button(Tr.tr("settings.lexicon.remove"));
        remove.setId("settings-lexicon-remove");
        remove.setOnAction(e -> vm.removeLexicon());
        remove.disableProperty().bind(vm.hasLexiconProperty().not());
        Label error = new Label();
        error.setId("settings-lexicon-error");
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.textProperty().bind(vm.lexiconErrorProperty());
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        HBox lexiconButtons = new HBox(8, choose, remove);
        lexiconButtons.setAlignment(Pos.CENTER_LEFT);

        Label wordsTitle = new Label(Tr.tr("settings.dictionary.title"));
        wordsTitle.getStyleClass().add(Styles.TITLE_4);
        VBox.setMargin(wordsTitle, new Insets(12, 0, 0, 0));
        Label wordsIntro = new Label(Tr.tr("settings.dictionary.intro"));
        wordsIntro.setWrapText(true);
        wordsIntro.getStyleClass().add(Styles.TEXT_MUTED);
        ListView<String> words = new ListView<>(vm.words());
        words.setId("settings-dictionary-words");
        words.setPrefHeight(200);
        Label empty = new Label(Tr.tr("settings.dictionary.empty"));
        empty.setWrapText(true);
        words.setPlaceholder(empty);
        Button forget = new Button(Tr.tr("settings.dictionary.remove"));
        forget.setId("settings-dictionary-remove");
        forget.disableProperty().bind(words.getSelectionModel().selectedItemProperty().isNull());
        forget.setOnAction(e -> {
            String w = words.getSelectionModel().getSelectedItem();
            if (w != null) {
                vm.removeWord(w);
            }
        });
        Label status = new Label();
        status.setId("settings-textcheck-status");
        status.getStyleClass().add(Styles.SUCCESS);
        status.textProperty().bind(vm.statusProperty());
        status.managedProperty().bind(status.textProperty().isNotEmpty());

        getChildren().addAll(lexiconTitle, intro, current, lexiconButtons, error, status, wordsTitle, wordsIntro, words,
                forget);
        vm.load();
    }

    /** Uses the lexicon in {@code file}, as the file chooser does; tests call it with a file of theirs. */
    public void useLexicon(Path file) {
        vm.useLexicon(file);
    }
}
