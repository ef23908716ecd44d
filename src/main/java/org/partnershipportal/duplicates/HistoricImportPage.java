package org.partnershipportal.duplicates;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.partnershipportal.platform.FacesMessages;
import org.partnershipportal.platform.InvalidInputException;
import org.partnershipportal.platform.Wording;
import org.primefaces.model.file.UploadedFile;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;

/** admin/import.xhtml: upload a CSV of past agenda items, check the preview, then import it all or nothing. */
@Named
@ViewScoped
public class HistoricImportPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    HistoricImport historicImport;

    private transient UploadedFile upload;
    private byte[] file;
    private String fileName;
    private HistoricImport.Preview preview;

    public void check() {
        try {
            if (upload == null || upload.getSize() == 0) {
                throw new InvalidInputException("file", "Choose a CSV file to import");
            }
            try (InputStream in = upload.getInputStream()) {
                file = in.readNBytes(HistoricImport.MAX_BYTES + 1);
            }
            fileName = upload.getFileName();
            preview = historicImport.preview(file);
            if (!preview.badRows().isEmpty()) {
                FacesMessages.error(Wording.count(preview.badRows().size(), "row") + " " + Wording.choose(preview.badRows().size(), "is", "are") + " not right. Nothing will be imported until they are corrected.");
            }
        } catch (InvalidInputException refusal) {
            preview = null;
            FacesMessages.show(refusal, "upload");
        } catch (IOException unreadable) {
            preview = null;
            FacesMessages.show(new InvalidInputException("file", "The file could not be read. Try uploading it again"), "upload");
        } finally {
            upload = null;
        }
    }

    public void importAll() {
        try {
            int count = historicImport.importAll(file);
            FacesMessages.info(Wording.count(count, "agenda item") + " imported from " + fileName + ". The duplicate finder is indexing them now.");
            preview = null;
            file = null;
        } catch (InvalidInputException refusal) {
            FacesMessages.show(refusal, "upload");
        }
    }

    public UploadedFile getUpload() {
        return upload;
    }

    public void setUpload(UploadedFile upload) {
        this.upload = upload;
    }

    public HistoricImport.Preview getPreview() {
        return preview;
    }

    public String getFileName() {
        return fileName;
    }
}
