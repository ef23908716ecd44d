package org.partnershipportal.boards;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/** GET /structure/map.csv: the structure map's data for a spreadsheet (signed-in people only, by web.xml). */
@WebServlet("/structure/map.csv")
public class StructureMapCsv extends HttpServlet {

    @Inject
    StructureMap structureMap;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"partnership-structure.csv\"");
        structureMap.writeCsv(response.getWriter());
    }
}
