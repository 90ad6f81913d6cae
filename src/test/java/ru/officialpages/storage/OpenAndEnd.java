package ru.officialpages.storage;

import java.nio.file.Path;

/**
 * The child process of {@link CheckPolicyTest}: opens the data file, says "open", then ends with
 * {@code System.exit} without closing it ("exit"), or waits to be killed ("wait").
 */
public final class OpenAndEnd {
    private OpenAndEnd() {
    }

    public static void main(String[] args) throws InterruptedException {
        Database.open(Path.of(args[0]));
        System.out.println("open");
        System.out.flush();
        if (args[1].equals("exit")) {
            System.exit(0);
        }
        Thread.sleep(Long.MAX_VALUE);
    }
}
