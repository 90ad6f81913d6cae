package ru.officialpages.rules;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;
import ru.officialpages.domain.Page;
import ru.officialpages.domain.ResponsiblePerson;
import ru.officialpages.i18n.Tr;

/** The rules about which pages may exist and who may reach them. */
public final class PageRules {
    /** novoaltaysk-608 §1.6: no more than three people with access to a page. */
    public static final int MAX_PEOPLE_WITH_ACCESS = 3;

    private PageRules() {
    }

    /**
     * novoaltaysk-608 §1.5: one account per network per body. The page already there that a
     * page of {@code organizationId} in {@code networkCode} created on {@code createdOn} would
     * double, if any; {@code selfId} is left out (0 for a new page).
     */
    public static Optional<Page> existingInNetwork(Collection<Page> pages, long selfId, long organizationId,
                                                   String networkCode, LocalDate createdOn, LocalDate deletedOn) {
        return pages.stream()
                .filter(p -> p.id() != selfId)
                .filter(p -> p.organizationId() == organizationId && p.networkCode().equals(networkCode))
                .filter(p -> overlaps(p, createdOn, deletedOn))
                .findFirst();
    }

    private static boolean overlaps(Page p, LocalDate from, LocalDate to) {
        boolean startsBeforeOtherEnds = p.deletedOn() == null || from.isBefore(p.deletedOn());
        boolean otherStartsBeforeEnd = to == null || p.createdOn().isBefore(to);
        return startsBeforeOtherEnds && otherStartsBeforeEnd;
    }

    /** The refusal the user reads, naming the page that is already there. */
    public static String refusal(String organization, String network, Page existing) {
        return Tr.tr("pages.error.onePerNetwork", organization, network, existing.address());
    }

    /** A warning past three people with access, or empty. */
    public static Optional<String> accessWarning(Collection<ResponsiblePerson> people) {
        long withAccess = people.stream().filter(ResponsiblePerson::hasAccess).count();
        return withAccess > MAX_PEOPLE_WITH_ACCESS
                ? Optional.of(Tr.tr("pages.warning.access", withAccess, MAX_PEOPLE_WITH_ACCESS))
                : Optional.empty();
    }
}
