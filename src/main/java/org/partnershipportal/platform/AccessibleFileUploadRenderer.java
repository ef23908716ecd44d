package org.partnershipportal.platform;

import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import org.primefaces.component.fileupload.FileUpload;
import org.primefaces.component.fileupload.FileUploadRenderer;

import java.io.IOException;

/**
 * PrimeFaces' simple file upload with its file field left visible to assistive technology.
 * PrimeFaces marks the native {@code <input type="file">} {@code aria-hidden="true"} although it is
 * the control a person focuses and uses (axe-core: "aria-hidden-focus"); the portal shows that native
 * field, labelled by its {@code p:outputLabel}, so the attribute is dropped.
 */
public class AccessibleFileUploadRenderer extends FileUploadRenderer {

    @Override
    protected void encodeSimpleInputField(FacesContext context, FileUpload fileUpload, String clientId, String inputId, String tabindex)
            throws IOException {
        ResponseWriter original = context.getResponseWriter();
        context.setResponseWriter(withoutAriaHidden(original));
        try {
            super.encodeSimpleInputField(context, fileUpload, clientId, inputId, tabindex);
        } finally {
            context.setResponseWriter(original);
        }
    }

    @Override
    protected void encodeInputField(FacesContext context, FileUpload fileUpload, String clientId, String tabindex) throws IOException {
        ResponseWriter original = context.getResponseWriter();
        context.setResponseWriter(withoutAriaHidden(original));
        try {
            super.encodeInputField(context, fileUpload, clientId, tabindex);
        } finally {
            context.setResponseWriter(original);
        }
    }

    private static ResponseWriter withoutAriaHidden(ResponseWriter writer) {
        return new ResponseWriterWrapper(writer) {
            @Override
            public void writeAttribute(String name, Object value, String property) throws IOException {
                if (!"aria-hidden".equals(name)) {
                    super.writeAttribute(name, value, property);
                }
            }
        };
    }
}
