package ru.officialpages.app;

import java.io.Console;
import java.util.Map;
import ru.officialpages.i18n.Tr;
import ru.officialpages.storage.ServerAddress;

/**
 * The password of a {@code --db} address written without one, for a command (issue 19 item 7): a password
 * in the address is seen by anyone who lists the computer's processes. Taken from
 * {@value #VARIABLE}, else asked on the console when the server wants one; with neither, the server's
 * refusal says both ways in Russian (exit code 1). The window asks in its own dialog.
 */
final class CommandLinePassword {
    static final String VARIABLE = "OFFICIAL_PAGES_PASSWORD";

    private CommandLinePassword() {
    }

    static ServerAddress complete(ServerAddress address, Map<String, String> env, Console console) {
        if (!address.password().isEmpty()) {
            return address;
        }
        String fromEnv = env.get(VARIABLE);
        if (fromEnv != null && !fromEnv.isEmpty()) {
            return address.as(address.login(), fromEnv);
        }
        // Asked only when the server wants it: an owner the server trusts on its own computer is not.
        if (console != null && address.asksForPassword()) {
            char[] typed = console.readPassword("%s", Tr.tr("server.password.prompt", address.display()));
            if (typed != null && typed.length > 0) {
                return address.as(address.login(), new String(typed));
            }
        }
        return address;
    }
}
