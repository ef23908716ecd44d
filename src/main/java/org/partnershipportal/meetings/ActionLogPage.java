package org.partnershipportal.meetings;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.partnershipportal.boards.BoardId;
import org.partnershipportal.platform.PageIds;
import org.partnershipportal.platform.PagedList;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * actions/log.xhtml?board=… (a board's action log) and actions/mine.xhtml ("my actions" across my
 * boards): one lazy table, paged, filtered and sorted in the database.
 */
@Named
@ViewScoped
public class ActionLogPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Actions actions;

    private String board;
    private Long boardId;
    private Actions.BoardNames boardNames;
    private final ActionQuery query = new ActionQuery();
    private PagedList<ActionRow, ActionQuery> rows;

    /** f:viewAction of the board log: refuses non-members before anything is shown. */
    public void loadBoard() {
        boardId = PageIds.parse(board);
        BoardId id = BoardId.of(boardId);
        boardNames = actions.boardNames(id);
        query.setOutstandingOnly(true);
        Actions service = actions;
        rows = new PagedList<>(() -> query, q -> service.countBoardLog(id, q),
                (q, first, size, sort) -> service.boardLog(id, q, first, size, sortOf(sort), ascending(sort)),
                row -> String.valueOf(row.id()));
    }

    /** f:viewAction of "my actions". */
    public void loadMine() {
        query.setOutstandingOnly(true);
        Actions service = actions;
        rows = new PagedList<>(() -> query, service::countMine,
                (q, first, size, sort) -> service.mine(q, first, size, sortOf(sort), ascending(sort)),
                row -> String.valueOf(row.id()));
    }

    /** The filters are applied by re-rendering the table; the lazy model reads them on its next load. */
    public void filter() {
        // Nothing to compute: the table's next load reads the bound query.
    }

    public void clear() {
        query.setStatus(null);
        query.setOutstandingOnly(false);
        query.setOverdueOnly(false);
        query.setOwner(null);
        query.setText(null);
    }

    /** The export link carries the filters on screen, so the file holds what the person sees. */
    public String exportUrl(String format) {
        StringBuilder url = new StringBuilder("actions/export?board=").append(boardId).append("&format=").append(format);
        if (query.getStatus() != null) {
            url.append("&status=").append(query.getStatus().name());
        }
        if (query.isOutstandingOnly()) {
            url.append("&outstanding=true");
        }
        if (query.isOverdueOnly()) {
            url.append("&overdue=true");
        }
        if (query.getOwner() != null) {
            url.append("&owner=").append(URLEncoder.encode(query.getOwner(), StandardCharsets.UTF_8));
        }
        if (query.getText() != null) {
            url.append("&text=").append(URLEncoder.encode(query.getText(), StandardCharsets.UTF_8));
        }
        return url.toString();
    }

    private static ActionSort sortOf(SortMeta sort) {
        return sort == null ? ActionSort.DUE : ActionSort.byField(sort.getField()).orElse(ActionSort.DUE);
    }

    private static boolean ascending(SortMeta sort) {
        return sort == null || sort.getOrder() != SortOrder.DESCENDING;
    }

    /** What the table says when it lists nothing: why, when the filters rule each other out. */
    public String getEmptyMessage() {
        if (query.statusesLetThrough().isEmpty()) {
            List<String> ticked = new ArrayList<>();
            if (query.isOutstandingOnly()) {
                ticked.add("“Open and in progress only”");
            }
            if (query.isOverdueOnly()) {
                ticked.add("“Overdue only”");
            }
            return "“" + query.getStatus().getLabel() + "” actions are never open, in progress or overdue: choose another status, "
                    + "or untick " + String.join(" and ", ticked) + ".";
        }
        return "No actions match these filters.";
    }

    public ActionStatus[] getStatuses() {
        return ActionStatus.values();
    }

    public String getBoard() {
        return board;
    }

    public void setBoard(String board) {
        this.board = board;
    }

    public Long getBoardId() {
        return boardId;
    }

    public ActionQuery getQuery() {
        return query;
    }

    public PagedList<ActionRow, ActionQuery> getRows() {
        return rows;
    }

    /** The board whose log this is (null on "my actions"). */
    public Actions.BoardNames getBoardNames() {
        return boardNames;
    }
}
