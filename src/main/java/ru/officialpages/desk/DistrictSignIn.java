package ru.officialpages.desk;

import java.nio.file.Path;
import java.util.Optional;
import ru.officialpages.i18n.Tr;
import ru.officialpages.storage.ServerAddress;
import ru.officialpages.storage.ServerChoiceFile;
import ru.officialpages.storage.ServerProbe;

/**
 * Which data the window works on (issue 19 item 1): the data folder's own file, or a district's server
 * remembered in the folder (server, port, database, login — never the password, asked at each start).
 * Checks a login before the window connects with it, so that each refusal is said next to its field.
 */
public final class DistrictSignIn {
    private final ServerChoiceFile file;

    public DistrictSignIn(Path dataFolder) {
        this.file = new ServerChoiceFile(dataFolder);
    }

    /** The server the window opens on at start without {@code --db}; empty: the folder's file. */
    public Optional<ServerChoice> remembered() {
        return file.load().map(DistrictSignIn::choiceOf);
    }

    /** The server the window is to open on at the next start; its password is not kept. */
    public void remember(ServerChoice choice) {
        Refusals.said(() -> {
            file.save(address(choice, ""));
            return null;
        });
    }

    /** The next start opens the folder's own file. */
    public void forget() {
        Refusals.said(() -> {
            file.forget();
            return null;
        });
    }

    /** The address of a remembered (or chosen) server with the password the user typed. */
    public static ServerAddress address(ServerChoice choice, String password) {
        return new ServerAddress(choice.host(), choice.port(), choice.database(), choice.login(), password);
    }

    public static ServerChoice choiceOf(ServerAddress address) {
        return new ServerChoice(address.host(), address.port(), address.database(), address.login());
    }

    /**
     * Tries the login on the server without changing anything there: the address to connect with, or a
     * {@link SignInRefusal} naming the field — the password refused, the server not answering, no such
     * database or not a district's, a login not of the district, the owner's login (the administrator's).
     */
    public ServerAddress check(ServerChoice choice, String password) {
        if (password == null || password.isEmpty()) {
            throw new SignInRefusal(SignInRefusal.Field.PASSWORD, Tr.tr("server.connect.error.passwordEmpty"));
        }
        ServerAddress address = address(choice, password);
        return switch (Refusals.said(() -> ServerProbe.probe(address))) {
            case SETTLEMENT, COORDINATOR -> address;
            case WRONG_LOGIN -> throw new SignInRefusal(SignInRefusal.Field.PASSWORD, Tr.tr("server.connect.error.login"));
            case UNREACHABLE -> throw new SignInRefusal(SignInRefusal.Field.SERVER,
                    Tr.tr("server.connect.error.unreachable", choice.server()));
            case NO_DATABASE -> throw new SignInRefusal(SignInRefusal.Field.DATABASE,
                    Tr.tr("server.connect.error.noDatabase", choice.database()));
            case NOT_DISTRICT -> throw new SignInRefusal(SignInRefusal.Field.DATABASE,
                    Tr.tr("server.connect.error.notDistrict", choice.database()));
            case NOT_MEMBER -> throw new SignInRefusal(SignInRefusal.Field.LOGIN,
                    Tr.tr("server.connect.error.notMember", choice.login()));
            case OWNER -> throw new SignInRefusal(SignInRefusal.Field.LOGIN,
                    Tr.tr("server.connect.error.owner", choice.login()));
        };
    }

}
