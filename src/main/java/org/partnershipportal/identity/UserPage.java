package org.partnershipportal.identity;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.partnershipportal.platform.ConflictException;
import org.partnershipportal.platform.FacesMessages;
import org.partnershipportal.platform.InvalidInputException;
import org.partnershipportal.platform.PageIds;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** admin/user.xhtml?id=…: one person's account. */
@Named
@ViewScoped
public class UserPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    UserDirectory directory;

    private String id;
    private UserAccount account;
    private UserForm form;
    private List<Agency> agencies;
    private String temporaryPassword;

    /** f:viewAction: loads once per view (not on every ajax postback). */
    public void load() {
        account = directory.get(UserId.of(PageIds.parse(id)));
        form = UserForm.of(account);
        agencies = directory.agencies();
    }

    public void save() {
        try {
            account = directory.update(UserId.of(account), account.getVersion(), form);
            form = UserForm.of(account);
            FacesMessages.info("Changes saved.");
        } catch (InvalidInputException refusal) {
            FacesMessages.show(refusal, "account");
        } catch (ConflictException conflict) {
            FacesMessages.conflict(conflict);
        }
    }

    public void disable() {
        try {
            directory.disable(UserId.of(account));
            reload("Account disabled. The person is signed out at their next request.");
        } catch (InvalidInputException refusal) {
            FacesMessages.show(refusal, "account");
        }
    }

    public void enable() {
        directory.enable(UserId.of(account));
        reload("Account enabled.");
    }

    public void unlock() {
        directory.unlock(UserId.of(account));
        reload("Account unlocked.");
    }

    public void resetPassword() {
        temporaryPassword = directory.resetPassword(UserId.of(account));
        reload("Password reset. Pass the one-time password below to the person; they must change it when they sign in.");
    }

    private void reload(String message) {
        account = directory.get(UserId.of(account));
        form = UserForm.of(account);
        FacesMessages.info(message);
    }

    public boolean isLocked() {
        return account.isLockedAt(LocalDateTime.now(ZoneOffset.UTC));
    }

    public Role[] getRoles() {
        return Role.values();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public UserAccount getAccount() {
        return account;
    }

    public UserForm getForm() {
        return form;
    }

    public List<Agency> getAgencies() {
        return agencies;
    }

    public String getTemporaryPassword() {
        return temporaryPassword;
    }
}
