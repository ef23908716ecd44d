package org.partnershipportal.catalogue;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.partnershipportal.platform.FileTransfer;
import org.partnershipportal.platform.PageIds;

import java.io.IOException;

/** GET /catalogue/agreement-document?id=…: an agreement's signed PDF, always as a download, to catalogue readers. */
@WebServlet("/catalogue/agreement-document")
public class AgreementDocumentDownload extends HttpServlet {

    @Inject
    SharingAgreements agreements;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        AgreementDocument document = agreements.document(PageIds.parse(request.getParameter("id")));
        FileTransfer.sendAttachment(response, "application/pdf", document.getFileName(), document.getContent());
    }
}
