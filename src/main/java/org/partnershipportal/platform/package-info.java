/** What every feature shares: sign-in mechanism, security headers, schema migration, connection pool, error handling, Faces helpers. */
package org.partnershipportal.platform;
