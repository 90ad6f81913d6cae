package ru.officialpages.ui.settings;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import ru.officialpages.i18n.Tr;
import ru.officialpages.ui.common.Icons;

/** Настройки: the general settings and the organizations, each on its own tab. */
public final class SettingsView extends TabPane {

    public SettingsView(SettingsViewModel settings, OrganizationsViewModel organizations, CalendarViewModel calendar) {
        this(settings, organizations, calendar, null);
    }

    /** With {@code backups} null (a window without a data folder behind it, as in some tests) there is no copies tab. */
    public SettingsView(SettingsViewModel settings, OrganizationsViewModel organizations, CalendarViewModel calendar,
            BackupsViewModel backups) {
        setId("settings-view");
        setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);

        Button save = new Button(Tr.tr("button.save"), Icons.SAVE.icon());
        save.setId("settings-save");
        save.getStyleClass().add(Styles.ACCENT);
        save.disableProperty().bind(settings.form().validProperty().not());
        save.setOnAction(e -> settings.save());
        Label status = new Label();
        status.setId("settings-status");
        status.getStyleClass().add(Styles.SUCCESS);
        status.textProperty().bind(settings.statusProperty());
        HBox buttons = new HBox(10, save, status);
        buttons.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        // A save refused (settings another user saved meanwhile) or failed: said in red under the button.
        Label problem = new Label();
        problem.setId("settings-problem");
        problem.getStyleClass().add(Styles.DANGER);
        problem.setWrapText(true);
        problem.textProperty().bind(settings.problemProperty());
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        problem.visibleProperty().bind(problem.managedProperty());
        VBox general = new VBox(18, new SettingsForm(settings.form()), buttons, problem);
        general.setMaxWidth(760);
        general.setPadding(new Insets(16, 4, 16, 4));
        ScrollPane generalScroll = new ScrollPane(general);
        generalScroll.setFitToWidth(true);

        Tab generalTab = new Tab(Tr.tr("settings.tab.general"), generalScroll);
        generalTab.setId("settings-tab-general");
        OrganizationsView orgView = new OrganizationsView(organizations);
        VBox orgBox = new VBox(orgView);
        orgBox.setPadding(new Insets(16, 0, 0, 0));
        VBox.setVgrow(orgView, javafx.scene.layout.Priority.ALWAYS);
        Tab orgTab = new Tab(Tr.tr("settings.tab.organizations"), orgBox);
        orgTab.setId("settings-tab-organizations");
        Tab calendarTab = new Tab(Tr.tr("settings.tab.calendar"));
        calendarTab.setId("settings-tab-calendar");
        // The year view is built when first shown: most visits to Settings never open it.
        calendarTab.setOnSelectionChanged(e -> {
            if (calendarTab.isSelected() && calendarTab.getContent() == null) {
                calendarTab.setContent(new CalendarView(calendar));
            }
        });
        getTabs().addAll(generalTab, orgTab, calendarTab);
        if (backups != null) {
            Tab backupsTab = new Tab(Tr.tr("backup.ui.tab"));
            backupsTab.setId("settings-tab-backups");
            backupsTab.setOnSelectionChanged(e -> {
                if (backupsTab.isSelected() && backupsTab.getContent() == null) {
                    ScrollPane scroll = new ScrollPane(new BackupsView(backups));
                    scroll.setFitToWidth(true);
                    backupsTab.setContent(scroll);
                }
            });
            getTabs().add(backupsTab);
        }
        settings.load();
        organizations.load();
    }

    /** Adds the Проверка текста tab (the user's lexicon and personal dictionary), built when first shown. */
    public void addTextChecks(TextCheckSettingsViewModel textChecks) {
        Tab tab = new Tab(Tr.tr("settings.tab.textcheck"));
        tab.setId("settings-tab-textcheck");
        tab.setOnSelectionChanged(e -> {
            if (tab.isSelected() && tab.getContent() == null) {
                ScrollPane scroll = new ScrollPane(new TextCheckSettingsView(textChecks));
                scroll.setFitToWidth(true);
                tab.setContent(scroll);
            }
        });
        getTabs().add(tab);
    }

    /** Adds the Соцсети tab (the VK key and what is read), built when first shown. */
    public void addSocial(SocialSettingsViewModel social) {
        Tab tab = new Tab(Tr.tr("settings.tab.social"));
        tab.setId("settings-tab-social");
        tab.setOnSelectionChanged(e -> {
            if (tab.isSelected() && tab.getContent() == null) {
                ScrollPane scroll = new ScrollPane(new SocialSettingsView(social));
                scroll.setFitToWidth(true);
                tab.setContent(scroll);
            }
        });
        getTabs().add(tab);
    }

    /** Adds the Районная база tab (issue 19: the file on this computer or the district's server), built when first shown. */
    public void addDistrict(DistrictSettingsViewModel district) {
        Tab tab = new Tab(Tr.tr("settings.tab.district"));
        tab.setId("settings-tab-district");
        tab.setOnSelectionChanged(e -> {
            if (tab.isSelected() && tab.getContent() == null) {
                ScrollPane scroll = new ScrollPane(new DistrictSettingsView(district));
                scroll.setFitToWidth(true);
                tab.setContent(scroll);
            }
        });
        getTabs().add(tab);
    }
}
