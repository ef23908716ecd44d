package org.partnershipportal.language;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.partnershipportal.boards.BoardId;
import org.partnershipportal.platform.PageIds;

import java.io.Serializable;

/** language/report.xhtml?board=…: a board's use of the listed terms, quarter by quarter. */
@Named
@ViewScoped
public class LanguageReportPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    LanguageReport reports;

    private String board;
    private LanguageReport.Report report;

    public void load() {
        report = reports.forBoard(BoardId.of(PageIds.parse(board)));
    }

    public String getBoard() {
        return board;
    }

    public void setBoard(String board) {
        this.board = board;
    }

    public LanguageReport.Report getReport() {
        return report;
    }
}
