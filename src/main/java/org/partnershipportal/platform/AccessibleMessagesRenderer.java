package org.partnershipportal.platform;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ResponseWriter;
import org.primefaces.component.messages.Messages;
import org.primefaces.component.messages.MessagesRenderer;

import java.io.IOException;
import java.util.Objects;

/**
 * PrimeFaces' messages with list items that stay list items. PrimeFaces writes each message as
 * {@code <li role="alert">}, which removes it from its list for a screen reader (axe-core: "list");
 * the container is already an {@code aria-live} region, so the role adds nothing but the error.
 */
public class AccessibleMessagesRenderer extends MessagesRenderer {

    @Override
    protected void encodeMessage(ResponseWriter writer, Messages component, FacesMessage message, String styleClassPrefix, boolean escape)
            throws IOException {
        writer.startElement("li", null);
        String summary = message.getSummary() != null ? message.getSummary() : "";
        String detail = message.getDetail() != null ? message.getDetail() : summary;
        if (component.isSkipDetailIfEqualsSummary() && Objects.equals(summary, detail)) {
            detail = "";
        }
        if (component.isShowSummary()) {
            span(writer, styleClassPrefix + "-summary", summary, escape);
        }
        if (component.isShowDetail()) {
            span(writer, styleClassPrefix + "-detail", detail, escape);
        }
        writer.endElement("li");
    }

    private static void span(ResponseWriter writer, String styleClass, String text, boolean escape) throws IOException {
        writer.startElement("span", null);
        writer.writeAttribute("class", styleClass, null);
        if (escape) {
            writer.writeText(text, null);
        } else {
            writer.write(text);
        }
        writer.endElement("span");
    }
}
