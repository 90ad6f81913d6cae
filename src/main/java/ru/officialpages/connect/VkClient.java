package ru.officialpages.connect;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ru.officialpages.domain.PostFormat;
import ru.officialpages.i18n.Tr;

/**
 * Read-only VK: resolves a page's address to its owner number, reads a wall back to a date, posts
 * by id and comments with their threads. Every answer is checked field by field; one of the wrong
 * shape or size is refused whole ({@link PlatformFailure.Kind#MALFORMED}).
 */
public final class VkClient {
    /** VK's own cap for {@code wall.get} and {@code wall.getComments}. */
    public static final int PAGE_SIZE = 100;
    /** A wall read stops after this many posts (about a year of a busy page) and says so. */
    public static final int MAX_WALL_POSTS = 5_000;
    /** Comments of one post read at most (threads included). */
    public static final int MAX_COMMENTS = 2_000;
    /** VK allows 16,384 characters a post; a longer text is not VK's. */
    static final int MAX_TEXT = 20_000;
    private static final long MAX_DATE = Instant.parse("2200-01-01T00:00:00Z").getEpochSecond();
    private static final Pattern NUMBERED = Pattern.compile("(club|public|event|id)(\\d{1,12})");
    private static final Pattern SCREEN_NAME = Pattern.compile("[A-Za-z0-9_.]{1,64}");
    private final VkApi api;
    private final ZoneId zone;

    public VkClient(VkApi api, ZoneId zone) {
        this.api = api;
        this.zone = zone;
    }

    /** What a short name stands for: {@code type} is user, group or application. */
    public record Owner(String type, long id) {
    }

    /** {@code utils.resolveScreenName}; empty when VK knows no such name. */
    public Optional<Owner> resolveScreenName(String name) {
        JsonNode r = api.call("utils.resolveScreenName", Map.of("screen_name", name));
        if (r.isArray() && r.isEmpty()) {
            return Optional.empty();
        }
        if (!r.isObject()) {
            throw VkApi.malformed();
        }
        if (r.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Owner(string(r, "type", 32), number(r, "object_id")));
    }

    /** {@code groups.getById} for a number or a short name. */
    public VkGroup group(String idOrName) {
        JsonNode r = api.call("groups.getById", Map.of("group_id", idOrName));
        // 5.199 answers {"groups":[…],"profiles":[…]}; older versions a bare array.
        JsonNode groups = r.isArray() ? r : r.get("groups");
        if (groups == null || !groups.isArray()) {
            throw VkApi.malformed();
        }
        if (groups.isEmpty()) {
            throw new PlatformFailure(PlatformFailure.Kind.NOT_FOUND, Tr.tr("connect.vk.notFound"));
        }
        JsonNode g = object(groups.get(0));
        return new VkGroup(number(g, "id"), string(g, "name", 1_000), string(g, "screen_name", 200),
                g.path("is_closed").asInt(0) != 0, string(g, "type", 32));
    }

    /**
     * The owner number of a registry address: {@code vk.com/club123}, {@code public123},
     * {@code id7} directly; a short name ({@code vk.com/adm_town}) through VK.
     */
    public long ownerOf(String address) {
        String a = address.strip();
        a = a.replaceFirst("(?i)^https?://", "").replaceFirst("(?i)^(m\\.|www\\.)?vk\\.(com|ru)/", "");
        int cut = indexOfAny(a, "/?#");
        if (cut >= 0) {
            a = a.substring(0, cut);
        }
        Matcher m = NUMBERED.matcher(a);
        if (m.matches()) {
            long n = Long.parseLong(m.group(2));
            return m.group(1).equals("id") ? n : -n;
        }
        if (!SCREEN_NAME.matcher(a).matches()) {
            throw new PlatformFailure(PlatformFailure.Kind.NOT_FOUND, Tr.tr("connect.vk.badAddress", address));
        }
        String name = a;
        Owner o = resolveScreenName(name).orElseThrow(
                () -> new PlatformFailure(PlatformFailure.Kind.NOT_FOUND, Tr.tr("connect.vk.unknownName", name)));
        return switch (o.type()) {
            case "group", "page", "event" -> -o.id();
            case "user" -> o.id();
            default -> throw new PlatformFailure(PlatformFailure.Kind.NOT_FOUND, Tr.tr("connect.vk.unknownName", name));
        };
    }

    private static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /** One page of {@code wall.get}: newest first, except a pinned post which comes first whatever its date. */
    public List<VkPost> wall(long ownerId, int offset, int count) {
        if (count < 1 || count > PAGE_SIZE || offset < 0) {
            throw new IllegalArgumentException("count 1..100, offset >= 0");
        }
        JsonNode r = object(api.call("wall.get", Map.of("owner_id", String.valueOf(ownerId),
                "offset", String.valueOf(offset), "count", String.valueOf(count), "filter", "owner")));
        JsonNode items = r.get("items");
        if (items == null || !items.isArray() || items.size() > count) {
            throw VkApi.malformed();
        }
        List<VkPost> posts = new ArrayList<>(items.size());
        for (JsonNode item : items) {
            posts.add(post(item));
        }
        return posts;
    }

    /**
     * The wall back to {@code since} (inclusive), newest first. A pinned post older than that is
     * left out, but does not stop the reading as an old post in the flow does.
     */
    public WallRead wallSince(long ownerId, LocalDateTime since) {
        List<VkPost> read = new ArrayList<>();
        Set<Long> seen = new java.util.HashSet<>();
        int offset = 0;
        while (true) {
            List<VkPost> page = wall(ownerId, offset, PAGE_SIZE);
            boolean reachedDate = false;
            for (VkPost p : page) {
                if (p.publishedAt().isBefore(since)) {
                    if (!p.pinned()) {
                        reachedDate = true;
                    }
                    continue;
                }
                // A post published while reading shifts the offsets; the same post twice is kept once.
                if (seen.add(p.id())) {
                    read.add(p);
                }
            }
            if (reachedDate || page.size() < PAGE_SIZE) {
                read.sort(Comparator.comparing(VkPost::publishedAt).reversed());
                return new WallRead(read, true);
            }
            offset += page.size();
            if (offset >= MAX_WALL_POSTS) {
                read.sort(Comparator.comparing(VkPost::publishedAt).reversed());
                return new WallRead(read, false);
            }
        }
    }

    /** {@code wall.getById} for posts {@code owner_post} ({@code -123_45}); posts gone from VK are simply absent. */
    public List<VkPost> postsById(List<String> ownerPostIds) {
        if (ownerPostIds.isEmpty()) {
            return List.of();
        }
        if (ownerPostIds.size() > PAGE_SIZE) {
            throw new IllegalArgumentException("at most 100 posts a call");
        }
        JsonNode r = api.call("wall.getById", Map.of("posts", String.join(",", ownerPostIds)));
        JsonNode items = r.isArray() ? r : r.get("items");
        if (items == null || !items.isArray() || items.size() > ownerPostIds.size()) {
            throw VkApi.malformed();
        }
        List<VkPost> posts = new ArrayList<>();
        for (JsonNode item : items) {
            posts.add(post(item));
        }
        return posts;
    }

    /** The comments of a post, oldest first, each with the replies of its thread. Deleted ones are skipped. */
    public List<VkComment> comments(long ownerId, long postId) {
        String postLink = VkPost.link(ownerId, postId);
        List<VkComment> top = new ArrayList<>();
        int total = 0;
        int offset = 0;
        while (total < MAX_COMMENTS) {
            JsonNode r = object(api.call("wall.getComments", commentParams(ownerId, postId, offset, null)));
            JsonNode items = r.get("items");
            if (items == null || !items.isArray() || items.size() > PAGE_SIZE) {
                throw VkApi.malformed();
            }
            Map<Long, VkComment.Author> authors = authors(r);
            for (JsonNode item : items) {
                JsonNode c = object(item);
                List<VkComment> replies = new ArrayList<>();
                long id = number(c, "id");
                JsonNode thread = c.get("thread");
                if (thread != null && thread.isObject()) {
                    JsonNode threadItems = thread.get("items");
                    long threadCount = thread.path("count").asLong(0);
                    if (threadItems != null && threadItems.isArray() && threadItems.size() >= threadCount) {
                        for (JsonNode t : threadItems) {
                            comment(t, ownerId, postId, postLink, authors, id, List.of()).ifPresent(replies::add);
                        }
                    } else if (threadCount > 0) {
                        replies.addAll(thread(ownerId, postId, postLink, id, MAX_COMMENTS - total));
                    }
                }
                Optional<VkComment> comment = comment(c, ownerId, postId, postLink, authors, null, replies);
                if (comment.isPresent()) {
                    top.add(comment.get());
                    total += 1 + replies.size();
                } else if (!replies.isEmpty()) {
                    // A deleted comment with live replies: the replies still need the clerk's eye.
                    top.addAll(replies);
                    total += replies.size();
                }
            }
            offset += items.size();
            long count = r.path("current_level_count").asLong(r.path("count").asLong(0));
            if (items.size() < PAGE_SIZE || offset >= count) {
                break;
            }
        }
        return top;
    }

    private List<VkComment> thread(long ownerId, long postId, String postLink, long parent, int room) {
        List<VkComment> replies = new ArrayList<>();
        int offset = 0;
        while (replies.size() < room) {
            JsonNode r = object(api.call("wall.getComments", commentParams(ownerId, postId, offset, parent)));
            JsonNode items = r.get("items");
            if (items == null || !items.isArray() || items.size() > PAGE_SIZE) {
                throw VkApi.malformed();
            }
            Map<Long, VkComment.Author> authors = authors(r);
            for (JsonNode t : items) {
                comment(t, ownerId, postId, postLink, authors, parent, List.of()).ifPresent(replies::add);
            }
            offset += items.size();
            if (items.size() < PAGE_SIZE || offset >= r.path("count").asLong(0)) {
                break;
            }
        }
        return replies;
    }

    private static Map<String, String> commentParams(long ownerId, long postId, int offset, Long parent) {
        Map<String, String> p = new HashMap<>();
        p.put("owner_id", String.valueOf(ownerId));
        p.put("post_id", String.valueOf(postId));
        p.put("offset", String.valueOf(offset));
        p.put("count", String.valueOf(PAGE_SIZE));
        p.put("sort", "asc");
        p.put("extended", "1");
        p.put("fields", "screen_name");
        if (parent == null) {
            p.put("thread_items_count", "10");
        } else {
            p.put("comment_id", String.valueOf(parent));
        }
        return p;
    }

    private Optional<VkComment> comment(JsonNode node, long ownerId, long postId, String postLink,
            Map<Long, VkComment.Author> authors, Long parent, List<VkComment> replies) {
        JsonNode c = object(node);
        if (c.path("deleted").asBoolean(false)) {
            return Optional.empty();
        }
        long id = number(c, "id");
        long from = c.has("from_id") ? number(c, "from_id") : 0;
        VkComment.Author author = authors.getOrDefault(from, new VkComment.Author(from, "", profileLink(from, "")));
        return Optional.of(new VkComment(id, ownerId, postId, postLink, author, date(c), string(c, "text", MAX_TEXT),
                parent, replies));
    }

    private static Map<Long, VkComment.Author> authors(JsonNode r) {
        Map<Long, VkComment.Author> authors = new HashMap<>();
        JsonNode profiles = r.get("profiles");
        if (profiles != null && profiles.isArray()) {
            for (JsonNode p : profiles) {
                JsonNode o = object(p);
                long id = number(o, "id");
                String name = (string(o, "first_name", 200) + " " + string(o, "last_name", 200)).strip();
                authors.put(id, new VkComment.Author(id, name, profileLink(id, string(o, "screen_name", 200))));
            }
        }
        JsonNode groups = r.get("groups");
        if (groups != null && groups.isArray()) {
            for (JsonNode g : groups) {
                JsonNode o = object(g);
                long id = -number(o, "id");
                authors.put(id, new VkComment.Author(id, string(o, "name", 1_000),
                        profileLink(id, string(o, "screen_name", 200))));
            }
        }
        return authors;
    }

    static String profileLink(long id, String screenName) {
        if (!screenName.isEmpty() && SCREEN_NAME.matcher(screenName).matches()) {
            return "https://vk.com/" + screenName;
        }
        return id > 0 ? "https://vk.com/id" + id : id < 0 ? "https://vk.com/club" + -id : "";
    }

    private VkPost post(JsonNode node) {
        JsonNode p = object(node);
        long owner = number(p, "owner_id");
        long id = number(p, "id");
        List<String> kinds = new ArrayList<>();
        JsonNode attachments = p.get("attachments");
        if (attachments != null && !attachments.isNull()) {
            if (!attachments.isArray() || attachments.size() > 100) {
                throw VkApi.malformed();
            }
            for (JsonNode a : attachments) {
                kinds.add(attachmentKind(object(a)));
            }
        }
        JsonNode copy = p.get("copy_history");
        boolean repost = copy != null && copy.isArray() && !copy.isEmpty();
        Reach reach = new Reach(p.has("views") ? counter(p, "views") : null, counter(p, "likes"),
                counter(p, "reposts"), counter(p, "comments"), false);
        return new VkPost(owner, id, VkPost.link(owner, id), date(p), string(p, "text", MAX_TEXT),
                format(kinds, repost), new ArrayList<>(new LinkedHashSet<>(kinds)),
                p.path("is_pinned").asInt(0) == 1, reach);
    }

    /** VK's attachment type, with a live video and a clip told apart from a plain video. */
    private static String attachmentKind(JsonNode a) {
        String type = string(a, "type", 32);
        if (type.equals("video")) {
            JsonNode v = a.path("video");
            if (v.path("live").asInt(0) == 1 || v.has("live_status")) {
                return "live";
            }
            if ("short_video".equals(v.path("type").asText(""))) {
                return "clip";
            }
        }
        if (type.equals("doc") && "gif".equalsIgnoreCase(a.path("doc").path("ext").asText(""))) {
            return "gif";
        }
        return type;
    }

    /** The nearest of the orders' formats (novokubansky-1740 app.2 §7): the strongest attachment wins. */
    static PostFormat format(List<String> kinds, boolean repost) {
        if (repost) {
            return PostFormat.REPOST;
        }
        if (kinds.contains("poll")) {
            return PostFormat.POLL;
        }
        if (kinds.contains("live")) {
            return PostFormat.LIVE_STREAM;
        }
        if (kinds.contains("video") || kinds.contains("clip")) {
            return PostFormat.VIDEO;
        }
        if (kinds.contains("photo") || kinds.contains("album") || kinds.contains("photos_list")) {
            return PostFormat.PHOTO;
        }
        if (kinds.contains("gif")) {
            return PostFormat.ANIMATION;
        }
        Set<String> textual = Set.of("link", "article");
        if (kinds.stream().allMatch(textual::contains)) {
            return PostFormat.TEXT;
        }
        return PostFormat.OTHER;
    }

    private LocalDateTime date(JsonNode n) {
        long seconds = number(n, "date");
        if (seconds <= 0 || seconds > MAX_DATE) {
            throw VkApi.malformed();
        }
        return LocalDateTime.ofInstant(Instant.ofEpochSecond(seconds), zone);
    }

    private static long counter(JsonNode n, String field) {
        JsonNode c = n.get(field);
        if (c == null || c.isNull()) {
            return 0;
        }
        if (!c.isObject()) {
            throw VkApi.malformed();
        }
        JsonNode count = c.get("count");
        if (count == null) {
            return 0;
        }
        if (!count.canConvertToLong() || !count.isIntegralNumber() || count.asLong() < 0) {
            throw VkApi.malformed();
        }
        return count.asLong();
    }

    private static JsonNode object(JsonNode n) {
        if (n == null || !n.isObject()) {
            throw VkApi.malformed();
        }
        return n;
    }

    private static long number(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || !v.isIntegralNumber() || !v.canConvertToLong()) {
            throw VkApi.malformed();
        }
        return v.asLong();
    }

    /** An optional text field: missing or null is empty; another type or an oversize text refuses the answer. */
    private static String string(JsonNode n, String field, int max) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return "";
        }
        if (!v.isTextual() || v.asText().length() > max) {
            throw VkApi.malformed();
        }
        return v.asText();
    }
}
