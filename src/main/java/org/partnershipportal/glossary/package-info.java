/** The shared glossary: agreed partnership definitions, each agency's own variant, and the history of every change. */
package org.partnershipportal.glossary;
