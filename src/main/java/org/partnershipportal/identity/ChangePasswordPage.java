package org.partnershipportal.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.partnershipportal.platform.FacesMessages;
import org.partnershipportal.platform.InvalidInputException;

import java.io.IOException;

/** A person changes their own password (and must, after an administrator's reset). */
@Named
@RequestScoped
public class ChangePasswordPage {

    @Inject
    MyAccount myAccount;

    @Inject
    FacesContext faces;

    private String currentPassword;
    private String newPassword;
    private String confirmation;
    private Boolean mustChange;

    public boolean isMustChange() {
        if (mustChange == null) {
            mustChange = myAccount.current().map(UserAccount::isMustChangePassword).orElse(false);
        }
        return mustChange;
    }

    public void change() throws IOException {
        try {
            myAccount.changePassword(currentPassword, newPassword, confirmation);
            FacesMessages.info("Your password has been changed.");
            ExternalContext external = faces.getExternalContext();
            external.redirect(external.getRequestContextPath() + "/index.xhtml");
        } catch (InvalidInputException refusal) {
            FacesMessages.show(refusal, "password");
        }
    }

    public int getMinimumLength() {
        return PasswordPolicy.MIN_LENGTH;
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
