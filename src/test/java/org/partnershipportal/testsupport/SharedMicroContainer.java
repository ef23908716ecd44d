package org.partnershipportal.testsupport;

import fish.payara.arquillian.container.payara.managed.PayaraMicroDeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.container.LifecycleException;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.shrinkwrap.api.Archive;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.ArchivePaths;

import java.util.Set;
import java.util.logging.Logger;

/**
 * Payara Micro's Arquillian adapter starts a server for every deployment and stops it when the test
 * class ends: one start per class. This adapter keeps the server when the next class deploys the very
 * same archive (the same entries: {@link Deployments#inServer(Class)}), and stops it once every class
 * the archive carries has finished, when another archive is deployed, or at the end of the run. Each
 * class still runs inside the real WAR on the real database, as before; what it no longer gets is a
 * freshly booted server, which none of them relied on (the database was already shared by the run).
 */
public class SharedMicroContainer extends PayaraMicroDeployableContainer {

    private static final Logger LOG = Logger.getLogger(SharedMicroContainer.class.getName());

    private Archive<?> deployed;
    private Set<ArchivePath> deployedEntries;
    private ProtocolMetaData deployedAt;
    private int classesToServe;
    private int classesDone;

    /** Registered through META-INF/services: replaces the adapter's container with this one. */
    public static class Extension implements LoadableExtension {
        @Override
        public void register(ExtensionBuilder builder) {
            builder.override(DeployableContainer.class, PayaraMicroDeployableContainer.class, SharedMicroContainer.class);
        }
    }

    @Override
    public ProtocolMetaData deploy(Archive<?> archive) throws DeploymentException {
        Set<ArchivePath> entries = archive.getContent().keySet();
        if (deployed != null && entries.equals(deployedEntries)) {
            LOG.info(() -> "Payara Micro: " + archive.getName() + " is already deployed; class " + (classesDone + 1) + " of "
                    + classesToServe + " runs in the same server");
            return deployedAt;
        }
        stopDeployed();
        deployedAt = super.deploy(archive);
        deployed = archive;
        deployedEntries = Set.copyOf(entries);
        classesToServe = Math.max(1, (int) Deployments.IN_SERVER_TESTS.stream()
                .filter(name -> entries.contains(ArchivePaths.create("/WEB-INF/classes/" + name.replace('.', '/') + ".class")))
                .count());
        classesDone = 0;
        return deployedAt;
    }

    @Override
    public void undeploy(Archive<?> archive) throws DeploymentException {
        classesDone++;
        if (classesDone >= classesToServe) {
            stopDeployed();
        }
    }

    @Override
    public void stop() throws LifecycleException {
        try {
            stopDeployed();
        } catch (DeploymentException e) {
            throw new LifecycleException("Could not stop Payara Micro", e);
        }
        super.stop();
    }

    private void stopDeployed() throws DeploymentException {
        if (deployed != null) {
            Archive<?> stopping = deployed;
            deployed = null;
            deployedEntries = null;
            deployedAt = null;
            super.undeploy(stopping);
            LOG.info(() -> "Payara Micro: stopped " + stopping.getName() + " after " + classesDone + " of " + classesToServe + " classes");
        }
    }
}
