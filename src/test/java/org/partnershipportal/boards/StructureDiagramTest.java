package org.partnershipportal.boards;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StructureDiagramTest {

    @Test
    void aSubgroupIsDrawnBelowTheBoardItReportsToWithAnArrowToIt() {
        String svg = StructureDiagram.svg(List.of(
                new StructureDiagram.Node(1, "CSP", "Children's Safeguarding Partnership", "Monthly", List.of()),
                new StructureDiagram.Node(2, "EXP", "Exploitation Subgroup", "Monthly", List.of(1L))));
        assertThat(svg).startsWith("<svg").endsWith("</svg>").contains("<line class=\"reporting-line\"");
        int parentY = Integer.parseInt(svg.replaceAll("(?s).*?<rect x=\"\\d+\" y=\"(\\d+)\".*", "$1"));
        int childY = Integer.parseInt(svg.replaceAll("(?s).*<rect x=\"\\d+\" y=\"(\\d+)\".*", "$1"));
        assertThat(childY).isGreaterThan(parentY);
    }

    @Test
    void textIsEscaped() {
        String svg = StructureDiagram.svg(List.of(new StructureDiagram.Node(1, "<b>", "<script>alert(1)</script>", "Monthly", List.of())));
        assertThat(svg).doesNotContain("<script>").doesNotContain("<b>").contains("&lt;script&gt;");
    }

    @Test
    void spreadsheetFormulaeInCsvCellsAreDefused() {
        assertThat(StructureMap.safe("=HYPERLINK(\"x\")")).startsWith("'=");
        assertThat(StructureMap.safe("Plain board")).isEqualTo("Plain board");
    }
}
