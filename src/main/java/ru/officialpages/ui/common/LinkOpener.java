package ru.officialpages.ui.common;

import java.awt.Desktop;
import java.net.URI;
import java.util.Locale;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens a page's address in the user's browser. Screens get it passed in, so tests hand them
 * one that only records the address instead of starting a browser.
 */
public final class LinkOpener implements Consumer<String> {
    private static final Logger LOG = LoggerFactory.getLogger(LinkOpener.class);

    @Override
    public void accept(String address) {
        if (!address.startsWith("https://") && !address.startsWith("http://")) {
            return; // only web addresses: never hand the system a file or a command
        }
        // Off the UI thread: starting a browser can take seconds on an old PC.
        Thread t = new Thread(() -> open(address), "open-link");
        t.setDaemon(true);
        t.start();
    }

    private static void open(String address) {
        try {
            if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) {
                Desktop.getDesktop().browse(URI.create(address));
                return;
            }
            String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
            ProcessBuilder pb = os.contains("win") ? new ProcessBuilder("rundll32", "url.dll,FileProtocolHandler", address)
                    : os.contains("mac") ? new ProcessBuilder("open", address) : new ProcessBuilder("xdg-open", address);
            pb.start();
        } catch (Exception e) {
            LOG.warn("Could not open {} in a browser", address, e);
        }
    }
}
