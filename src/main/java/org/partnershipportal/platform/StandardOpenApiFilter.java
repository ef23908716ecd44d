package org.partnershipportal.platform;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps /openapi a valid OpenAPI 3.0 document for standard validators and client generators
 * (registered as mp.openapi.filter):
 * <ul>
 * <li>Payara 6 adds a top-level {@code endpoints} map, which OpenAPI does not allow. Payara renamed it
 * {@code x-endpoints} upstream (January 2026), after the last Payara 6 release on Maven Central
 * (6.2025.10); this does the same rename until a release carries it. Payara's model keeps the map
 * outside the MicroProfile API, so it is reached by its public accessor.</li>
 * <li>JAX-RS {@code @DefaultValue} is always a string; for integer and number schemas the default is
 * written as the number it stands for ({@code default: 1}, not {@code '1'}).</li>
 * <li>Payara's scan also turns classes that are no part of the API (the pages' form beans, entities with
 * validation annotations) into component schemas, some of them invalid; only schemas the API refers to
 * are kept.</li>
 * </ul>
 */
public class StandardOpenApiFilter implements OASFilter {

    private static final Logger LOG = Logger.getLogger(StandardOpenApiFilter.class.getName());

    @Override
    public Schema filterSchema(Schema schema) {
        if (schema.getDefaultValue() instanceof String text && schema.getType() != null) {
            try {
                switch (schema.getType()) {
                    case INTEGER -> schema.setDefaultValue(new BigDecimal(text).toBigIntegerExact());
                    case NUMBER -> schema.setDefaultValue(new BigDecimal(text));
                    case BOOLEAN -> schema.setDefaultValue(Boolean.valueOf(text));
                    default -> {
                        // strings stay strings
                    }
                }
            } catch (NumberFormatException | ArithmeticException notANumber) {
                LOG.warning(() -> "OpenAPI default '" + text + "' does not match its schema type " + schema.getType());
            }
        }
        return schema;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        keepOnlyReferencedSchemas(openAPI);
        renameEndpoints(openAPI);
    }

    private static void keepOnlyReferencedSchemas(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> components = openAPI.getComponents().getSchemas();
        Set<String> used = new HashSet<>();
        Deque<Schema> pending = new ArrayDeque<>();
        if (openAPI.getPaths() != null) {
            for (PathItem item : openAPI.getPaths().getPathItems().values()) {
                if (item.getParameters() != null) {
                    item.getParameters().forEach(p -> parameter(p, pending));
                }
                for (Operation operation : item.getOperations().values()) {
                    if (operation.getParameters() != null) {
                        operation.getParameters().forEach(p -> parameter(p, pending));
                    }
                    if (operation.getRequestBody() != null) {
                        content(operation.getRequestBody().getContent(), pending);
                    }
                    if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
                        operation.getResponses().getAPIResponses().values().forEach(r -> content(r.getContent(), pending));
                    }
                }
            }
        }
        while (!pending.isEmpty()) {
            Schema schema = pending.pop();
            if (schema.getRef() != null) {
                String name = schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1);
                if (used.add(name) && components.get(name) != null) {
                    pending.push(components.get(name));
                }
            }
            if (schema.getProperties() != null) {
                schema.getProperties().values().forEach(pending::push);
            }
            Stream.of(schema.getItems(), schema.getNot(), schema.getAdditionalPropertiesSchema()).filter(Objects::nonNull).forEach(pending::push);
            Stream.of(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf()).filter(Objects::nonNull).forEach(l -> l.forEach(pending::push));
        }
        for (String name : List.copyOf(components.keySet())) {
            if (!used.contains(name)) {
                openAPI.getComponents().removeSchema(name);
            }
        }
    }

    private static void parameter(Parameter parameter, Deque<Schema> pending) {
        if (parameter.getSchema() != null) {
            pending.push(parameter.getSchema());
        }
        content(parameter.getContent(), pending);
    }

    private static void content(Content content, Deque<Schema> pending) {
        if (content != null && content.getMediaTypes() != null) {
            content.getMediaTypes().values().stream().map(MediaType::getSchema).filter(Objects::nonNull).forEach(pending::push);
        }
    }

    private static void renameEndpoints(OpenAPI openAPI) {
        try {
            Method getter = openAPI.getClass().getMethod("getEndpoints");
            Method setter = openAPI.getClass().getMethod("setEndpoints", Map.class);
            Object endpoints = getter.invoke(openAPI);
            if (endpoints instanceof Map<?, ?> map && !map.isEmpty()) {
                openAPI.addExtension("x-endpoints", new LinkedHashMap<>(map));
                // Payara writes only non-empty properties, so an empty map leaves no key behind.
                setter.invoke(openAPI, new LinkedHashMap<>());
            }
        } catch (NoSuchMethodException notPayara6) {
            // Another implementation (or a Payara that already writes x-endpoints): nothing to rename.
        } catch (IllegalAccessException | InvocationTargetException e) {
            LOG.log(Level.WARNING, "Could not rename Payara's endpoints key in the OpenAPI document", e);
        }
    }
}
