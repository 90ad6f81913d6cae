package ru.officialpages.bench;

import java.lang.management.ManagementFactory;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.stage.Stage;

/**
 * Steps between the empty window and the program (issue 20, item 1): how much of the gap any JavaFX window with
 * text, the program's theme and a few ordinary controls pays before it can show anything of its own. Started by
 * StartupBenchmark with the installer's runtime and options, each step with a class-data archive of its own.
 * <ul>
 *   <li>{@code text}: one line of text on the empty pane, a plain {@code Text} node: no control, so no stylesheet either
 *       (the first text in a process loads the font system);</li>
 *   <li>{@code theme}: the same with the program's theme (AtlantaFX Primer Light, the trimmed binary form the program
 *       loads) and a button;</li>
 *   <li>{@code navigation}: the theme, a column of eight navigation buttons and a title, no screen;</li>
 *   <li>{@code controls}: the least a screen of this program is: the theme, a column of eight navigation buttons,
 *       a title, a search field and a table of four columns with twenty rows.</li>
 * </ul>
 */
public final class FloorWindow {
    private FloorWindow() {
    }

    public static void main(String[] args) {
        String step = args.length > 0 ? args[0] : "controls";
        Platform.startup(() -> {
            if (!step.equals("text")) {
                Application.setUserAgentStylesheet(
                        FloorWindow.class.getResource("/ru/officialpages/ui/primer-light-used.bss").toExternalForm());
            }
            Stage stage = new Stage();
            stage.setScene(new Scene(switch (step) {
                case "text" -> new StackPane(new Text("Официальные страницы"));
                case "theme" -> new StackPane(new VBox(8, new Label("Официальные страницы"), new Button("Добавить")));
                case "navigation" -> navigationOnly();
                default -> screen();
            }, 1280, 800));
            stage.show();
            Platform.runLater(() -> Platform.runLater(() -> {
                long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
                System.out.println("shown-ms=" + ms);
                System.exit(0);
            }));
        });
    }

    private static BorderPane navigationOnly() {
        BorderPane root = new BorderPane(new Label("Сегодня, 7 декабря"));
        root.setLeft(navigation());
        return root;
    }

    private static VBox navigation() {
        VBox navigation = new VBox(4);
        for (String name : new String[] {"Сегодня", "Страницы", "Контент-план", "Журнал", "Модерация", "Сообщения",
                "Отчёты", "Настройки"}) {
            Button b = new Button(name);
            b.setMaxWidth(Double.MAX_VALUE);
            navigation.getChildren().add(b);
        }
        return navigation;
    }

    private static BorderPane screen() {
        VBox navigation = navigation();
        TableView<String[]> table = new TableView<>();
        String[] headers = {"Дата", "Страница", "Формат", "Тема"};
        for (int c = 0; c < headers.length; c++) {
            int column = c;
            TableColumn<String[], String> col = new TableColumn<>(headers[c]);
            col.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue()[column]));
            table.getColumns().add(col);
        }
        ObservableList<String[]> rows = FXCollections.observableArrayList();
        for (int i = 1; i <= 20; i++) {
            rows.add(new String[] {String.format("%02d.12.2026", i), "vk.com/berezovka" + i, "новость",
                "Субботник во дворе дома № " + i});
        }
        table.setItems(rows);
        VBox content = new VBox(8, new Label("Журнал публикаций"), new HBox(8, new TextField(), new Button("Найти")), table);
        BorderPane root = new BorderPane(content);
        root.setLeft(navigation);
        return root;
    }
}
