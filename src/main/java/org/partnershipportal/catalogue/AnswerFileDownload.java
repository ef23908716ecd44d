package org.partnershipportal.catalogue;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.partnershipportal.platform.FileTransfer;
import org.partnershipportal.platform.PageIds;

import java.io.IOException;

/** GET /catalogue/answer-file?id=…: an answer's file, always as a download, to those who may read the request. */
@WebServlet("/catalogue/answer-file")
public class AnswerFileDownload extends HttpServlet {

    @Inject
    DataRequests requests;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        DataRequests.AnswerFile file = requests.answerFile(PageIds.parse(request.getParameter("id")));
        FileTransfer.sendAttachment(response, file.contentType(), file.fileName(), file.content());
    }
}
