package ru.officialpages.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javafx.css.Stylesheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The theme the window loads in binary form is AtlantaFX's Primer Light of the version on the class path, without
 * the rules that can never match in this program (UsedThemeRules): it fails when AtlantaFX, JavaFX or the classes
 * the program uses change, and says how to make the file again.
 */
class ThemeBinaryTest {
    private static final String SOURCE = "/atlantafx/base/theme/primer-light.css";

    @Test
    void theBinaryThemeIsTheCurrentPrimerLightConverted(@TempDir Path dir) throws Exception {
        Path css = dir.resolve("primer-light.css");
        String whole;
        try (InputStream in = atlantafx.base.theme.PrimerLight.class.getResourceAsStream(SOURCE)) {
            whole = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        UsedThemeRules used = usedRules();
        Files.writeString(css, used.trim(whole), StandardCharsets.UTF_8);
        // In a JVM of its own: the converter numbers style classes and pseudo-classes in the order the JVM
        // first met them, so in one that has shown other screens the same rules come out in other bytes.
        Path made = Path.of("target", Theme.PRIMER_LIGHT).toAbsolutePath();
        Process convert = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "com.sun.javafx.css.parser.Css2Bin", css.toString(),
                made.toString()).redirectErrorStream(true).start();
        String said = new String(convert.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(convert.waitFor()).as(said).isZero();
        byte[] shipped;
        try (InputStream in = Theme.class.getResourceAsStream(Theme.PRIMER_LIGHT)) {
            shipped = in.readAllBytes();
        }
        assertThat(Arrays.equals(withoutSourceAddress(shipped), withoutSourceAddress(Files.readAllBytes(made))))
                .as("src/main/resources/ru/officialpages/ui/%s is not AtlantaFX's %s of this version without the rules this "
                        + "program cannot match, converted by this JavaFX (one of them, or the program's use of controls and "
                        + "style classes, changed): copy %s there", Theme.PRIMER_LIGHT, SOURCE, made)
                .isTrue();
        assertThat(Stylesheet.loadBinary(Theme.class.getResource(Theme.PRIMER_LIGHT)).getRules()).hasSizeGreaterThan(500);
    }

    @Test
    void onlySelectorsWithAStyleClassNothingPutsOnANodeAreLeftOut() throws Exception {
        UsedThemeRules used = usedRules();
        // Put on nodes by the program, by the skins of the controls it uses, by controls inside them
        // (ChoiceDialog's ChoiceBox, DatePicker's popup), and by a constant joined to a value («plan-chip-» + status).
        assertThat(List.of("nav-button", "accent", "title-4", "toggle-button", "date-picker-popup", "choice-box",
                "ikonli-font-icon", "plan-chip-planned", "tree-table-row-cell")).allMatch(used::canBeOnNode);
        // Controls and style variants the program never makes.
        assertThat(List.of("slider", "split-menu-button", "toggle-switch", "tool-bar", "bg-accent-subtle", "title-1"))
                .noneMatch(used::canBeOnNode);
        String trimmed = used.trim("""
                /* a comment */
                .button, .slider .thumb {
                    -fx-padding: 1;
                }
                .toggle-switch:selected { -fx-padding: 2; }
                .label { -fx-text-fill: red; }
                """);
        assertThat(trimmed).isEqualTo(".button {\n    -fx-padding: 1;\n}\n.label { -fx-text-fill: red; }\n");
    }

    /** What the program's compiled classes and the jars of the test's class path can put on a node. */
    private static UsedThemeRules usedRules() throws java.io.IOException {
        List<Path> jars = Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .filter(e -> e.endsWith(".jar")).map(Path::of).toList();
        return UsedThemeRules.of(Path.of("target", "classes"), jars);
    }

    /**
     * The converter keeps the file address it read the text from (a "file:…primer-light.css" string in the
     * string table, two bytes of length before it): it differs between machines and is left out.
     */
    private static byte[] withoutSourceAddress(byte[] bss) {
        byte[] file = "file:".getBytes(StandardCharsets.US_ASCII);
        for (int i = 2; i + file.length <= bss.length; i++) {
            if (Arrays.equals(bss, i, i + file.length, file, 0, file.length)) {
                int length = ((bss[i - 2] & 0xff) << 8) | (bss[i - 1] & 0xff);
                byte[] rest = new byte[bss.length - length - 2];
                System.arraycopy(bss, 0, rest, 0, i - 2);
                System.arraycopy(bss, i + length, rest, i - 2, bss.length - i - length);
                return rest;
            }
        }
        throw new AssertionError("no source address in the binary stylesheet");
    }
}
