package org.partnershipportal.resources;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.partnershipportal.platform.PageIds;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * GET /guidance/attachment?id=…: always a download (Content-Disposition: attachment) with the type
 * checked at upload; nosniff comes from the security headers filter. Unpublished resources' files
 * only reach editors.
 */
@WebServlet("/guidance/attachment")
public class AttachmentDownload extends HttpServlet {

    @Inject
    ResourceLibrary library;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ResourceLibrary.Download download = library.download(PageIds.parse(request.getParameter("id")));
        String ascii = download.fileName().replaceAll("[^A-Za-z0-9._ -]", "_");
        response.setContentType(download.contentType());
        response.setContentLength(download.content().length);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + URLEncoder.encode(download.fileName(), StandardCharsets.UTF_8).replace("+", "%20"));
        response.setHeader("Cache-Control", "private, no-store");
        response.getOutputStream().write(download.content());
    }
}
