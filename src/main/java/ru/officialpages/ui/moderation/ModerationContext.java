package ru.officialpages.ui.moderation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import ru.officialpages.desk.Office;
import ru.officialpages.desk.PageDirectory;
import ru.officialpages.domain.DeletionGround;
import ru.officialpages.domain.Network;
import ru.officialpages.domain.NormPreset;
import ru.officialpages.domain.Organization;
import ru.officialpages.domain.Page;
import ru.officialpages.domain.Settings;
import ru.officialpages.i18n.Tr;
import ru.officialpages.rules.GroundClauses;
import ru.officialpages.text.CommentGrounds;
import ru.officialpages.ui.posts.PageChoice;

/**
 * What the sub-screens of Модерация share: the registry's pages with their labels, the settlement's
 * preset (which decides the clause a ground cites), the comment checks and one status line.
 * Read once per load by {@link ModerationViewModel}, then each sub-screen reads from here.
 */
public final class ModerationContext {
    private final Clock clock;
    private final ObservableList<PageChoice> pageChoices = FXCollections.observableArrayList();
    private final ObservableList<PageChoice> activeChoices = FXCollections.observableArrayList();
    private final Map<String, String> networkNames = new HashMap<>();
    private final Map<Long, String> pageLabels = new HashMap<>();
    private final ReadOnlyObjectWrapper<NormPreset> preset = new ReadOnlyObjectWrapper<>(NormPreset.CUSTOM);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private String municipality = "";
    private CommentGrounds commentGrounds;
    private List<Page> pages = List.of();

    ModerationContext(Clock clock) {
        this.clock = clock;
    }

    /** The registry as one read sees it. */
    record Registry(List<Page> pages, List<Organization> organizations, List<Network> networks, Settings settings,
            CommentGrounds grounds) {
        static Registry read(PageDirectory directory, Office office) {
            return new Registry(directory.pages(), directory.organizations(), directory.networks(), office.settings(),
                    CommentGrounds.builtIn());
        }
    }

    /** Takes a fresh read of the registry (on the UI thread). */
    void apply(Registry r) {
        preset.set(r.settings().preset());
        municipality = r.settings().municipality();
        commentGrounds = r.grounds();
        Map<Long, Organization> orgs = new HashMap<>();
        r.organizations().forEach(o -> orgs.put(o.id(), o));
        r.networks().forEach(n -> networkNames.put(n.code(), n.name()));
        List<PageChoice> all = new ArrayList<>();
        List<PageChoice> active = new ArrayList<>();
        for (Page pg : r.pages()) {
            Organization o = orgs.get(pg.organizationId());
            String label = Tr.tr("posts.page.label", o == null ? "" : o.name(), networkName(pg.networkCode()),
                    pg.address().replaceFirst("^https://", ""));
            pageLabels.put(pg.id(), Tr.tr("plan.page.label", o == null ? "" : o.name(), networkName(pg.networkCode())));
            PageChoice choice = new PageChoice(pg, label);
            all.add(choice);
            if (pg.activeOn(today())) {
                active.add(choice);
            }
        }
        pages = r.pages();
        pageChoices.setAll(all);
        activeChoices.setAll(active);
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    Clock clock() {
        return clock;
    }

    public String networkName(String code) {
        return networkNames.getOrDefault(code, code);
    }

    /** "Администрация … — ВКонтакте" for a page id. */
    public String pageLabel(long pageId) {
        return pageLabels.getOrDefault(pageId, "");
    }

    public String municipality() {
        return municipality;
    }

    /** Null until the first load. */
    CommentGrounds commentGrounds() {
        return commentGrounds;
    }

    List<Page> pages() {
        return pages;
    }

    public ObservableList<PageChoice> pageChoices() {
        return pageChoices;
    }

    /** The pages active today: new records and the round choose among these. */
    public ObservableList<PageChoice> activeChoices() {
        return activeChoices;
    }

    public ReadOnlyObjectProperty<NormPreset> presetProperty() {
        return preset.getReadOnlyProperty();
    }

    /** The last thing done on any sub-screen, said in one line. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    void say(String text) {
        status.set(text);
    }

    /** The tooltip of a ground: the clause of the settlement's own order, or of every seed that lists it. */
    public String clausesOf(DeletionGround g) {
        List<String> clauses = GroundClauses.shown(g, preset.get()).stream().map(c -> Tr.tr(c.key())).toList();
        return Tr.tr(GroundClauses.inOwnOrder(g, preset.get()) ? "moderation.clause.own" : "moderation.clause.other",
                String.join("; ", clauses));
    }

    /** The grounds by their full names: a file is read without the tooltips that explain the short ones. */
    static String groundsText(Set<DeletionGround> grounds) {
        return String.join("; ", grounds.stream().sorted().map(g -> Tr.tr(g.titleKey())).toList());
    }

    /** The grounds by their short names, as a table cell shows them. */
    public static String shortGroundsText(Set<DeletionGround> grounds) {
        return String.join("; ", grounds.stream().sorted().map(g -> Tr.tr(ModerationView.SHORT + g.name())).toList());
    }
}
