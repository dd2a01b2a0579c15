package org.uca.adapter.web.view;

import java.util.List;

/**
 * The safe-visit look-up for a contractor: a UPRN or a resident's reference, and what a visitor must do there.
 *
 * @param asked        what was looked up, as the page says it ("property 100023336956"), or null before any
 * @param instructions the instructions found, strictest first
 * @param properties   how many properties the contractor's work is limited to, or null if it is not limited
 */
public record VisitsPage(PageFrame frame, String uprn, String resident, String error, String asked,
        List<Instruction> instructions, Integer properties) {

    /** One instruction, with whom to contact and the landlord's number (either may be null). */
    public record Instruction(String code, String words, String contact, String phone) {
    }
}
