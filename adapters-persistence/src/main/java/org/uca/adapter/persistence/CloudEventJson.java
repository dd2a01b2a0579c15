package org.uca.adapter.persistence;

import java.time.Instant;
import java.time.LocalDate;
import org.uca.application.port.out.Webhooks.Event;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * An event as the CloudEvents 1.0 JSON a receiving system is sent: the envelope (specversion, id, source, type,
 * subject, time, datacontenttype, dataschema) and the data the event type's published JSON Schema describes.
 */
final class CloudEventJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private CloudEventJson() {
    }

    /**
     * @param id         the event's id, sent as webhook-id too
     * @param ucaAddress where UCA is reached ({@code https://uca.example.org}), or empty: the links are then paths
     */
    static String of(Event event, String id, String ucaAddress) {
        String base = ucaAddress.replaceAll("/+$", "");
        String casePath = "/cases/" + event.caseId().value();
        ObjectNode root = JSON.createObjectNode();
        root.put("specversion", "1.0");
        root.put("id", id);
        root.put("source", base.isEmpty() ? "urn:uca" : base);
        root.put("type", event.type().type());
        root.put("subject", "cases/" + event.caseId().value() + "/decisions/" + event.decision().number());
        root.put("time", event.occurredAt().toString());
        root.put("datacontenttype", "application/json");
        if (!base.isEmpty()) { // CloudEvents: an absolute URI, so only when UCA knows its public address
            root.put("dataschema", base + "/api/events/schemas/" + event.type().type() + ".json");
        }
        ObjectNode data = root.putObject("data");
        data.put("caseId", event.caseId().value().toString());
        data.put("resident", event.resident().value());
        event.uprn().forEach(u -> data.put("uprn", u));
        event.heldOn().forEach(u -> data.put("heldOnProperty", u));
        data.put("decision", event.decision().number());
        data.put("status", event.status().name().toLowerCase(java.util.Locale.ROOT));
        var measures = data.putArray("measures");
        event.measures().distinct().forEach(m -> measures.add(m.name()));
        event.reviewDate().forEach(d -> data.put("reviewDate", d.toString()));
        event.details().forEach((name, value) -> put(data, name, value));
        ObjectNode links = data.putObject("links");
        links.put("case", base + casePath);
        links.put("caseApi", base + "/api" + casePath);
        return JSON.writeValueAsString(root);
    }

    private static void put(ObjectNode data, String name, Object value) {
        if (value instanceof Boolean b) {
            data.put(name, b);
        } else if (value instanceof Integer i) {
            data.put(name, i);
        } else if (value instanceof Instant || value instanceof LocalDate || value instanceof String) {
            data.put(name, value.toString());
        } else {
            throw new IllegalArgumentException("An event's detail " + name + " is a " + value.getClass().getName()
                    + ": only strings, integers, booleans, instants and dates are sent");
        }
    }
}
