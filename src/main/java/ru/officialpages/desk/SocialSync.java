package ru.officialpages.desk;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.officialpages.connect.Connector;
import ru.officialpages.connect.PageRead;
import ru.officialpages.connect.PlatformFailure;
import ru.officialpages.connect.PlatformPost;
import ru.officialpages.connect.Reach;
import ru.officialpages.connect.TelegramPreview;
import ru.officialpages.connect.VkClient;
import ru.officialpages.connect.VkComment;
import ru.officialpages.connect.VkPost;
import ru.officialpages.domain.Network;
import ru.officialpages.domain.Page;
import ru.officialpages.domain.PageIdentity;
import ru.officialpages.domain.PageSync;
import ru.officialpages.domain.PlanItem;
import ru.officialpages.domain.PostReach;
import ru.officialpages.domain.SyncedComment;
import ru.officialpages.i18n.Tr;
import ru.officialpages.rules.PageAddress;
import ru.officialpages.storage.SyncedRepository;

/**
 * «Обновить из соцсетей» and the {@code sync} command (issue 17 item 2): reads the registry's active
 * VK and Telegram pages and keeps one post-log entry per post, with its reach as of now, and the
 * comments of the last two weeks for the moderation round. A page that cannot be read gets a note and
 * the others go on; a refused key, the day's limit or a lost network stops the run, and what was read
 * before stays kept (each page is written whole, in one transaction, or not at all).
 */
public final class SocialSync {
    /** How far back the first read of a page goes. */
    public static final int FIRST_WEEKS = 8;
    /** The posts whose comments are read for the moderation round. */
    public static final int COMMENT_DAYS = 14;
    private static final Logger LOG = LoggerFactory.getLogger(SocialSync.class);
    private static final int TOPIC_LENGTH = 100;

    private final PageDirectory directory;
    private final PostLog log;
    private final ContentPlan plan;
    private final SyncedRepository synced;
    private final SocialConnections social;
    private final Changes changes;
    private final Supplier<LocalDateTime> now;
    private final Batched told = new Batched();

    /** Told before each page is read; asked between requests whether to stop. */
    public interface Progress {
        Progress NONE = new Progress() {
            @Override
            public void page(int done, int total, String label) {
            }

            @Override
            public boolean cancelled() {
                return false;
            }
        };

        void page(int done, int total, String label);

        boolean cancelled();
    }

    /** What to read: from a date (null: each page's own default) and one page (null: every page). */
    public record Request(LocalDate from, String pageAddress) {
        public static final Request ALL = new Request(null, null);
    }

    /** Why a run ended before every page was read. */
    public enum Stop {
        NONE, KEY_REFUSED, DAILY_LIMIT, NETWORK, CANCELLED
    }

    /** How one page went. */
    public enum PageState {
        /** Read and kept. */
        READ,
        /** Could not be read; the note says why (no access, no preview, no key…). */
        NOTED,
        /** Not reached: the run stopped before it. */
        NOT_READ
    }

    public record PageResult(Page page, String label, PageState state, int added, int updated, int gone, int comments,
            String note) {
    }

    /** An open plan item of the page and day of a post read now that fulfils none: offered to be marked published with it. */
    public record PlanOffer(long postId, String url, LocalDateTime publishedAt, String pageLabel, PlanItem item) {
    }

    public record Outcome(List<PageResult> pages, List<PlanOffer> offers, Stop stop, String stopText,
            LocalDateTime retryAfter) {
        public Outcome {
            pages = List.copyOf(pages);
            offers = List.copyOf(offers);
        }

        /** True when at least one page was read. */
        public boolean anythingRead() {
            return pages.stream().anyMatch(p -> p.state() == PageState.READ);
        }

        /** True when every page was read or got its note. */
        public boolean everyPageDone() {
            return stop == Stop.NONE && pages.stream().noneMatch(p -> p.state() == PageState.NOT_READ);
        }

        public int added() {
            return pages.stream().mapToInt(PageResult::added).sum();
        }

        public int updated() {
            return pages.stream().mapToInt(PageResult::updated).sum();
        }

        public int comments() {
            return pages.stream().mapToInt(PageResult::comments).sum();
        }
    }

    public SocialSync(PageDirectory directory, PostLog log, ContentPlan plan, SyncedRepository synced,
            SocialConnections social, Changes changes, Supplier<LocalDateTime> now) {
        this.directory = directory;
        this.log = log;
        this.plan = plan;
        this.synced = synced;
        this.social = social;
        this.changes = changes;
        this.now = now;
    }

    /** The sync over a run's desks (they share one change notice, so every screen hears what it adds). */
    public static SocialSync over(Desks desks, SyncedRepository synced, SocialConnections social) {
        return new SocialSync(desks.pages(), desks.posts(), desks.plan(), synced, social, desks.changes(),
                LocalDateTime::now);
    }

    /** True for the networks the program reads. */
    public static boolean readable(String networkCode) {
        return Network.VK.equals(networkCode) || Network.TELEGRAM.equals(networkCode);
    }

    /**
     * The pages a request reads: the active VK and Telegram pages, or the one with the given address.
     * An address of no such page is refused in Russian.
     */
    public List<Page> pagesFor(Request request) {
        LocalDate today = now.get().toLocalDate();
        List<Page> active = directory.pages().stream().filter(p -> p.activeOn(today) && readable(p.networkCode()))
                .sorted(Comparator.comparing(Page::networkCode).thenComparing(Page::id)).toList();
        if (request.pageAddress() == null || request.pageAddress().isBlank()) {
            return active;
        }
        PageAddress.Result wanted = PageAddress.parse(request.pageAddress());
        String address = wanted.isValid() ? wanted.page().address() : request.pageAddress().strip();
        List<Page> found = active.stream().filter(p -> normal(p.address()).equalsIgnoreCase(address)).toList();
        if (found.isEmpty()) {
            throw new DeskException(Tr.tr("sync.error.noPage", request.pageAddress().strip()), null);
        }
        return found;
    }

    private static String normal(String address) {
        PageAddress.Result r = PageAddress.parse(address);
        return r.isValid() ? r.page().address() : address.strip();
    }

    /** The page's reading state (last sync, last note), if it was ever read. */
    public Optional<PageSync> state(long pageId) {
        return synced.sync(pageId);
    }

    /** Reads the pages of the request; never throws for a platform's answer (storage failures do throw). */
    public Outcome run(Request request, Progress progress) {
        List<Page> pages = pagesFor(request);
        PageDirectory.Listing listing = directory.listing();
        List<PlanOffer> offers = new ArrayList<>();
        Stop stop = Stop.NONE;
        String stopText = "";
        LocalDateTime retryAfter = null;
        VkClient vk = social.effectiveKey().isPresent() ? social.vk() : null;
        PageResult[] slots = new PageResult[pages.size()];
        List<PlanOffer> found = java.util.Collections.synchronizedList(offers);
        // Pages are written on a thread of their own while the next is read: VK's pace leaves the
        // network idle otherwise for as long as each page's writing takes.
        ExecutorService store = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "sync-store");
            t.setDaemon(true);
            return t;
        });
        Future<PageResult> pending = null;
        int pendingIndex = -1;
        try {
            for (int i = 0; i < pages.size(); i++) {
                Page page = pages.get(i);
                String label = listing.label(page) + " — " + page.address();
                if (stop != Stop.NONE || progress.cancelled()) {
                    if (stop == Stop.NONE) {
                        stop = Stop.CANCELLED;
                        stopText = Tr.tr("sync.cancelled");
                    }
                    slots[i] = new PageResult(page, label, PageState.NOT_READ, 0, 0, 0, 0, "");
                    continue;
                }
                progress.page(i, pages.size(), label);
                try {
                    Supplier<PageResult> keep = fetchPage(page, label, request.from(), vk, listing, found, progress);
                    if (pending != null) {
                        slots[pendingIndex] = await(pending);
                    }
                    pending = store.submit(keep::get);
                    pendingIndex = i;
                } catch (PlatformFailure f) {
                    if (progress.cancelled()) {
                        stop = Stop.CANCELLED;
                        stopText = Tr.tr("sync.cancelled");
                        slots[i] = new PageResult(page, label, PageState.NOT_READ, 0, 0, 0, 0, "");
                    } else if (f.pageOnly()) {
                        synced.noted(page.id(), f.getMessage(), now.get());
                        told.add(Change.PAGES);
                        slots[i] = new PageResult(page, label, PageState.NOTED, 0, 0, 0, 0, f.getMessage());
                    } else {
                        LOG.warn("Sync stopped at page {}: {}", page.id(), f.kind());
                        stop = switch (f.kind()) {
                            case KEY_REFUSED -> Stop.KEY_REFUSED;
                            case DAILY_LIMIT -> Stop.DAILY_LIMIT;
                            default -> Stop.NETWORK;
                        };
                        stopText = f.getMessage();
                        retryAfter = f.retryAfter().orElse(null);
                        slots[i] = new PageResult(page, label, PageState.NOT_READ, 0, 0, 0, 0, f.getMessage());
                    }
                } catch (NoReader n) {
                    synced.noted(page.id(), n.getMessage(), now.get());
                    told.add(Change.PAGES);
                    slots[i] = new PageResult(page, label, PageState.NOTED, 0, 0, 0, 0, n.getMessage());
                }
            }
            if (pending != null) {
                slots[pendingIndex] = await(pending);
            }
        } finally {
            store.shutdown();
            told.flush();
        }
        List<PageResult> results = List.of(slots);
        progress.page(pages.size(), pages.size(), "");
        return new Outcome(results, offers, stop, stopText, retryAfter);
    }

    /** The page's writing, waited for even when the reading thread is interrupted (a cancel): it is one transaction. */
    private static PageResult await(Future<PageResult> writing) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return writing.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof RuntimeException r) {
                        throw r;
                    }
                    if (e.getCause() instanceof Error err) {
                        throw err;
                    }
                    throw new IllegalStateException(e.getCause());
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * The sync's changes, told at once, then at most every {@link #EVERY_NANOS} and at the end of the
     * run. Every open screen reloads on a change (Сегодня on any): told for each of 200 pages, the
     * window's UI thread rebuilt Сегодня about once a second for the whole sync and stalled for
     * 0.1–0.4 s again and again (issue 20 item 3).
     */
    private final class Batched {
        private static final long EVERY_NANOS = 5_000_000_000L;
        private final java.util.EnumSet<Change> waiting = java.util.EnumSet.noneOf(Change.class);
        private long last = System.nanoTime() - EVERY_NANOS;

        synchronized void add(Change change) {
            waiting.add(change);
            if (System.nanoTime() - last >= EVERY_NANOS) {
                flush();
            }
        }

        synchronized void flush() {
            if (waiting.isEmpty()) {
                return;
            }
            Change[] all = waiting.toArray(Change[]::new);
            waiting.clear();
            last = System.nanoTime();
            changes.announce(all[0], java.util.Arrays.copyOfRange(all, 1, all.length));
        }
    }

    /** A page of a network the program cannot read now (VK without a key). */
    private static final class NoReader extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NoReader(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * Reads a page from its platform (the network part) and returns the step that keeps what was read
     * (the database part), so the next page is read while this one is written.
     */
    private Supplier<PageResult> fetchPage(Page page, String label, LocalDate from, VkClient vk,
            PageDirectory.Listing listing, List<PlanOffer> offers, Progress progress) {
        LocalDateTime started = now.get();
        LocalDateTime since = since(page, from, started);
        List<PlatformPost> read;
        boolean complete;
        String linkPrefix;
        Long owner = null;
        if (Network.VK.equals(page.networkCode())) {
            if (vk == null) {
                throw new NoReader(Tr.tr("connect.vk.noKey"));
            }
            owner = ownerOf(page, vk, listing);
            var wall = vk.wallSince(owner, since);
            long wallOwner = owner;
            // A post of another wall in the answer is not this page's (nor to be counted as its).
            read = wall.posts().stream().filter(p -> p.ownerId() == wallOwner).map(SocialSync::common).toList();
            complete = wall.complete();
            linkPrefix = "https://vk.com/wall" + owner + "_";
        } else {
            Connector telegram = social.connector(page.networkCode())
                    .orElseThrow(() -> new NoReader(social.whyNotRead(page.networkCode()).orElse("")));
            PageRead r = telegram.read(page.address(), since);
            read = r.posts();
            complete = r.complete();
            linkPrefix = "https://t.me/" + TelegramPreview.channelName(page.address()) + "/";
        }
        // Comments are read for posts whose count grew past what is kept (a thread read once is not
        // read again until someone writes more): two weeks of posts would be 30 requests a page.
        LocalDateTime commentsFrom = started.minusDays(COMMENT_DAYS);
        Map<String, Integer> keptComments = owner == null ? Map.of() : synced.commentCounts(page.id(), commentsFrom);
        List<SyncedComment.Read> comments = new ArrayList<>();
        if (owner != null) {
            for (PlatformPost p : read) {
                if (progress.cancelled()) {
                    break; // the posts read are kept; the comments left are asked for next time
                }
                if (!p.publishedAt().isBefore(commentsFrom) && p.reach().comments() > 0
                        && p.reach().comments() > keptComments.getOrDefault(p.link(), 0)) {
                    long postId = Long.parseLong(p.link().substring(linkPrefix.length()));
                    try {
                        for (VkComment c : vk.comments(owner, postId)) {
                            comments.add(read(c, null));
                            for (VkComment reply : c.replies()) {
                                comments.add(read(reply, c));
                            }
                        }
                    } catch (PlatformFailure f) {
                        if (!f.pageOnly()) {
                            throw f;
                        }
                        // Comments closed on one post: the post itself is kept, the others go on.
                        LOG.info("Comments of {} not read: {}", p.link(), f.kind());
                    }
                }
            }
        }
        List<PlatformPost> posts = read;
        boolean whole = complete;
        String prefix = linkPrefix;
        return () -> {
            LocalDateTime asOf = now.get();
            List<SyncedRepository.ReadPost> toKeep = posts.stream().map(p -> new SyncedRepository.ReadPost(page.id(),
                    p.link(), p.publishedAt(), p.format(), topicOf(p.text()), p.text(), reach(p.reach(), asOf))).toList();
            List<SyncedRepository.Kept> kept = synced.savePosts(toKeep);
            int added = (int) kept.stream().filter(SyncedRepository.Kept::added).count();
            int updated = (int) kept.stream().filter(k -> !k.added() && k.changed()).count();
            int newComments = comments.isEmpty() ? 0 : synced.saveComments(page.id(), comments);
            int gone = 0;
            if (whole) {
                Set<String> seen = new HashSet<>();
                posts.forEach(p -> seen.add(p.link()));
                for (Map.Entry<String, Long> e : synced.linksOf(page.id(), since, started).entrySet()) {
                    if (e.getKey().startsWith(prefix) && !seen.contains(e.getKey()) && synced.markGone(e.getValue(), asOf)) {
                        gone++;
                    }
                }
            }
            synced.synced(page.id(), started);
            offers.addAll(offers(page, listing.label(page), kept, toKeep));
            if (!kept.isEmpty() || gone > 0) {
                told.add(Change.POSTS);
            } else {
                told.add(Change.PAGES);
            }
            if (newComments > 0) {
                told.add(Change.MODERATION);
            }
            String note = whole ? "" : Tr.tr("sync.page.partial", posts.size());
            return new PageResult(page, label, PageState.READ, added, updated, gone, newComments, note);
        };
    }

    /** Explicit date, else the last sync but at least the comments' two weeks, else the first eight weeks. */
    private LocalDateTime since(Page page, LocalDate from, LocalDateTime started) {
        if (from != null) {
            return from.atStartOfDay();
        }
        LocalDateTime twoWeeks = started.toLocalDate().minusDays(COMMENT_DAYS).atStartOfDay();
        return synced.sync(page.id()).map(PageSync::syncedAt)
                .map(last -> last.isBefore(twoWeeks) ? last : twoWeeks)
                .orElse(started.toLocalDate().minusWeeks(FIRST_WEEKS).atStartOfDay());
    }

    /** The page's VK number: known already, else resolved by VK and remembered as the page's identity. */
    private long ownerOf(Page page, VkClient vk, PageDirectory.Listing listing) {
        Optional<PageIdentity> known = listing.identities().stream()
                .filter(i -> i.pageId() == page.id() && Network.VK.equals(i.networkCode())).findFirst();
        if (known.isPresent()) {
            return known.get().ownerId();
        }
        long owner = vk.ownerOf(page.address());
        try {
            directory.learn(List.of(new PageIdentity(page.id(), Network.VK, owner, PageIdentity.Source.SYNC)));
        } catch (DeskException e) {
            // Another page of the registry holds this number: the same community registered twice.
            throw new PlatformFailure(PlatformFailure.Kind.OTHER, e.getMessage());
        }
        return owner;
    }

    private List<PlanOffer> offers(Page page, String label, List<SyncedRepository.Kept> kept,
            List<SyncedRepository.ReadPost> read) {
        List<PlanOffer> found = new ArrayList<>();
        List<SyncedRepository.ReadPost> unplanned = new ArrayList<>();
        Map<String, Long> ids = new HashMap<>();
        for (int i = 0; i < kept.size(); i++) {
            if (!kept.get(i).planned()) {
                unplanned.add(read.get(i));
                ids.put(kept.get(i).url(), kept.get(i).postId());
            }
        }
        if (unplanned.isEmpty()) {
            return found;
        }
        LocalDate first = unplanned.stream().map(p -> p.publishedAt().toLocalDate()).min(Comparator.naturalOrder()).get();
        LocalDate last = unplanned.stream().map(p -> p.publishedAt().toLocalDate()).max(Comparator.naturalOrder()).get();
        List<PlanItem> open = new ArrayList<>(plan.between(first, last).stream()
                .filter(i -> i.status().isOpen() && i.pageIds().contains(page.id())).toList());
        if (open.isEmpty()) {
            return found;
        }
        // Oldest post first, so the day's first post takes the day's first item.
        List<SyncedRepository.ReadPost> byTime = new ArrayList<>(unplanned);
        byTime.sort(Comparator.comparing(SyncedRepository.ReadPost::publishedAt));
        for (SyncedRepository.ReadPost p : byTime) {
            Optional<PlanItem> item = open.stream().filter(i -> i.day().equals(p.publishedAt().toLocalDate()))
                    .findFirst();
            item.ifPresent(i -> {
                open.remove(i);
                found.add(new PlanOffer(ids.get(p.url()), p.url(), p.publishedAt(), label, i));
            });
        }
        return found;
    }

    /** Marks the offered plan items published with their posts (the plan's «Опубликовано»). */
    public void markPublished(List<PlanOffer> offers) {
        for (PlanOffer o : offers) {
            log.attachToPlan(o.postId(), o.item().id());
        }
    }

    private static PlatformPost common(VkPost p) {
        return new PlatformPost(p.link(), p.publishedAt(), p.text(), p.format(), p.attachments(), p.pinned(), p.reach());
    }

    private static PostReach reach(Reach r, LocalDateTime asOf) {
        return new PostReach(r.views(), r.likes(), r.reposts(), r.comments(), r.approximate(), asOf, null);
    }

    private static SyncedComment.Read read(VkComment c, VkComment parent) {
        return new SyncedComment.Read(key(c), parent == null ? null : key(parent), c.postLink(), c.link(),
                c.author().name(), c.author().profileLink(), c.writtenAt(), c.text());
    }

    private static String key(VkComment c) {
        return c.ownerId() + "_" + c.postId() + "_" + c.id();
    }

    /** The post's first line, shortened at a word: what the log's «Тема» shows for a post the clerk did not type. */
    static String topicOf(String text) {
        String t = text == null ? "" : text.strip();
        int nl = t.indexOf('\n');
        if (nl >= 0) {
            t = t.substring(0, nl).strip();
        }
        if (t.length() <= TOPIC_LENGTH) {
            return t;
        }
        int cut = t.lastIndexOf(' ', TOPIC_LENGTH - 1);
        return t.substring(0, cut > TOPIC_LENGTH / 2 ? cut : TOPIC_LENGTH - 1).strip() + "…";
    }
}
