package ru.officialpages.ui.posts;

import ru.officialpages.domain.Page;

/** A page as a list offers it: "Администрация … — ВКонтакте, vk.com/…". */
public record PageChoice(Page page, String label) {
    @Override
    public String toString() {
        return label;
    }
}
