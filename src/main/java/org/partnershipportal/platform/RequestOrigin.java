package org.partnershipportal.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** Where the current request comes from, for the audit log. */
@RequestScoped
public class RequestOrigin {

    @Inject
    CurrentHttpRequest request;

    /**
     * The client's address. Behind the reverse proxy (deploy/) the portal only listens on loopback,
     * so a forwarded address is trusted only when the direct peer is loopback.
     */
    public String clientAddress() {
        return request.read(current -> {
            String peer = current.getRemoteAddr();
            String forwarded = current.getHeader("X-Forwarded-For");
            if (forwarded != null && !forwarded.isBlank() && isLoopback(peer)) {
                String[] hops = forwarded.split(",");
                return hops[hops.length - 1].trim();
            }
            return peer;
        }).orElse(null);
    }

    private static boolean isLoopback(String address) {
        try {
            return address != null && InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
