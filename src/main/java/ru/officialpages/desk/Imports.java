package ru.officialpages.desk;

import java.time.LocalDateTime;
import ru.officialpages.domain.Message;
import ru.officialpages.domain.ModerationRecord;
import ru.officialpages.domain.Post;
import ru.officialpages.domain.RegistryEntry;
import ru.officialpages.imports.MessageImport;
import ru.officialpages.imports.ModerationImport;
import ru.officialpages.imports.PageImport;
import ru.officialpages.imports.PageImportPreview;
import ru.officialpages.imports.PostImport;
import ru.officialpages.rules.PostPages;

/**
 * The four table imports (pages, posts, messages, moderation records) as {@link ImportFlow}s: each
 * reads against the registry as it is now, so a line's page is found the way the post log finds it
 * ({@link PostPages}), and writes through the desk that owns the rows.
 */
public final class Imports {
    private final PageDirectory pages;
    private final PostLog posts;
    private final MessageDesk messages;
    private final ModerationDesk moderation;

    public Imports(PageDirectory pages, PostLog posts, MessageDesk messages, ModerationDesk moderation) {
        this.pages = pages;
        this.posts = posts;
        this.messages = messages;
        this.moderation = moderation;
    }

    /** The registry of pages (Реестр), with the organisations a file names. */
    public ImportFlow<RegistryEntry, PageImportPreview> pages() {
        return ImportFlow.ofRows(file -> new PageImport(pages.networks(), pages.organizations(), pages.pages()).read(file),
                pages::importEntries);
    }

    /** The post log; a link already in the log is an error of its line. */
    public ImportFlow<Post, PostImport.Preview> posts() {
        return new ImportFlow<>(file -> new PostImport(pages.pages(), posts.links(), pages.identities()).read(file),
                preview -> {
                    // The numbers the lines taught first: a number taken meanwhile refuses the file before any post.
                    pages.learn(preview.learned());
                    return posts.addAll(preview.toAdd()).size();
                });
    }

    /** Citizens' messages; their deadlines are counted as they are added. */
    public ImportFlow<Message, MessageImport.Preview> messages() {
        return ImportFlow.ofRows(file -> new MessageImport(pages.networks(), pages.pages(), messages.links(),
                pages.identities()).read(file), rows -> messages.addAll(rows).size());
    }

    /** Moderation records; {@code now}: when they are written down (a record's {@code recordedAt}). */
    public ImportFlow<ModerationRecord, ModerationImport.Preview> moderation(LocalDateTime now) {
        return ImportFlow.ofRows(file -> new ModerationImport(pages.pages(), now, moderation::isRecorded).read(file), moderation::addAll);
    }
}
