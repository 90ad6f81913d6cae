package ru.officialpages.desk;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ru.officialpages.domain.AddressPeriod;
import ru.officialpages.domain.ChecklistItem;
import ru.officialpages.domain.ChecklistMark;
import ru.officialpages.domain.Network;
import ru.officialpages.domain.Organization;
import ru.officialpages.domain.Page;
import ru.officialpages.domain.RegistryEntry;
import ru.officialpages.domain.ResponsiblePerson;
import ru.officialpages.i18n.Tr;
import ru.officialpages.rules.PostLink;
import ru.officialpages.rules.PostPages;
import ru.officialpages.storage.NetworkRepository;
import ru.officialpages.storage.OrganizationRepository;
import ru.officialpages.storage.PageRepository;

/**
 * The registry of pages as every screen sees it: the page list with its organisations and
 * networks, the one way a page is labelled in pickers, finding the page of a post link, and the
 * page changes that others must hear of ({@link Change#PAGES}).
 */
public final class PageDirectory {
    private final PageRepository pages;
    private final OrganizationRepository organizations;
    private final NetworkRepository networks;
    private final Changes changes;

    public PageDirectory(PageRepository pages, OrganizationRepository organizations, NetworkRepository networks,
            Changes changes) {
        this.pages = pages;
        this.organizations = organizations;
        this.networks = networks;
        this.changes = changes;
    }

    /** The pages with what labels them, read together. */
    public Listing listing() {
        return new Listing(pages.all(), organizations.all(), networks.all());
    }

    /** Every page, deleted ones included (registries "as of a date" need them). */
    public List<Page> pages() {
        return pages.all();
    }

    public List<Organization> organizations() {
        return organizations.all();
    }

    public List<Network> networks() {
        return networks.all();
    }

    /** The checklist marks of every page (novoaltaysk-608 §1.4, §3.1), by page. */
    public Map<Long, Map<ChecklistItem, ChecklistMark>> checklistMarks() {
        return pages.allMarks();
    }

    /** The page {@code post} is on, among the pages not deleted. */
    public static Optional<Page> pageOf(PostLink post, Collection<Page> pages) {
        return PostPages.pageOf(post, pages);
    }

    /** The page moved to {@code address} on {@code on} (novoaltaysk-608 §3.3); refusals in Russian. */
    public Page changeAddress(long pageId, String address, LocalDate on) {
        return announced(Refusals.said(() -> pages.changeAddress(pageId, address, on)));
    }

    /** The page deleted on {@code on}; it stays in registries up to that day. Refusals in Russian. */
    public Page delete(long pageId, LocalDate on) {
        return announced(Refusals.said(() -> pages.delete(pageId, on)));
    }

    /**
     * Registers a page; a second page of one organisation in one network is refused naming the first
     * (novoaltaysk-608 §1.5).
     */
    public Page add(Page p) {
        return announced(Refusals.said(() -> pages.add(p)));
    }

    /** Changes the organisation or the weekly norm. */
    public Page update(Page p) {
        return announced(Refusals.said(() -> pages.update(p)));
    }

    public List<AddressPeriod> addresses(long pageId) {
        return pages.addresses(pageId);
    }

    public List<ResponsiblePerson> people(long pageId) {
        return pages.people(pageId);
    }

    public void savePeople(long pageId, List<ResponsiblePerson> people) {
        announced(Refusals.said(() -> {
            pages.savePeople(pageId, people);
            return pageId;
        }));
    }

    public void saveMark(long pageId, ChecklistMark mark) {
        announced(Refusals.said(() -> {
            pages.saveMark(pageId, mark);
            return pageId;
        }));
    }

    /** The registry as of {@code day} (novoaltaysk-608 §3.3): a query, not a reconstruction. */
    public List<RegistryEntry> registry(LocalDate day) {
        return pages.registry(day);
    }

    /** Registry lines from an import, all or none. */
    public int importEntries(List<RegistryEntry> entries) {
        return announced(Refusals.said(() -> pages.importEntries(entries)));
    }

    /** Saves an organisation; the page labels that name it change with it. */
    public Organization saveOrganization(Organization o) {
        return announced(Refusals.said(() -> organizations.save(o)));
    }

    private <T> T announced(T result) {
        changes.announce(Change.PAGES);
        return result;
    }

    /** The pages, organisations and networks read at one moment, with the labels every picker shows. */
    public record Listing(List<Page> pages, List<Organization> organizations, List<Network> networks) {
        public Listing {
            pages = List.copyOf(pages);
            organizations = List.copyOf(organizations);
            networks = List.copyOf(networks);
        }

        public Map<Long, Organization> organizationsById() {
            Map<Long, Organization> byId = new HashMap<>();
            organizations.forEach(o -> byId.put(o.id(), o));
            return byId;
        }

        /** The network's name, or its code when the network is unknown. */
        public String networkName(String code) {
            return networks.stream().filter(n -> n.code().equals(code)).map(Network::name).findFirst().orElse(code);
        }

        /** How a page is named in every picker: «Организация — Сеть». */
        public String label(Page page) {
            Organization o = organizationsById().get(page.organizationId());
            return PageDirectory.label(o == null ? "" : o.name(), networkName(page.networkCode()));
        }

        /** The page {@code post} is on, among the pages not deleted. */
        public Optional<Page> pageOf(PostLink post) {
            return PostPages.pageOf(post, pages);
        }
    }

    /** The one label format of a page, for callers that already hold the organisation's and network's names. */
    public static String label(String organization, String network) {
        return Tr.tr("plan.page.label", organization, network);
    }
}
