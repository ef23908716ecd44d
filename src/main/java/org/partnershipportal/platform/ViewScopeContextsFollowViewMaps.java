package org.partnershipportal.platform;

import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;

import java.util.Map;

/**
 * Keeps a session's record of view-scoped bean contexts to the pages whose view-scoped beans it still keeps.
 *
 * <p>Why: Mojarra (the Faces implementation in Payara 6, 4.0.11; the code is the same on its later branches) keeps
 * the view-scoped beans of a session's last {@code com.sun.faces.numberOfActiveViewMaps} pages (web.xml) and, beside
 * them, a map from each page's view-map id to the names of its beans, in the session attribute
 * {@code com.sun.faces.application.view.activeViewContexts}. When a page's beans are evicted to make room, Mojarra
 * destroys them but never removes the page's entry from that second map: it grows by one entry for every page opened
 * that has a view-scoped bean, for the whole life of the session. A clustered node writes the whole session to the Data
 * Grid after every request and reads it back on the next (Payara's replication store), so every page a person had
 * opened that day made each of their later requests slower, and the session larger on every node. Profiling the load
 * benchmark's nodes found the session's copy and read-back the largest share of what a page request allocates.
 *
 * <p>What: whenever a page starts its view map (Mojarra evicts the eldest one at that moment), the entries of view maps
 * that are no longer kept are dropped. That is every entry Mojarra itself would drop when it destroys them; it has
 * destroyed their beans already, so nothing else changes. The map stays at most one entry over the view maps kept.
 *
 * <p>It reads Mojarra's own session attributes by name. Should a later Mojarra rename them or hold other types there,
 * this does nothing, and {@code platform.ViewScopeStaysBoundedIT} fails to say so.
 */
public class ViewScopeContextsFollowViewMaps implements SystemEventListener {

    /** Mojarra's map of view-map id to that page's view-scoped bean contexts ({@code ViewScopeContextManager}). */
    static final String VIEW_SCOPE_CONTEXTS = "com.sun.faces.application.view.activeViewContexts";
    /** Mojarra's bounded map of view-map id to the page's view map, the ones it keeps ({@code ViewScopeManager}). */
    static final String VIEW_MAPS_KEPT = "com.sun.faces.application.view.activeViewMaps";

    @Override
    public boolean isListenerForSource(Object source) {
        return source instanceof UIViewRoot;
    }

    @Override
    public void processEvent(SystemEvent event) {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        if (external.getSession(false) == null) {
            return;
        }
        Map<String, Object> session = external.getSessionMap();
        if (!(session.get(VIEW_SCOPE_CONTEXTS) instanceof Map<?, ?> contexts) || !(session.get(VIEW_MAPS_KEPT) instanceof Map<?, ?> kept)) {
            return;
        }
        boolean dropped;
        // Under the kept maps' own lock (they are a synchronized map, which locks on itself): Mojarra registers a new
        // view map there under that lock before it creates the page's context entry, so no entry of a page being
        // opened at the same moment can be taken for a stale one.
        synchronized (kept) {
            dropped = contexts.keySet().removeIf(viewMapId -> !kept.containsKey(viewMapId));
        }
        if (dropped) {
            // Set again, as Mojarra does when it changes the map, so a clustered session copies the smaller map.
            session.put(VIEW_SCOPE_CONTEXTS, contexts);
        }
    }
}
