package org.partnershipportal.voice;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.partnershipportal.boards.BoardId;

/**
 * "You said, we did" where others read it: on a resource page, what changed because of it; on a board's
 * workspace, the decisions informed by young people's voice this year. Read once per request.
 */
@Named
@RequestScoped
public class VoiceOnPages {

    @Inject
    VoiceInfluences influences;

    private final Map<Long, List<VoiceInfluences.Influence>> byResource = new HashMap<>();
    private final Map<Long, List<VoiceInfluences.Influence>> byBoard = new HashMap<>();

    public List<VoiceInfluences.Influence> changedBecauseOf(long resourceId) {
        return byResource.computeIfAbsent(resourceId, influences::ofResource);
    }

    public List<VoiceInfluences.Influence> informedThisYear(long boardId) {
        return byBoard.computeIfAbsent(boardId, id -> influences.ofBoardThisYear(BoardId.of(id)));
    }

    public int getYear() {
        return influences.thisYear();
    }
}
