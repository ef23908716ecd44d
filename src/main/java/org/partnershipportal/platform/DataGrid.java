package org.partnershipportal.platform;

import com.hazelcast.cluster.Member;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.topic.ITopic;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ContextService;
import jakarta.enterprise.context.ApplicationScoped;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The portal's nodes telling each other what changed, over Payara's Data Grid (Hazelcast, started by
 * Payara Micro with {@code --clustermode}): a feature publishes a short text on its channel after its
 * transaction commits, and every other node's subscriber hears it. Messages are plain strings, so
 * no application class has to cross Hazelcast's class loader. On a single node (started with
 * {@code --nohazelcast}) there is no grid: publishing does nothing and nobody else needs telling.
 */
@ApplicationScoped
public class DataGrid {

    private static final Logger LOG = Logger.getLogger(DataGrid.class.getName());
    private static final String JNDI_NAME = "payara/Hazelcast";

    @Resource
    ContextService contexts;

    private volatile Optional<HazelcastInstance> grid;

    /** The running Data Grid, or empty on a single node. */
    Optional<HazelcastInstance> grid() {
        Optional<HazelcastInstance> known = grid;
        if (known == null) {
            known = lookUp();
            grid = known;
        }
        return known;
    }

    private static Optional<HazelcastInstance> lookUp() {
        try {
            Object found = new InitialContext().lookup(JNDI_NAME);
            if (found instanceof HazelcastInstance instance && instance.getLifecycleService().isRunning()) {
                LOG.info(() -> "Data Grid joined: " + instance.getCluster().getMembers().size() + " member(s)");
                return Optional.of(instance);
            }
        } catch (NamingException | RuntimeException none) {
            LOG.log(Level.FINE, "No Data Grid (single node)", none);
        }
        LOG.info("No Data Grid: this node works alone (started with --nohazelcast)");
        return Optional.empty();
    }

    public boolean isClustered() {
        return grid().isPresent();
    }

    /** Members of the grid, this node included (1 alone). */
    public int members() {
        return grid().map(g -> g.getCluster().getMembers().size()).orElse(1);
    }

    /** Tells the other nodes; this node has already acted on its own change. */
    public void publish(String channel, String message) {
        grid().ifPresent(g -> {
            try {
                topic(g, channel).publish(message);
            } catch (RuntimeException e) {
                // The change is committed; the other nodes miss it until their index is next rebuilt (a restart, or a
                // glossary or abbreviation change).
                LOG.log(Level.WARNING, "Could not tell the other nodes on " + channel + ": " + message, e);
            }
        });
    }

    /**
     * Hears what other nodes publish on the channel (never this node's own messages), in the order they
     * were published: the listener runs on Hazelcast's event thread for the topic (one at a time), with
     * the application's context. Listeners must be quick (the finder indexes one record).
     */
    public void subscribe(String channel, Consumer<String> listener) {
        grid().ifPresent(g -> {
            Member self = g.getCluster().getLocalMember();
            @SuppressWarnings("unchecked")
            Consumer<String> withContext = contexts.createContextualProxy(listener, Consumer.class);
            UUID registration = topic(g, channel).addMessageListener(message -> {
                if (!self.equals(message.getPublishingMember())) {
                    withContext.accept(message.getMessageObject());
                }
            });
            LOG.fine(() -> "Listening on " + channel + " (" + registration + ")");
        });
    }

    private static ITopic<String> topic(HazelcastInstance grid, String channel) {
        return grid.getTopic("partnership-portal." + channel);
    }
}
