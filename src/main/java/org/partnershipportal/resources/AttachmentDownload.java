package org.partnershipportal.resources;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.partnershipportal.platform.FileTransfer;
import org.partnershipportal.platform.PageIds;

import java.io.IOException;

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
        FileTransfer.sendAttachment(response, download.contentType(), download.fileName(), download.content());
    }
}
