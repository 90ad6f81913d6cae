package ru.officialpages.ui.help;

import java.nio.file.Path;

/** What «О программе» says that only the entry point knows: the build's version and the data folder. */
public record About(String version, Path dataFolder) {
}
