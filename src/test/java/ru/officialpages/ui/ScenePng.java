package ru.officialpages.ui;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;

/** With -Dui.snapshots=FOLDER a screen test leaves a picture of what it shows there, to look at (docs/screenshots). */
public final class ScenePng {
    private ScenePng() {
    }

    /** On the FX thread: {@code scene} as {@code name}.png in the snapshots folder; nothing without one. */
    public static void write(Scene scene, String name) {
        String folder = System.getProperty("ui.snapshots");
        if (folder == null) {
            return;
        }
        WritableImage image = scene.snapshot(null);
        BufferedImage out = new BufferedImage((int) image.getWidth(), (int) image.getHeight(), BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < out.getHeight(); y++) {
            for (int x = 0; x < out.getWidth(); x++) {
                out.setRGB(x, y, image.getPixelReader().getArgb(x, y));
            }
        }
        try {
            javax.imageio.ImageIO.write(out, "png", Path.of(folder, name + ".png").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
