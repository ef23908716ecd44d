package org.partnershipportal.boards;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Draws boards and their reporting lines as an SVG, server-side: boards that report to no one on
 * the top row, each subgroup one row below the lowest board it reports to. Plain Java, so it is
 * tested without a browser; all text is escaped.
 */
public final class StructureDiagram {

    static final int BOX_WIDTH = 230;
    static final int BOX_HEIGHT = 78;
    static final int GAP_X = 30;
    static final int GAP_Y = 70;
    static final int MARGIN = 20;

    /** A box to draw: the board's id, its labels, and the ids of the boards it reports to. */
    public record Node(long id, String shortName, String name, String frequency, List<Long> reportsTo) {
    }

    private StructureDiagram() {
    }

    public static String svg(List<Node> nodes) {
        Map<Long, Node> byId = new HashMap<>();
        nodes.forEach(n -> byId.put(n.id(), n));
        Map<Long, Integer> level = new HashMap<>();
        nodes.forEach(n -> levelOf(n, byId, level, 0));
        int rows = level.values().stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
        List<List<Node>> byRow = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            byRow.add(new ArrayList<>());
        }
        nodes.forEach(n -> byRow.get(level.get(n.id())).add(n));
        int columns = byRow.stream().mapToInt(List::size).max().orElse(1);
        int width = MARGIN * 2 + columns * BOX_WIDTH + (columns - 1) * GAP_X;
        int height = MARGIN * 2 + rows * BOX_HEIGHT + (rows - 1) * GAP_Y;

        Map<Long, int[]> position = new HashMap<>();
        for (int row = 0; row < rows; row++) {
            List<Node> inRow = byRow.get(row);
            int rowWidth = inRow.size() * BOX_WIDTH + (inRow.size() - 1) * GAP_X;
            int x = (width - rowWidth) / 2;
            for (Node node : inRow) {
                position.put(node.id(), new int[]{x, MARGIN + row * (BOX_HEIGHT + GAP_Y)});
                x += BOX_WIDTH + GAP_X;
            }
        }

        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"structure-diagram\" role=\"img\" viewBox=\"0 0 ")
                .append(width).append(' ').append(height).append("\" width=\"").append(width).append("\" height=\"").append(height)
                .append("\" aria-labelledby=\"structureTitle\"><title id=\"structureTitle\">Boards and reporting lines</title>")
                .append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"8\" markerHeight=\"8\" orient=\"auto\">")
                .append("<path d=\"M0,0 L10,5 L0,10 z\" fill=\"#4a5863\"/></marker></defs>");
        for (Node node : nodes) {
            int[] from = position.get(node.id());
            for (Long parentId : node.reportsTo()) {
                int[] to = position.get(parentId);
                if (to == null) {
                    continue;
                }
                svg.append("<line class=\"reporting-line\" x1=\"").append(from[0] + BOX_WIDTH / 2).append("\" y1=\"").append(from[1])
                        .append("\" x2=\"").append(to[0] + BOX_WIDTH / 2).append("\" y2=\"").append(to[1] + BOX_HEIGHT)
                        .append("\" stroke=\"#4a5863\" stroke-width=\"2\" marker-end=\"url(#arrow)\"/>");
            }
        }
        for (Node node : nodes) {
            int[] at = position.get(node.id());
            svg.append("<g class=\"board-box\"><rect x=\"").append(at[0]).append("\" y=\"").append(at[1]).append("\" width=\"")
                    .append(BOX_WIDTH).append("\" height=\"").append(BOX_HEIGHT)
                    .append("\" rx=\"8\" fill=\"#ffffff\" stroke=\"#0b4f6c\" stroke-width=\"2\"/>")
                    .append(nameLines(node.name(), at[0] + BOX_WIDTH / 2, at[1]))
                    .append("<text x=\"").append(at[0] + BOX_WIDTH / 2).append("\" y=\"").append(at[1] + 64)
                    .append("\" text-anchor=\"middle\" font-size=\"12\" fill=\"#4a5863\">")
                    .append(escape(node.shortName() + " · meets " + node.frequency().toLowerCase())).append("</text></g>");
        }
        return svg.append("</svg>").toString();
    }

    /** Row of a board: one below the lowest board it reports to. Guarded against cycles the service already refuses. */
    private static int levelOf(Node node, Map<Long, Node> byId, Map<Long, Integer> level, int depth) {
        Integer known = level.get(node.id());
        if (known != null) {
            return known;
        }
        int row = 0;
        if (depth < byId.size()) {
            for (Long parentId : node.reportsTo()) {
                Node parent = byId.get(parentId);
                if (parent != null) {
                    row = Math.max(row, levelOf(parent, byId, level, depth + 1) + 1);
                }
            }
        }
        level.put(node.id(), row);
        return row;
    }

    /** The board's name on one line, or two when it is long, so it stays inside its box. */
    private static String nameLines(String name, int centreX, int top) {
        List<String> lines = new ArrayList<>();
        if (name.length() <= 26) {
            lines.add(name);
        } else {
            int split = name.lastIndexOf(' ', Math.min(name.length() - 1, 26));
            if (split <= 0) {
                split = 26;
            }
            lines.add(name.substring(0, split).trim());
            lines.add(shorten(name.substring(split).trim(), 26));
        }
        StringBuilder text = new StringBuilder();
        int y = top + (lines.size() == 1 ? 30 : 22);
        for (String line : lines) {
            text.append("<text x=\"").append(centreX).append("\" y=\"").append(y)
                    .append("\" text-anchor=\"middle\" font-size=\"14\" font-weight=\"600\" fill=\"#1f2a33\">")
                    .append(escape(line)).append("</text>");
            y += 18;
        }
        return text.toString();
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }
}
