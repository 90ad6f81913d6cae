package ru.officialpages.desk;

import ru.officialpages.storage.CalendarRepository;
import ru.officialpages.storage.MessageRepository;
import ru.officialpages.storage.ModerationRepository;
import ru.officialpages.storage.NetworkRepository;
import ru.officialpages.storage.OrganizationRepository;
import ru.officialpages.storage.PageRepository;
import ru.officialpages.storage.PlanRepository;
import ru.officialpages.storage.PostRepository;
import ru.officialpages.storage.SettingsRepository;

/**
 * The clerk's desks of one run, made once by the entry point from the repositories and handed to
 * the screens and the commands; they share one {@link Changes}. Not a locator: each screen takes
 * the desks it uses from here when it is built.
 */
public record Desks(Changes changes, Office office, PageDirectory pages, PostLog posts, ContentPlan plan,
        MessageDesk messages, ModerationDesk moderation, Imports imports) {

    /** The desks over one database's repositories, with a fresh change notice. */
    public static Desks over(SettingsRepository settings, CalendarRepository calendar, PageRepository pages,
            OrganizationRepository organizations, NetworkRepository networks, PostRepository posts,
            PlanRepository plan, MessageRepository messages, ModerationRepository moderation) {
        Changes changes = new Changes();
        Office office = new Office(settings, calendar, changes);
        PageDirectory directory = new PageDirectory(pages, organizations, networks, changes);
        PostLog log = new PostLog(posts, plan, directory, changes);
        MessageDesk messageDesk = new MessageDesk(messages, office, changes);
        ModerationDesk moderationDesk = new ModerationDesk(moderation, changes);
        return new Desks(changes, office, directory, log, new ContentPlan(plan, changes), messageDesk, moderationDesk,
                new Imports(directory, log, messageDesk, moderationDesk));
    }
}
