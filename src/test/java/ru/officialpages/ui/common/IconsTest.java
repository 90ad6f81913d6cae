package ru.officialpages.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.IkonHandler;

/** Our icons name glyphs of the materialdesign2 pack by description and code: both must be the pack's own. */
class IconsTest {
    @Test
    void everyIconIsTheGlyphThePackKnowsByItsDescription() {
        for (Icons icon : Icons.values()) {
            IkonHandler handler = ServiceLoader.load(IkonHandler.class).stream().map(ServiceLoader.Provider::get)
                    .filter(h -> h.supports(icon.getDescription())).findFirst().orElseThrow(
                            () -> new AssertionError("no icon pack knows " + icon.getDescription()));
            Ikon packs = handler.resolve(icon.getDescription());
            assertThat(packs.getDescription()).as(icon.name()).isEqualTo(icon.getDescription());
            assertThat(packs.getCode()).as(icon.name()).isEqualTo(icon.getCode());
            assertThat(handler.getFontFamily()).as(icon.name()).isEqualTo("Material Design Icons");
        }
    }
}
