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
import ru.officialpages.domain.PageIdentity;
import ru.officialpages.domain.RegistryEntry;
import ru.officialpages.domain.ResponsiblePerson;
import ru.officialpages.i18n.Tr;
import ru.officialpages.rules.PostLink;
import ru.officialpages.rules.PostPages;
import ru.officialpages.storage.IdentityTakenException;
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

    /** The pages with what labels them and their platform numbers, read together. */
    public Listing listing() {
        List<Page> all = pages.all();
        return new Listing(all, organizations.all(), networks.all(), identities(all));
    }

    /**
     * As {@link #listing()} without the platform numbers, whose reading parses every page's address: for a screen
     * that only names the pages. Сегодня reads it before the window's first lines (issue 20: the numbers were
     * a third of that reading on a district's 200 pages).
     */
    public Listing listingWithoutNumbers() {
        return new Listing(pages.all(), organizations.all(), networks.all(), List.of());
    }

    /**
     * The platform numbers of the pages: those learned (V16), and those a page's own numeric address
     * shows ({@code vk.com/club210001}), for pages registered before the program learned numbers.
     */
    public List<PageIdentity> identities() {
        return identities(pages.all());
    }

    private List<PageIdentity> identities(List<Page> all) {
        List<PageIdentity> known = new java.util.ArrayList<>(pages.identities());
        java.util.Set<Long> numbered = new java.util.HashSet<>();
        known.forEach(i -> numbered.add(i.pageId()));
        for (Page p : all) {
            if (!numbered.contains(p.id())) {
                PostPages.ownerOf(p).ifPresent(owner -> known.add(
                        new PageIdentity(p.id(), p.networkCode(), owner, PageIdentity.Source.ADDRESS)));
            }
        }
        return known;
    }

    /**
     * The clerk (or an import line) says {@code post} is a post of {@code page}. When the link names
     * its page only by a number nobody holds, the page learns that number, so the next link finds it
     * at once (issue 16). A number another page holds is refused naming that page. Returns the
     * verdict, so a caller can refuse a link that names another page where it must.
     */
    public PostPages.Verdict remember(PostLink post, Page page, PageIdentity.Source source) {
        Listing listing = listing();
        PostPages.Verdict verdict = PostPages.verdict(post, page, listing.identities(), source);
        if (verdict instanceof PostPages.Taken taken) {
            throw new DeskException(Tr.tr("pages.identity.taken", PostPages.ownerText(page.networkCode(),
                    post.ownerId().getAsLong()), listing.labelOf(taken.otherPageId())), null);
        }
        if (verdict instanceof PostPages.Learn learn) {
            learn(List.of(learn.identity()));
        }
        return verdict;
    }

    /** Keeps numbers learned together (an import's lines), all or none; a taken one is refused naming its page. */
    public void learn(List<PageIdentity> learned) {
        if (learned.isEmpty()) {
            return;
        }
        try {
            pages.saveIdentities(learned);
        } catch (IdentityTakenException e) {
            PageIdentity wanted = learned.stream().findFirst().orElseThrow();
            throw new DeskException(Tr.tr("pages.identity.taken", PostPages.ownerText(wanted.networkCode(),
                    wanted.ownerId()), listing().labelOf(e.holderPageId())), e);
        }
        changes.announce(Change.PAGES);
    }

    /**
     * The number typed in the page card ({@code club210001}, {@code id123}, a bare number); an empty
     * text forgets it. Refused in Russian when it is not a number or another page holds it.
     */
    public void setIdentity(Page page, String text) {
        if (text == null || text.isBlank()) {
            Refusals.said(() -> {
                pages.forgetIdentity(page.id());
                return null;
            });
            changes.announce(Change.PAGES);
            return;
        }
        java.util.OptionalLong owner = PostPages.parseOwner(page.networkCode(), text);
        if (owner.isEmpty()) {
            throw new DeskException(Tr.tr("pages.identity.error.format"), null);
        }
        java.util.OptionalLong byAddress = PostPages.ownerOf(page);
        if (byAddress.isPresent() && byAddress.getAsLong() != owner.getAsLong()) {
            throw new DeskException(Tr.tr("pages.identity.error.address",
                    PostPages.ownerText(page.networkCode(), byAddress.getAsLong())), null);
        }
        Optional<PageIdentity> holder = identities().stream().filter(i -> i.pageId() != page.id()
                && i.networkCode().equals(page.networkCode()) && i.ownerId() == owner.getAsLong()).findFirst();
        if (holder.isPresent()) {
            throw new DeskException(Tr.tr("pages.identity.taken", PostPages.ownerText(page.networkCode(),
                    owner.getAsLong()), listing().labelOf(holder.get().pageId())), null);
        }
        learn(List.of(new PageIdentity(page.id(), page.networkCode(), owner.getAsLong(), PageIdentity.Source.CARD)));
    }

    /** The number shown in the page card, or "" when none is known. */
    public static String identityText(Page page, List<PageIdentity> identities) {
        return identities.stream().filter(i -> i.pageId() == page.id()).findFirst()
                .map(i -> PostPages.ownerText(i.networkCode(), i.ownerId())).orElse("");
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
        return changeAddress(pageId, address, on, java.util.OptionalLong.empty());
    }

    /** As {@link #changeAddress(long, String, LocalDate)}, made on the version opened; a page changed since is refused. */
    public Page changeAddress(long pageId, String address, LocalDate on, java.util.OptionalLong opened) {
        Page saved = Refusals.said(() -> pages.changeAddress(pageId, address, on, opened));
        learnFromAddress(saved);
        return announced(saved);
    }

    /** The page deleted on {@code on}; it stays in registries up to that day. Refusals in Russian. */
    public Page delete(long pageId, LocalDate on) {
        return delete(pageId, on, java.util.OptionalLong.empty());
    }

    /** As {@link #delete(long, LocalDate)}, made on the version opened; a page changed since is refused. */
    public Page delete(long pageId, LocalDate on, java.util.OptionalLong opened) {
        return announced(Refusals.said(() -> pages.delete(pageId, on, opened)));
    }

    /**
     * Registers a page; a second page of one organisation in one network is refused naming the first
     * (novoaltaysk-608 §1.5).
     */
    public Page add(Page p) {
        Page saved = Refusals.said(() -> pages.add(p));
        learnFromAddress(saved);
        return announced(saved);
    }

    /** A numeric address is the page's number; a number another page holds is left to that page. */
    private void learnFromAddress(Page page) {
        java.util.OptionalLong owner = PostPages.ownerOf(page);
        if (owner.isPresent()) {
            try {
                pages.saveIdentity(new PageIdentity(page.id(), page.networkCode(), owner.getAsLong(),
                        PageIdentity.Source.ADDRESS));
            } catch (IdentityTakenException e) {
                // Two registry pages with one numeric address: the registry's own check says so; the first keeps it.
            }
        }
    }

    /** Changes the organisation or the weekly norm. */
    public Page update(Page p) {
        return announced(Refusals.said(() -> pages.update(p)));
    }

    /** As {@link #update(Page)}, made on the version opened; a page another user changed since is refused. */
    public Page update(Page p, java.util.OptionalLong opened) {
        return announced(Refusals.said(() -> pages.update(p, opened)));
    }

    /** The page's version as it is opened for editing (issue 19 item 7); empty when it is gone. */
    public java.util.OptionalLong version(long id) {
        return Refusals.said(() -> pages.version(id));
    }

    public List<AddressPeriod> addresses(long pageId) {
        return pages.addresses(pageId);
    }

    public List<ResponsiblePerson> people(long pageId) {
        return pages.people(pageId);
    }

    /**
     * The people and a checklist mark are part of the page's card (issue 19 item 7): saved on the page's version
     * {@code opened}, a card another user changed since is refused («Запись изменил другой пользователь…»).
     */
    public void savePeople(long pageId, List<ResponsiblePerson> people, java.util.OptionalLong opened) {
        announced(Refusals.said(() -> {
            pages.savePeople(pageId, people, opened);
            return pageId;
        }));
    }

    /** As {@link #savePeople(long, List, java.util.OptionalLong)}: one mark, on the version the card was read at. */
    public void saveMark(long pageId, ChecklistMark mark, java.util.OptionalLong opened) {
        announced(Refusals.said(() -> {
            pages.saveMark(pageId, mark, opened);
            return pageId;
        }));
    }

    /** One page's checklist marks, read with its card. */
    public Map<ChecklistItem, ChecklistMark> marks(long pageId) {
        return Refusals.said(() -> pages.marks(pageId));
    }

    /** The registry as of {@code day} (novoaltaysk-608 §3.3): a query, not a reconstruction. */
    public List<RegistryEntry> registry(LocalDate day) {
        return pages.registry(day);
    }

    /** The mark that the quarter's registry was placed on the website (novoaltaysk-608 §3.5), if made. */
    public java.util.Optional<ru.officialpages.domain.RegistryPlacement> registryPlacement(ru.officialpages.rules.Quarter quarter) {
        return Refusals.said(() -> pages.registryPlacement(quarter.year(), quarter.number()));
    }

    /**
     * Marks the quarter's registry placed on the website on {@code day} (with its link, or {@code ""}); a mark made
     * before for the quarter is corrected. Refused in Russian for a day before the quarter ended or after {@code today},
     * or a link that is not a web address.
     */
    public void markRegistryPlaced(ru.officialpages.rules.Quarter quarter, LocalDate day, String url, LocalDate today,
            java.time.LocalDateTime now) {
        if (day.isAfter(today)) {
            throw new DeskException(Tr.tr("registry.placement.error.future", ru.officialpages.i18n.RuFormat.date(day)), null);
        }
        if (!day.isAfter(quarter.lastDay())) {
            throw new DeskException(Tr.tr("registry.placement.error.early", ru.officialpages.i18n.RuFormat.date(day),
                    quarter.russian()), null);
        }
        String link = url == null ? "" : url.strip();
        if (!link.isEmpty() && !link.matches("(?i)https?://\\S+")) {
            throw new DeskException(Tr.tr("registry.placement.error.url", link), null);
        }
        Refusals.said(() -> {
            pages.markRegistryPlaced(new ru.officialpages.domain.RegistryPlacement(quarter.year(), quarter.number(), day, link), now);
            return null;
        });
        changes.announce(Change.PAGES);
    }

    /** Takes the quarter's placement mark back (made by mistake); false when there was none. */
    public boolean unmarkRegistryPlaced(ru.officialpages.rules.Quarter quarter) {
        return announced(Refusals.said(() -> pages.unmarkRegistryPlaced(quarter.year(), quarter.number())));
    }

    /** Registry lines from an import, all or none. */
    public int importEntries(List<RegistryEntry> entries) {
        return announced(Refusals.said(() -> pages.importEntries(entries)));
    }

    /** Saves an organisation; the page labels that name it change with it. */
    public Organization saveOrganization(Organization o) {
        return saveOrganization(o, java.util.OptionalLong.empty());
    }

    /**
     * As {@link #saveOrganization(Organization)}, made on the version the card was opened with
     * ({@link #organizationVersions()}): one another user changed since is refused and nothing is written.
     */
    public Organization saveOrganization(Organization o, java.util.OptionalLong opened) {
        return announced(Refusals.said(() -> organizations.save(o, opened)));
    }

    /** The organisations' versions (issue 19 item 7), to read before the list. */
    public Map<Long, Long> organizationVersions() {
        return Refusals.said(organizations::versions);
    }

    private <T> T announced(T result) {
        changes.announce(Change.PAGES);
        return result;
    }

    /** The pages, organisations and networks read at one moment, with the labels every picker shows. */
    public record Listing(List<Page> pages, List<Organization> organizations, List<Network> networks,
            List<PageIdentity> identities) {
        public Listing {
            pages = List.copyOf(pages);
            organizations = List.copyOf(organizations);
            networks = List.copyOf(networks);
            identities = List.copyOf(identities);
        }

        /** The label of the page with {@code id}, or its number when it is not among the pages. */
        public String labelOf(long id) {
            return pages.stream().filter(p -> p.id() == id).findFirst().map(this::label).orElse("№ " + id);
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

        /** The page {@code post} is on, among the pages not deleted: by address, else by a learned number. */
        public Optional<Page> pageOf(PostLink post) {
            return PostPages.pageOf(post, pages, identities);
        }

        /** Whether {@code post} is a post of {@code page}, by address or learned number. */
        public boolean isOn(PostLink post, Page page) {
            return PostPages.isOn(post, page, identities);
        }
    }

    /** The one label format of a page, for callers that already hold the organisation's and network's names. */
    public static String label(String organization, String network) {
        return Tr.tr("plan.page.label", organization, network);
    }
}
