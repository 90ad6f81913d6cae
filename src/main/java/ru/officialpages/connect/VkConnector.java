package ru.officialpages.connect;

import java.time.LocalDateTime;
import ru.officialpages.domain.Network;

/** VK behind the common {@link Connector} shape: the wall back to a date by a page's address. */
public final class VkConnector implements Connector {
    private final VkClient vk;

    public VkConnector(VkClient vk) {
        this.vk = vk;
    }

    @Override
    public String networkCode() {
        return Network.VK;
    }

    @Override
    public PageRead read(String address, LocalDateTime since) {
        WallRead wall = vk.wallSince(vk.ownerOf(address), since);
        return new PageRead(wall.posts().stream().map(p -> new PlatformPost(p.link(), p.publishedAt(), p.text(),
                p.format(), p.attachments(), p.pinned(), p.reach())).toList(), wall.complete());
    }
}
